/**
 * "camrea → camera": which query words matched a different word of a quote through the typo
 * tolerance. Worked out from the hit's marked text and the parsed query, the same way for every
 * engine: a marked word that is neither a query word nor an extension of the prefix typed last was
 * matched with a typo, and the query word closest to it is the one it stands for.
 */
import { editDistance } from './edit-distance.ts';
import type { QueryPart, QueryWord } from './query.ts';
import { normalizeTerm } from './tokenize.ts';

/** A query word and the different word of the quote it matched. */
export interface Correction {
  /** The word as the query has it (normalised: lower case, no diacritics). */
  typed: string;
  /** The word of the quote it matched (normalised). */
  matched: string;
}

const MARKED = /\uE000([^\uE001]*)\uE001/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** Larger than any typo budget: distances beyond it are all "far". */
const FAR = 4;

/** How far `word` is from the query word: as a whole, or (for the prefix typed last) from a prefix of it. */
function distance(part: QueryWord, word: string): number {
  if (!part.prefix) return editDistance(part.term, word, FAR);
  let best = FAR + 1;
  for (let k = Math.max(1, part.term.length - 2); k <= Math.min(word.length, part.term.length + 2); k++) {
    best = Math.min(best, editDistance(part.term, word.slice(0, k), FAR));
  }
  return best;
}

/** The corrections a hit's marked text shows (whole-word marks), each once, in text order. */
export function corrections(parts: QueryPart[], marked: string): Correction[] {
  const words = parts.filter((p): p is QueryWord => p.kind === 'word');
  if (words.length === 0) return [];
  const exact = new Set<string>();
  for (const p of parts) for (const t of p.kind === 'word' ? [p.term] : p.terms) exact.add(t);
  const out: Correction[] = [];
  const seen = new Set<string>();
  for (const m of marked.matchAll(MARKED)) {
    for (const [surface] of m[1]!.matchAll(WORD)) {
      const word = normalizeTerm(surface);
      if (exact.has(word) || seen.has(word)) continue;
      if (words.some((p) => p.prefix && word.startsWith(p.term))) continue;
      let best: QueryWord | null = null;
      let bestDistance = FAR + 1;
      for (const p of words) {
        const d = distance(p, word);
        if (d < bestDistance) [best, bestDistance] = [p, d];
      }
      if (!best || bestDistance > FAR) continue;
      seen.add(word);
      out.push({ typed: best.term, matched: word });
    }
  }
  return out;
}
