/**
 * Stable quote ids. An id is derived from the source's slug and the quote's normalised text (plus
 * which occurrence of that text it is), so a quote keeps its id when the file is re-indexed or edited
 * elsewhere, and a punctuation or capitalisation fix inside it does not break its permalink.
 * Ids hold only ASCII letters, digits, `-` and `_`, as Meilisearch requires of primary keys.
 */
/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normalizeForId(text: string): string {
  // Plain ASCII needs no Unicode decomposition: the common case, and the hot one when indexing.
  if (/^[\x00-\x7F]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain). Ids only need to tell apart the quotes
 * of one source, so 48 of its bits are plenty, and indexing a million quotes should not wait on SHA-256.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `<source slug>_<12 hex digits>`; `occurrence` tells apart identical lines in one source (0 for the first). */
export function quoteId(sourceSlug: string, text: string, occurrence = 0): string {
  return idFromNormalized(sourceSlug, normalizeForId(text), occurrence);
}

function idFromNormalized(sourceSlug: string, normalized: string, occurrence: number): string {
  const hash = hash53(`${sourceSlug}\n${normalized}\n${occurrence}`);
  return `${sourceSlug}_${hash.toString(16).padStart(14, '0').slice(-12)}`;
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
    return idFromNormalized(sourceSlug, key, n);
  });
}
