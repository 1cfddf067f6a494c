/**
 * Colon introductions, also across paragraphs: `Haddad continued:` or `The Northern Post reports:`
 * ending the sentence or paragraph before a quotation that opens its own.
 */
import { clauseInSentence } from '../prose/clauses.ts';
import type { QuoteRule } from './context.ts';

export const colonIntroduction: QuoteRule = {
  name: 'colon-introduction',
  decide(c) {
    const { paragraph, doc } = c;
    const opensSentence = c.open <= c.sentenceFrom + 1;
    if (!opensSentence) return null;
    // The sentence before, in this paragraph or at the end of the previous one.
    const k = paragraph.sentences.findIndex((s) => s === c.sentenceFrom);
    let tokens = paragraph.tokens;
    let names = paragraph.names;
    let from: number;
    let to: number;
    if (k > 0) {
      from = paragraph.sentences[k - 1]!;
      to = c.sentenceFrom;
    } else {
      const previous = doc.paragraphs[paragraph.index - 1];
      if (!previous || c.open > 1) return null;
      tokens = previous.tokens;
      names = previous.names;
      from = previous.sentences.at(-1) ?? 0;
      to = tokens.length;
    }
    if (tokens[to - 1]?.text !== ':') return null;
    const s = clauseInSentence(tokens, names, from, to);
    return s ? doc.resolve(s, this.name, c.at, 0.94) : null;
  },
};
