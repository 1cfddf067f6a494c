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
 * The words of `normalizeForId(text)`. Plain ASCII, the common case, is matched word by word without
 * building the normalised text first: linking quotations reads every line of the corpus this way.
 */
export function idWords(text: string): string[] {
  if (/^[\x00-\x7F]*$/.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return normalizeForId(text).split(' ').filter(Boolean);
}

/**
 * cyrb53 (public domain), fed one character at a time: a fast, well-mixed 53-bit hash. Ids only need
 * to tell apart the quotes of one source (the slug is their prefix), so 48 of its bits are plenty, and
 * indexing a million quotes should not wait on SHA-256.
 */
class Hash53 {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;

  add(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
  }

  addString(text: string): void {
    for (let i = 0; i < text.length; i++) this.add(text.charCodeAt(i));
  }

  /** cyrb53's final mixing of the state: the digest's two 32-bit halves. */
  private halves(): [number, number] {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [h1, h2];
  }

  digest(): number {
    const [h1, h2] = this.halves();
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }

  /**
   * The digest's low 48 bits as 12 hex digits — what `digest().toString(16).padStart(14, '0').slice(-12)`
   * gives — from its two 32-bit halves, without writing out a 53-bit number in base 16 first.
   */
  hex48(): string {
    const [h1, h2] = this.halves();
    return (h2 & 0xffff).toString(16).padStart(4, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}

const SPACE = 32;

/**
 * Typographic punctuation outside ASCII that `normalizeForId` turns into a word break like ASCII
 * punctuation: no-break space, curly quotes, guillemets, dashes, the ellipsis. Their NFKD forms hold
 * no letter, digit or mark, so they never join, change or drop a word.
 */
function isTypographicBreak(c: number): boolean {
  return c === 0xa0 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201a) || (c >= 0x201c && c <= 0x201e);
}

/**
 * Feed `normalizeForId(text)` to the hash without building it, for ASCII text with typographic
 * punctuation (most speech: quotations in curly quotes would otherwise send a whole turn through
 * Unicode normalisation); false if the text holds anything else.
 */
function addNormalizedAscii(hash: Hash53, text: string): boolean {
  let pending = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) {
      if (!isTypographicBreak(c)) return false;
      c = SPACE;
    }
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (pending && any) hash.add(SPACE);
      hash.add(c);
      pending = false;
      any = true;
    } else pending = true;
  }
  return true;
}

/** The hash state after a quote's normalised text. */
function textHash(text: string): Hash53 {
  const hash = new Hash53();
  if (!addNormalizedAscii(hash, text)) {
    const fresh = new Hash53();
    fresh.addString(normalizeForId(text));
    return fresh;
  }
  return hash;
}

function idFrom(sourceSlug: string, state: Hash53, occurrence: number): string {
  const hash = new Hash53();
  hash.h1 = state.h1;
  hash.h2 = state.h2;
  hash.addString(`\n${occurrence}`);
  return `${sourceSlug}_${hash.hex48()}`;
}

/** `<source slug>_<12 hex digits>`; `occurrence` tells apart identical lines in one source (0 for the first). */
export function quoteId(sourceSlug: string, text: string, occurrence = 0): string {
  return idFrom(sourceSlug, textHash(text), occurrence);
}

/** Valid as a quote id: what Meilisearch accepts as a document id, and what our URLs expect. */
export const QUOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,511}$/;

/** Assign ids to a source's quotes in order, counting repeated texts so each id is unique. */
export function assignIds(sourceSlug: string, texts: string[]): string[] {
  const seen = new Map<number, number>();
  return texts.map((text) => {
    const state = textHash(text);
    const key = state.digest();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return idFrom(sourceSlug, state, n);
  });
}
