/**
 * Stable quote ids. An id is derived from the source's slug and the quote's normalised text (plus
 * which occurrence of that text it is), so a quote keeps its id when the file is re-indexed or edited
 * elsewhere, and a punctuation or capitalisation fix inside it does not break its permalink.
 * Ids hold only ASCII letters, digits, `-` and `_`, as Meilisearch requires of primary keys.
 */
import { createHash } from 'node:crypto';

/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `<source slug>_<12 hex digits>`; `occurrence` tells apart identical lines in one source (0 for the first). */
export function quoteId(sourceSlug: string, text: string, occurrence = 0): string {
  const hash = createHash('sha256').update(`${sourceSlug}\n${normalizeForId(text)}\n${occurrence}`).digest('hex');
  return `${sourceSlug}_${hash.slice(0, 12)}`;
}

/** Valid as a quote id: what Meilisearch accepts as a document id, and what our URLs expect. */
export const QUOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;

/** Assign ids to a source's quotes in order, counting repeated texts so each id is unique. */
export function assignIds(sourceSlug: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = normalizeForId(text);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return quoteId(sourceSlug, text, n);
  });
}
