/**
 * Search parameters from a query string, validated once for the pages, the API and the export: every
 * bad value is a 400 that names its parameter. Unknown parameters are ignored.
 */
import type { Request } from 'express';
import { QUOTE_KINDS, type QuoteKind } from '../corpus/model.ts';
import { badRequest } from '../errors.ts';
import { SORT_ORDERS, type SearchRequest, type SortOrder } from '../search/engine.ts';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
/** Deeper pages than this are refused: nobody reads them and they cost every engine. */
export const MAX_PAGE = 500;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SearchParams extends Required<Pick<SearchRequest, 'q' | 'page' | 'perPage' | 'sort'>> {
  filters: { speaker: string[]; source: string[]; kind: QuoteKind[]; collection: string[] };
  format: 'json' | 'csv';
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

/** `?page=` of a paged resource with `pages` pages (1 when absent); a 400 naming it otherwise. */
export function pageNumber(req: Request, pages: number): number {
  return integer(req, 'page', 1, 1, Math.max(1, pages));
}

function slugs(req: Request, name: string): string[] {
  const list = values(req, name);
  for (const v of list) if (!SLUG.test(v) || v.length > 120) throw badRequest(name, `${name} must be a slug (lower-case letters, digits and dashes), got "${v.slice(0, 40)}"`);
  return [...new Set(list)];
}

export function parseSearchParams(req: Request): SearchParams {
  const rawQ = req.query.q;
  if (rawQ !== undefined && typeof rawQ !== 'string') throw badRequest('q', 'q may be given once, as text');
  const q = (rawQ ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) throw badRequest('q', `q is ${q.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed`);
  const kinds = values(req, 'kind');
  for (const k of kinds) if (!(QUOTE_KINDS as readonly string[]).includes(k)) throw badRequest('kind', `kind must be one of ${QUOTE_KINDS.join(', ')}, got "${k.slice(0, 40)}"`);
  const sort = single(req, 'sort') ?? 'relevance';
  if (!(SORT_ORDERS as readonly string[]).includes(sort)) throw badRequest('sort', `sort must be one of ${SORT_ORDERS.join(', ')}, got "${sort.slice(0, 40)}"`);
  const format = single(req, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw badRequest('format', `format must be json or csv, got "${format.slice(0, 20)}"`);
  return {
    q,
    page: integer(req, 'page', 1, 1, MAX_PAGE),
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
