/**
 * Deepgram's pre-recorded response: `results.utterances` (`speaker` numbered, `transcript`, `start`
 * and `end` in seconds) when utterances were asked for; else the first channel's paragraphs (each with
 * its speaker and sentences), else its words (`punctuated_word` where smart formatting gave one).
 */
import { fields, numbered, seconds, shapeOf, type JsonDialect, type Piece } from './piece.ts';

/** The first alternative of the first channel: where Deepgram puts the transcript itself. */
function firstAlternative(results: Record<string, unknown>): Record<string, unknown> | null {
  const channel = Array.isArray(results.channels) ? fields(results.channels[0]) : null;
  return channel && Array.isArray(channel.alternatives) ? fields(channel.alternatives[0]) : null;
}

function piece(speaker: unknown, text: unknown, start: unknown, end: unknown): Piece {
  const s = seconds(start);
  return { speaker: numbered(speaker), text: typeof text === 'string' ? text : '', ...(s !== undefined ? { start: s, end: seconds(end) ?? s } : {}) };
}

export const deepgram: JsonDialect = {
  name: 'Deepgram',
  is: (data) => {
    const results = fields(fields(data)?.results);
    return results !== null && (Array.isArray(results.utterances) || Array.isArray(results.channels));
  },
  read(data, warn) {
    const results = fields(fields(data)!.results)!;
    if (Array.isArray(results.utterances) && results.utterances.length > 0) {
      const pieces: Piece[] = [];
      results.utterances.forEach((item, i) => {
        const u = fields(item);
        if (!u) return warn(`utterance ${i + 1} is not an object; it was skipped`);
        pieces.push(piece(u.speaker, u.transcript, u.start, u.end));
      });
      return { pieces, words: false, spaced: false };
    }
    const alternative = firstAlternative(results);
    const paragraphs = fields(alternative?.paragraphs)?.paragraphs;
    if (Array.isArray(paragraphs) && paragraphs.length > 0) {
      const pieces: Piece[] = [];
      for (const p of paragraphs.map(fields)) {
        if (!p || !Array.isArray(p.sentences)) continue;
        for (const s of p.sentences.map(fields)) if (s) pieces.push(piece(p.speaker, s.text, s.start, s.end));
      }
      return { pieces, words: false, spaced: false };
    }
    const words = Array.isArray(alternative?.words) ? alternative.words : [];
    const pieces = words.map(fields).flatMap((w) => (w ? [piece(w.speaker, w.punctuated_word ?? w.word, w.start, w.end)] : []));
    if (pieces.length === 0 && typeof alternative?.transcript === 'string') pieces.push({ speaker: '', text: alternative.transcript });
    return { pieces, ...shapeOf(pieces) };
  },
};
