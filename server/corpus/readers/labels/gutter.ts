/**
 * The line numbers court reporters print down the left of every page (1 to 25, from 1 again on the
 * next page), kept when a transcript is turned into text: `3 THE COURT: Jurors, the Court is …`. Left
 * in, a label would not open its line and every turn would hold the numbers of its lines. Where a
 * file is numbered so, the numbers are cut off each line here, and each line's offset moves past
 * them, so quotes still point at their words in the file as it is. A numbered file is a court
 * reporter's: its reader reads it as a court transcript.
 */
import type { Span } from '../../text.ts';

/** A line number and the spaces after it (or the line's end: a numbered blank line). */
const NUMBERED = /^[ \t]{0,8}(\d{1,2})(?:[ \t]+|$)/;
/** Fewest numbered lines for a gutter: a page's worth and a half, so that a short list is not one. */
const MIN_NUMBERED = 12;
/** The highest line number a page has (pleading paper has 28; some transcripts 32). */
const MAX_LINE = 34;

/** Whether `lines` are numbered as a court reporter's pages are: almost every line, in sequence. */
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
 * A line with no number is the page's furniture, not speech: a running head, a page number, the
 * reporter's name at the foot. It is left out, so that a sentence running on to the next page reads
 * on and no page's head becomes a turn. So are blank lines: a reporter double- or triple-spaces every
 * page, and a blank line there ends no paragraph.
 */
export function withoutGutter(lines: Span[]): { lines: Span[]; gutter: boolean } {
  if (!hasGutter(lines)) return { lines, gutter: false };
  const out: Span[] = [];
  for (const line of lines) {
    const m = NUMBERED.exec(line.text);
    const n = m ? Number(m[1]) : 0;
    if (m && n > 0 && n <= MAX_LINE) {
      const cut = m[0].length;
      out.push({ start: line.start + cut, end: line.end, text: line.text.slice(cut) });
    }
  }
  return { lines: out, gutter: true };
}
