/**
 * The line numbers court reporters print down the left of every page (1 to 25, from 1 again on the
 * next page), kept when a transcript is turned into text: `3 THE COURT: Jurors, the Court is …`. Left
 * in, a label would not open its line and every turn would hold the numbers of its lines. Where a
 * file is numbered so, the numbers are cut off each line here, and each line's offset moves past
 * them, so quotes still point at their words in the file as it is. A numbered file is a court
 * reporter's: its reader reads it as a court transcript.
 */
import type { Span } from '../../text.ts';

/**
 * A line number and the spaces after it (or the line's end: a numbered blank line). The number may be
 * set in from the margin (a PDF's layout text right-aligns it), after a form feed or a byte-order mark.
 */
const NUMBERED = /^[ \t\f\v\uFEFF]{0,16}(\d{1,2})(?:[ \t]+|$)/;
/** Fewest numbered lines for a gutter: half a page's worth, so that a short list is not one. */
export const MIN_NUMBERED = 12;
/** The highest line number a page has (pleading paper has 28; some transcripts 32). */
export const MAX_LINE = 34;

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
  if (!hasGutter(lines)) return { lines, gutter: false };
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
