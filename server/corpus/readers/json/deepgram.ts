/**
 * Deepgram's pre-recorded response: `results.utterances` (`speaker` numbered, `transcript`, `start`
 * and `end` in seconds) when utterances were asked for; else the first channel's paragraphs (each with
 * its speaker and sentences), else its words (`punctuated_word` where smart formatting gave one).
 */
import { eachPiece, fields, numbered, shapeOf, timedPiece, type JsonDialect, type Piece } from './piece.ts';

/** The first alternative of the first channel: where Deepgram puts the transcript itself. */
function firstAlternative(results: Record<string, unknown>): Record<string, unknown> | null {
  const channel = Array.isArray(results.channels) ? fields(results.channels[0]) : null;
  return channel && Array.isArray(channel.alternatives) ? fields(channel.alternatives[0]) : null;
}

/** A piece of a numbered speaker's, times in seconds. */
function piece(speaker: unknown, text: unknown, start: unknown, end: unknown): Piece {
  return timedPiece(numbered(speaker), text, start, end);
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
      return { pieces: eachPiece(results.utterances, 'utterance', warn, (u) => piece(u.speaker, u.transcript, u.start, u.end)), words: false, spaced: false };
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
