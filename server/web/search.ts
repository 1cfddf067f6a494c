/**
 * GET /search: results with highlights and attributions, facets as links, removable filters,
 * pagination, export links, and help when nothing is found. A plain GET form drives it, so it works
 * without JavaScript; bad parameters are the 400 page naming the parameter (from `params.ts`).
 */
import type { Request, Response } from 'express';
import { SORT_ORDERS, type SearchEngine, type SearchResult } from '../search/engine.ts';
import { describeParts, dropLast, parseQuery } from '../search/query.ts';
import { KIND_LABELS, labelsFor, type Labels } from './labels.ts';
import { FILTER_FIELDS, searchHref, searchQuery, toggleFilter, withQuery, type FilterField, type SearchState } from './links.ts';
import { DEFAULT_PER_PAGE, MAX_PAGE, parseSearchParams, toSearchRequest } from './params.ts';
import { suggest, type Suggestion } from './suggest.ts';
import { pager, quoteView } from './view-models.ts';

/** Words of context around the best match in each result. */
const CROP_WORDS = 40;
/** Facet values shown before the rest fold into "more". */
const FACET_SHOWN = 8;

export const SORT_LABELS: Record<string, string> = {
  relevance: 'Best match',
  'date:desc': 'Newest first',
  'date:asc': 'Oldest first',
  source: 'Transcript order',
};

const FIELD_LABELS: Record<FilterField, string> = { speaker: 'Speaker', source: 'Source', kind: 'Kind', collection: 'Collection' };

function valueLabel(field: FilterField, value: string, labels: Labels): string {
  if (field === 'speaker') return labels.speakerName(value);
  if (field === 'source') return labels.sourceTitle(value, 60);
  if (field === 'kind') return KIND_LABELS[value as keyof typeof KIND_LABELS] ?? value;
  return labels.collection(value)?.title ?? value;
}

/** One facet group: values with counts, each a link that adds (or removes) the filter. */
function facetGroup(field: FilterField, title: string, counts: Map<string, number>, state: SearchState, labels: Labels) {
  const active = state.filters[field] as string[];
  const entries = [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => Number(active.includes(b[0])) - Number(active.includes(a[0])) || b[1] - a[1] || valueLabel(field, a[0], labels).localeCompare(valueLabel(field, b[0], labels)))
    .map(([value, count]) => ({ label: valueLabel(field, value, labels), count, href: searchHref(toggleFilter(state, field, value)), active: active.includes(value) }));
  return { field, title, shown: entries.slice(0, FACET_SHOWN), more: entries.slice(FACET_SHOWN), empty: entries.length === 0 };
}

/** What to say when words were dropped: "No quote has all of … — showing results for …". */
function droppedNote(q: string, result: SearchResult) {
  if (result.dropped.length === 0) return null;
  const parsed = parseQuery(q);
  const kept = describeParts(dropLast(parsed, result.dropped.length).parts).join(' ');
  return { all: describeParts(parsed.parts).join(' '), kept, dropped: result.dropped.join(' ') };
}

/** What an empty result offers instead. */
interface EmptyHelp {
  drops: Array<{ label: string; href: string; total: number }>;
  suggestion: (Suggestion & { href: string }) | null;
  firstPage: string | null;
}

export async function searchPage(engine: SearchEngine, req: Request, res: Response): Promise<void> {
  const params = parseSearchParams(req);
  const state: SearchState = { q: params.q, filters: params.filters, sort: params.sort, page: params.page, perPage: params.perPage };
  const [result, catalog] = await Promise.all([engine.search(toSearchRequest(params, CROP_WORDS)), engine.catalog()]);
  const labels = labelsFor(catalog);
  const active = FILTER_FIELDS.flatMap((field) =>
    (state.filters[field] as string[]).map((value) => ({ field: FIELD_LABELS[field], label: valueLabel(field, value, labels), removeHref: searchHref(toggleFilter(state, field, value)) })),
  );
  const request = toSearchRequest(params);

  // An empty result should help: drop each filter (with what that finds), or try a corrected query.
  let help: EmptyHelp | null = null;
  if (result.total === 0) {
    const drops = await Promise.all(
      FILTER_FIELDS.flatMap((field) =>
        (state.filters[field] as string[]).map(async (value) => {
          const without = toggleFilter(state, field, value);
          const found = await engine.search({ ...request, filters: toSearchRequest({ ...params, filters: without.filters }).filters ?? {}, page: 1, perPage: 1 });
          return { label: `${FIELD_LABELS[field]}: ${valueLabel(field, value, labels)}`, href: searchHref(without), total: found.total };
        }),
      ),
    );
    const suggestion = params.q ? await suggest(engine, params.q, request.filters ?? {}) : null;
    const cleared = { ...state, filters: { speaker: [], source: [], kind: [], collection: [] } };
    help = {
      // A filter worth dropping is one whose removal finds something.
      drops: drops.filter((d) => d.total > 0),
      suggestion: suggestion ? { ...suggestion, href: searchHref(withQuery(suggestion.withoutFilters ? cleared : state, suggestion.q)) } : null,
      firstPage: state.page > 1 ? searchHref({ ...state, page: 1 }) : null,
    };
  }

  const multipleCollections = (catalog?.collections.length ?? 0) > 1;
  const facets = [
    facetGroup('speaker', 'Speaker', result.facets.speaker, state, labels),
    facetGroup('source', 'Source', result.facets.source, state, labels),
    facetGroup('kind', 'Kind of quote', result.facets.kind, state, labels),
    ...(multipleCollections ? [facetGroup('collection', 'Collection', result.facets.collection, state, labels)] : []),
  ];
  const dropped = droppedNote(params.q, result);
  const first = result.total === 0 ? 0 : (result.page - 1) * result.perPage + 1;
  res.render('search/index', {
    title: params.q ? `“${params.q}”` : 'All quotes',
    nav: 'search',
    hideHeaderSearch: true,
    noindex: true,
    q: params.q,
    state,
    total: result.total,
    range: { first, last: Math.min(result.total, first + result.hits.length - 1) },
    hits: result.hits.map((h) => quoteView(h.quote, labels, h.highlight)),
    facets,
    active,
    clearHref: active.length ? searchHref({ ...state, page: 1, filters: { speaker: [], source: [], kind: [], collection: [] } }) : null,
    hidden: FILTER_FIELDS.flatMap((field) => (state.filters[field] as string[]).map((value) => ({ name: field, value }))),
    perPageHidden: state.perPage !== DEFAULT_PER_PAGE ? state.perPage : null,
    sorts: SORT_ORDERS.map((value) => ({ value, label: SORT_LABELS[value], selected: value === state.sort })),
    pager: pager(state.page, result.total, state.perPage, (page) => searchHref({ ...state, page }), MAX_PAGE),
    dropped,
    shownQuery: dropped ? dropped.kept : params.q,
    help,
    exports: { csv: `/api/search?${searchQuery({ ...state, page: 1 }, { format: 'csv' })}`, json: `/api/search?${searchQuery(state, { format: 'json' })}` },
  });
}
