/**
 * Facets that combine: a researcher ticks several speakers (or sources, kinds, collections) — any
 * of them — and applies them in one go, without JavaScript (a GET form of checkboxes). The counts
 * of a field leave out that field's own filter, so that after choosing one speaker the others stay
 * listed with what choosing them as well would add: one more search (on the search side, one result
 * row) per filtered field. Values a filter names but nothing matches stay listed, ticked, so they
 * can be unticked.
 */
import { MAX_FACET_VALUES, type FacetCounts, type SearchEngine, type SearchRequest, type SearchResult } from '../search/engine.ts';
import { dropLast, formatQuery, parseQuery } from '../search/query.ts';
import { KIND_LABELS, type Labels } from './labels.ts';
import { FILTER_FIELDS, type FilterField, type SearchState } from './links.ts';

/** Facet values shown before the rest fold into "more". */
const FACET_SHOWN = 8;

export const FIELD_LABELS: Record<FilterField, string> = { speaker: 'Speaker', source: 'Source', kind: 'Kind', collection: 'Collection' };

/** What people read for a filter value: a name or title, never a slug where one is known. */
export function valueLabel(field: FilterField, value: string, labels: Labels): string {
  if (field === 'speaker') return labels.speakerName(value);
  if (field === 'source') return labels.sourceTitle(value, 60);
  if (field === 'kind') return KIND_LABELS[value as keyof typeof KIND_LABELS] ?? value;
  return labels.collection(value)?.title ?? value;
}

/**
 * Facet counts where each filtered field is counted without its own filter (and with the others),
 * over the query the result answered (after any words were dropped).
 */
export async function combinedFacets(engine: SearchEngine, request: SearchRequest, result: SearchResult): Promise<FacetCounts> {
  const filters = request.filters ?? {};
  const filtered = FILTER_FIELDS.filter((field) => (filters[field]?.length ?? 0) > 0);
  if (filtered.length === 0) return result.facets;
  const q = result.dropped.length > 0 ? formatQuery(dropLast(parseQuery(request.q), result.dropped.length)) : request.q;
  const counts: FacetCounts = { ...result.facets };
  await Promise.all(
    filtered.map(async (field) => {
      const others = { ...filters, [field]: [] };
      const without = await engine.search({ q, filters: others, page: 1, perPage: 1, highlight: false });
      counts[field] = without.facets[field];
    }),
  );
  return counts;
}

/** One value of a facet: a checkbox with its label and count. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  /** The checkbox's id, unique on the page. */
  id: string;
}

export interface FacetGroup {
  field: FilterField;
  title: string;
  shown: FacetValue[];
  more: FacetValue[];
  /** True when the engine returned only its most frequent values: some are not listed. */
  capped: boolean;
}

/** The facet groups of a search page: ticked values first, then by count, then by label. */
export function facetGroups(counts: FacetCounts, state: SearchState, labels: Labels, withCollections: boolean): FacetGroup[] {
  const titles: Array<[FilterField, string]> = [
    ['speaker', 'Speaker'],
    ['source', 'Source'],
    ['kind', 'Kind of quote'],
    ...(withCollections ? [['collection', 'Collection'] as [FilterField, string]] : []),
  ];
  return titles
    .map(([field, title]) => {
      const chosen = state.filters[field] as string[];
      const all = new Map(counts[field]);
      for (const value of chosen) if (!all.has(value)) all.set(value, 0);
      const values = [...all]
        .map(([value, count], i) => ({ value, label: valueLabel(field, value, labels), count, checked: chosen.includes(value), id: `f-${field}-${i}` }))
        .sort((a, b) => Number(b.checked) - Number(a.checked) || b.count - a.count || a.label.localeCompare(b.label));
      return { field, title, shown: values.slice(0, FACET_SHOWN), more: values.slice(FACET_SHOWN), capped: counts[field].size >= MAX_FACET_VALUES };
    })
    .filter((group) => group.shown.length > 0);
}

/**
 * Whether ordering by date means anything for these results: some source among them is dated. (The
 * source facet lists the most frequent sources; a capped list counts as dated, to be safe.)
 */
export function resultsHaveDates(result: SearchResult, labels: Labels): boolean {
  if (result.facets.source.size >= MAX_FACET_VALUES) return true;
  for (const slug of result.facets.source.keys()) if (labels.source(slug)?.date) return true;
  return false;
}

/** Filter values that name nothing in the catalog: said so on the page, rather than an unexplained empty list. */
export function unknownFilters(state: SearchState, labels: Labels): Array<{ field: FilterField; value: string }> {
  const known: Partial<Record<FilterField, (slug: string) => unknown>> = { speaker: labels.speaker, source: labels.source, collection: labels.collection };
  return FILTER_FIELDS.flatMap((field) => (state.filters[field] as string[]).filter((value) => known[field] && !known[field]!(value)).map((value) => ({ field, value })));
}
