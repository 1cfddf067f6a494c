/**
 * Which indexed terms a query word stands for, under Meilisearch's typo rules, so that moving to a
 * Meilisearch server does not change what matches:
 * - words shorter than 5 letters match exactly; 5–8 letters allow 1 typo; 9 or more allow 2;
 * - a wrong first letter counts as two typos (so a 5–8 letter word must keep its first letter), and
 *   only a letter in its place: a first letter dropped, added or swapped with the second is not
 *   a typo the search makes up for (Meilisearch, given words spelled as `meilisearch/words.ts`
 *   spells them, sees those as two edits);
 * - the last word, when typed last, also matches as a prefix (prefix matches cost no typo), and its
 *   prefix may carry typos too;
 * - a swap of two adjacent letters is one typo;
 * - like Meilisearch, at most 150 one-typo and 50 two-typo derivations are kept (in term order).
 */
import type { QueryWord } from '../query.ts';
import { fuzzyScan, prefixRange, type Vocabulary } from './vocabulary.ts';

/**
 * How a derivation relates to the query word: the word itself, a longer word starting with it (no
 * typo), or a word within the typo budget (as a whole, or as a prefix for the last word).
 */
export const Via = { Exact: 0, Prefix: 1, Typo: 2 } as const;
export type Via = (typeof Via)[keyof typeof Via];

/** One indexed term a query word matches. */
export interface Derivation {
  term: number;
  typos: number;
  via: Via;
}

export const ONE_TYPO_MIN_LENGTH = 5;
export const TWO_TYPOS_MIN_LENGTH = 9;
const MAX_ONE_TYPO = 150;
const MAX_TWO_TYPOS = 50;

/** The typo budget of a word, by its length in characters. */
export function typoBudget(word: string): number {
  const length = [...word].length;
  return length >= TWO_TYPOS_MIN_LENGTH ? 2 : length >= ONE_TYPO_MIN_LENGTH ? 1 : 0;
}

/**
 * The terms a query word matches, best first: the exact term, then prefix extensions, then typo
 * matches by increasing typos. Each term appears once, with its smallest typo count.
 */
export function deriveWord(vocab: Vocabulary, word: QueryWord): Derivation[] {
  const { term, prefix } = word;
  const out: Derivation[] = [];
  const seen = new Set<number>();
  const exactId = vocab.ids.get(term);
  if (exactId !== undefined) {
    out.push({ term: exactId, typos: 0, via: Via.Exact });
    seen.add(exactId);
  }
  if (prefix) {
    const [lo, hi] = prefixRange(vocab, term);
    for (let i = lo; i < hi; i++) {
      const id = vocab.sortedIds[i]!;
      if (!seen.has(id)) {
        seen.add(id);
        out.push({ term: id, typos: 0, via: Via.Prefix });
      }
    }
  }
  const budget = typoBudget(term);
  if (budget === 0) return out;

  // Typo matches, in sorted order, with their typo counts; zero-distance ones were found above.
  const found: Array<{ at: number; typos: number }> = [];
  const first = String.fromCodePoint(term.codePointAt(0)!);
  const [lo, hi] = prefixRange(vocab, first);
  fuzzyScan(vocab, term, budget, prefix, lo, hi, (at, typos) => {
    if (typos > 0) found.push({ at, typos });
  });
  if (budget === 2) {
    // A different first letter costs two typos: allowed only when that is the one edit.
    for (const at of firstLetterEdits(vocab, term, prefix)) found.push({ at, typos: 2 });
    found.sort((a, b) => a.at - b.at);
  }
  let ones = 0;
  let twos = 0;
  const typo: Derivation[] = [];
  for (const { at, typos } of found) {
    const id = vocab.sortedIds[at]!;
    if (seen.has(id)) continue;
    if (typos === 1 ? ones++ >= MAX_ONE_TYPO : twos++ >= MAX_TWO_TYPOS) continue;
    seen.add(id);
    typo.push({ term: id, typos, via: Via.Typo });
  }
  typo.sort((a, b) => a.typos - b.typos);
  return out.concat(typo);
}

/**
 * Sorted positions of the terms that differ from `word` in its first letter only (another letter in
 * its place), or, for a prefix, the terms starting with such a variant. Enumerated directly: a scan
 * of the whole vocabulary would cost more.
 */
function firstLetterEdits(vocab: Vocabulary, word: string, prefix: boolean): number[] {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const rest = word.slice(first.length);
  const variants = new Set<string>();
  for (const c of initials(vocab)) if (c !== first) variants.add(c + rest);
  const out: number[] = [];
  for (const v of variants) {
    if (v.startsWith(first)) continue;
    if (prefix) {
      const [lo, hi] = prefixRange(vocab, v);
      for (let i = lo; i < hi; i++) out.push(i);
    } else {
      const id = vocab.ids.get(v);
      if (id !== undefined) out.push(sortedPosition(vocab, v));
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

const initialsCache = new WeakMap<Vocabulary, string[]>();
/** The distinct first letters of the vocabulary's terms. */
function initials(vocab: Vocabulary): string[] {
  let cached = initialsCache.get(vocab);
  if (!cached) {
    const set = new Set<string>();
    for (let i = 0; i < vocab.sorted.length; ) {
      const c = String.fromCodePoint(vocab.sorted[i]!.codePointAt(0)!);
      set.add(c);
      i = prefixRange(vocab, c)[1];
    }
    initialsCache.set(vocab, (cached = [...set]));
  }
  return cached;
}

function sortedPosition(vocab: Vocabulary, term: string): number {
  return prefixRange(vocab, term)[0];
}
