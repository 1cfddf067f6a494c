/**
 * The line numbers court reporters print down the left of every page (1 to 25, from 1 again on the
 * next page), kept when a transcript is turned into text: `3 THE COURT: Jurors, the Court is …`. Left
 * in, a label would not open its line and every turn would hold the numbers of its lines. Where a
 * file is numbered so, the numbers are cut off each line here, and each line's offset moves past
 * them, so quotes still point at their words in the file as it is. A numbered file is a court
 * reporter's: its reader reads it as a court transcript.
 */
import type { Span } from '../../text.ts';
import { lineLabel } from './grammar.ts';
import { examinationHeading } from './examination.ts';

/**
 * A line number and the spaces after it (or the line's end: a numbered blank line). The number may be
 * set in from the margin (a PDF's layout text right-aligns it), after a form feed or a byte-order mark.
 */
const NUMBERED = /^[ \t\f\v\uFEFF]{0,16}(\d{1,2})(?:[ \t]+|$)/;
/** Fewest numbered lines for a gutter: a page's worth and a half, so that a short list is not one. */
const MIN_NUMBERED = 12;
/** The highest line number a page has (pleading paper has 28; some transcripts 32). */
const MAX_LINE = 34;

/** The line's number in the gutter and the length of it with its spaces, or null. */
function numberOf(line: string): { n: number; cut: number } | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n <= MAX_LINE ? { n, cut: m[0].length } : null;
}

/**
 * Whether `lines` are numbered as a court reporter's pages are: almost every line, in sequence, and
 * from 1 again after at most a page. Numbering that runs on past a page's lines (a conversation
 * analyst's extract numbered 1 to 40, a numbered poem) is no gutter.
 */
export function hasGutter(lines: readonly Span[]): boolean {
  let text = 0;
  let numbered = 0;
  let inSequence = 0;
  let previous = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line.trim() === '') continue;
    text++;
    const m = NUMBERED.exec(line);
    if (!m) continue;
    const n = Number(m[1]);
    if (n > MAX_LINE && n === previous + 1) return false;
    if (n === 0 || n > MAX_LINE) continue;
    numbered++;
    // The next line of the page, or the first line of the next one.
    if (n === previous + 1 || (n === 1 && previous >= 10)) inSequence++;
    previous = n;
  }
  return numbered >= MIN_NUMBERED && numbered >= text * 0.7 && inSequence >= numbered * 0.9;
}

/**
 * `lines` without their line numbers, when they have a gutter (`hasGutter`); else `lines` itself.
 * Lines with no number between pages (before a line 1), before the first page and after the last are
 * the pages' furniture, not speech: a running head, a page number, the reporter's name at the foot.
 * They are left out, so that a sentence running on to the next page reads on and no page's head
 * becomes a turn. An unnumbered line within a page (a number the scan lost) is kept as it is. Blank
 * lines are left out too: a reporter double- or triple-spaces every page, and a blank line there ends
 * no paragraph.
 */
export function withoutGutter(lines: Span[]): { lines: Span[]; gutter: boolean } {
  if (!hasGutter(lines)) return { lines: withoutLabelNumbers(lines), gutter: false };
  const out: Span[] = [];
  // Unnumbered lines since the last numbered one: kept or left out once the next number shows where they stand.
  let pending: Span[] = [];
  let begun = false;
  for (const line of lines) {
    const number = numberOf(line.text);
    if (!number) {
      if (line.text.trim() !== '') pending.push(line);
      continue;
    }
    // One at a time: a spread of a long run would pass more arguments than a call can take.
    if (begun && number.n !== 1) for (const kept of pending) out.push(kept);
    pending = [];
    begun = true;
    const { cut } = number;
    out.push({ start: line.start + cut, end: line.end, text: line.text.slice(cut) });
  }
  return { lines: out, gutter: true };
}

/**
 * A gutter a scan has half lost (`hasGutter` says no): the numbers survive on some lines only, and
 * `11 Q. Well, Scott`, `8 THE WITNESS: Good morning`, `1 0 Q. What made you` (the scan split 10),
 * `9 DIRECT EXAMINATION` no longer open with their label. Left on, a question would run on inside the
 * answer before it. A file with a page's worth and a half of numbers before court labels is taken
 * for such a scan, and the numbers that remain are cut off every line: the words are read as they
 * stand, and no line of words is left out (pages cannot be told apart there).
 */
const SCANNED_NUMBER = /^[ \t\f\v\uFEFF]{0,16}(\d \d|\d{1,2})(?:[ \t]+|$)/;

/** The length of a line number and its spaces at the start of `line` (a split one read as one), or 0. */
function scannedNumber(line: string): number {
  const m = SCANNED_NUMBER.exec(line);
  if (!m) return 0;
  const n = Number(m[1]!.replace(' ', ''));
  return n > 0 && n <= MAX_LINE ? m[0].length : 0;
}

/** A court label opens `rest`: `Q.` or `A.`, a name in capitals and a colon, an examination's heading. */
function courtLabel(rest: string): boolean {
  if (rest === '') return false;
  if (examinationHeading(rest)) return true;
  const label = lineLabel(rest);
  if (!label || label.label === undefined || label.dot || label.dash || label.time !== undefined) return false;
  if ((label.label === 'Q' || label.label === 'A') && rest[1] === '.') return true;
  return label.caps && (label.style === 'inline' || label.style === 'own-line');
}

/** A number past a page's lines, in sequence with the one before it: lines numbered straight through. */
const RUN_ON = /^[ \t]{0,16}(\d{2,4})[ \t]/;
/** How many numbers past a page's lines in a row make numbering that runs on (a scan's misreadings come one or two at a time). */
const RUN_ON_LINES = 3;

/**
 * `lines` with their numbers cut off, when numbers stand before enough court labels (`SCANNED_NUMBER`)
 * and do not run on past a page's lines (a conversation analyst's extract numbered 1 to 40 is not a
 * reporter's page); else `lines` itself.
 */
function withoutLabelNumbers(lines: Span[]): Span[] {
  let cuts: Uint32Array | null = null;
  let labelled = 0;
  let previous = 0;
  let runOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const first = text.charCodeAt(0);
    // Only a line that opens with a digit, a space, a tab, a form feed or a byte-order mark can hold a number first.
    if (!(first >= 48 && first <= 57) && first !== 32 && first !== 9 && first !== 12 && first !== 0xfeff) continue;
    const big = RUN_ON.exec(text);
    if (big) {
      const n = Number(big[1]);
      runOn = n > MAX_LINE && n === previous + 1 ? runOn + 1 : 0;
      if (runOn >= RUN_ON_LINES) return lines;
      previous = n;
    }
    const cut = scannedNumber(text);
    if (cut === 0) continue;
    (cuts ??= new Uint32Array(lines.length))[i] = cut;
    if (courtLabel(text.slice(cut))) labelled++;
  }
  if (cuts === null || labelled < MIN_NUMBERED) return lines;
  const out: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cut = cuts[i]!;
    // A number alone is where the scan kept a number and lost its line: no blank line, which would end a paragraph.
    if (cut === 0) out.push(line);
    else if (cut < line.text.length) out.push({ start: line.start + cut, end: line.end, text: line.text.slice(cut) });
  }
  return out;
}
