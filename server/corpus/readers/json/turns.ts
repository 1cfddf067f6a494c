/**
 * Pieces of a JSON transcript as speaker turns: consecutive pieces of one speaker are one turn, whose
 * cues keep each piece's times (word-level pieces are grouped into cues of about a sentence), and a
 * stretch that names no one is read in passages. Each piece is placed at the first string of the file
 * that says what it says, after the last piece placed.
 */
import { removeMarkers } from '../markers.ts';
import { passageEnds } from '../passages.ts';
import type { CueTime, RawTurn, ReadResult } from '../reader.ts';
import type { Pieces } from './piece.ts';
import { StringPlaces } from './places.ts';

/** A cue of word-level pieces ends after a sentence, or after ten seconds. */
const CUE_SECONDS = 10;

/** Add the turns of `pieces` (found in `text` from `from` on) to `out`. */
export function addTurns({ pieces, words, spaced }: Pieces, text: string, from: number, out: ReadResult): void {
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
  const places = new StringPlaces(text, from);
  let cursor = from;
  for (const piece of pieces) {
    const { speaker, text: body, start } = piece;
    const end = piece.end ?? start;
    const found = places.find(piece.find ?? body, cursor);
    const where = found ?? { start: cursor, end: cursor };
    if (found) cursor = found.end;
    const last = piece.findLast === undefined ? null : places.find(piece.findLast, cursor);
    if (last) {
      where.end = last.end;
      cursor = last.end;
    }
    const passageDone = current !== null && speaker === '' && current.speaker === '' && passageEnds(current.turn.text, current.turn.text.length);
    if (!current || current.speaker !== speaker || passageDone) {
      flush();
      if (!body.trim()) continue;
      const turn: RawTurn = { start: where.start, end: where.end, text: '', ...(speaker ? { label: speaker } : {}) };
      if (start !== undefined) turn.time = { start, end: end ?? start };
      current = { turn, speaker, cues: [] };
    }
    const turn: RawTurn = current.turn;
    // Spaces that are pieces of their own are already there; otherwise words and phrases need one.
    const joiner = turn.text === '' || spaced || /\s$/.test(turn.text) || /^\s/.test(body) || /^[,.;:!?…]/.test(body) ? '' : ' ';
    const lastCue = current.cues.at(-1);
    const newCue = start !== undefined && (!lastCue || !words || /[.!?…]["”’)]?\s*$/.test(turn.text) || start - lastCue.start >= CUE_SECONDS);
    if (newCue && body.trim()) current.cues.push({ at: turn.text.length + joiner.length, start: start!, end: end ?? start! });
    else if (lastCue && end !== undefined) lastCue.end = Math.max(lastCue.end, end);
    turn.text += joiner + body;
    turn.end = Math.max(turn.end, where.end);
    if (turn.time && end !== undefined) turn.time.end = Math.max(turn.time.end ?? end, end);
  }
  flush();
}
