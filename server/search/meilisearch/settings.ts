/**
 * Index settings, chosen so that Meilisearch answers like the embedded engine. They are applied to a
 * fresh index before any document is added, so documents are indexed once, with the final settings.
 */
import { MAX_FACET_VALUES } from '../engine.ts';
import { META_FIELDS, QUOTE_FIELDS } from './documents.ts';
import { MARKER_LETTERS } from './words.ts';

/**
 * The largest number of hits Meilisearch counts for one search. `totalHits` is exact up to this cap
 * (and `page * perPage` cannot go beyond it); it is also the most quotes `list()` can page through for
 * one source or speaker, and the most meta records one request can return. Meilisearch's default is
 * 1000; counting costs a little time per search, so the cap is high but finite.
 */
export const MAX_TOTAL_HITS = 100_000;

/**
 * Facet values Meilisearch returns per facet, the most frequent first. Three times the values a
 * search keeps: Meilisearch breaks ties at its cut in an order of its own (its facet tree's), so the
 * adapter asks for more and makes the cut itself, ties in value order, as the embedded engine does
 * (`search.ts` `topFacetValues`).
 */
export const MAX_VALUES_PER_FACET = MAX_FACET_VALUES * 3;

/** The subset of Meilisearch's settings object this adapter sets. */
export interface MeiliSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  typoTolerance: { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'count' | 'alpha'> };
  pagination: { maxTotalHits: number };
  separatorTokens: string[];
}

/** Relevance: all words first, then an explicit sort, then typos, proximity, attribute, exactness. */
export const RANKING_RULES = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'];

/** The facets a search asks for, in `FacetCounts` order. */
export const FACET_ATTRIBUTES = [QUOTE_FIELDS.speaker, QUOTE_FIELDS.source, QUOTE_FIELDS.kind, QUOTE_FIELDS.collection];

export const QUOTE_SETTINGS: MeiliSettings = {
  // Only the quote's own words: speaker names and titles are filters, so every hit shows what it matched.
  // Its spelled copy is searched (`words.ts`); `text` is only shown, marked and cropped.
  searchableAttributes: [QUOTE_FIELDS.textWords],
  filterableAttributes: [QUOTE_FIELDS.id, ...FACET_ATTRIBUTES],
  sortableAttributes: [QUOTE_FIELDS.date, QUOTE_FIELDS.order],
  rankingRules: RANKING_RULES,
  // One typo from 5 letters, two from 9 — counted with the two marker letters every word carries.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5 + MARKER_LETTERS, twoTypos: 9 + MARKER_LETTERS } },
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // The searched fields hold only spelled words and spaces (`words.ts`): nothing to separate.
  separatorTokens: [],
};

/** The meta index is only ever filtered, never searched by words: `slug` is its one searchable field. */
export const META_SETTINGS: MeiliSettings = {
  searchableAttributes: [META_FIELDS.slug],
  // `pos` too: a page of a long source fetches a range of its text's chunks.
  filterableAttributes: [META_FIELDS.id, META_FIELDS.type, META_FIELDS.slug, META_FIELDS.pos],
  sortableAttributes: [META_FIELDS.pos],
  rankingRules: RANKING_RULES,
  typoTolerance: { enabled: false, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  separatorTokens: [],
};
