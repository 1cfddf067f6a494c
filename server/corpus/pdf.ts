/**
 * PDF documents, as screenplays, court and hearing transcripts and many interview transcripts are
 * published: their text taken out by Mozilla's pdf.js and set out as a page looks, the way
 * `pdftotext -layout` does, so that the readers of plain text see what they would in a conversion.
 * Indentation matters: a screenplay's cue stands further in than its speech, and its speech further
 * in than its action; a court transcript's line numbers stand in a margin. So each line is placed at
 * the column its left edge is at (in the page's average character width), words keep the gaps
 * between them, and a vertical gap of more than a line becomes a blank line. A PDF with no text (a
 * scan) is refused with what to do.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ParseError } from './errors.ts';

/** A piece of text on a page, where it starts and how wide it is (PDF units, y up). */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The furthest column a piece is set at. A page is under two hundred characters wide; a piece placed
 * far off the page (a hostile or broken file) must not become a line of a billion spaces.
 */
const MAX_COLUMN = 400;

/** Blank lines kept for one vertical gap: a scene break reads as one, a page's space at most as two. */
const MAX_BLANKS = 2;

/** The lower median of some numbers (0 for none): of a page's gaps between lines, the single spacing. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * A line's pieces without those printed twice: a word processor fakes bold by printing a heading again
 * a fraction of a point to the right (`EXT - HURON FOREST -` twice, or `CU - BREBEUF'S HAND` over
 * `CU`, ` `, `- BREBEUF'S HAND`), which is one heading, not two. A piece lying within one already kept,
 * whose words it repeats, is such a second printing; words on a line never otherwise overlap.
 */
function printedOnce(line: Piece[], charWidth: number): Piece[] {
  const kept: Piece[] = [];
  // The kept piece reaching furthest right: the only one a later piece (the line is in order of x) can lie within.
  let reach: Piece | undefined;
  for (const p of line) {
    // A space within it is a second printing's too; a narrow one just after a word is no loss, as the next word keeps its gap.
    const words = p.text.trim();
    const within = reach !== undefined && p.x + p.width <= reach.x + reach.width + charWidth / 2 && (words === '' || reach.text.includes(words));
    if (within) continue;
    kept.push(p);
    if (!reach || p.x + p.width > reach.x + reach.width) reach = p;
  }
  return kept;
}

/** Pieces on one baseline, in reading order: a line of the page. */
function linesOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const p of sorted) {
    const line = lines.at(-1);
    // Same line when the baselines are within a third of the text's height (superscripts, mixed fonts).
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(1, p.height / 3)) line.push(p);
    else lines.push([p]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** One page's text, set out by columns of `charWidth` from `left`. */
function pageText(pieces: Piece[], charWidth: number, left: number): string {
  const lines = linesOf(pieces).map((line) => printedOnce(line, charWidth));
  const spacing = median(lines.slice(1).map((line, i) => lines[i]![0]!.y - line[0]!.y).filter((d) => d > 0));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && spacing > 0) {
      const gap = Math.round((lines[i - 1]![0]!.y - lines[i]![0]!.y) / spacing) - 1;
      for (let k = 0; k < Math.min(gap, MAX_BLANKS); k++) out.push('');
    }
    let text = '';
    let end = -Infinity;
    for (const p of lines[i]!) {
      const column = Math.min(MAX_COLUMN, Math.max(0, Math.round((p.x - left) / charWidth)));
      const gap = p.x - end;
      // The line's first piece, and a piece after a wide gap (a margin's line number, a table's
      // column), stand at their column; words set apart by less keep one space between them.
      if (text === '' || gap > 1.5 * charWidth) text += ' '.repeat(Math.max(column - text.length, text === '' ? column : 1));
      else if (gap > 0.2 * charWidth && !/\s$/.test(text) && !/^\s/.test(p.text)) text += ' ';
      text += p.text;
      end = p.x + p.width;
    }
    out.push(text.trimEnd());
  }
  return out.join('\n');
}

/** PDF text items as pieces: only those with text, where pdf.js placed them. */
function piecesOf(items: readonly unknown[]): Piece[] {
  const out: Piece[] = [];
  for (const item of items) {
    const t = item as TextItem;
    if (typeof t.str !== 'string' || t.str === '' || !Array.isArray(t.transform)) continue;
    const [x, y] = [t.transform[4] as number, t.transform[5] as number];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push({ text: t.str, x, y, width: Number.isFinite(t.width) ? t.width : 0, height: t.height || Math.abs(t.transform[3] as number) || 0 });
  }
  return out;
}

/**
 * The text of a PDF, page after page with a blank line between, or a `ParseError` naming the file
 * when it is no PDF, is locked with a password, or holds no text.
 */
export async function pdfText(bytes: Buffer, file: string): Promise<string> {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  const pages: Piece[][] = [];
  try {
    // pdf.js is loaded when a PDF is first read: a corpus without one (and the web server) never pays for it.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // A copy: pdf.js takes the buffer over. No fonts are loaded and no code evaluated; text is all that is wanted.
    const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    const doc = await task.promise;
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        pages.push(piecesOf((await page.getTextContent()).items));
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ParseError(file, undefined, 'the PDF is locked with a password: save an unlocked copy, or its text, and index that');
    throw new ParseError(file, undefined, `this PDF could not be read (${(error as Error).message.split('\n')[0]}): save its text from a PDF viewer and index that`);
  }
  const all = pages.flat();
  if (!all.some((p) => /\p{L}/u.test(p.text))) throw new ParseError(file, undefined, 'the PDF has no text in it (a scan?): run it through OCR, or save its text, and index that');
  // One grid for the whole document, so a margin stands at the same column on every page.
  // At least a point: text of no width (hidden text, a broken font) would otherwise spread words apart without end.
  const charWidth = Math.max(1, median(all.filter((p) => p.text.trim().length >= 3).map((p) => p.width / p.text.length)) || 6);
  let left = Infinity;
  for (const p of all) left = Math.min(left, p.x);
  return pages.map((page) => pageText(page, charWidth, left)).join('\n\n');
}
