/**
 * A gutter a scan has half lost (`hasGutter` says no): the printed line numbers survive on some lines
 * only, and `11 Q. Well, Scott`, `8 THE WITNESS: Good morning`, `1 0 Q. What made you` (the scan
 * split 10), `9 DIRECT EXAMINATION` no longer open with their label. Left on, a question runs on
 * inside the answer before it. Such a file is known by a dozen or more numbers before court labels,
 * each label met under many numbers (`Q.` on lines 3, 11, 17 …), not a name with a number of its own
 * (`2 CHAINZ:`, `1 CITIZEN:`). Its numbers are then cut off: always before a court label, and before
 * other words only where the number follows on from the last one cut or leads into the next label's
 * (a line or two lost between), so that an answer's `12 years` keeps its number. No line of words is
 * left out: pages cannot be told apart there.
 */
import type { Span } from '../../text.ts';
import { lineLabel } from './grammar.ts';
import { examinationHeading } from './examination.ts';
import { MAX_LINE, MIN_NUMBERED } from './gutter.ts';

/** A line number (a split one, `1 0`, too) and the spaces after it, or the line's end. */
const SCANNED_NUMBER = /^[ \t\f\v\uFEFF]{0,16}(\d \d|\d{1,2})(?:[ \t]+|$)/;
/** A number of two to four digits opening a line: one past a page's lines, when it is over `MAX_LINE`. */
const RUN_ON = /^[ \t\f\v\uFEFF]{0,16}(\d{2,4})(?:[ \t]|$)/;
/** How many numbers past a page's lines in a row make numbering that runs on (a scan misreads one or two at a time). */
const RUN_ON_LINES = 3;
/** How many different line numbers a label must stand after to be a reporter's label, not part of a name. */
const DISTINCT_NUMBERS = 5;

/** The court label opening `rest`, as a key (`q`, `a`, `mr. goldberger`, `heading`), or null. */
function courtLabel(rest: string): string | null {
  if (rest === '') return null;
  if (examinationHeading(rest)) return 'heading';
  const label = lineLabel(rest);
  if (!label || label.label === undefined || label.dot || label.dash || label.time !== undefined) return null;
  if ((label.label === 'Q' || label.label === 'A') && rest[1] === '.') return label.label;
  return label.caps && (label.style === 'inline' || label.style === 'own-line') ? label.label.toLowerCase() : null;
}

/** The line could open with a number: a digit, or a space, tab, form feed, vertical tab or byte-order mark before one. */
function mayOpenWithNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 32 || c === 9 || c === 11 || c === 12 || c === 0xfeff;
}

/**
 * `lines` with a scan's surviving line numbers cut off (see above), or `lines` itself when they are
 * not such a scan's, or when the numbers run on past a page's lines (a conversation analyst's extract
 * numbered 1 to 40 is no reporter's page).
 */
export function withoutScannedNumbers(lines: Span[]): Span[] {
  // Made at the first number found: most files have none.
  let marks: Marks | null = null;
  const numbersOf = new Map<string, Set<number>>();
  let previous = 0;
  let runOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!mayOpenWithNumber(text)) continue;
    const big = RUN_ON.exec(text);
    if (big) {
      const n = Number(big[1]);
      runOn = n > MAX_LINE && n === previous + 1 ? runOn + 1 : 0;
      if (runOn >= RUN_ON_LINES) return lines;
      previous = n;
    }
    const m = SCANNED_NUMBER.exec(text);
    const n = m ? Number(m[1]!.replace(' ', '')) : 0;
    if (n === 0 || n > MAX_LINE) continue;
    marks ??= { numbers: new Uint8Array(lines.length), cuts: new Uint32Array(lines.length), labels: new Array<string | null>(lines.length).fill(null) };
    marks.numbers[i] = n;
    marks.cuts[i] = m![0].length;
    const label = courtLabel(text.slice(marks.cuts[i]));
    if (label === null) continue;
    marks.labels[i] = label;
    let seen = numbersOf.get(label);
    if (!seen) numbersOf.set(label, (seen = new Set()));
    seen.add(n);
  }
  if (marks === null) return lines;
  let labelled = 0;
  for (const label of marks.labels) if (label !== null && numbersOf.get(label)!.size >= DISTINCT_NUMBERS) labelled++;
  // Once the file is such a scan, a number before any court label is a line's.
  return labelled < MIN_NUMBERED ? lines : cutNumbers(lines, marks);
}

/** What each line opens with, by line index (0 and null where it opens with no number). */
interface Marks {
  numbers: Uint8Array;
  /** The length of the number and its spaces. */
  cuts: Uint32Array;
  /** The court label after the number, as `courtLabel` keys it. */
  labels: Array<string | null>;
}

/** How many lines a number may run ahead of the one before it: the scan loses a line's number or two in a row. */
const LOST_NUMBERS = 2;
/** `n` comes after `before` on the same page, with at most `LOST_NUMBERS` lines between. */
function follows(n: number, before: number): boolean {
  return n > before && n <= before + 1 + LOST_NUMBERS;
}

/** Cuts each number before a court label, and each other number that runs in sequence with its neighbours'. */
function cutNumbers(lines: Span[], { numbers, cuts, labels }: Marks): Span[] {
  // The number of the next labelled line after each line, to see whether a line leads into it (`!=`:
  // past the last line there is no label, and `labels` holds nothing there).
  const next = new Uint8Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) next[i] = labels[i + 1] != null ? numbers[i + 1]! : next[i + 1]!;
  const out: Span[] = [];
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const n = numbers[i]!;
    const inSequence = n !== 0 && (labels[i] !== null || follows(n, last) || (n === 1 && last >= 10) || follows(next[i]!, n));
    if (!inSequence) {
      out.push(line);
      continue;
    }
    last = n;
    const cut = cuts[i]!;
    // A number alone is where the scan kept a number and lost its line: no blank line, which would end a paragraph.
    if (cut < line.text.length) out.push({ start: line.start + cut, end: line.end, text: line.text.slice(cut) });
  }
  return out;
}
