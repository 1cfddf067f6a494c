/**
 * A review or article as readable paragraphs, with every quote of it anchored and linked. The quotes'
 * `position.start/end` offsets into the source text say where each prose sentence and quotation
 * lies; a quotation usually sits inside the sentence that quotes it, so elements nest one level.
 * Text outside every quote (a headline, credits) stays plain. The output is data for a template,
 * which escapes every string: no HTML is built here.
 */
import type { QuoteDocument } from '../corpus/model.ts';

/** A run of the source's text. */
export interface TextPiece {
  type: 'text';
  text: string;
}

/** A quotation: the quoted words, linked to their permalink and attributed. */
export interface QuotationPiece {
  type: 'quotation';
  id: string;
  text: string;
  speaker: string | null;
}

/** A sentence of the writer's own, which may contain quotations. */
export interface SentencePiece {
  type: 'sentence';
  id: string;
  children: Array<TextPiece | QuotationPiece>;
}

export type Piece = TextPiece | QuotationPiece | SentencePiece;

type Span = Pick<QuoteDocument, 'id' | 'kind'> & { start: number; end: number; speaker: string | null };

/**
 * Part of a source's text: `text` is the whole text's [base, base + text.length). Offsets below are
 * offsets into the whole text, as the quotes' positions are.
 */
interface Window {
  text: string;
  base: number;
}

const cut = (w: Window, from: number, to: number) => w.text.slice(from - w.base, to - w.base);

/** Paragraph ranges of [from, to): split at blank lines, widened so that no quote is cut in two. */
export function paragraphRanges(text: string, from: number, to: number, spans: Span[], base = 0): Array<[number, number]> {
  const w: Window = { text, base };
  const ranges: Array<[number, number]> = [];
  const breaks = /\n[ \t]*\n\s*/g;
  breaks.lastIndex = from - base;
  let start = from;
  for (let m = breaks.exec(text); m !== null && m.index + base < to; m = breaks.exec(text)) {
    const at = m.index + base;
    const inside = spans.some((s) => s.start < at && s.end > at);
    if (inside) continue;
    if (cut(w, start, at).trim()) ranges.push([start, at]);
    start = at + m[0].length;
  }
  if (cut(w, start, to).trim()) ranges.push([start, to]);
  return ranges;
}

const piece = (text: string): TextPiece => ({ type: 'text', text });

function quotation(s: Span, w: Window, from: number, to: number): QuotationPiece {
  return { type: 'quotation', id: s.id, text: cut(w, Math.max(s.start, from), Math.min(s.end, to)), speaker: s.speaker };
}

/**
 * The pieces of one paragraph: text, sentences (with nested quotations) and standalone quotations.
 * A quote running past `to` (the end of the page) is cut there; its rest opens the next page.
 */
function paragraph(w: Window, from: number, to: number, spans: Span[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  // Outer spans first when two start together, so a sentence encloses the quotation it begins with.
  const inside = spans.filter((s) => s.start < to && s.end > from).sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < inside.length; k++) {
    const s = inside[k]!;
    if (s.end <= at) continue;
    if (s.start > at) out.push(piece(cut(w, at, s.start)));
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, to);
    if (s.kind !== 'prose') {
      out.push(quotation(s, w, start, end));
      at = end;
      continue;
    }
    const children: Array<TextPiece | QuotationPiece> = [];
    let inner = start;
    // Quotations within the sentence; one running past its end is cut at the sentence's end.
    while (k + 1 < inside.length && inside[k + 1]!.start < end) {
      const q = inside[++k]!;
      if (q.start > inner) children.push(piece(cut(w, inner, q.start)));
      children.push(quotation(q, w, inner, end));
      inner = Math.min(q.end, end);
    }
    if (inner < end) children.push(piece(cut(w, inner, end)));
    out.push({ type: 'sentence', id: s.id, children });
    at = end;
  }
  if (at < to) out.push(piece(cut(w, at, to)));
  // Leading and trailing whitespace of a paragraph is noise in HTML; keep the inner text intact.
  return out.filter((p) => p.type !== 'text' || p.text.trim() !== '' || (p !== out[0] && p !== out.at(-1)));
}

/**
 * A prose source (or a page of it) as paragraphs of pieces: the text from `from` to `to` (the end
 * by default). `text` may be only part of the whole text, starting at offset `base`.
 */
export function proseParagraphs(text: string, from: number, quotes: QuoteDocument[], options: { base?: number; to?: number } = {}): Piece[][] {
  const w: Window = { text, base: options.base ?? 0 };
  const to = Math.min(options.to ?? Infinity, w.base + text.length);
  const spans: Span[] = quotes.map((q) => ({ id: q.id, kind: q.kind, start: q.position.start, end: q.position.end, speaker: q.speaker?.name ?? null }));
  return paragraphRanges(text, from, to, spans, w.base).map(([a, b]) => paragraph(w, a, b, spans));
}

/** A transcript turn's text as paragraphs (blank lines split; single line breaks are spaces). */
export function turnParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
