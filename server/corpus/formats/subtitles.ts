/**
 * SRT and WebVTT subtitles. Each cue is read by the W3C WebVTT parser (`webvtt-parser`), which
 * validates its timing and parses its text (voice spans `<v Speaker>`, styling tags, entities); SRT
 * cues are read the same way once their timing line uses WebVTT's decimal point. Every line keeps its
 * cue's start and end time. A cue whose timing cannot be read stops the file with an error naming
 * its line, rather than silently losing it.
 */
import webvtt from 'webvtt-parser';
import type { CueNode } from 'webvtt-parser';
import { ParseError } from '../errors.ts';
import { lines, type Span } from '../text.ts';
import { matchLabel } from './labels.ts';
import { removeMarkers } from './markers.ts';
import type { ParsedTurns, RawTurn } from './types.ts';

const { WebVTTParser } = webvtt;

interface Block {
  timing: Span;
  /** 1-based line of the timing line. */
  line: number;
  payload: Span[];
}

/** Blocks of lines separated by blank lines that contain a timing line ("-->"). */
function cueBlocks(text: string, from: number, to: number): { blocks: Block[]; stray: number[] } {
  const all = lines(text, from, to);
  const firstLine = text.slice(0, from).split('\n').length;
  const blocks: Block[] = [];
  const stray: number[] = [];
  let i = 0;
  while (i < all.length) {
    if (all[i]!.text.trim() === '') {
      i++;
      continue;
    }
    const group: number[] = [];
    while (i < all.length && all[i]!.text.trim() !== '') group.push(i++);
    const t = group.findIndex((g) => all[g]!.text.includes('-->'));
    const head = all[group[0]!]!.text;
    if (t === -1) {
      if (!/^(WEBVTT|NOTE|STYLE|REGION)\b/.test(head)) stray.push(firstLine + group[0]!);
      continue;
    }
    const timingIndex = group[t]!;
    blocks.push({ timing: all[timingIndex]!, line: firstLine + timingIndex, payload: group.slice(t + 1).map((g) => all[g]!) });
  }
  return { blocks, stray };
}

/** Text of a cue tree as speaker segments: a `<v>` span starts a segment with its voice. */
function segmentsOf(nodes: CueNode[], voice: string | undefined, out: Array<{ voice?: string; text: string }>): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = out.at(-1);
      if (last && last.voice === voice) last.text += node.value ?? '';
      else out.push({ ...(voice ? { voice } : {}), text: node.value ?? '' });
    } else if (node.type === 'object') {
      const v = node.name === 'v' && node.value ? node.value.trim() : voice;
      segmentsOf(node.children ?? [], v, out);
    }
  }
}

/** Split a segment on dialogue dashes ("- Hi.\n- Hello.") and ">>" speaker changes. */
function splitSpeakers(text: string): Array<{ text: string; changed: boolean }> {
  const parts: Array<{ text: string; changed: boolean }> = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(?:>>+|[-–—](?=\s))\s*/.exec(line);
    if (m || parts.length === 0) parts.push({ text: line.slice(m ? m[0].length : 0), changed: m !== null });
    else parts.at(-1)!.text += `\n${line}`;
  }
  return parts;
}

const ENDS_SENTENCE = /[.!?…"”’)\]]\s*$/;

/** Turns of an SRT or WebVTT file within `text[from, to)`. */
export function parseSubtitles(text: string, from: number, to: number, format: 'srt' | 'vtt', file: string): ParsedTurns {
  const warnings: ParsedTurns['warnings'] = [];
  if (format === 'vtt' && !/^\uFEFF?WEBVTT(?:[ \t].*)?$/m.test(text.slice(from, text.indexOf('\n', from) === -1 ? to : text.indexOf('\n', from)))) {
    throw new ParseError(file, text.slice(0, from).split('\n').length, 'a WebVTT file must start with the line "WEBVTT"');
  }
  const { blocks, stray } = cueBlocks(text, from, to);
  for (const line of stray) warnings.push({ line, message: 'text outside any cue was ignored' });
  const parser = new WebVTTParser();
  const turns: RawTurn[] = [];
  let previous: RawTurn | null = null;

  for (const block of blocks) {
    const timing = format === 'srt' ? block.timing.text.replace(/(\d),(\d)/g, '$1.$2') : block.timing.text;
    const payload = block.payload.map((p) => p.text.replace(/\{\\[^}]*\}/g, '')).join('\n');
    const result = parser.parse(`WEBVTT\n\n${timing}\n${payload}`, 'metadata');
    const cue = result.cues[0];
    for (const e of result.errors) {
      // Line 3 of the mini-document is the timing line.
      const line = block.line + Math.max(0, e.line - 3);
      if (!cue) throw new ParseError(file, line, `cue timing "${block.timing.text.trim()}": ${e.message}`);
      if (!/Start timestamp is not greater/.test(e.message)) warnings.push({ line, message: e.message });
    }
    if (!cue) throw new ParseError(file, block.line, `cue timing "${block.timing.text.trim()}" could not be read`);
    if (block.payload.length === 0) continue;

    const segments: Array<{ voice?: string; text: string }> = [];
    segmentsOf(cue.tree.children, undefined, segments);
    const span = { start: block.payload[0]!.start, end: block.payload.at(-1)!.end };
    let cursor = span.start;
    for (const segment of segments) {
      for (const part of splitSpeakers(segment.text)) {
        let speech = part.text;
        let label = segment.voice;
        if (!label) {
          const m = matchLabel(speech.split('\n')[0]!, undefined);
          if (m && m.style === 'inline' && (m.caps || m.label.split(/\s+/).length >= 2)) {
            label = m.label;
            speech = speech.slice(m.textStart);
          }
        }
        const clean = removeMarkers(speech);
        if (!/[\p{L}\p{N}]/u.test(clean)) continue;
        const where = locate(text, { start: cursor, end: span.end }, clean);
        cursor = where.end;
        const turn: RawTurn = { ...where, text: clean, time: { start: cue.startTime, end: cue.endTime } };
        if (label) turn.label = label;
        else if (part.changed) turn.anonymous = true;
        else if (previous && !ENDS_SENTENCE.test(previous.text) && /^[\p{Ll}]/u.test(clean)) turn.continues = true;
        turns.push(turn);
        previous = turn;
      }
    }
  }
  return { turns, warnings };
}

/** Offsets of a segment inside its cue: from its first word to its last, matched in order; else the whole cue. */
function locate(text: string, span: { start: number; end: number }, segment: string): { start: number; end: number } {
  const raw = text.slice(span.start, span.end);
  let at = 0;
  let first = -1;
  let end = -1;
  for (const word of segment.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const found = raw.indexOf(word, at);
    if (found === -1) return span;
    if (first === -1) first = found;
    at = end = found + word.length;
  }
  if (first === -1) return span;
  while (end < raw.length && /[.!?…,;:"”’')\]]/.test(raw[end]!)) end++;
  return { start: span.start + first, end: span.start + end };
}
