/**
 * A paragraph-final quotation with no said-clause goes to the last person the sentence before it
 * names (`Smith was furious. “This is a disgrace.”`). The weakest rule: it decides only when that
 * person is the only one the paragraph names before the quotation, at the sieve's threshold.
 */
import { isReportingVerb } from '../prose/clause-words.ts';
import type { QuoteRule } from './context.ts';

/**
 * At the sieve's threshold: right for 35 of the 42 PolNeAR train quotations it decided (83%), the
 * least sure of the rules that name anyone.
 */
const CONFIDENCE = 0.8;

export const paragraphFinal: QuoteRule = {
  name: 'paragraph-final',
  decide(c) {
    const { paragraph, doc } = c;
    if (c.close < paragraph.tokens.length - 2) return null;
    // A said-clause in the quotation's sentence whose subject named no one ("Supporters of Clinton
    // said they were “misguided.”") has said who speaks: not the person the paragraph names.
    for (let k = c.sentenceFrom; k < c.open; k++) if (isReportingVerb(paragraph.tokens, k)) return null;
    // A name inside an earlier quotation is someone spoken of ("“… Trump can bleed,” another Republican added.").
    const before = paragraph.names.filter((m) => m.last < c.open && !m.inQuote).map((m) => doc.personOf(m)).filter((p) => p && p.kind === 'person');
    const people = [...new Set(before)];
    if (people.length !== 1) return null;
    return { speaker: doc.speakerOf(people[0]!), rule: this.name, method: 'context', confidence: CONFIDENCE, evidence: people[0]!.name };
  },
};
