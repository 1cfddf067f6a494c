/**
 * A quote before it has an id and neighbours: what every layout's attribution produces, and what
 * `build.ts` turns into `Quote` records.
 */
import type { AttributionMethod, QuoteKind, QuoteTime, Speaker } from '../model.ts';

export interface Draft {
  kind: QuoteKind;
  text: string;
  /** Offsets of the quote's words in the source text. */
  start: number;
  end: number;
  speaker: Speaker | null;
  method: AttributionMethod;
  /** The attribution rule that decided, for figures per rule. */
  rule?: string;
  confidence: number;
  /** The words that named the speaker: "she told reporters", "the director". */
  evidence?: string;
  time?: QuoteTime;
  /** For quotations: the sentence(s) around them. */
  context?: { start: number; end: number };
  /** The label as written, for labelled formats. */
  label?: string;
}
