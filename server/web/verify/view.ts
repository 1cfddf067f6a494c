/** Verify results for the page: verdict words, and the diff as pieces a template marks up. */
import type { Verdict } from '../../search/verify/verify.ts';
import type { CheckedMatch } from './result.ts';

export const VERDICT_TEXT: Record<Verdict, { label: string; summary: string }> = {
  exact: { label: 'Exact', summary: 'These are the words of the source, word for word.' },
  close: { label: 'Close', summary: 'The source says nearly this; the differences are marked below.' },
  paraphrase: { label: 'Paraphrase', summary: 'The source says the same thing in other words. Quote the source’s words, not these.' },
  'not-found': { label: 'Not found', summary: 'No source in Verbatim says this. It may be misremembered, or from a source not indexed here.' },
};

export interface DiffPiece {
  op: 'same' | 'omitted' | 'added' | 'changed';
  text: string;
  pasted?: string;
  /** An ellipsis of the pasted line comes before this piece. */
  gapBefore: boolean;
}

export function diffView(match: CheckedMatch): DiffPiece[] {
  return match.diff.map((d, i) => ({ op: d.op, text: d.text, ...(d.pasted !== undefined ? { pasted: d.pasted } : {}), gapBefore: i > 0 && match.diff[i - 1]!.part !== d.part }));
}
