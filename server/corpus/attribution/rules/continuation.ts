/**
 * Continuation, as news writes it: a paragraph that opens with a quotation and no said-clause
 * continues the speaker of the quotation just before it, when nobody else was named after that one;
 * a further quotation in the same paragraph continues the one before it likewise.
 */
import type { Person } from '../prose/people.ts';
import type { QuoteRule } from './context.ts';

/** Another person (not an organisation or a place) than the one quoted. */
function isOther(p: Person | null, quoted: Person | null): boolean {
  return p !== null && p.kind === 'person' && p !== quoted;
}

/** A quotation that ends on a question mark. */
const QUESTION_END = /\?[\s”’"']*$/;

export const continuation: QuoteRule = {
  name: 'continuation',
  decide(c) {
    const { doc, paragraph } = c;
    const last = doc.lastQuoted;
    if (!last) return null;
    if (c.index > 0) {
      // A later quotation of the same paragraph, nobody else named since the one before it.
      const previous = paragraph.decisions[c.index - 1];
      // A said-clause that named someone the text never names ("“…,” another New Hampshire Republican
      // added.") still said who speaks on: no later rule may hand the next quotation to a name nearby.
      const unnamed = previous?.unnamed === true;
      if (!previous?.speaker && !unnamed) return null;
      // Someone else named as a subject in between ("Sanders" in "who voted for Sanders" does not count).
      const between = paragraph.names.some((m) => m.first >= c.previousClose && m.last < c.open && m.subject && isOther(doc.personOf(m), last.person));
      if (between) return null;
      return unnamed ? { speaker: null, rule: this.name, method: 'none', confidence: 0, unnamed: true } : { speaker: previous!.speaker, rule: this.name, method: 'context', confidence: 0.88 };
    }
    if (c.open > 1 || last.paragraph !== paragraph.index - 1) return null;
    const before = doc.paragraphs[paragraph.index - 1]!;
    const lastClose = before.quotations.at(-1)?.end ?? 0;
    // A question and then a quotation of its own: in dialogue, the answer — someone else's, whom no
    // rule here can name (`“Oh no?” says the Prime Minister.` / `“You are talking to lots of people …”`).
    if (QUESTION_END.test(before.quotations.at(-1)?.text ?? '')) return { speaker: null, rule: this.name, method: 'none', confidence: 0 };
    // Someone else named after that quotation is who the reader would think of next.
    // ("the New York delegation" after "said Robert Antonacci of" is no one: only subjects count.)
    const other = before.names.some((m) => before.tokens[m.first]!.start >= lastClose && m.subject && isOther(doc.personOf(m), last.person));
    return other ? null : { speaker: last.speaker, rule: this.name, method: 'context', confidence: 0.88 };
  },
};
