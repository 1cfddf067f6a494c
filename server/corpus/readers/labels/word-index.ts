/**
 * A court reporter's word index, printed after the last page of a transcript (the Supreme Court's
 * reporter among others): every word of the argument with the pages and lines it stands on, set in
 * columns — `THOMAS 1:19  transferring  26:21  unreviewable  28:11,15,23`. Read as text, its names in
 * capitals before a page and line look like speakers' labels (`THOMAS`, `SCOTT`, `RAINES`), and the
 * index became their words. Its lines are known by their references (a third or more of a line's words
 * are `page:line`), and a run of them is no one's words (`withoutWordIndex`).
 */
import type { Span } from '../../text.ts';

/**
 * A page and line reference, perhaps to several lines: `26:21`, `28:11,15,23`. Neither number opens
 * with a zero, as a time's minutes and seconds do (`0:00`, `00:13`, `12:05`).
 */
const REFERENCE = /^[1-9]\d{0,2}:[1-9]\d?(?:,[1-9]\d?){0,12}$/;
/** Fewest index lines for a word index: fewer are a few times of day in speech. */
const MIN_INDEX_LINES = 12;

/** A third or more of the line's words are page and line references, two or more of them. */
function indexLine(text: string): boolean {
  let words = 0;
  let references = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    words++;
    if (REFERENCE.test(word)) references++;
  }
  return references >= 2 && references * 3 >= words;
}

/** Lines of words between two index lines that still belong to the index (a name with one reference, a letter's heading). */
const MAX_GAP = 4;

/**
 * `lines` with a word index blanked, when the file has one; else `lines` itself. The index is a run of
 * index lines, at most `MAX_GAP` other lines of words apart, a dozen index lines or more: all of it is
 * blanked (`Raines 15:15`, `R`, a page's running head within it), their offsets kept. Index lines
 * scattered through speech (a sermon's `John 3:16, Romans 8:28`) make no such run.
 */
export function withoutWordIndex(lines: Span[]): Span[] {
  const runs: Array<{ from: number; to: number; count: number }> = [];
  let run: { from: number; to: number; count: number } | null = null;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    if (text.includes(':') && indexLine(text)) {
      if (run && gap <= MAX_GAP) {
        run.to = i;
        run.count++;
      } else {
        run = { from: i, to: i, count: 1 };
        runs.push(run);
      }
      gap = 0;
    } else gap++;
  }
  const index = runs.filter((r) => r.count >= MIN_INDEX_LINES);
  if (index.length === 0) return lines;
  const blank = new Uint8Array(lines.length);
  for (const r of index) blank.fill(1, r.from, r.to + 1);
  return lines.map((l, i) => (blank[i] ? { start: l.start, end: l.start, text: '' } : l));
}
