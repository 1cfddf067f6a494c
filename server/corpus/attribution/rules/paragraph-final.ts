/**
 * A paragraph-final quotation with no said-clause goes to the last person the sentence before it
 * names (`Smith was furious. “This is a disgrace.”`). The weakest rule: it decides only when that
 * person is the only one the paragraph names before the quotation.
 */
import type { QuoteRule } from './context.ts';

export const paragraphFinal: QuoteRule = {
  name: 'paragraph-final',
  decide(c) {
    const { paragraph, doc } = c;
    if (c.close < paragraph.tokens.length - 2) return null;
    const before = paragraph.names.filter((m) => m.last < c.open).map((m) => doc.personOf(m)).filter((p) => p && p.kind === 'person');
    const people = [...new Set(before)];
    if (people.length !== 1) return null;
    return { speaker: doc.speakerOf(people[0]!), rule: this.name, method: 'context', confidence: 0.75, evidence: people[0]!.name };
  },
};
