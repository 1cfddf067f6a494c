/**
 * How a long source is divided into pages, so that its page stays readable however long it is: the
 * indexer chooses the breaks (`SourceRecord.pages`) from the quotes' lengths, and the source page and
 * every permalink read them, so that a link to a quote opens the page that shows it.
 */
import type { SourceRecord } from './engine.ts';

/** Quotes one page of a source shows at most. */
export const PAGE_QUOTES = 100;
/** Characters of quote text one page shows at most (a page holds at least one quote, however long). */
export const PAGE_CHARACTERS = 50_000;

/**
 * The ordinals where pages 2, 3, … begin, for quotes of these lengths in transcript order (empty when
 * everything fits on one page).
 */
export function pageBreaks(lengths: readonly number[]): number[] {
  const breaks: number[] = [];
  let count = 0;
  let characters = 0;
  for (let ordinal = 0; ordinal < lengths.length; ordinal++) {
    const length = lengths[ordinal]!;
    if (count > 0 && (count >= PAGE_QUOTES || characters + length > PAGE_CHARACTERS)) {
      breaks.push(ordinal);
      count = 0;
      characters = 0;
    }
    count++;
    characters += length;
  }
  return breaks;
}

/** The breaks of a source; a record from an index built before breaks were stored gets fixed-size pages. */
function breaksOf(source: Pick<SourceRecord, 'pages' | 'quoteCount'>): readonly number[] {
  if (source.pages) return source.pages;
  const fixed: number[] = [];
  for (let at = PAGE_QUOTES; at < source.quoteCount; at += PAGE_QUOTES) fixed.push(at);
  return fixed;
}

/** How many pages the source has (at least one). */
export function pageCount(source: Pick<SourceRecord, 'pages' | 'quoteCount'>): number {
  return breaksOf(source).length + 1;
}

/** The 1-based page showing the quote with this ordinal. */
export function pageOf(source: Pick<SourceRecord, 'pages' | 'quoteCount'>, ordinal: number): number {
  const breaks = breaksOf(source);
  let lo = 0;
  let hi = breaks.length;
  // The number of breaks at or before `ordinal`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid]! <= ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** The quotes of a page, as an offset and a count in transcript order. */
export function pageQuotes(source: Pick<SourceRecord, 'pages' | 'quoteCount'>, page: number): { offset: number; limit: number } {
  const breaks = breaksOf(source);
  const offset = page <= 1 ? 0 : (breaks[page - 2] ?? source.quoteCount);
  const end = breaks[page - 1] ?? source.quoteCount;
  return { offset, limit: Math.max(0, end - offset) };
}
