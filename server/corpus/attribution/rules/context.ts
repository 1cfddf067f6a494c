/**
 * What every quotation rule is given: the quotation, where it sits among its paragraph's tokens and
 * sentences, and the article read so far.
 */
import type { Quotation } from '../quotations.ts';
import type { Paragraph, ProseDocument } from '../prose/document.ts';
import type { Rule } from '../sieve.ts';

export interface QuoteContext {
  doc: ProseDocument;
  paragraph: Paragraph;
  /** Index of the quotation among its paragraph's quotations. */
  index: number;
  quotation: Quotation;
  /** Token index of the opening mark, and just after the closing mark. */
  open: number;
  close: number;
  /** Token bounds of the sentence the quotation starts in, and of the one it ends in. */
  sentenceFrom: number;
  sentenceTo: number;
  /** Token index where the previous quotation of the paragraph closed (0 when none), and where the next opens. */
  previousClose: number;
  nextOpen: number;
  /** Source offset of the quotation's opening mark. */
  at: number;
}

export type QuoteRule = Rule<QuoteContext>;
