/**
 * The subject of a reporting verb anywhere in the sentence, for partial and embedded quotations:
 * `The mayor says she will run again, but admits that “the city is tired of me.”`, `Moreau noted that
 * the festival faced “its hardest year”`, and a verb closing the sentence after it (`“…” is reminiscent
 * of the 1960s, Bozell says.`).
 */
import { clauseInSentence, clauseLater } from '../prose/clauses.ts';
import { wordCount } from '../../text.ts';
import type { QuoteRule } from './context.ts';


export const reportingVerbSubject: QuoteRule = {
  name: 'reporting-verb-subject',
  decide(c) {
    const { tokens, names } = c.paragraph;
    const s = clauseInSentence(tokens, names, Math.max(c.sentenceFrom, c.previousClose), c.open) ?? clauseLater(tokens, names, c.close, Math.min(c.sentenceTo, c.nextOpen));
    if (!s) return null;
    // "As Matty observes, this leads to perverse incentives — developers required to “use AI”": the
    // aside reports a view, not the words; a word or two in quotation marks after it is a scare quote.
    const short = c.quotation.parts.length === 1 && wordCount(c.quotation.text) <= 2;
    if (short && tokens[s.first - 1]?.norm === 'as' && tokens[s.verbAt + 1]?.text === ',' && c.open - s.verbAt > 2) return null;
    return c.doc.resolve(s, this.name, c.at, 0.9);
  },
};
