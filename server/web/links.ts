/**
 * Every URL the pages link to is built here, so that a search's state survives each link (a facet
 * added, a filter removed, the next page) and so that links into a source's text agree with the
 * anchors the source page writes.
 */
import type { QuoteDocument } from '../corpus/model.ts';
import { DEFAULT_PER_PAGE, type SearchParams } from './params.ts';

/** The state of a search page that links carry over; `format` is the API's concern. */
export type SearchState = Pick<SearchParams, 'q' | 'filters' | 'sort' | 'page' | 'perPage'>;
export type FilterField = keyof SearchParams['filters'];
export const FILTER_FIELDS: readonly FilterField[] = ['speaker', 'source', 'kind', 'collection'];

/** The query string of a search state: filters repeated, defaults left out so URLs stay short. */
export function searchQuery(state: SearchState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const field of FILTER_FIELDS) for (const value of state.filters[field]) params.append(field, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.perPage !== DEFAULT_PER_PAGE) params.set('perPage', String(state.perPage));
  if (state.page > 1) params.set('page', String(state.page));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

export function searchHref(state: SearchState, extra?: Record<string, string>): string {
  const query = searchQuery(state, extra);
  return query ? `/search?${query}` : '/search';
}

/** The same search with one filter value added or removed (back to page 1: the results change). */
export function toggleFilter(state: SearchState, field: FilterField, value: string): SearchState {
  const current = state.filters[field] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, page: 1, filters: { ...state.filters, [field]: next } };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q, page: 1 };
}

export const quotePath = (id: string) => `/q/${encodeURIComponent(id)}`;
export const speakerPath = (slug: string) => `/speakers/${encodeURIComponent(slug)}`;
export const sourcePath = (slug: string) => `/sources/${encodeURIComponent(slug)}`;
/** A page of a long source (page 1 is the source's own address). */
export const sourcePagePath = (slug: string, page = 1) => (page > 1 ? `${sourcePath(slug)}?page=${page}` : sourcePath(slug));

// Characters with a meaning inside a text directive (",", "-", "&") must be percent-encoded too.
const encodeFragmentText = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** How many words a text directive takes from each end of a quote: enough to be unambiguous. */
const FRAGMENT_WORDS = 4;

/**
 * A text directive (`:~:text=start,end`) built from a quote's first and last words; a short quote
 * is matched whole. Browsers that support text fragments scroll to and highlight those words.
 */
export function textDirective(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length <= FRAGMENT_WORDS * 2) return `:~:text=${encodeFragmentText(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_WORDS).join(' ');
  return `:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/**
 * Where a quote sits in its source's page, as a text fragment: browsers that know text fragments
 * scroll to the words and highlight them. Pages offer `anchorInSource` beside it, a plain `#<id>`
 * anchor, for browsers that do not.
 */
export function quoteInSource(quote: Pick<QuoteDocument, 'id' | 'source' | 'text'>, page = 1): string {
  return `${sourcePagePath(quote.source, page)}#${textDirective(quote.text)}`;
}

/** `page`: the page of a long source that shows the quote (`search/source-pages.ts` `pageOf`). */
export function anchorInSource(quote: Pick<QuoteDocument, 'id' | 'source'>, page = 1): string {
  return `${sourcePagePath(quote.source, page)}#${encodeURIComponent(quote.id)}`;
}
