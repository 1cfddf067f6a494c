/**
 * Rev.ai's transcript JSON: `monologues`, each one speaker's (`speaker` numbered, `speaker_name` when
 * named) `elements` — words (`type: "text"`, with `ts` and `end_ts` in seconds) and punctuation and
 * spaces (`type: "punct"`) — read a monologue at a time.
 */
import { fields, numbered, seconds, type JsonDialect, type Piece } from './piece.ts';

export const revai: JsonDialect = {
  name: 'Rev.ai',
  is: (data) => Array.isArray(fields(data)?.monologues),
  read(data, warn) {
    const pieces: Piece[] = [];
    (fields(data)!.monologues as unknown[]).forEach((item, i) => {
      const m = fields(item);
      if (!m || !Array.isArray(m.elements)) return warn(`monologue ${i + 1} has no elements; it was skipped`);
      const elements = m.elements.map(fields).filter((e): e is Record<string, unknown> => e !== null && typeof e.value === 'string');
      const timed = elements.filter((e) => e.type === 'text' && seconds(e.ts) !== undefined);
      const name = typeof m.speaker_name === 'string' && m.speaker_name.trim() !== '' ? m.speaker_name.trim() : numbered(m.speaker);
      const start = seconds(timed[0]?.ts);
      const first = elements.find((e) => e.type === 'text');
      const last = elements.findLast((e) => e.type === 'text');
      pieces.push({
        speaker: name,
        text: elements.map((e) => e.value as string).join(''),
        ...(start !== undefined ? { start, end: seconds(timed.at(-1)?.end_ts) ?? start } : {}),
        ...(first ? { find: first.value as string } : {}),
        ...(last && last !== first ? { findLast: last.value as string } : {}),
      });
    });
    return { pieces, words: false, spaced: true };
  },
};
