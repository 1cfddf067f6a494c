/**
 * Paragraph numbers down the margin, as qualitative-analysis tools (MAXQDA, NVivo) print a coded
 * interview: `2    Dan: Okay. So now you can stop sharing …`, the paragraph's further lines set in
 * to where its words start, the numbers running on through the whole file (not from 1 on every page,
 * as a court reporter's do: `gutter.ts`). Left in, no label opens its line. Where a file is numbered
 * so, the numbers are cut off each line and its offset moved past them, so quotes still point at their
 * words; a line of a number alone (a paragraph the tool left empty) becomes a blank line.
 */
import type { Span } from '../../text.ts';
import { MIN_NUMBERED } from './gutter.ts';

/** A paragraph number set in a margin: digits, then a wide space (a tab, or two spaces) or the line's end. */
const NUMBERED = /^[ \t]{0,16}(\d{1,4})(?:\t| {2}|$)/;

/**
 * The line's paragraph number, where its digits end, and how much of the line it takes with the space
 * after it; or null.
 */
function numberOf(text: string): { n: number; end: number; cut: number } | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  // The whole space after the number, walked rather than matched (one pattern with two runs of space would backtrack).
  let cut = m[0].length;
  while (text[cut] === ' ' || text[cut] === '\t') cut++;
  // Only spaces and tabs stand before the digits.
  return { n: Number(m[1]), end: m[0].indexOf(m[1]!) + m[1]!.length, cut };
}
/** A time in square brackets alone, as a web page's sync mark: `[01:43]` (a time in round ones may be said). */
const SYNC_MARK = /^\[\d{1,2}(?::\d{2}){1,2}\]\s*$/;
/** Of the numbered lines, how many must follow on from the one before (1, 2, 3 … through the file). */
const IN_SEQUENCE = 0.95;
/** Of the lines after the first number, how many must be numbered or set in to the margin's text column. */
const ALIGNED = 0.9;

/** Where the words of a line start: its indentation in characters (a tab as one). */
function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/**
 * The column the numbered paragraphs' words start at, when `lines` are numbered so; else -1. The
 * numbers start at 1 and follow on; the words after them start at one column; and every other line of
 * words after the first number (a paragraph's further lines) is set in to that column too, so that a
 * numbered list in ordinary text (`1  Preheat the oven`) is not taken for it. Where each number stands
 * alone above its paragraph (a web page printed to PDF), the paragraphs all stand at one column
 * further in than the numbers.
 */
function marginColumn(lines: readonly Span[]): number {
  const columns = new Map<number, number>();
  let numbered = 0;
  let inSequence = 0;
  let previous = 0;
  let others = 0;
  let alone = 0;
  /** The furthest right a number ends: the words stand further in. */
  let numberEnd = 0;
  const otherIndents: number[] = [];
  for (const line of lines) {
    const text = line.text;
    if (text.trim() === '') continue;
    const number = numberOf(text);
    if (!number) {
      if (numbered > 0) {
        others++;
        otherIndents.push(indentOf(text));
      }
      continue;
    }
    const { n, cut } = number;
    if (numbered === 0 && n !== 1) return -1;
    numbered++;
    if (n === previous + 1) inSequence++;
    previous = n;
    // A number with nothing but a time beside it stands alone as much as one with nothing.
    if (cut < text.length && !SYNC_MARK.test(text.slice(cut))) columns.set(cut, (columns.get(cut) ?? 0) + 1);
    else alone++;
    numberEnd = Math.max(numberEnd, number.end);
  }
  if (numbered < MIN_NUMBERED || inSequence < numbered * IN_SEQUENCE) return -1;
  // Each number alone above its paragraph (a web page printed to PDF): the words' column is where the paragraphs stand.
  if (alone >= numbered * ALIGNED) for (const indent of otherIndents) columns.set(indent, (columns.get(indent) ?? 0) + 1);
  // The words' column: the most common; a number of more digits takes one more (`9    ` and `10   `).
  let column = -1;
  let most = 0;
  for (const [c, count] of columns) if (count > most) [column, most] = [c, count];
  let aligned = 0;
  for (const [c, count] of columns) if (Math.abs(c - column) <= 1) aligned += count;
  if (alone < numbered * ALIGNED) for (const indent of otherIndents) if (Math.abs(indent - column) <= 1) aligned++;
  // Numbers alone carry no words: only the paragraphs' lines count there.
  const lined = alone >= numbered * ALIGNED ? others : numbered + others;
  return column >= 3 && column > numberEnd && aligned >= lined * ALIGNED ? column : -1;
}

/** `lines` without their paragraph numbers, when they have them (see `marginColumn`); else `lines` itself. */
export function withoutParagraphNumbers(lines: Span[]): Span[] {
  if (marginColumn(lines) === -1) return lines;
  const out: Span[] = [];
  for (const line of lines) {
    const number = numberOf(line.text);
    if (!number) {
      out.push(line);
      continue;
    }
    // A time set far out beside a number (`19        [01:43]`, a web page's sync mark) is the number's, not a turn of someone unknown.
    const cut = SYNC_MARK.test(line.text.slice(number.cut)) ? line.text.length : number.cut;
    // A number alone is left out, not left blank: a blank line there would end the paragraph it heads.
    if (cut < line.text.length) out.push({ start: line.start + cut, end: line.end, text: line.text.slice(cut) });
  }
  return out;
}
