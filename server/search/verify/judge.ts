/**
 * The verdict on one quote against the pasted line:
 * - `exact`: every pasted word is the source's, in order, nothing left out between them (ellipses
 *   excepted); case, punctuation and diacritics do not count;
 * - `close`: the same passage with a few words omitted, added or changed, shown word by word;
 * - `paraphrase`: the same content words (by stem, in any order) in different wording or order;
 * - no verdict: the quote does not say it.
 * The thresholds were set on `npm run eval:verify` (variants of real lines and lines never said).
 */
import type { Alignment } from './align.ts';
import { terms } from '../tokenize.ts';
import { bagOverlap, contentStems } from './words.ts';

export type MatchVerdict = 'exact' | 'close' | 'paraphrase';
export type Verdict = MatchVerdict | 'not-found';

/** Dice similarity of the aligned words at or above which a match is close. */
export const CLOSE_SIMILARITY = 0.7;
/** At most this many differing stretches (omitted, added or changed) still make a short line close. */
export const MAX_CLOSE_DIFFERENCES = 2;
/** Share of pasted content words (by stem) a paraphrase must share with the passage. */
export const PARAPHRASE_OVERLAP = 0.6;
/** Different content words (by stem) a paraphrase must share with the passage. */
export const PARAPHRASE_DISTINCT = 3;
/** A line of fewer words than this is mostly small talk: its paraphrase needs one shared word more. */
export const SHORT_LINE = 10;
/** Aligned word similarity a paraphrase needs unless nearly all its content words are the passage's. */
export const PARAPHRASE_ORDER = 0.35;

export interface Judgement {
  verdict: MatchVerdict | null;
  /** 0–1: how well the quote matches (aligned word similarity, or content overlap for a paraphrase). */
  score: number;
  similarity: number;
  overlap: number;
}

/**
 * `around` is the stretch of the quote's words where the pasted words were looked for: a paraphrase
 * may reorder them, so its content words are compared with the stretch, not the aligned region.
 */
export function judge(alignment: Alignment | null, pastedTerms: readonly string[], aroundTerms: readonly string[]): Judgement {
  const pasted = contentStems(pastedTerms);
  const { shared, total, distinct } = bagOverlap(pasted, contentStems(aroundTerms));
  // A line of function words only ("it is what it is") is judged by all its words.
  const overlap = total > 0 ? shared / total : 0;
  const similarity = alignment && alignment.pasted + alignment.region > 0 ? (2 * alignment.same) / (alignment.pasted + alignment.region) : 0;
  if (alignment && alignment.same === alignment.pasted && alignment.region === alignment.pasted && alignment.pasted > 0) {
    return { verdict: 'exact', score: 1, similarity: 1, overlap };
  }
  const enoughWords = alignment !== null && alignment.same >= Math.min(3, alignment.pasted);
  // Close: most words aligned, or — in a short line, where each word weighs much — at most two
  // differences with at least half the pasted words the source's.
  const differing = alignment ? alignment.ops.filter((o) => o.op !== 'same') : [];
  // Words the differences touch, on either side: a reordered clause is one long difference, not a small one.
  const touched = differing.reduce((n, o) => n + Math.max(wordCount(o.text), wordCount(o.pasted ?? '')), 0);
  const fewDifferences = alignment !== null && differing.length <= MAX_CLOSE_DIFFERENCES && touched <= MAX_CLOSE_DIFFERENCES + 1 && alignment.same * 2 >= alignment.pasted;
  // Words moved from elsewhere in the passage (reordered clauses) make it a paraphrase, however similar.
  const reordered = alignment !== null && alignment.moved >= 2;
  if (alignment && enoughWords && !reordered && (similarity >= CLOSE_SIMILARITY || fewDifferences)) return { verdict: 'close', score: Math.max(similarity, 0.7), similarity, overlap };
  // Paraphrase: most content words shared, and some of the passage's order kept — unless nearly all
  // its words are there. A bag of common words in a random order is no paraphrase.
  const ordered = similarity >= PARAPHRASE_ORDER || (overlap >= 0.85 && shared >= 4);
  // Different words shared, too (a few prove nothing): "It's really -- it's really very interesting."
  // shares "really" twice and "interesting" with many a long answer, and is no paraphrase of any.
  const needed = pastedTerms.length < SHORT_LINE ? PARAPHRASE_DISTINCT + 1 : PARAPHRASE_DISTINCT;
  if (total >= 2 && distinct >= needed && overlap >= PARAPHRASE_OVERLAP && ordered) {
    return { verdict: 'paraphrase', score: Math.min(CLOSE_SIMILARITY - 0.01, 0.5 * overlap + 0.5 * similarity), similarity, overlap };
  }
  return { verdict: null, score: Math.max(similarity, overlap) * 0.5, similarity, overlap };
}

const wordCount = (text: string) => terms(text).length;

const RANK: Record<MatchVerdict, number> = { exact: 3, close: 2, paraphrase: 1 };

/** Orders verdicts: exact before close before paraphrase. */
export const verdictRank = (v: MatchVerdict) => RANK[v];
