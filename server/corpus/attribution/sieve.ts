/**
 * Attribution as an ordered sieve, in the manner of Stanford CoreNLP's quote attribution: small rules
 * run most precise first; the first that decides wins and the decision records its name, so figures
 * per rule fall out of every run. A decision below the confidence threshold names nobody: the quote
 * stays unattributed, with the words that might have named someone kept as evidence. A wrong name is
 * worse than none.
 */
import type { AttributionMethod, Speaker } from '../model.ts';

/** What a rule decided for one quote. */
export interface Decision {
  speaker: Speaker | null;
  /** The rule's name: figures per rule are counted on it. */
  rule: string;
  method: AttributionMethod;
  confidence: number;
  /** The words that named the speaker: "she told reporters", "the director". */
  evidence?: string;
  /**
   * The said-clause named someone the text never names ("another Republican added", "the protesters
   * insist"): nobody, and nobody either for the quotations that continue this one.
   */
  unnamed?: true;
}

/** One rule of a sieve: decides, or passes (null) to the next. */
export interface Rule<Context> {
  name: string;
  decide(context: Context): Decision | null;
}

/**
 * Below this, a decision names nobody. Calibrated on PolNeAR's training split (`npm run eval`): the
 * rules' confidences are their measured precisions there, and this is where precision stays at or
 * above 95%.
 */
export const THRESHOLD = 0.8;

/** Nobody: what the sieve answers when no rule decides. */
export const NOBODY: Decision = { speaker: null, rule: 'none', method: 'none', confidence: 0 };

/** Run the rules in order; the first decision wins, and one below the threshold keeps only its evidence. */
export function sieve<Context>(rules: ReadonlyArray<Rule<Context>>, context: Context, threshold = THRESHOLD): Decision {
  for (const rule of rules) {
    const decision = rule.decide(context);
    if (!decision) continue;
    if (decision.speaker && decision.confidence >= threshold) return decision;
    // A rule that found a said-clause but could not name its subject surely enough ends the search:
    // a later, weaker rule must not name someone the text does not.
    return { ...NOBODY, rule: decision.rule, ...(decision.evidence ? { evidence: decision.evidence } : {}), ...(decision.unnamed ? { unnamed: true as const } : {}) };
  }
  return NOBODY;
}
