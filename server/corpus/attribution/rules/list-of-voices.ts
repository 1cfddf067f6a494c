/**
 * Lists of voices: a name and a colon before the quotation, with nothing that says more
 * (`Maya Costa, 29, of Lisbon: “…”`, `Rep. Trey Gowdy (R-S.C.): “…”`), or a dash and a name after it
 * at the end of the paragraph (`“…” — Idris Mensah, Accra`).
 */
import { isReportingVerb } from '../prose/clause-words.ts';
import type { QuoteRule } from './context.ts';

export const listOfVoices: QuoteRule = {
  name: 'list-of-voices',
  decide(c) {
    const { tokens, names } = c.paragraph;
    const lead = tokens[c.open - 1];
    if (lead?.text === ':') {
      let from = Math.max(c.sentenceFrom, c.previousClose);
      // "IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen: “…”": a dash sets the voice
      // apart from a headline run into it.
      for (let k = c.open - 2; k > from && k >= c.open - 16; k--) if (/^[—–-]$/.test(tokens[k]!.text)) {
        from = k + 1;
        break;
      }
      // The head of the phrase before the colon is its last name: "Republican pollster Daron Shaw:".
      const name = names.filter((m) => m.first >= from && m.last < c.open - 1 && m.resolved).at(-1);
      const verb = tokens.slice(from, c.open).some((_, k) => isReportingVerb(tokens, from + k));
      if (name && !verb && c.open - from <= 16) return c.doc.resolve({ kind: 'name', text: name.text, first: name.first, last: name.last, mention: name, verb: ':', verbAt: c.open - 1 }, this.name, c.at, 0.93);
    }
    const dash = tokens[c.close];
    if (dash && (dash.text === '—' || dash.text === '–' || (dash.text === '-' && tokens[c.close + 1]?.text !== '-'))) {
      const name = names.find((m) => (m.first === c.close + 1 || (m.first === c.close + 2 && m.honorific)) && m.resolved);
      const end = tokens.length;
      if (name && end - name.last <= 12) return c.doc.resolve({ kind: 'name', text: name.text, first: name.first, last: name.last, mention: name, verb: '—', verbAt: c.close }, this.name, c.at, 0.93);
    }
    return null;
  },
};
