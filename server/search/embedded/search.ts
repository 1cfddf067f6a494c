/**
 * One search against one index, start to finish: parse, match (dropping words from the end while
 * nothing matches), count facets, rank the requested page, highlight its hits. Synchronous on
 * purpose: the scratch arrays of an index are reused by every search, which is safe only because a
 * search never yields to the event loop halfway.
 */
import type { FacetCounts, SearchFilters, SearchRequest, SearchResult, SortOrder } from '../engine.ts';
import { SORT_ORDERS } from '../engine.ts';
import { badRequest } from '../../errors.ts';
import { describeParts, dropLast, parseQuery, queryPositions, type ParsedQuery } from '../query.ts';
import type { EmbeddedIndex } from './layout.ts';
import { countFacets } from './facets.ts';
import { matchDocuments, preparePart } from './match.ts';
import { rankWindow } from './rank.ts';
import { createMarker, DEFAULT_CROP_LENGTH } from './snippet.ts';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

function checkedInteger(value: number | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badRequest(name, `${name} must be a whole number from ${min} to ${max === Infinity ? 'up' : max}.`);
  }
  return value;
}

const noFacets = (): FacetCounts => ({ speaker: new Map(), source: new Map(), kind: new Map(), collection: new Map() });

export function searchIndex(index: EmbeddedIndex, request: SearchRequest): SearchResult {
  const page = checkedInteger(request.page, 1, 'page', 1, Number.MAX_SAFE_INTEGER);
  const perPage = checkedInteger(request.perPage, DEFAULT_PER_PAGE, 'perPage', 1, MAX_PER_PAGE);
  const cropLength = checkedInteger(request.cropLength, DEFAULT_CROP_LENGTH, 'cropLength', 1, 10_000);
  const sort: SortOrder = request.sort ?? 'relevance';
  if (!SORT_ORDERS.includes(sort)) throw badRequest('sort', `sort must be one of ${SORT_ORDERS.join(', ')}.`);

  index.scratch.buffers.level = 0;
  const query = parseQuery(request.q ?? '');
  const excluded = query.excluded.map((part) => preparePart(index, part, true));
  let drop = 0;
  // Each part knows where it stands in the query, for the word-position rule.
  const prepare = (q: ParsedQuery) => {
    const positions = queryPositions(q);
    return q.parts.map((part, i) => preparePart(index, part, false, positions[i]));
  };
  let parts = prepare(query);
  let docs = matchDocuments(index, parts, excluded, request.filters);
  // Meilisearch is asked with every word; when nothing matches, again without the last one, and so on.
  while (docs.length === 0 && query.parts.length - drop > 1) {
    drop++;
    parts = prepare(dropLast(query, drop));
    docs = matchDocuments(index, parts, excluded, request.filters);
  }
  // Dropping words that did not help is not reported: the full query simply has no results.
  if (docs.length === 0) drop = 0;

  const facets = request.facets === false ? noFacets() : countFacets(index, docs);
  const offset = (page - 1) * perPage;
  const window = rankWindow(index, docs, parts, sort, offset, perPage);
  const marker = request.highlight === false ? null : createMarker(index, parts);
  try {
    const hits = window.map((d) => {
      if (!marker) return { quote: index.docs[d]!, highlight: '' };
      const { highlight, corrected } = marker.snippet(d, cropLength);
      return corrected.length > 0 ? { quote: index.docs[d]!, highlight, corrected } : { quote: index.docs[d]!, highlight };
    });
    return {
      total: docs.length,
      page,
      perPage,
      hits,
      facets,
      dropped: drop > 0 ? describeParts(query.parts.slice(query.parts.length - drop)) : [],
    };
  } finally {
    marker?.release();
  }
}

/** Quotes of one source and/or speaker in browse order (doc ids ascending), paged. */
export function listDocuments(
  index: EmbeddedIndex,
  by: { source?: string; speaker?: string },
  offset: number,
  limit: number,
): { total: number; docs: number[] } {
  const filters: SearchFilters = {};
  if (by.source !== undefined) filters.source = [by.source];
  if (by.speaker !== undefined) filters.speaker = [by.speaker];
  let docs: ArrayLike<number>;
  if (by.source !== undefined && by.speaker === undefined) {
    const i = index.facets.source.index.get(by.source);
    docs = i === undefined ? [] : index.facets.source.docs[i]!;
  } else if (by.speaker !== undefined && by.source === undefined) {
    const i = index.facets.speaker.index.get(by.speaker);
    docs = i === undefined ? [] : index.facets.speaker.docs[i]!;
  } else {
    docs = matchDocuments(index, [], [], filters);
  }
  const out: number[] = [];
  for (let i = Math.max(0, offset); i < Math.min(docs.length, offset + limit); i++) out.push(docs[i]!);
  return { total: docs.length, docs: out };
}
