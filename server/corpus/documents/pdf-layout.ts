/**
 * A PDF's pages set out as text the way they look, as `pdftotext -layout` does, so that the readers
 * of plain text see what they would in a conversion. Indentation matters: a screenplay's cue stands
 * further in than its speech, and its speech further in than its action; a court transcript's line
 * numbers stand in a margin. So each line is placed at the column its left edge is at (in the
 * document's average character width), words keep the gaps between them, a vertical gap of more than
 * a line becomes a blank line, and a heading printed twice for bold is read once. Positions are those
 * of the page as it is shown (its rotation applied), y downwards.
 */

/** A piece of text on a page: where it starts on the page as shown (y downwards), how wide and high, which way it reads. */
export interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Right to left (Arabic, Hebrew): pdf.js gives each piece's letters in reading order already. */
  rtl: boolean;
}

/**
 * The furthest column a piece is set at. A page is under two hundred characters wide; a piece placed
 * far off the page (a hostile or broken file) must not become a line of a billion spaces.
 */
const MAX_COLUMN = 400;

/** Blank lines kept for one vertical gap: a scene break reads as one, a page's space at most as two. */
const MAX_BLANKS = 2;

/** The lower median of some numbers (0 for none): of a page's gaps between lines, the single spacing. */
export function median(values: number[]): number {
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
    // (Only a line's length is looked through: a piece thousands of letters long is no heading printed twice.)
    const within = reach !== undefined && p.x + p.width <= reach.x + reach.width + charWidth / 2 && (words === '' || (reach.text.length <= MAX_COLUMN && reach.text.includes(words)));
    if (within) continue;
    kept.push(p);
    if (!reach || p.x + p.width > reach.x + reach.width) reach = p;
  }
  return kept;
}

/** Pieces on one baseline, in reading order: a line of the page. */
function linesOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
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
export function pageText(pieces: Piece[], charWidth: number, left: number): string {
  const lines = linesOf(pieces).map((line) => printedOnce(line, charWidth));
  const spacing = median(lines.slice(1).map((line, i) => line[0]!.y - lines[i]![0]!.y).filter((d) => d > 0));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && spacing > 0) {
      const gap = Math.round((lines[i]![0]!.y - lines[i - 1]![0]!.y) / spacing) - 1;
      for (let k = 0; k < Math.min(gap, MAX_BLANKS); k++) out.push('');
    }
    out.push(lineText(lines[i]!, charWidth, left));
  }
  // The page's number at its head or foot is no one's words: left in, it ends the speech running over the page.
  for (const end of [out.length - 1, 0]) {
    const at = end === 0 ? out.findIndex((l) => l.trim() !== '') : out.findLastIndex((l) => l.trim() !== '');
    if (at !== -1 && pageNumber(out[at]!)) out[at] = '';
  }
  return out.join('\n');
}

/**
 * A page's number as a line of its own: `Page 3`, `3 of 8`, `2/5`, `- 3 -`, or a number set in from
 * the margin (centred or to the right). A number at the margin is a court reporter's line number, kept.
 */
function pageNumber(line: string): boolean {
  const text = line.trim();
  if (PAGE_FORM.test(text)) return true;
  return BARE_NUMBER.test(text) && line.length - line.trimStart().length >= CENTRED_FROM;
}
const PAGE_FORM = /^(?:page \d{1,4}(?: of \d{1,4})?|\d{1,4} (?:of|\/) \d{1,4}|\d{1,4}\/\d{1,4}|[-–—] ?\d{1,4} ?[-–—])$/i;
const BARE_NUMBER = /^\d{1,4}\.?$/;
/** Columns in from the margin where a number is set apart from the text (a page's number, not a line's). */
const CENTRED_FROM = 20;

/** Letters in a text (not digits, spaces or marks, which take the direction around them). */
function letters(text: string): number {
  let n = 0;
  for (const c of text) if (LETTER.test(c)) n++;
  return n;
}
const LETTER = /\p{L}/u;

/**
 * Pieces of a right-to-left line in reading order: from the right, each run of left-to-right pieces
 * (a name in Latin letters, a number) kept in its own order, a space between pieces.
 */
function fromTheRight(line: Piece[]): string {
  const runs: Piece[][] = [];
  for (const p of line) {
    const last = runs.at(-1);
    if (last && !p.rtl && !last[0]!.rtl) last.push(p);
    else runs.push([p]);
  }
  return runs
    .reverse()
    .flat()
    .map((p) => p.text.trim())
    .filter((t) => t !== '')
    .join(' ');
}

/** One line's text: its pieces at their columns, or from the right where most of its letters read right to left. */
function lineText(line: Piece[], charWidth: number, left: number): string {
  let rtl = 0;
  let ltr = 0;
  for (const p of line) {
    if (p.rtl) rtl += letters(p.text);
    else ltr += letters(p.text);
  }
  if (rtl > ltr) {
    // A label in Latin letters opening the line (`Ahmed:`) is read first, the Arabic or Hebrew after it from the right.
    const first = line[0]!;
    if (!first.rtl && first.text.trimEnd().endsWith(':')) return `${first.text.trim()} ${fromTheRight(line.slice(1))}`;
    return fromTheRight(line);
  }
  let text = '';
  let end = -Infinity;
  for (const p of line) {
    const column = Math.min(MAX_COLUMN, Math.max(0, Math.round((p.x - left) / charWidth)));
    const gap = p.x - end;
    // The line's first piece, and a piece after a wide gap (a margin's line number, a table's
    // column), stand at their column; words set apart by less keep one space between them.
    if (text === '' || gap > 1.5 * charWidth) text += ' '.repeat(Math.max(column - text.length, text === '' ? column : 1));
    else if (gap > 0.2 * charWidth && !/\s$/.test(text) && !/^\s/.test(p.text)) text += ' ';
    text += p.text;
    end = p.x + p.width;
  }
  return text.trimEnd();
}
