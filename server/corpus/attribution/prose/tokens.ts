/**
 * Words and punctuation of a stretch of prose, with offsets: the unit the said-clause patterns and
 * the mention finder work on. A full stop stays with an abbreviation or an initial ("Sen.", "U.S.",
 * "J.") and is its own token otherwise. One pass; no pattern can backtrack over its input.
 */

export interface Token {
  text: string;
  /** Offsets in the text tokenised. */
  start: number;
  end: number;
  /** Lower case, full stop dropped: "sen." → "sen". */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

const ABBREVIATIONS = new Set('mr mrs ms mx dr prof sen rep gov gen lt col capt sgt adm rev hon pres st jr sr mt ft no vs etc inc ltd co corp dept est fig approx u.s u.k u.n d.c e.g i.e a.m p.m'.split(' '));
const WORD = /\p{L}+(?:[.'’\-]\p{L}+)*\.?|\p{N}+(?:[.,:]\p{N}+)*%?|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let t = m[0];
    let start = from + m.index;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && t.endsWith('.') && t.length > 1) {
      const base = t.slice(0, -1).toLowerCase();
      // "J." and "Sen." keep their stop; "said." does not.
      if (!(base.length === 1 || ABBREVIATIONS.has(base) || base.includes('.'))) {
        push(out, t.slice(0, -1), start, true);
        push(out, '.', start + t.length - 1, false);
        continue;
      }
    }
    push(out, t, start, word);
    start += t.length;
  }
  return out;
}

function push(out: Token[], text: string, start: number, word: boolean): void {
  out.push({ text, start, end: start + text.length, norm: text.toLowerCase().replace(/\.$/, ''), cap: /^\p{Lu}/u.test(text), word });
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
