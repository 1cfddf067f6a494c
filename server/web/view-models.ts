/**
 * The shapes templates receive for things several pages show: a quote with its attribution line, and
 * pagination. Templates get plain strings and booleans only; Handlebars escapes them all.
 */
import type { QuoteDocument } from '../corpus/model.ts';
import { clock, displayDate, shownRole } from './format.ts';
import { KIND_LABELS, SOURCE_KIND_LABELS, isUnnamed, type Labels } from './labels.ts';
import { quotePath, sourcePath, speakerPath } from './links.ts';

/** A quote as lists show it: the text (or its highlight) and who said it, where and when. */
export interface QuoteView {
  id: string;
  text: string;
  /** Engine highlight (HTML-safe, with `<mark>`), for search results only. */
  highlight?: string;
  href: string;
  kind: string;
  kindLabel: string;
  speaker: { name: string; role: string; href: string; unnamed: boolean } | null;
  source: { title: string; href: string; kindLabel: string; outlet?: string; author?: string; date?: string };
  timestamp?: string;
  /** "Quoted in 2 reviews" and similar, when the line is reproduced elsewhere. */
  quotedInCount: number;
}

export function quoteView(quote: QuoteDocument, labels: Labels, highlight?: string): QuoteView {
  const ref = quote.sourceRef;
  const record = quote.speaker ? labels.speaker(quote.speaker.slug) : undefined;
  const date = displayDate(ref.date);
  return {
    id: quote.id,
    text: quote.text,
    ...(highlight !== undefined ? { highlight } : {}),
    href: quotePath(quote.id),
    kind: quote.kind,
    kindLabel: KIND_LABELS[quote.kind],
    speaker: quote.speaker
      ? {
          name: quote.speaker.name,
          role: shownRole(quote.speaker.role),
          href: speakerPath(quote.speaker.slug),
          unnamed: isUnnamed(record ?? { name: quote.speaker.name, adHoc: /^Unnamed\b/.test(quote.speaker.name) }),
        }
      : null,
    source: {
      title: ref.title,
      href: sourcePath(ref.slug),
      kindLabel: SOURCE_KIND_LABELS[ref.kind],
      ...(ref.outlet ? { outlet: ref.outlet } : {}),
      ...(ref.author ? { author: ref.author } : {}),
      ...(date ? { date } : {}),
    },
    ...(quote.time ? { timestamp: clock(quote.time.start) } : {}),
    quotedInCount: quote.quotedIn.length,
  };
}

/** One link of a pager. */
export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

export interface Pager {
  page: number;
  pages: number;
  prev: string | null;
  next: string | null;
  /** A window of page numbers around the current page, with gaps marked by `gapBefore`. */
  links: Array<PageLink & { gapBefore: boolean }>;
}

/** Pagination links; null when everything fits on one page. */
export function pager(page: number, total: number, perPage: number, href: (page: number) => string, maxPage = Infinity): Pager | null {
  const pages = Math.min(Math.max(1, Math.ceil(total / perPage)), maxPage);
  if (pages <= 1 && page <= 1) return null;
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const numbers = [...wanted].sort((a, b) => a - b);
  return {
    page,
    pages,
    prev: page > 1 ? href(Math.min(page - 1, pages)) : null,
    next: page < pages ? href(page + 1) : null,
    links: numbers.map((n, i) => ({ number: n, href: href(n), current: n === page, gapBefore: i > 0 && n - numbers[i - 1]! > 1 })),
  };
}
