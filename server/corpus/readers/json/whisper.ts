/**
 * OpenAI Whisper's JSON (`whisper audio.mp3 --output_format json`) and WhisperX's: `segments` of
 * `start`, `end` and `text` in seconds, and — when WhisperX diarized the audio — a `speaker` on each
 * segment (`SPEAKER_00`). Without speakers the transcript names no one, and is read in passages.
 */
import { firstSegments } from './podcasting.ts';
import { eachPiece, fields, timedPiece, written, type JsonDialect } from './piece.ts';

export const whisper: JsonDialect = {
  name: 'Whisper',
  is: (data) => firstSegments(data).some((s) => typeof s.text === 'string' && ('start' in s || 'end' in s)),
  read(data, warn) {
    const pieces = eachPiece(fields(data)!.segments as unknown[], 'segment', warn, (s) => timedPiece(written(s.speaker), s.text, s.start, s.end));
    return { pieces, words: false, spaced: false };
  },
};
