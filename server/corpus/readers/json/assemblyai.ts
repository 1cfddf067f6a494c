/**
 * AssemblyAI's transcript JSON: `utterances` of `speaker` (`A`, `B`), `text`, and `start`/`end` in
 * milliseconds when speaker labels were asked for; otherwise only `words` (each with its times), read
 * word by word.
 */
import { eachPiece, fields, numbered, shapeOf, timedPiece, type JsonDialect, type Piece } from './piece.ts';

const MS = 1000;

/** Pieces of a list of `{ speaker, text, start, end }` objects in milliseconds. */
function timed(list: unknown[], what: string, warn: (message: string) => void): Piece[] {
  return eachPiece(list, what, warn, (u) => timedPiece(numbered(u.speaker), u.text, u.start, u.end, MS));
}

export const assemblyai: JsonDialect = {
  name: 'AssemblyAI',
  is: (data) => {
    const d = fields(data);
    return d !== null && (Array.isArray(d.utterances) || (Array.isArray(d.words) && typeof d.text === 'string' && ('audio_url' in d || 'acoustic_model' in d)));
  },
  read(data, warn) {
    const d = fields(data)!;
    if (Array.isArray(d.utterances) && d.utterances.length > 0) return { pieces: timed(d.utterances, 'utterance', warn), words: false, spaced: false };
    const pieces = timed(Array.isArray(d.words) ? d.words : [], 'word', warn);
    return { pieces, ...shapeOf(pieces) };
  },
};
