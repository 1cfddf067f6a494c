/**
 * Plain-text transcripts with speaker labels at the start of the lines they begin: `Name: text`,
 * `NAME, ROLE: text`, Rev's `Name (00:01:02):`, Descript's `[00:00:00] Name: text`, Otter's
 * `Name  0:05` header lines, `Speaker 1:` from automatic transcription. A marker that carries a
 * timestamp at the end of a paragraph ends nothing by itself: the next label starts the next turn.
 */
import { analyse, firstLineTitle } from './labels/analysis.ts';
import { assembleTurns } from './labels/assemble.ts';
import { result, type Reader, type ReadInput, type ReadResult } from './reader.ts';
import { takeHeaderFields } from './labels/header.ts';

/** How sure a label reader is, from the share of labels written the way it reads best. */
export function labelScore(input: ReadInput, share: number): number {
  const a = analyse(input);
  if (!a.labelled) return 0;
  return 0.55 + 0.35 * share;
}

export const labelled: Reader = {
  name: 'labelled',
  sniff(input) {
    const { labels, styles } = analyse(input);
    if (labels.length === 0) return 0;
    const inline = (styles.inline + styles.header + styles.time - styles.markdown) / labels.length;
    return labelScore(input, Math.max(0, inline));
  },
  read: readLabelledTurns,
};

/**
 * Turns of a plain-text file by its labels, inline or on their own lines (the labelled and news
 * readers differ only in which layout they are surest of): an oral history when most labels are
 * `Q:`/`A:`, and the first line as title when it reads like one.
 */
export function readLabelledTurns(input: ReadInput): ReadResult {
  const a = analyse(input);
  const out = result('transcript', a.styles.qa > a.labels.length / 2 ? 'oral-history' : 'interview');
  out.turns = assembleTurns(a.lines, a.labels);
  takeHeaderFields(out);
  const title = firstLineTitle(a);
  if (title) out.meta.title = title;
  return out;
}
