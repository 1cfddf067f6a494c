/**
 * "Did you mean": the closest indexed word to a word that finds nothing. Both engines answer it from
 * a sorted word list with counts (the embedded engine's own vocabulary; for Meilisearch a list the
 * adapter stores beside the index), walked as a trie with bounded edit distances (`fuzzyScan`), so a
 * suggestion costs a fraction of a millisecond whatever the size of the vocabulary, where comparing
 * the word with every known word cost seconds at 500,000 words.
 */
import type { QuoteDocument } from '../corpus/model.ts';
import type { QueryWord } from './query.ts';
import { terms } from './tokenize.ts';
import { fuzzyScan, prefixRange, sortedTerms, type SortedTerms } from './embedded/vocabulary.ts';

/** A sorted word list and how many quotes use each word. */
export interface Speller {
  vocab: SortedTerms;
  /** Quotes using the word at a sorted position. */
  count(sortedIndex: number): number;
}

/** Typos a correction may make: none for short words, where guesses go wrong. */
export const correctionBudget = (term: string) => (term.length < 4 ? 0 : term.length < 7 ? 1 : 2);

/** Corrections are never words this short (they would fit almost anything). */
const MIN_LENGTH = 3;

/** Sorted position of `term`, or -1. */
function find(speller: Speller, term: string): number {
  const [lo, hi] = prefixRange(speller.vocab, term);
  return lo < hi && speller.vocab.sorted[lo] === term ? lo : -1;
}

/**
 * The closest known word to `word` (fewest typos, then the most used), or null when the word is
 * known — or, for a word typed last, starts a known word — or when nothing is close enough.
 */
export function correctWord(speller: Speller, word: Pick<QueryWord, 'term' | 'prefix'>): string | null {
  const { term } = word;
  const { vocab } = speller;
  if (find(speller, term) >= 0) return null;
  if (word.prefix) {
    const [lo, hi] = prefixRange(vocab, term);
    if (lo < hi) return null;
  }
  const budget = correctionBudget(term);
  if (budget === 0) return null;
  let best = -1;
  let bestTypos = Infinity;
  let bestCount = -1;
  const consider = (at: number, typos: number) => {
    if (vocab.sorted[at]!.length < MIN_LENGTH) return;
    const count = speller.count(at);
    if (typos < bestTypos || (typos === bestTypos && count > bestCount)) {
      best = at;
      bestTypos = typos;
      bestCount = count;
    }
  };
  // Words with the same first letter, walked as a trie: people rarely get the first letter wrong,
  // and walking only its subtree keeps the cost small on a vocabulary of any size.
  const first = String.fromCodePoint(term.codePointAt(0)!);
  const [lo, hi] = prefixRange(vocab, first);
  fuzzyScan(vocab, term, budget, false, lo, hi, consider);
  // A wrong first letter (the one typo): each variant is looked up whole.
  for (const variant of firstLetterVariants(vocab, term, first)) {
    const at = find(speller, variant);
    if (at >= 0) consider(at, 1);
  }
  return best < 0 ? null : vocab.sorted[best]!;
}

/** The words one edit from `term` that change its first letter: substituted, dropped, added, swapped. */
function firstLetterVariants(vocab: SortedTerms, term: string, first: string): Set<string> {
  const rest = term.slice(first.length);
  const out = new Set<string>();
  if (rest.length > 0) out.add(rest);
  const second = rest.length > 0 ? String.fromCodePoint(rest.codePointAt(0)!) : '';
  if (second && second !== first) out.add(second + first + rest.slice(second.length));
  for (const c of initials(vocab)) {
    if (c === first) continue;
    out.add(c + rest);
    out.add(c + term);
  }
  return out;
}

const initialsCache = new WeakMap<SortedTerms, string[]>();
/** The distinct first letters of the words (a few dozen), found by jumping over each letter's range. */
function initials(vocab: SortedTerms): string[] {
  let cached = initialsCache.get(vocab);
  if (!cached) {
    cached = [];
    for (let i = 0; i < vocab.sorted.length; ) {
      const c = String.fromCodePoint(vocab.sorted[i]!.codePointAt(0)!);
      cached.push(c);
      i = prefixRange(vocab, c)[1];
    }
    initialsCache.set(vocab, cached);
  }
  return cached;
}

/** A speller over words already in code unit order (as the indexer stores them), with their counts. */
export function sortedSpeller(sorted: readonly string[], counts: ArrayLike<number>): Speller {
  return { vocab: sortedTerms(sorted), count: (i) => counts[i] ?? 0 };
}

/**
 * The words an engine searches (a quote's own text: names and titles are filters), in code unit
 * order, with the number of quotes using each: what a `Speller` is made from.
 */
export function wordCounts(quotes: readonly QuoteDocument[]): { words: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const q of quotes) {
    seen.clear();
    for (const t of terms(q.text)) seen.add(t);
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, counts: words.map((w) => counts.get(w)!) };
}
