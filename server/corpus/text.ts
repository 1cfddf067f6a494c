/**
 * Text helpers shared by the parsers: line numbers, paragraphs and sentences with offsets, slugs.
 * All offsets are JavaScript string indices into the text they were computed on.
 */

/** A run of text and where it sits: `text === source.slice(start, end)` unless stated otherwise. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Offsets at which each line starts, for offset → line lookups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line number of an offset. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The 1-based line number of each offset (in any order), counting line breaks in one pass and
 * keeping none of them: a file of a few quotes and half a million short lines costs no array of
 * line starts.
 */
export function lineNumbers(text: string, offsets: number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out = new Array<number>(offsets.length);
  let line = 1;
  let nextBreak = text.indexOf('\n');
  for (const i of order) {
    while (nextBreak !== -1 && nextBreak < offsets[i]!) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    out[i] = line;
  }
  return out;
}

/** Lines of `text[from, to)` with offsets, without their line breaks. */
export function lines(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

/**
 * Each line of `text[from, to)` as `lines` gives them (start, end, text), handed to `visit` without
 * building the array, until `visit` returns false. For readers that keep few of the lines: a file of
 * a hundred thousand short or blank lines then costs no object for each.
 */
export function eachLine(text: string, from: number, to: number, visit: (start: number, end: number, line: string) => boolean | void): void {
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (visit(start, lineEnd, text.slice(start, lineEnd)) === false || end >= to) return;
    start = end + 1;
  }
}

/** Blocks separated by blank lines, trimmed, with offsets. */
export function paragraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let current: { start: number; end: number } | null = null;
  for (const line of lines(text, from, to)) {
    if (line.text.trim() === '') {
      if (current) out.push(trimSpan(text, current.start, current.end));
      current = null;
    } else if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
  }
  if (current) out.push(trimSpan(text, current.start, current.end));
  return out.filter((p) => p.text.length > 0);
}

// Made once: a pattern literal inside a function is a new object each time it is evaluated, and
// these run for every character trimmed and every sentence of every turn.
const SPACE = /\s/;
const LINE_BREAK = /[\r\n]/g;
const SENTENCE_END_CHAR = /[.!?…]/;

/** The span with surrounding whitespace removed. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Collapse runs of whitespace (including line breaks) into single spaces and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Words after which a full stop does not end a sentence ("Mr. Trump", "Dr. Smith", "U.S. forces").
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Pres|Supt|Det|Insp|Fr|Sr|Mme|Mlle|No|Nos|Vol|vs|etc|approx|dept|est|fig|inc|ltd|co|corp|e\.g|i\.e|[A-Z]|(?:[A-Z]\.){1,3}[A-Z])\.\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longest stretch given to the segmenter at once: segmenting stays linear in the text. */
const WINDOW = 4000;
/** A sentence end followed by more words. */
const INNER_END = /[.!?…]["”’)\]]*\s+\S/;

/**
 * Sentences of `text[from, to)`, trimmed, with offsets; abbreviations and initials do not split, and
 * a line break inside a paragraph is a space (only blank lines, which paragraphs are split at
 * already, end sentences). The text is segmented in windows of a few thousand characters cut after
 * a sentence end, so a megabyte with no full stop costs what a megabyte of sentences does.
 */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  while (start < to) {
    let end = Math.min(to, start + WINDOW);
    if (end < to) {
      let cut = -1;
      for (let i = end - 1; i > start + WINDOW / 2 && cut === -1; i--) if (SENTENCE_END_CHAR.test(text[i]!) && SPACE.test(text[i + 1] ?? '')) cut = i + 1;
      if (cut === -1) for (let i = end - 1; i > start + WINDOW / 2 && cut === -1; i--) if (SPACE.test(text[i]!)) cut = i;
      if (cut !== -1) end = cut;
    }
    segment(text, start, end, out);
    start = end;
  }
  return out;
}

function segment(text: string, from: number, to: number, out: Span[]): void {
  const slice = text.slice(from, to).replace(LINE_BREAK, ' ');
  // One sentence at most (no sentence end before the last words): the segmenter, costly to start, is not needed.
  if (!INNER_END.test(slice.trimEnd())) {
    const span = trimSpan(text, from, to);
    if (span.text.length > 0) out.push(span);
    return;
  }
  let pending: { start: number; end: number } | null = null;
  for (const seg of segmenter.segment(slice)) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (pending) pending.end = end;
    else pending = { start, end };
    if (ABBREVIATION.test(seg.segment) && end < to) continue;
    const span = trimSpan(text, pending.start, pending.end);
    if (span.text.length > 0) out.push(span);
    pending = null;
  }
  if (pending) {
    const span = trimSpan(text, pending.start, pending.end);
    if (span.text.length > 0) out.push(span);
  }
}

/** ASCII slug: lower-case letters, digits and single dashes ("Abdalaziz Alhamza" → "abdalaziz-alhamza"). */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Count of words (runs of letters or digits). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Title Case of an ALL CAPS label: "MICHEL MARTIN" → "Michel Martin", "O'BRIEN" → "O'Brien". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’.(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
}

/**
 * Two private-use characters reserved for marking highlights (see `search/highlight.ts`): quote text
 * never holds them, so no transcript can fake a highlight.
 */
export const RESERVED_MARKS = ['\uE000', '\uE001'] as const;

/** The text with any reserved character replaced by U+FFFD. */
export function scrubReserved(text: string): string {
  return /[\uE000\uE001]/.test(text) ? text.replace(/[\uE000\uE001]/g, '\uFFFD') : text;
}
