/**
 * A quotation that opens its sentence with no said-clause of its own, right after a sentence that
 * reports the same person's words: `Kerry said that 100,000 would be accepted. "That adds up to
 * 185,000 over two years."`, `Brafman said, “…” He added, …`.
 */
import { clauseInSentence } from '../prose/clauses.ts';
import type { QuoteRule } from './context.ts';

export const previousSentence: QuoteRule = {
  name: 'previous-sentence',
  decide(c) {
    const { paragraph, doc } = c;
    if (c.open > c.sentenceFrom + 1) return null;
    const k = sentenceIndex(paragraph.sentences, c.sentenceFrom);
    if (k <= 0) return null;
    const from = paragraph.sentences[k - 1]!;
    // The earlier sentence's own quotation, if any, is decided already; this one reports its speaker.
    const s = clauseInSentence(paragraph.tokens, paragraph.names, from, c.sentenceFrom);
    return s ? doc.resolve(s, this.name, c.at, 0.88) : null;
  },
};

/** Index of the sentence starting at token `start` (binary search over sentence starts), or -1. */
export function sentenceIndex(starts: number[], start: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! === start) return mid;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
