/**
 * Whether a file's chosen labels make it a labelled transcript at all (select.ts chose them): the
 * readers' sniffing asks this before anything else.
 */
import type { Span } from '../../text.ts';
import { blankLines, labelKey, type FoundLabel } from './select.ts';
import { qaSideOf } from './qa.ts';

/**
 * True when the file reads as a labelled transcript: labels start enough of its paragraphs, or (when a
 * long preamble of show notes or long answers leave them sparse) two or more speakers' labels recur.
 */
export function looksLabelled(lines: Span[], labels: FoundLabel[]): boolean {
  // One pass over the labels: how many are named, strong, which keys recur, whether both Q and A appear.
  let named = 0;
  let strong = 0;
  const counts = new Map<string, number>();
  const qa = new Set<string>();
  // Indexed: an iterator allocates per step until this once-per-file pass is optimised.
  for (let i = 0; i < labels.length; i++) {
    const m = labels[i]!.match;
    if (m.style === 'time') continue;
    named++;
    const key = labelKey(m.label!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (m.caps || m.role !== undefined || m.time !== undefined || m.style === 'header') strong++;
    const side = qaSideOf(key);
    if (side) qa.add(side);
  }
  if (named < 2) return labels.length >= 3;
  let paragraphs = 0;
  const blanks = blankLines(lines);
  for (let i = 0; i < lines.length; i++) if (!blanks[i] && (i === 0 || blanks[i - 1])) paragraphs++;
  // "Q:" and "A:" both present: a question-and-answer transcript however short.
  if (qa.size === 2 && named >= Math.ceil(paragraphs * 0.3)) return true;
  let recurring = 0;
  for (const n of counts.values()) if (n >= 2) recurring++;
  if (named >= Math.ceil(paragraphs * 0.3) && (strong >= 2 || recurring >= 1)) return true;
  return recurring >= 2 && named >= 4;
}
