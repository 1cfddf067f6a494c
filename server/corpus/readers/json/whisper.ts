/**
 * OpenAI Whisper's JSON (`whisper audio.mp3 --output_format json`) and WhisperX's: `segments` of
 * `start`, `end` and `text` in seconds, and — when WhisperX diarized the audio — a `speaker` on each
 * segment (`SPEAKER_00`). Without speakers the transcript names no one, and is read in passages.
 */
import { firstSegments } from './podcasting.ts';
import { fields, seconds, type JsonDialect, type Piece } from './piece.ts';

export const whisper: JsonDialect = {
  name: 'Whisper',
  is: (data) => firstSegments(data).some((s) => typeof s.text === 'string' && ('start' in s || 'end' in s)),
  read(data, warn) {
    const pieces: Piece[] = [];
    (fields(data)!.segments as unknown[]).forEach((segment, i) => {
      const s = fields(segment);
      if (!s) return warn(`segment ${i + 1} is not an object; it was skipped`);
      const start = seconds(s.start);
      pieces.push({ speaker: typeof s.speaker === 'string' ? s.speaker.trim() : '', text: typeof s.text === 'string' ? s.text : '', ...(start !== undefined ? { start, end: seconds(s.end) ?? start } : {}) });
    });
    return { pieces, words: false, spaced: false };
  },
};
