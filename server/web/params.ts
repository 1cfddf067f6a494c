/**
 * Search parameters from a query string, validated once for the pages, the API and the export: every
 * bad value is a 400 that names its parameter. Unknown parameters are ignored. Also the `?page=` every
 * paged page takes, and how they all answer a page past their last.
 */
import type { Request, Response } from 'express';
import { QUOTE_KINDS, type QuoteKind } from '../corpus/model.ts';
import { badRequest } from '../errors.ts';
import { SORT_ORDERS, type SearchRequest, type SortOrder } from '../search/engine.ts';
import { parseQuery } from '../search/query.ts';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
/** Deeper search pages than this are never searched: nobody reads them and they cost every engine. */
export const MAX_PAGE = 500;
/**
 * The largest `?page=` a page takes as a page number at all. Anything from 1 to this is a page, and
 * one past the last is answered with the last (`redirectPastLast`); beyond it (or not a whole number)
 * the value is malformed, a 400.
 */
export const MAX_PAGE_PARAM = 100_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SearchParams extends Required<Pick<SearchRequest, 'q' | 'page' | 'perPage' | 'sort'>> {
  filters: { speaker: string[]; source: string[]; kind: QuoteKind[]; collection: string[] };
  format: 'json' | 'csv';
  /** The query as typed when it holds no word to search (and `q` is then ''); null otherwise. */
  unsearchable: string | null;
}

function values(req: Request, name: string): string[] {
  const raw = req.query[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (list.some((v) => typeof v !== 'string')) throw badRequest(name, `${name} must be given as plain values, e.g. ?${name}=value`);
  return (list as string[]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function single(req: Request, name: string): string | undefined {
  const list = values(req, name);
  if (list.length > 1) throw badRequest(name, `${name} may be given once`);
  return list[0];
}

function integer(req: Request, name: string, fallback: number, min: number, max: number): number {
  const raw = single(req, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw badRequest(name, `${name} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 20)}"`);
  return Number(raw);
}

/** `?page=` of a paged page (1 when absent), maybe past its last page; a 400 naming it when malformed. */
export function pageParam(req: Request): number {
  return integer(req, 'page', 1, 1, MAX_PAGE_PARAM);
}

/**
 * Every paged page answers a page past its last one alike: a 302 to the last page (`href(pages)`),
 * never a 400 or an empty list. True when it redirected.
 */
export function redirectPastLast(res: Response, page: number, pages: number, href: (page: number) => string): boolean {
  const last = Math.max(1, pages);
  if (page <= last) return false;
  res.redirect(302, href(last));
  return true;
}

/**
 * Parameters that are read once, and so may be given once: a repeated one (`?w=1-2&w=4-5`) is a 400
 * naming it, rather than a request that silently uses neither.
 */
export function givenOnce(req: Request, ...names: string[]): void {
  for (const name of names) {
    const raw = req.query[name];
    if (raw !== undefined && typeof raw !== 'string') throw badRequest(name, `${name} may be given once, as text`);
  }
}

function slugs(req: Request, name: string): string[] {
  const list = values(req, name);
  for (const v of list) if (!SLUG.test(v) || v.length > 120) throw badRequest(name, `${name} must be a slug (lower-case letters, digits and dashes), got "${v.slice(0, 40)}"`);
  return [...new Set(list)];
}

/**
 * `maxPage`: the deepest `page` accepted; the API refuses pages past `MAX_PAGE`, the search page
 * takes any page number (`MAX_PAGE_PARAM`) and redirects one past the last.
 */
export function parseSearchParams(req: Request, { maxPage = MAX_PAGE }: { maxPage?: number } = {}): SearchParams {
  const rawQ = req.query.q;
  if (rawQ !== undefined && typeof rawQ !== 'string') throw badRequest('q', 'q may be given once, as text');
  const typed = (rawQ ?? '').trim();
  if (typed.length > MAX_QUERY_LENGTH) throw badRequest('q', `q is ${typed.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed`);
  // A query of no word at all ("😀", "-", '""') searches nothing: it is no query, and is said to be
  // (`unsearchable`), rather than every quote "matching" it.
  const parsed = parseQuery(typed);
  const searchable = parsed.parts.length + parsed.excluded.length + parsed.ignored.length > 0;
  const q = searchable ? typed : '';
  const kinds = values(req, 'kind');
  for (const k of kinds) if (!(QUOTE_KINDS as readonly string[]).includes(k)) throw badRequest('kind', `kind must be one of ${QUOTE_KINDS.join(', ')}, got "${k.slice(0, 40)}"`);
  const sort = single(req, 'sort') ?? 'relevance';
  if (!(SORT_ORDERS as readonly string[]).includes(sort)) throw badRequest('sort', `sort must be one of ${SORT_ORDERS.join(', ')}, got "${sort.slice(0, 40)}"`);
  const format = single(req, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw badRequest('format', `format must be json or csv, got "${format.slice(0, 20)}"`);
  return {
    q,
    unsearchable: searchable || typed === '' ? null : typed,
    page: integer(req, 'page', 1, 1, maxPage),
    perPage: integer(req, 'perPage', DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    sort: sort as SortOrder,
    filters: { speaker: slugs(req, 'speaker'), source: slugs(req, 'source'), kind: [...new Set(kinds)] as QuoteKind[], collection: slugs(req, 'collection') },
    format,
  };
}

/** The engine request for validated parameters. */
export function toSearchRequest(p: SearchParams, cropLength?: number): SearchRequest {
  const filters = Object.fromEntries(Object.entries(p.filters).filter(([, v]) => v.length > 0));
  return { q: p.q, filters, sort: p.sort, page: p.page, perPage: p.perPage, ...(cropLength ? { cropLength } : {}) };
}
