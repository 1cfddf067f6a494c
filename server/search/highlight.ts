/**
 * Highlighting is done in two steps so that no text from a transcript can ever become markup:
 * engines wrap matched words in private marker characters, and `markedToHtml` escapes the whole text
 * first and only then turns the markers into `<mark>` elements.
 */
import { RESERVED_MARKS } from '../corpus/text.ts';

/** Private-use characters that never occur in indexed text (the loader replaces them). */
export const [MARK_START, MARK_END] = RESERVED_MARKS;
export const CROP_MARKER = '…';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

export function stripMarkers(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** Marked text → HTML-safe text with `<mark>` elements; unbalanced markers are dropped. */
export function markedToHtml(marked: string): string {
  let open = false;
  const html = escapeHtml(marked).replace(/[\uE000\uE001]/g, (m) => {
    if (m === MARK_START) {
      if (open) return '';
      open = true;
      return '<mark>';
    }
    if (!open) return '';
    open = false;
    return '</mark>';
  });
  return open ? `${html}</mark>` : html;
}

/** Wrap the given [start, end) ranges of `text` in markers (ranges sorted, non-overlapping). */
export function markRanges(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    out += text.slice(at, start) + MARK_START + text.slice(start, end) + MARK_END;
    at = end;
  }
  return out + text.slice(at);
}
