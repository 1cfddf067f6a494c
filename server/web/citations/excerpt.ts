/**
 * Words within a quote, for select-to-cite: `?w=4-10` names words 4 to 10 (counted from 1, as the
 * search engine splits words: runs of letters and digits), and the no-JavaScript form names the
 * first and last words instead (`?from=…&to=…`). Both become a character range of the quote's text.
 */
import { badRequest } from '../../errors.ts';
import { tokenize, terms } from '../../search/tokenize.ts';
import { textDirective } from '../links.ts';

export interface Excerpt {
  /** Word numbers, from 1, inclusive. */
  from: number;
  to: number;
  /** Character range in the quote's text. */
  start: number;
  end: number;
  text: string;
}

const RANGE = /^(\d{1,5})-(\d{1,5})$/;

/** `w=4-10` → the excerpt; a 400 naming `w` when it is malformed or outside the quote. */
export function excerptByNumbers(text: string, w: string): Excerpt {
  const m = RANGE.exec(w.trim());
  const tokens = tokenize(text);
  if (!m) throw badRequest('w', `w must be a word range such as 4-10, got "${w.slice(0, 20)}"`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from < 1 || to < from || to > tokens.length) throw badRequest('w', `w must lie within the quote's ${tokens.length} words, first not after last, got "${w}"`);
  const start = tokens[from - 1]!.start;
  const end = tokens[to - 1]!.end;
  return { from, to, start, end, text: text.slice(start, end).replace(/\s+/g, ' ') };
}

/** The first run of `first` followed (at or after it) by the first run of `last` → the excerpt; a 400 naming the parameter not found. */
export function excerptByWords(text: string, first: string, last: string): Excerpt {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.term);
  const find = (want: string[], from: number) => {
    for (let i = from; i + want.length <= words.length; i++) if (want.every((w, k) => words[i + k] === w)) return i;
    return -1;
  };
  const a = terms(first);
  const b = terms(last || first);
  if (a.length === 0) throw badRequest('from', 'from must hold the first words to cite');
  const i = find(a, 0);
  if (i < 0) throw badRequest('from', `The quote has no words “${first.slice(0, 60)}”`);
  const j = find(b, i);
  if (j < 0) throw badRequest('to', `The quote has no words “${last.slice(0, 60)}” after “${first.slice(0, 60)}”`);
  return excerptByNumbers(text, `${i + 1}-${j + b.length}`);
}

/** The excerpt's permalink: the word range, and a text fragment so browsers highlight the words. */
export function excerptPath(id: string, e: Excerpt): string {
  return `/q/${encodeURIComponent(id)}?w=${e.from}-${e.to}#${textDirective(e.text)}`;
}

/** A paragraph of a quote as runs, the cited ones marked (for the quote page with `?w=`). */
export type MarkedParagraph = Array<{ text: string; cited: boolean }>;

/**
 * The quote's paragraphs (split at blank lines, spaces folded, as `turnParagraphs` does) with the
 * excerpt's characters marked.
 */
export function markedParagraphs(text: string, e: Excerpt): MarkedParagraph[] {
  const out: MarkedParagraph[] = [];
  let at = 0;
  for (const block of text.split(/(\n[ \t]*\n)/)) {
    const from = at;
    at += block.length;
    if (/^\n[ \t]*\n$/.test(block) || !block.trim()) continue;
    const pieces = [
      { text: block.slice(0, Math.max(0, Math.min(block.length, e.start - from))), cited: false },
      { text: block.slice(Math.max(0, e.start - from), Math.max(0, Math.min(block.length, e.end - from))), cited: true },
      { text: block.slice(Math.max(0, Math.min(block.length, e.end - from))), cited: false },
    ];
    out.push(pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })).filter((p) => p.text !== ''));
  }
  // Folded spaces at the paragraph's ends, as turnParagraphs trims them.
  for (const p of out) {
    if (p[0]) p[0].text = p[0].text.replace(/^\s+/, '');
    if (p.at(-1)) p.at(-1)!.text = p.at(-1)!.text.replace(/\s+$/, '');
  }
  return out.map((p) => p.filter((r) => r.text !== ''));
}
