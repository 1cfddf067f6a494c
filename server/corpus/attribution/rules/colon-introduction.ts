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
    if (s) return doc.resolve(s, this.name, c.at, 0.94);
    // "The following is a statement from NASA Administrator Bill Nelson:", "Sanders delivered a retort:":
    // an introduction naming one person and no one else.
    const inside = names.filter((m) => m.first >= from && m.last < to);
    // "a statement from NASA Administrator Bill Nelson on … Thomas Stafford": the one it is from.
    const after = (m: (typeof inside)[number]) => {
      // "from Bill Nelson", "from NASA Administrator Bill Nelson": titles may stand between.
      for (let k = m.first - 1; k >= Math.max(from, m.first - 4); k--) {
        if (/^(?:from|by)$/.test(tokens[k]!.norm)) return tokens.slice(Math.max(from, k - 4), k).some((t) => /^(?:statement|remarks|letter|message|tribute|words|note|post|tweet)$/.test(t.norm));
        if (!tokens[k]!.cap) return false;
      }
      return false;
    };
    const from_ = inside.find(after);
    const people = from_ && doc.personOf(from_) ? [doc.personOf(from_)!] : [...new Set(inside.map((m) => doc.personOf(m)).filter((p) => p !== null && p.kind === 'person'))];
    return people.length === 1 ? { speaker: doc.speakerOf(people[0]!), rule: this.name, method: 'cue', confidence: 0.86, evidence: tokens.slice(from, to).map((t) => t.text).join(' ').slice(0, 120) } : null;
  },
};
