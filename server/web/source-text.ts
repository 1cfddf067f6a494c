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

/** Paragraph ranges of [from, to): split at blank lines, widened so that no quote is cut in two. */
export function paragraphRanges(text: string, from: number, to: number, spans: Span[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const breaks = /\n[ \t]*\n\s*/g;
  breaks.lastIndex = from;
  let start = from;
  for (let m = breaks.exec(text); m !== null && m.index < to; m = breaks.exec(text)) {
    const inside = spans.some((s) => s.start < m!.index && s.end > m!.index);
    if (inside) continue;
    if (text.slice(start, m.index).trim()) ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (text.slice(start, to).trim()) ranges.push([start, to]);
  return ranges;
}

const piece = (text: string): TextPiece => ({ type: 'text', text });

function quotation(s: Span, text: string, from: number): QuotationPiece {
  return { type: 'quotation', id: s.id, text: text.slice(Math.max(s.start, from), s.end), speaker: s.speaker };
}

/** The pieces of one paragraph: text, sentences (with nested quotations) and standalone quotations. */
function paragraph(text: string, from: number, to: number, spans: Span[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  // Outer spans first when two start together, so a sentence encloses the quotation it begins with.
  const inside = spans.filter((s) => s.start < to && s.end > from).sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < inside.length; k++) {
    const s = inside[k]!;
    if (s.end <= at) continue;
    if (s.start > at) out.push(piece(text.slice(at, s.start)));
    const start = Math.max(s.start, at);
    if (s.kind !== 'prose') {
      out.push(quotation(s, text, start));
      at = s.end;
      continue;
    }
    const children: Array<TextPiece | QuotationPiece> = [];
    let inner = start;
    // Quotations within the sentence; one running past its end is cut at the sentence's end.
    while (k + 1 < inside.length && inside[k + 1]!.start < s.end) {
      const q = inside[++k]!;
      if (q.start > inner) children.push(piece(text.slice(inner, q.start)));
      children.push({ ...quotation(q, text, inner), text: text.slice(Math.max(q.start, inner), Math.min(q.end, s.end)) });
      inner = Math.min(q.end, s.end);
    }
    if (inner < s.end) children.push(piece(text.slice(inner, s.end)));
    out.push({ type: 'sentence', id: s.id, children });
    at = s.end;
  }
  if (at < to) out.push(piece(text.slice(at, to)));
  // Leading and trailing whitespace of a paragraph is noise in HTML; keep the inner text intact.
  return out.filter((p) => p.type !== 'text' || p.text.trim() !== '' || (p !== out[0] && p !== out.at(-1)));
}

/** A prose source as paragraphs of pieces. */
export function proseParagraphs(text: string, contentStart: number, quotes: QuoteDocument[]): Piece[][] {
  const spans: Span[] = quotes.map((q) => ({ id: q.id, kind: q.kind, start: q.position.start, end: q.position.end, speaker: q.speaker?.name ?? null }));
  return paragraphRanges(text, contentStart, text.length, spans).map(([from, to]) => paragraph(text, from, to, spans));
}

/** A transcript turn's text as paragraphs (blank lines split; single line breaks are spaces). */
export function turnParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
