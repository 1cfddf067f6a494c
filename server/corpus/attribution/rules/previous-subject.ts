/**
 * A quotation that is a sentence of its own, with no said-clause anywhere near, right after a
 * sentence whose subject is a person: `Viguerie is upbeat about Cruz's chances. “Not only can Ted Cruz
 * win in November…”`, `Howard continued his scathing remarks. “Eight years ago…”`. News writes the
 * speaker first and lets the words follow. The sentence before may close the paragraph before, when
 * that paragraph quotes nobody (else continuation decides). Weakest of the rules, at the threshold.
 */
import type { Paragraph } from '../prose/document.ts';
import type { QuoteRule } from './context.ts';
import { sentenceIndex } from './previous-sentence.ts';

/** At the sieve's threshold, like paragraph-final: a reader's inference, not a reported clause. */
const CONFIDENCE = 0.8;
/** A word a sentence may open with before its subject. */
const LEAD = /^(?:but|and|still|yet|so|now|meanwhile)$/;
/** Words after a name that show it is not the subject of a verb: "Trump and Cruz", "Clinton of". */
const NOT_VERB = /^(?:and|or|of|who|whose|which|that|for|in|on|at|to|with|from|by|nor)$/;

export const previousSubject: QuoteRule = {
  name: 'previous-subject',
  decide(c) {
    const { paragraph, doc } = c;
    if (c.open > c.sentenceFrom + 1 || c.close < c.sentenceTo - 1) return null;
    const k = sentenceIndex(paragraph.sentences, c.sentenceFrom);
    let host: Paragraph = paragraph;
    let from: number;
    let to: number;
    if (k > 0) {
      from = paragraph.sentences[k - 1]!;
      to = c.sentenceFrom;
      if (paragraph.quotationTokens.some((open) => open >= from && open < to)) return null;
    } else {
      if (k < 0 || c.index !== 0 || paragraph.index === 0) return null;
      host = doc.paragraphs[paragraph.index - 1]!;
      if (host.quotations.length > 0 || host.sentences.length === 0) return null;
      from = host.sentences.at(-1)!;
      to = host.tokens.length;
    }
    const { tokens, names } = host;
    const start = LEAD.test(tokens[from]?.norm ?? '') ? from + 1 : from;
    const m = names.find((n) => n.first === start);
    if (!m || m.possessive || m.inQuote || m.last + 1 >= to) return null;
    const next = tokens[m.last + 1]!;
    if (!next.word || next.cap || NOT_VERB.test(next.norm)) return null;
    const person = doc.personOf(m);
    if (!person || person.kind !== 'person') return null;
    return { speaker: doc.speakerOf(person), rule: this.name, method: 'context', confidence: CONFIDENCE, evidence: m.text };
  },
};
