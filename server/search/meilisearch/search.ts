/**
 * `SearchEngine.search` over Meilisearch: the request checked with the embedded engine's bounds, the
 * parsed query sent in its canonical form (never the user's string), words dropped from the end while
 * nothing matches, and the answer translated into our `SearchResult`.
 */
import { badRequest } from '../../errors.ts';
import type { SearchRequest, SearchResult, SortOrder } from '../engine.ts';
import { MAX_FACET_VALUES } from '../engine.ts';
import { SORT_ORDERS } from '../engine.ts';
import { corrections } from '../corrections.ts';
import { markedToHtml } from '../highlight.ts';
import { markFromMatches, spell } from './words.ts';
import type { MeiliClientLike, MeiliSearchParams, MeiliSearchResponse } from './client.ts';
import { fromQuoteDocument, QUOTE_FIELDS } from './documents.ts';
import { searchFilter } from './filters.ts';
import { FACET_ATTRIBUTES } from './settings.ts';
import { describeParts, dropLast, formatQuery, isPlaceholder, parseQuery, type ParsedQuery } from '../query.ts';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
export const DEFAULT_CROP_LENGTH = 30;
const MAX_CROP_LENGTH = 10_000;

/** Meilisearch's sort for one of our orders; a browse without a query goes in transcript order. */
export function sortFor(order: SortOrder, placeholder: boolean): string[] | undefined {
  switch (order) {
    case 'date:desc':
      return [`${QUOTE_FIELDS.date}:desc`];
    case 'date:asc':
      return [`${QUOTE_FIELDS.date}:asc`];
    case 'source':
      return [`${QUOTE_FIELDS.order}:asc`];
    case 'relevance':
      return placeholder ? [`${QUOTE_FIELDS.order}:asc`] : undefined;
  }
}

function checkedInteger(parameter: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badRequest(parameter, `${parameter} must be a whole number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'up' : max}.`);
  }
  return value;
}

interface Paging {
  page: number;
  perPage: number;
  cropLength: number;
  highlight?: boolean;
}

/** The search request Meilisearch gets for one attempt of a query. */
export function searchParams(query: ParsedQuery, request: SearchRequest, paging: Paging): MeiliSearchParams {
  const params: MeiliSearchParams = {
    // Words spelled as the index spells them (`words.ts`): never split or joined.
    q: formatQuery(query, spell),
    matchingStrategy: 'all',
    // `page`/`hitsPerPage` (not offset/limit) makes Meilisearch count every hit: `totalHits` is exact.
    page: paging.page,
    hitsPerPage: paging.perPage,
    attributesToRetrieve: [QUOTE_FIELDS.record],
  };
  if (request.facets !== false) params.facets = FACET_ATTRIBUTES;
  // Where the words matched; the highlight and crop are made from it here, on the text.
  if (request.highlight !== false) params.showMatchesPosition = true;
  const filter = searchFilter(request.filters);
  if (filter) params.filter = filter;
  const sort = sortFor(request.sort ?? 'relevance', isPlaceholder(query));
  if (sort) params.sort = sort;
  return params;
}

/**
 * The `MAX_FACET_VALUES` most frequent values, ties in value order (code units), as the embedded
 * engine keeps them. Meilisearch lists values with a count of 0 in some cases; ours holds only
 * values that occur. This runs for every search on the web server's thread, over hundreds of values
 * per facet: the counts are sorted natively to find the cut, and only the values kept are sorted by
 * count and value (three times faster than grouping every value by its count first).
 */
export function topFacetValues(distribution: Record<string, number> | undefined): Map<string, number> {
  const values: string[] = [];
  const counts: number[] = [];
  for (const value in distribution) {
    const count = distribution[value];
    // Meilisearch counts are numbers; anything else is no count.
    if (typeof count !== 'number' || !(count > 0)) continue;
    values.push(value);
    counts.push(count);
  }
  const n = values.length;
  // The count of the last value kept (a typed array sorts numbers natively, ascending).
  const cut = n > MAX_FACET_VALUES ? Float64Array.from(counts).sort()[n - MAX_FACET_VALUES]! : 0;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (counts[i]! >= cut) kept.push(i);
  kept.sort((a, b) => counts[b]! - counts[a]! || (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
  const top = new Map<string, number>();
  for (let k = 0; k < kept.length && k < MAX_FACET_VALUES; k++) top.set(values[kept[k]!]!, counts[kept[k]!]!);
  return top;
}

function toResult(res: MeiliSearchResponse, query: ParsedQuery, paging: Paging, dropped: string[]): SearchResult {
  const facet = (attribute: string) => topFacetValues(res.facetDistribution?.[attribute]);
  return {
    total: res.totalHits ?? 0,
    page: paging.page,
    perPage: paging.perPage,
    hits: res.hits.map((hit) => {
      const quote = fromQuoteDocument(hit);
      if (paging.highlight === false) return { quote, highlight: '' };
      const marked = markFromMatches(quote.text, hit._matchesPosition?.[QUOTE_FIELDS.textWords] ?? [], paging.cropLength);
      const corrected = corrections(query.parts, marked);
      return { quote, highlight: markedToHtml(marked), ...(corrected.length > 0 ? { corrected } : {}) };
    }),
    facets: {
      speaker: facet(QUOTE_FIELDS.speaker),
      source: facet(QUOTE_FIELDS.source),
      kind: facet(QUOTE_FIELDS.kind),
      collection: facet(QUOTE_FIELDS.collection),
    },
    dropped,
  };
}

/** Check the request (a `badRequest` names the parameter); throws before any request is sent. */
export function checkRequest(request: SearchRequest): Paging {
  // The embedded engine's bounds, so that both answer a bad request alike.
  const paging = {
    page: checkedInteger('page', request.page, 1, 1, Number.MAX_SAFE_INTEGER),
    perPage: checkedInteger('perPage', request.perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    cropLength: checkedInteger('cropLength', request.cropLength, DEFAULT_CROP_LENGTH, 1, MAX_CROP_LENGTH),
    ...(request.highlight === false ? { highlight: false } : {}),
  };
  if (request.sort !== undefined && !SORT_ORDERS.includes(request.sort)) {
    throw badRequest('sort', `sort must be one of ${SORT_ORDERS.join(', ')}.`);
  }
  return paging;
}

/** Run a search; while nothing matches every part, try again without the last one, two, … parts. */
export async function runSearch(client: MeiliClientLike, uid: string, request: SearchRequest, paging: Paging): Promise<SearchResult> {
  const query = parseQuery(request.q ?? '');
  const first = await client.search(uid, searchParams(query, request, paging));
  for (let n = 1; (first.totalHits ?? 0) === 0 && n < query.parts.length; n++) {
    const retry = await client.search(uid, searchParams(dropLast(query, n), request, paging));
    if ((retry.totalHits ?? 0) > 0) return toResult(retry, dropLast(query, n), paging, describeParts(query.parts.slice(query.parts.length - n)));
  }
  // Dropping words that did not help is not reported: the full query simply has no results.
  return toResult(first, query, paging, []);
}
