/**
 * Podcasting 2.0 JSON transcripts (`podcast:transcript type="application/json"`): `segments` of
 * `speaker`, `startTime`, `endTime` and `body`. Consecutive segments of one speaker are one turn;
 * word-level segments (one word each, or words with their spaces and punctuation as segments of their
 * own) are joined as the words read, and grouped into timed cues of about a sentence.
 */
import { ParseError } from '../errors.ts';
import { removeMarkers } from './markers.ts';
import { result, type CueTime, type Reader, type RawTurn, type ReadResult } from './reader.ts';

interface Segment {
  speaker?: unknown;
  startTime?: unknown;
  endTime?: unknown;
  body?: unknown;
}

function seconds(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Segments are words when most hold a single word: they are then joined as words are. */
function wordLevel(segments: Segment[]): { words: boolean; spaced: boolean } {
  let single = 0;
  let spaces = 0;
  for (const s of segments) {
    const body = typeof s.body === 'string' ? s.body : '';
    if (!/\s/.test(body.trim())) single++;
    if (body !== '' && body.trim() === '') spaces++;
  }
  return { words: single >= segments.length * 0.8, spaced: spaces >= segments.length * 0.1 };
}

/** A cue ends after a sentence, or after ten seconds. */
const CUE_SECONDS = 10;

export const podcastJson: Reader = {
  name: 'podcast-json',
  sniff({ text, from, ext }) {
    const head = text.slice(from, from + 2000);
    if (!/^\s*[{[]/.test(head)) return 0;
    return /"segments"\s*:/.test(head) ? 0.99 : ext === '.json' ? 0.3 : 0;
  },
  read({ text, from, file }): ReadResult {
    let data: unknown;
    try {
      data = JSON.parse(text.slice(from));
    } catch (error) {
      throw new ParseError(file, undefined, `invalid JSON: ${(error as Error).message}`);
    }
    const segments = (data as { segments?: unknown })?.segments;
    if (!Array.isArray(segments)) throw new ParseError(file, undefined, 'a JSON transcript needs a "segments" list (Podcasting 2.0 format)');
    const out = result('transcript', 'podcast');
    const { words, spaced } = wordLevel(segments as Segment[]);
    let current: { turn: RawTurn; speaker: string; cues: CueTime[] } | null = null;
    const flush = () => {
      if (!current) return;
      current.turn.text = removeMarkers(current.turn.text);
      if (/[\p{L}\p{N}]/u.test(current.turn.text)) {
        if (current.cues.length > 1) current.turn.cues = current.cues.filter((c) => c.at < current!.turn.text.length);
        out.turns.push(current.turn);
      }
      current = null;
    };
    let cursor = from;
    (segments as Segment[]).forEach((segment, i) => {
      if (typeof segment !== 'object' || segment === null) {
        out.warnings.push({ line: 1, message: `segment ${i + 1} is not an object; it was skipped` });
        return;
      }
      const body = typeof segment.body === 'string' ? segment.body : '';
      const speaker = typeof segment.speaker === 'string' ? segment.speaker.trim() : '';
      const start = seconds(segment.startTime);
      const end = seconds(segment.endTime) ?? start;
      // Where the body sits in the file, found in order (JSON escapes it as JSON.stringify does).
      const at = text.indexOf(JSON.stringify(body), cursor);
      const where = at === -1 ? { start: cursor, end: cursor } : { start: at + 1, end: at + JSON.stringify(body).length - 1 };
      if (at !== -1) cursor = where.end;
      if (!current || current.speaker !== speaker) {
        flush();
        if (!body.trim()) return;
        const turn: RawTurn = { start: where.start, end: where.end, text: '', ...(speaker ? { label: speaker } : {}) };
        if (start !== undefined) turn.time = { start, end: end ?? start };
        current = { turn, speaker, cues: [] };
      }
      const turn: RawTurn = current.turn;
      // Spaces that are segments of their own are already there; otherwise words and phrases need one.
      const joiner = turn.text === '' || spaced || /\s$/.test(turn.text) || /^\s/.test(body) || /^[,.;:!?…]/.test(body) ? '' : ' ';
      const last = current.cues.at(-1);
      const newCue = start !== undefined && (!last || !words || /[.!?…]["”’)]?\s*$/.test(turn.text) || start - last.start >= CUE_SECONDS);
      if (newCue && body.trim()) current.cues.push({ at: turn.text.length + joiner.length, start: start!, end: end ?? start! });
      else if (last && end !== undefined) last.end = Math.max(last.end, end);
      turn.text += joiner + body;
      turn.end = Math.max(turn.end, where.end);
      if (turn.time && end !== undefined) turn.time.end = Math.max(turn.time.end ?? end, end);
    });
    flush();
    return out;
  },
};
