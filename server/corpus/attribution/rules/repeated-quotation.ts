/**
 * A repeated quotation: words quoted again later in the same text, standing alone as a paragraph, as a
 * page's pull quote repeats a line of its story in large type. It needs no said-clause: whoever the
 * first was given to said it, if only one person was. Run after the rules that read a said-clause
 * and before those that guess from context (the person quoted just before, the paragraph's subject),
 * which would give a pull quote to whoever was quoted last.
 */
import type { QuoteRule } from './context.ts';

/** Fewer words than this are a phrase anyone may repeat ("a great day"), not a line of someone's. */
const MIN_WORDS = 5;

/** A quotation's words as compared: lower case, letters and digits only. */
export function quotedKey(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= MIN_WORDS ? words.join(' ') : undefined;
}

/** Letters or digits: words of the paragraph outside the quotation. */
const WORDISH = /[\p{L}\p{N}]/u;

export const repeatedQuotation: QuoteRule = {
  name: 'repeated-quotation',
  decide(c) {
    // Only a quotation standing alone as its paragraph, as a pull quote stands: one a sentence leads into
    // or follows (`Another member repeated it mockingly.`, `he mimicked`) may be someone else's repeating it.
    const { text } = c.paragraph.block;
    const { quotation: q } = c;
    if (c.paragraph.quotations.length > 1 || WORDISH.test(text.slice(0, q.start)) || WORDISH.test(text.slice(q.end))) return null;
    const key = quotedKey(q.text);
    // Words two people were quoted saying are no one's in particular (null).
    const first = key === undefined ? undefined : c.doc.quoted.get(key);
    return first ? { speaker: first, rule: this.name, method: 'context', confidence: 0.95 } : null;
  },
};
