/**
 * The line-and-label reading of a file, shared by the readers that work from speaker labels
 * (`labelled`, `news`, `markdown`): each sniffs from it and one of them reads with it, so it is
 * worked out once per input.
 */
import { isPageFurniture } from '../page-furniture.ts';
import { lines as splitLines, type Span } from '../../text.ts';
import type { ReadInput } from '../reader.ts';
import { DIVISION_LINE, selectLabels, type FoundLabel } from './select.ts';
import { looksLabelled } from './looks-labelled.ts';
import { withoutGutter } from './gutter.ts';
import { withoutScannedNumbers } from './scanned-gutter.ts';
import { withoutParagraphNumbers } from './paragraph-numbers.ts';
import { withoutWordIndex } from './word-index.ts';
import { withSplitLabelsJoined } from './split-labels.ts';
import type { LabelModes } from './modes.ts';

/** A file seen as lines and the labels on them. */
export interface LabelAnalysis {
  lines: Span[];
  labels: FoundLabel[];
  /** Lines of labels turned down where who speaks is unknown (see `SelectOptions.breaks`). */
  breaks: number[];
  /** A play, a hearing, an earnings call (see modes.ts). */
  modes: LabelModes;
  /** Enough paragraphs start with labels for the file to be a labelled transcript. */
  labelled: boolean;
  /** Labels by style: how many are inline (`NAME: text`), alone on their line, header lines, timestamps. */
  styles: { inline: number; ownLine: number; header: number; time: number; markdown: number; qa: number };
  /** The lines were numbered down the margin, as a court reporter's pages are (`gutter.ts`). */
  gutter: boolean;
}

const cache = new WeakMap<ReadInput, LabelAnalysis>();

/**
 * The title a plain transcript states on its first line, before any label: short, not a sentence
 * ("CNN Student News Transcript: November 13, 2009"). Undefined when the first line is speech.
 */
export function firstLineTitle(a: LabelAnalysis): string | undefined {
  const firstLabel = a.labels[0]?.index ?? Infinity;
  const cover = coverTitle(a, firstLabel);
  if (cover) return cover;
  // A title page: short lines before the speech. The issuing body on top ("NATIONAL AERONAUTICS AND
  // SPACE ADMINISTRATION") is not the title; a title set on two lines in capitals is one title.
  const lines: Array<{ index: number; text: string }> = [];
  for (let i = 0; i < a.lines.length && i < firstLabel && lines.length < 4; i++) {
    const text = a.lines[i]!.text.trim();
    // A web page's furniture copied with its text: a breadcrumb's `You are here`, `Skip to main content`.
    if (text === '' || isPageFurniture(text)) continue;
    // A play that opens on `ACT I` has no title page.
    if (!isTitleLine(text) || DIVISION_LINE.test(text)) break;
    lines.push({ index: i, text });
  }
  const kept = lines.filter((l) => !ISSUER.test(l.text));
  const first = kept[0];
  if (!first) return undefined;
  const next = kept[1];
  if (next && next.index - first.index <= 3 && isCaps(first.text) && isCaps(next.text) && first.text.split(/\s+/).length <= 4) return `${first.text} ${next.text}`;
  return first.text;
}

/** An oral history's cover line naming the interviewer: `Interviewed by Jennifer Ross-Nazzal`. */
const INTERVIEWED_BY = /^interviewed by\s+(\p{Lu}[\p{L}.'’ -]{1,60})$/iu;
/** A person's name as a cover sets it: two to six words, each opening with a capital (`Peggy A. Whitson`). */
const COVER_NAME = /^\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){1,5}$/u;
/** How far into the head an oral history's cover is looked for. */
const COVER_LINES = 40;

/**
 * The title an oral history's cover gives, a name over `Interviewed by …` ("Peggy A. Whitson,
 * interviewed by Jennifer Ross-Nazzal"): above it a web page copied with its text puts its site's
 * name and menus (`Johnson Space Center`), which are no title.
 */
function coverTitle(a: LabelAnalysis, firstLabel: number): string | undefined {
  let previous: string | undefined;
  for (let i = 0; i < a.lines.length && i < firstLabel && i < COVER_LINES; i++) {
    const text = a.lines[i]!.text.trim();
    if (text === '') continue;
    const by = INTERVIEWED_BY.exec(text);
    if (by) return previous !== undefined && COVER_NAME.test(previous) ? `${previous}, interviewed by ${by[1]!.trim()}` : undefined;
    previous = text;
  }
  return undefined;
}

/** The body a document comes from, written above its title. */
const ISSUER = /^(?:THE\s+)?[A-Z][A-Z .,&'-]*\b(?:ADMINISTRATION|AGENCY|DEPARTMENT|OFFICE|UNIVERSITY|CORPORATION|COMMISSION|MINISTRY|INSTITUTE|COUNCIL|COMMITTEE|SERVICE|BUREAU|CENTER|CENTRE)$/;

function isTitleLine(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 14 && !/[.!?,;]$/.test(text) && !/^[\[(<#>*-]/.test(text) && text.length >= 4;
}

function isCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

// Patterns run once per label are made once, not once per label (a pattern literal is a new object
// each time it is evaluated).
/** A label in Markdown emphasis, perhaps in a list item: `**Name:**`, `- __Name__`. */
const MARKDOWN_LABEL = /^\s*(?:[-*+] )?(?:\*\*|__)/;
/** A time, then a label in Markdown emphasis: `00:01 **Name:**`. */
const MARKDOWN_TIMED_LABEL = /^\s*\d[\d:.,]*\s+(?:\*\*|__)/;
const QA_LABEL = /^(?:q|a|question|answer)$/i;

/** The line opens with `**` or `__`: a Markdown label, known without the pattern. */
function opensStrong(line: string): boolean {
  return (line[0] === '*' || line[0] === '_') && line[1] === line[0];
}

/** The line opens with a space, a bullet, emphasis or a digit: all a Markdown label can open with. */
function mayBeMarkdown(line: string): boolean {
  const c = line[0];
  return c !== undefined && (MARKDOWN_FIRST.includes(c) || SPACE.test(c));
}
const MARKDOWN_FIRST = '-*+_0123456789';
const SPACE = /\s/;

export function analyse(input: ReadInput): LabelAnalysis {
  const hit = cache.get(input);
  if (hit) return hit;
  // A court reporter's line numbers are not part of what is said (`gutter.ts`), nor what a scan kept of them (`scanned-gutter.ts`).
  const numbered = withoutGutter(splitLines(input.text, input.from, input.text.length));
  const { gutter } = numbered;
  // Nor a coding tool's paragraph numbers (`paragraph-numbers.ts`).
  // Nor a reporter's word index after the last page (`word-index.ts`).
  // And a news label that a reflow broke across two lines is one line again (`split-labels.ts`).
  const lines = withSplitLabelsJoined(withoutWordIndex(gutter ? numbered.lines : withoutScannedNumbers(withoutParagraphNumbers(numbered.lines))));
  const breaks: number[] = [];
  const modes: LabelModes = { play: false, hearing: false, call: false };
  const labels = selectLabels(lines, { breaks, modes });
  const styles = { inline: 0, ownLine: 0, header: 0, time: 0, markdown: 0, qa: 0 };
  // Indexed loops in these once-per-file passes: an iterator allocates per step until the pass is optimised.
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const m = l.match;
    if (m.style === 'inline') styles.inline++;
    else if (m.style === 'own-line' || m.style === 'bare') styles.ownLine++;
    else if (m.style === 'header') styles.header++;
    else styles.time++;
    if (mayBeMarkdown(lines[l.index]!.text) && (opensStrong(lines[l.index]!.text) || MARKDOWN_LABEL.test(lines[l.index]!.text) || MARKDOWN_TIMED_LABEL.test(lines[l.index]!.text))) styles.markdown++;
    // Only labels of one, six or eight letters can be Q, A, question or answer.
    if (m.label !== undefined && (m.label.length === 1 || m.label.length === 6 || m.label.length === 8) && QA_LABEL.test(m.label)) styles.qa++;
  }
  const analysis = { lines, labels, breaks, modes, labelled: looksLabelled(lines, labels), styles, gutter };
  cache.set(input, analysis);
  return analysis;
}
