/**
 * Word splitting and normalisation shared by the query parser and the embedded engine, close to what
 * Meilisearch's tokenizer does for Latin text: words are runs of letters and digits (an apostrophe or
 * hyphen separates words), compared lower-cased and without diacritics.
 */

/** One word of a text, with its offsets in that text. */
export interface Token {
  /** Normalised form: lower case, no diacritics. */
  term: string;
  /** UTF-16 offsets of the word in the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_LOWER = /^[a-z0-9]+$/;
const COMBINING = /\p{M}+/gu;

/** Lower-case and strip diacritics ("Café" → "cafe"); the fast path skips Unicode work for ASCII. */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_LOWER.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING, '');
}

/** The words of a text in order, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const term = normalizeTerm(m[0]);
    if (term.length > 0) tokens.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Only the normalised words of a text. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
