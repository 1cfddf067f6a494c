/**
 * Which pasted words carry the content: English function words (the `stopword` package's list)
 * match almost every quote, so candidates are looked up by the others, and a paraphrase is judged by
 * the content words it shares, compared by their Porter stems (`stemmer`), so that "filming" and
 * "films" count as the same word.
 */
import { eng } from 'stopword';
import { stemmer } from 'stemmer';

const STOP = new Set(eng);

/** A word that says something: not a function word, and longer than one letter (or a number). */
export function isContentWord(term: string): boolean {
  return !STOP.has(term) && (term.length > 1 || /\d/.test(term));
}

const stems = new Map<string, string>();

/** The Porter stem of a normalised word, cached (the same words recur across candidates). */
export function stem(term: string): string {
  let s = stems.get(term);
  if (s === undefined) {
    s = /^[a-z]+$/.test(term) ? stemmer(term) : term;
    if (stems.size > 50_000) stems.clear();
    stems.set(term, s);
  }
  return s;
}

/** Stems of the content words, with how often each occurs. */
export function contentStems(terms: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of terms) if (isContentWord(t)) bag.set(stem(t), (bag.get(stem(t)) ?? 0) + 1);
  return bag;
}

/**
 * The pasted content stems (counted with repetition) that the other bag holds, out of how many; and
 * how many different stems they are.
 */
export function bagOverlap(pasted: Map<string, number>, other: Map<string, number>): { shared: number; total: number; distinct: number } {
  let shared = 0;
  let total = 0;
  let distinct = 0;
  for (const [s, n] of pasted) {
    total += n;
    const held = Math.min(n, other.get(s) ?? 0);
    shared += held;
    if (held > 0) distinct++;
  }
  return { shared, total, distinct };
}
