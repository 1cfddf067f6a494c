/**
 * One search against one index, start to finish: parse, match (dropping words from the end while
 * nothing matches), count facets, rank the requested page, highlight its hits. Synchronous on
 * purpose: the scratch arrays of an index are reused by every search, which is safe only because a
 * search never yields to the event loop halfway.
 */
import type { FacetCounts, SearchFilters, SearchRequest, SearchResult, SortOrder } from '../engine.ts';
import { MAX_FACET_VALUES, SORT_ORDERS } from '../engine.ts';
import { badRequest } from '../../errors.ts';
import { describeParts, dropLast, parseQuery } from '../query.ts';
import { FACET_NAMES, type EmbeddedIndex, type FacetName } from './layout.ts';
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
  let parts = query.parts.map((part) => preparePart(index, part));
  let docs = matchDocuments(index, parts, excluded, request.filters);
  // Meilisearch is asked with every word; when nothing matches, again without the last one, and so on.
  while (docs.length === 0 && query.parts.length - drop > 1) {
    drop++;
    parts = dropLast(query, drop).parts.map((part) => preparePart(index, part));
    docs = matchDocuments(index, parts, excluded, request.filters);
  }
  // Dropping words that did not help is not reported: the full query simply has no results.
  if (docs.length === 0) drop = 0;

  const facets = countFacets(index, docs);
  const offset = (page - 1) * perPage;
  const window = rankWindow(index, docs, parts, sort, offset, perPage);
  const marker = createMarker(index, parts);
  try {
    const hits = window.map((d) => ({ quote: index.docs[d]!, highlight: marker.snippet(d, cropLength) }));
    return {
      total: docs.length,
      page,
      perPage,
      hits,
      facets,
      dropped: drop > 0 ? describeParts(query.parts.slice(query.parts.length - drop)) : [],
    };
  } finally {
    marker.release();
  }
}

/** Per facet, counts reused from search to search: a search resets only the values it touched. */
const facetScratch = new WeakMap<EmbeddedIndex, Array<{ counts: Uint32Array; touched: Uint32Array }>>();

export function countFacets(index: EmbeddedIndex, docs: Uint32Array): FacetCounts {
  let scratch = facetScratch.get(index);
  if (!scratch) {
    scratch = FACET_NAMES.map((name) => ({ counts: new Uint32Array(index.facets[name].values.length), touched: new Uint32Array(index.facets[name].values.length) }));
    facetScratch.set(index, scratch);
  }
  const out = { speaker: {}, source: {}, kind: {}, collection: {} } as Record<FacetName, Record<string, number>>;
  FACET_NAMES.forEach((name, f) => {
    const { ofDoc, values } = index.facets[name];
    const { counts, touched } = scratch[f]!;
    // One pass over the result set, noting each value the first time it is seen.
    let present = 0;
    for (let i = 0; i < docs.length; i++) {
      const v = ofDoc[docs[i]!]!;
      if (v < 0) continue;
      const seen = counts[v]!;
      counts[v] = seen + 1;
      if (seen === 0) touched[present++] = v;
    }
    // The MAX_FACET_VALUES most frequent: anything above the cut-off count, then ties in value order.
    let cutoff = 1;
    if (present > MAX_FACET_VALUES) {
      const sorted = new Uint32Array(present);
      for (let k = 0; k < present; k++) sorted[k] = counts[touched[k]!]!;
      cutoff = sorted.sort()[present - MAX_FACET_VALUES]!;
    }
    const record = out[name];
    const ties: string[] = [];
    let kept = 0;
    for (let k = 0; k < present; k++) {
      const v = touched[k]!;
      const n = counts[v]!;
      counts[v] = 0;
      if (n > cutoff || present <= MAX_FACET_VALUES) {
        record[values[v]!] = n;
        kept++;
      } else if (n === cutoff) ties.push(values[v]!);
    }
    for (const value of ties.sort().slice(0, MAX_FACET_VALUES - kept)) record[value] = cutoff;
  });
  return out as FacetCounts;
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
