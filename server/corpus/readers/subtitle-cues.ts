/**
 * SRT, WebVTT and SBV cues: blocks of lines with a timing line (`-->`, or YouTube's SubViewer
 * `0:00:01.000,0:00:04.000`), read by the W3C WebVTT parser (`webvtt-parser`), which validates the
 * timing and parses the cue text (voice spans `<v Speaker>`, styling tags, entities). SRT, SBV and
 * loosely written WebVTT timings (`0.000 --> 3.480`, `7:50.900`, `00:00:01,000`) are rewritten to
 * WebVTT's form first; a timing that still cannot be read stops the file with an error naming its
 * line, rather than silently losing the cue.
 */
import webvtt from 'webvtt-parser';
import type { CueNode } from 'webvtt-parser';
import { decodeHTML } from 'entities';
import { ParseError } from '../errors.ts';
import { lines, type Span } from '../text.ts';

const { WebVTTParser } = webvtt;

/**
 * A SubViewer timing line, as YouTube writes `.sbv` captions: two times and a comma, nothing else
 * (`0:00:00.599,0:00:04.160`).
 */
const SBV_TIMING = /^\s*(\d{1,2}:\d{2}:\d{2}\.\d{1,3}),(\d{1,2}:\d{2}:\d{2}\.\d{1,3})\s*$/;

/** A SubViewer (`.sbv`) timing line. */
export function isSbvTiming(line: string): boolean {
  return SBV_TIMING.test(line);
}

/** A cue's timing line, in any of the forms read here. */
export function isTiming(line: string): boolean {
  return line.includes('-->') || SBV_TIMING.test(line);
}

/** An SRT cue's number on its own line. */
const CUE_NUMBER = /^\s*\d{1,9}\s*$/;

/** One cue as found in the file. */
export interface CueBlock {
  /** 1-based line of the timing line. */
  line: number;
  timing: string;
  payload: Span[];
  /** The cue's identifier line, when it has one (Zoom writes the speaker there: `1 "Ann Lee" (16777)`). */
  id?: string;
}

/**
 * Blocks of lines separated by blank lines that hold a timing line. A line of spaces separates too
 * (hand-made SRT has them between cues) unless more of the cue follows it: YouTube's automatic captions
 * open each cue with a line of one space, and the words below it are the cue's.
 */
export function cueBlocks(text: string, from: number, to: number): { blocks: CueBlock[]; stray: number[] } {
  const all = lines(text, from, to);
  let firstLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) firstLine++;
  const blocks: CueBlock[] = [];
  const stray: number[] = [];
  const blank = (k: number) => k >= all.length || all[k]!.text.trim() === '';
  const timingAt = (k: number) => k < all.length && isTiming(all[k]!.text);
  // A line of spaces inside a cue: after its timing line, with words below that start no new cue.
  const within = (k: number, group: number[]) =>
    all[k]!.text !== '' && group.some((g) => timingAt(g)) && !blank(k + 1) && !timingAt(k + 1) && !timingAt(k + 2);
  let i = 0;
  while (i < all.length) {
    if (blank(i)) {
      i++;
      continue;
    }
    const group: number[] = [];
    while (i < all.length && (!blank(i) || within(i, group))) group.push(i++);
    const timings: number[] = [];
    for (let k = 0; k < group.length; k++) if (isTiming(all[group[k]!]!.text)) timings.push(k);
    if (timings.length === 0) {
      if (!/^\uFEFF?(?:WEBVTT|NOTE|STYLE|REGION|X-TIMESTAMP)\b/.test(all[group[0]!]!.text.trim())) stray.push(firstLine + group[0]!);
      continue;
    }
    // Cues written with no blank line between them (a hand-edited SBV or SRT): each timing line starts
    // a cue of its own, and an SRT number just above one is that cue's, not the words before it.
    const numberAbove = (n: number) => n > 0 && timings[n]! - 1 > timings[n - 1]! && CUE_NUMBER.test(all[group[timings[n]! - 1]!]!.text);
    for (let n = 0; n < timings.length; n++) {
      const t = timings[n]!;
      const end = n + 1 === timings.length ? group.length : timings[n + 1]! - (numberAbove(n + 1) ? 1 : 0);
      const timing = group[t]!;
      const block: CueBlock = { line: firstLine + timing, timing: all[timing]!.text, payload: group.slice(t + 1, end).map((g) => all[g]!) };
      if ((n === 0 && t > 0) || numberAbove(n)) block.id = all[group[t - 1]!]!.text;
      blocks.push(block);
    }
  }
  return { blocks, stray };
}

/** `h:mm:ss.mmm` from the ways subtitle files write a time: `00:00:01,000`, `7:50.900`, `3.480`, `0:4:6.80`. */
function vttTime(text: string, unpadded = false): string | null {
  const m = /^(?:(\d{1,3}):)?(?:(\d{1,2}):)?(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(text);
  if (!m) return null;
  const [, a, b, s, frac] = m;
  const hours = b !== undefined ? Number(a) : 0;
  const minutes = b !== undefined ? Number(b) : Number(a ?? 0);
  if (Number(s) >= 60 || minutes >= 60) return null;
  // Microsoft Stream and older Teams write every field unpadded, milliseconds too: `0:4:6.80` is
  // 6.080 s (its cue runs to `0:4:6.530`).
  const ms = unpadded ? (frac ?? '0').padStart(3, '0') : (frac ?? '0').padEnd(3, '0');
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${s!.padStart(2, '0')}.${ms}`;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Times written with every field unpadded, as Microsoft Stream and older Teams write them
 * (`0:4:6.80 --> 0:4:6.530`): their fractions are whole milliseconds, unpadded too. Told by a timing
 * line whose minutes after the hours are one digit.
 */
export function unpaddedTimes(blocks: CueBlock[]): boolean {
  return blocks.some((b) => UNPADDED_TIME.test(b.timing));
}
const UNPADDED_TIME = /^\s*\d{1,3}:\d:\d/;

/** A timing line in WebVTT's own form, settings kept; null when its times cannot be read. */
export function normaliseTiming(line: string, unpadded = false): string | null {
  const sbv = SBV_TIMING.exec(line);
  if (sbv) {
    const [start, end] = [vttTime(sbv[1]!), vttTime(sbv[2]!)];
    return start && end ? `${start} --> ${end}` : null;
  }
  // The settings are all that follows, and a line break among them makes no timing: with `(.*)$`
  // the pattern backtracked through the end time, looking for a way past the break.
  const m = /^\s*(\S+)\s+-->\s+(\S+)([^]*)$/.exec(line);
  if (!m || LINE_TERMINATOR.test(m[3]!)) return null;
  const start = vttTime(m[1]!, unpadded);
  const end = vttTime(m[2]!, unpadded);
  if (!start || !end) return null;
  // SRT's positions (`X1:… Y1:…`) are not WebVTT settings.
  const settings = /\b(?:X1|Y1|X2|Y2):/.test(m[3]!) ? '' : m[3]!.trimEnd();
  return `${start} --> ${end}${settings}`;
}

/** A piece of a cue's text and the voice (`<v Name>`) it is spoken in. */
export interface CueSegment {
  voice?: string;
  text: string;
}

const LETTER = /\p{L}/u;
const BRACKETED_RUN = /\[[^\][\n]{0,80}\]/g;

/**
 * Text of a cue tree as voice segments, walked without recursion so no nesting depth can overflow,
 * and whether every letter of it is in italics (`<i>`), as captions set a voice off screen.
 */
function segmentsOf(root: CueNode[]): { segments: CueSegment[]; italic: boolean } {
  const out: CueSegment[] = [];
  let upright = false;
  let slanted = false;
  const stack: Array<{ nodes: CueNode[]; i: number; voice: string | undefined; italic: boolean }> = [{ nodes: root, i: 0, voice: undefined, italic: false }];
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    if (top.i >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.i++]!;
    if (node.type === 'text') {
      const last = out.at(-1);
      if (last && last.voice === top.voice) last.text += node.value ?? '';
      else out.push({ ...(top.voice ? { voice: top.voice } : {}), text: node.value ?? '' });
      // A name or sound in brackets before italic words (`[Alba] <i>En 1928,</i>`) is no upright speech.
      if (!upright && !top.italic && LETTER.test((node.value ?? '').replace(BRACKETED_RUN, ''))) upright = true;
      if (!slanted && top.italic && LETTER.test(node.value ?? '')) slanted = true;
    } else if (node.type === 'object') {
      // A voice's name is written as cue text is: `<v Tom &amp; Jerry>` is Tom & Jerry.
      const voice = node.name === 'v' && node.value ? decodeHTML(node.value).trim() : top.voice;
      stack.push({ nodes: node.children ?? [], i: 0, voice, italic: top.italic || node.name === 'i' });
    }
  }
  return { segments: out, italic: slanted && !upright };
}

/** Tags beyond which a cue is read as plain text: real cues nest a handful. */
const MAX_TAGS = 64;

export interface ParsedCue {
  start: number;
  end: number;
  segments: CueSegment[];
  /** Every letter of the cue is in italics. */
  italic: boolean;
  warnings: Array<{ line: number; message: string }>;
}

/**
 * WebVTT's character references, with and without their semicolon. The parser's own table has only the
 * forms without one, and a reference written in full (`Q&amp;A`) then came out as `Q&;A`: looked up
 * with its semicolon, it missed, and the semicolon was kept after the character. Other named references
 * (`&eacute;`) are left to `decodeHTML`.
 */
const ENTITIES = Object.fromEntries(
  Object.entries({ amp: '&', lt: '<', gt: '>', lrm: '\u200e', rlm: '\u200f', nbsp: '\u00a0' }).flatMap(([name, c]) => [
    [`&${name}`, c],
    [`&${name};`, c],
  ]),
);

const parser = new WebVTTParser(ENTITIES);

/** Read one cue block: its times and its text as voice segments, entities decoded. */
export function parseCue(block: CueBlock, file: string, unpadded = false): ParsedCue {
  const timing = normaliseTiming(block.timing, unpadded);
  if (!timing) throw new ParseError(file, block.line, `cue timing "${block.timing.trim()}" could not be read`);
  // A line of spaces inside the cue (see cueBlocks) would be an empty line, which ends a cue's text.
  let payload = block.payload
    .filter((p) => p.text.trim() !== '')
    .map((p) => p.text.replace(/\{\\[^}\n]{0,80}\}/g, '').trimEnd())
    .join('\n');
  let tags = 0;
  for (let i = payload.indexOf('<'); i !== -1 && tags <= MAX_TAGS; i = payload.indexOf('<', i + 1)) tags++;
  // A cue nested thousands of tags deep is not styling: read its words, not its tree.
  if (tags > MAX_TAGS) payload = payload.replace(/<[^<>\n]{0,200}>/g, '');
  const parsed = parser.parse(`WEBVTT\n\n${timing}\n${payload}`, 'metadata');
  const cue = parsed.cues[0];
  const warnings: ParsedCue['warnings'] = [];
  for (const e of parsed.errors) {
    // Line 3 of the mini-document is the timing line.
    const line = block.line + Math.max(0, e.line - 3);
    if (!cue) throw new ParseError(file, line, `cue timing "${block.timing.trim()}": ${e.message}`);
    if (!/Start timestamp is not greater|Cue identifier/.test(e.message)) warnings.push({ line, message: e.message });
  }
  if (!cue) throw new ParseError(file, block.line, `cue timing "${block.timing.trim()}" could not be read`);
  const tree = segmentsOf(cue.tree.children);
  const segments = tree.segments.map((s) => ({ ...s, text: decodeHTML(s.text) }));
  // Whole milliseconds, as written: the parser's sum of parts gives 4.4719999999999995 for 00:00:04,472.
  return { start: Math.round(cue.startTime * 1000) / 1000, end: Math.round(cue.endTime * 1000) / 1000, segments, italic: tree.italic, warnings };
}
