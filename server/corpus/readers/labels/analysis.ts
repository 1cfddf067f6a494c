/**
 * The line-and-label reading of a file, shared by the readers that work from speaker labels
 * (`labelled`, `news`, `markdown`): each sniffs from it and one of them reads with it, so it is
 * worked out once per input.
 */
import { lines as splitLines, type Span } from '../../text.ts';
import type { ReadInput } from '../reader.ts';
import { looksLabelled, selectLabels, type FoundLabel } from './select.ts';

/** A file seen as lines and the labels on them. */
export interface LabelAnalysis {
  lines: Span[];
  labels: FoundLabel[];
  /** Enough paragraphs start with labels for the file to be a labelled transcript. */
  labelled: boolean;
  /** Labels by style: how many are inline (`NAME: text`), alone on their line, header lines, timestamps. */
  styles: { inline: number; ownLine: number; header: number; time: number; markdown: number; qa: number };
}

const cache = new WeakMap<ReadInput, LabelAnalysis>();

/**
 * The title a plain transcript states on its first line, before any label: short, not a sentence
 * ("CNN Student News Transcript: November 13, 2009"). Undefined when the first line is speech.
 */
export function firstLineTitle(a: LabelAnalysis): string | undefined {
  const first = a.lines.findIndex((l) => l.text.trim() !== '');
  const firstLabel = a.labels[0]?.index ?? Infinity;
  if (first === -1 || first >= firstLabel) return undefined;
  const text = a.lines[first]!.text.trim();
  const words = text.split(/\s+/).length;
  if (words > 14 || /[.!?,;]$/.test(text) || /^[\[(<#>*-]/.test(text) || text.length < 4) return undefined;
  return text;
}

export function analyse(input: ReadInput): LabelAnalysis {
  const hit = cache.get(input);
  if (hit) return hit;
  const lines = splitLines(input.text, input.from, input.text.length);
  const labels = selectLabels(lines);
  const styles = { inline: 0, ownLine: 0, header: 0, time: 0, markdown: 0, qa: 0 };
  for (const l of labels) {
    const m = l.match;
    if (m.style === 'inline') styles.inline++;
    else if (m.style === 'own-line' || m.style === 'bare') styles.ownLine++;
    else if (m.style === 'header') styles.header++;
    else styles.time++;
    if (/^\s*(?:[-*+] )?(?:\*\*|__)/.test(lines[l.index]!.text) || /^\s*\d[\d:.,]*\s+(?:\*\*|__)/.test(lines[l.index]!.text)) styles.markdown++;
    if (m.label !== undefined && /^(?:q|a|question|answer)$/i.test(m.label)) styles.qa++;
  }
  const analysis = { lines, labels, labelled: looksLabelled(lines, labels), styles };
  cache.set(input, analysis);
  return analysis;
}
