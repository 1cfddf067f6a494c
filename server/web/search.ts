/**
 * GET /search: results with highlights and attributions, facets as links, removable filters,
 * pagination, export links, and help when nothing is found. A plain GET form drives it, so it works
 * without JavaScript; bad parameters are the 400 page naming the parameter (from `params.ts`).
 */
import type { Request, Response } from 'express';
import { SORT_ORDERS, type SearchEngine, type SearchResult } from '../search/engine.ts';
import { describeParts, dropLast, parseQuery } from '../search/query.ts';
import { labelsFor } from './labels.ts';
import { FILTER_FIELDS, searchHref, searchQuery, toggleFilter, withQuery, type SearchState } from './links.ts';
import { namedFilters } from './named.ts';
import { searchTitle } from './page-meta.ts';
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PAGE_PARAM, parseSearchParams, redirectPastLast, toSearchRequest } from './params.ts';
import { nestQuotes, nestQuotesHtml } from './quote-marks.ts';
import { combinedFacets, facetGroups, FIELD_LABELS, resultsHaveDates, unknownFilters, valueLabel } from './search-facets.ts';
import { suggest, type Suggestion } from './suggest.ts';
import { pager, quoteView } from './view-models.ts';

/** Words of context around the best match in each result. */
const CROP_WORDS = 40;

export const SORT_LABELS: Record<string, string> = {
  relevance: 'Best match',
  'date:desc': 'Newest first',
  'date:asc': 'Oldest first',
  source: 'Transcript order',
};

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
}

export async function searchPage(engine: SearchEngine, req: Request, res: Response): Promise<void> {
  const params = parseSearchParams(req, { maxPage: MAX_PAGE_PARAM });
  const state: SearchState = { q: params.q, filters: params.filters, sort: params.sort, page: params.page, perPage: params.perPage };
  const request = toSearchRequest(params);
  const lastPage = (total: number) => Math.min(Math.ceil(total / state.perPage), MAX_PAGE);
  const toPage = (page: number) => searchHref({ ...state, page });
  // Deeper than any page offered: count the results (only) to find the last page.
  if (state.page > MAX_PAGE) {
    const { total } = await engine.search({ ...request, page: 1, perPage: 1, facets: false, highlight: false });
    redirectPastLast(res, state.page, lastPage(total), toPage);
    return;
  }
  const [result, catalog] = await Promise.all([engine.search(toSearchRequest(params, CROP_WORDS)), engine.catalog()]);
  // A page past the last one: the last page, never "showing 1961–3" over an empty list.
  if (redirectPastLast(res, state.page, lastPage(result.total), toPage)) return;
  const labels = labelsFor(catalog);
  const active = FILTER_FIELDS.flatMap((field) =>
    (state.filters[field] as string[]).map((value) => ({ field: FIELD_LABELS[field], label: valueLabel(field, value, labels), removeHref: searchHref(toggleFilter(state, field, value)) })),
  );

  // An empty result should help: drop each filter (with what that finds), or try a corrected query.
  let help: EmptyHelp | null = null;
  if (result.total === 0) {
    const drops = await Promise.all(
      FILTER_FIELDS.flatMap((field) =>
        (state.filters[field] as string[]).map(async (value) => {
          const without = toggleFilter(state, field, value);
          const found = await engine.search({ ...request, filters: toSearchRequest({ ...params, filters: without.filters }).filters ?? {}, page: 1, perPage: 1, facets: false, highlight: false });
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
    };
  }

  const counts = await combinedFacets(engine, request, result);
  const facets = facetGroups(counts, state, labels, (catalog?.collections.length ?? 0) > 1);
  const dropped = droppedNote(params.q, result);
  const first = result.total === 0 ? 0 : (result.page - 1) * result.perPage + 1;
  // Date orders only where the results have dates (and the one chosen, whatever it is).
  const dated = resultsHaveDates(result, labels);
  const sorts = SORT_ORDERS.filter((value) => dated || !value.startsWith('date') || value === state.sort);
  res.render('search/index', {
    title: searchTitle(params.q, active.map((a) => a.label)),
    nav: 'search',
    hideHeaderSearch: true,
    noindex: true,
    q: params.q,
    // "😀" searches nothing: the page shows every quote and says why, not that they match it.
    unsearchable: params.unsearchable,
    state,
    total: result.total,
    range: { first, last: Math.min(result.total, first + result.hits.length - 1) },
    hits: result.hits.map((h) => ({ ...quoteView(h.quote, labels, nestQuotesHtml(h.highlight)), corrected: h.corrected ?? [] })),
    facets,
    // A long list of facets gets its Apply button at the top as well as at the bottom.
    longFacets: facets.reduce((n, f) => n + f.shown.length, 0) > 12,
    named: namedFilters(params.q, state, labels),
    unknown: unknownFilters(state, labels).map(({ field, value }) => ({ field: FIELD_LABELS[field].toLowerCase(), value, removeHref: searchHref(toggleFilter(state, field, value)) })),
    active,
    clearHref: active.length ? searchHref({ ...state, page: 1, filters: { speaker: [], source: [], kind: [], collection: [] } }) : null,
    hidden: FILTER_FIELDS.flatMap((field) => (state.filters[field] as string[]).map((value) => ({ name: field, value }))),
    perPageHidden: state.perPage !== DEFAULT_PER_PAGE ? state.perPage : null,
    sortHidden: state.sort !== 'relevance' ? state.sort : null,
    sorts: sorts.length > 1 ? sorts.map((value) => ({ value, label: SORT_LABELS[value], selected: value === state.sort })) : null,
    pager: pager(state.page, result.total, state.perPage, (page) => searchHref({ ...state, page }), MAX_PAGE),
    dropped,
    shownQuery: nestQuotes(dropped ? dropped.kept : params.q),
    help,
    exports: { csv: `/api/search?${searchQuery({ ...state, page: 1 }, { format: 'csv' })}`, json: `/api/search?${searchQuery(state, { format: 'json' })}` },
  });
}
