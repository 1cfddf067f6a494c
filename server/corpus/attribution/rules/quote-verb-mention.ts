/**
 * Quote–verb–mention, in every order, with one comma, colon or dash between: `“…,” Okafor said.`,
 * `“…,” said Okafor.`, `“…,” she told reporters.`, `Okafor said: “…”`, `“…,” according to Okafor`,
 * and a quotation interrupted by its said-clause (`“…,” he says, “…”`). The most precise rule.
 */
import { clauseAfter, clauseBefore } from '../prose/clauses.ts';
import { tokenAt } from '../prose/tokens.ts';
import type { QuoteRule } from './context.ts';

export const quoteVerbMention: QuoteRule = {
  name: 'quote-verb-mention',
  decide(c) {
    const { tokens, names } = c.paragraph;
    const map = (offset: number) => tokenAt(tokens, offset);
    // Between the parts of an interrupted quotation.
    const parts = c.quotation.parts;
    for (let k = 0; k + 1 < parts.length; k++) {
      const s = clauseAfter(tokens, names, map(parts[k]!.end), map(parts[k + 1]!.start));
      if (s) return c.doc.resolve(s, this.name, c.at, 0.97);
    }
    const after = clauseAfter(tokens, names, c.close, Math.min(c.sentenceTo, c.nextOpen));
    if (after) return c.doc.resolve(after, this.name, c.at, 0.97);
    const before = clauseBefore(tokens, names, Math.max(c.sentenceFrom, c.previousClose), c.open);
    if (before) return c.doc.resolve(before, this.name, c.at, 0.96);
    return null;
  },
};
