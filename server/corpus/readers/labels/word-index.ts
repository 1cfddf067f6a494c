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

/** A third or more of the line's words are page and line references, three or more of them. */
function indexLine(text: string): boolean {
  let words = 0;
  let references = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    words++;
    if (REFERENCE.test(word)) references++;
  }
  return references >= 3 && references * 3 >= words;
}

/** Of a run's lines of words, how many must be index lines. */
const DENSITY = 0.7;

/** Lines of words from `from` to `to`. */
function wordsIn(lines: readonly Span[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (lines[i]!.text.trim() !== '') n++;
  return n;
}

/** Within an index: a line with a reference (`Raines 15:15`), or a letter's heading (`R`), or a word or two. */
function ofIndex(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 2 || words.some((w) => REFERENCE.test(w));
}

/** Lines of words between two index lines that still belong to the index (a name with one reference, a letter's heading). */
const MAX_GAP = 4;

/**
 * `lines` with a word index blanked, when the file has one; else `lines` itself. The index is a run of
 * index lines, at most `MAX_GAP` other lines of words apart, a dozen index lines or more and most of
 * its lines: its index lines, and the lines among them with a reference or of a word or two
 * (`Raines 15:15`, `R`), are blanked, their offsets kept. Index lines scattered through speech (a
 * sermon's `John 3:16, Romans 8:28`, a race's splits after each turn) make no such run.
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
  // Dense: most of the run's lines are index lines (speech with a line of times after each turn is not).
  const index = runs.filter((r) => r.count >= MIN_INDEX_LINES && r.count >= wordsIn(lines, r.from, r.to) * DENSITY);
  if (index.length === 0) return lines;
  const blank = new Uint8Array(lines.length);
  for (const r of index) for (let i = r.from; i <= r.to; i++) if (ofIndex(lines[i]!.text)) blank[i] = 1;
  return lines.map((l, i) => (blank[i] ? { start: l.start, end: l.start, text: '' } : l));
}
