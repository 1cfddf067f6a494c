/**
 * Speechmatics' JSON (`"format": "2.9"` and its kin): `results`, each a word, a punctuation mark or
 * an entity (`type`; an entity stands in place of the words it was spoken as, `"first"` written for
 * `first`), with `alternatives[0].content` and `.speaker` — `S1`, `S2` with diarization, `UU` where it
 * tells no one — and `start_time`/`end_time` in seconds. Read word by word.
 */
import { fields, timedPiece, type JsonDialect, type Piece } from './piece.ts';

const KINDS = new Set(['word', 'punctuation', 'entity']);

/** `S1` as transcripts label it (`Speaker 1`); `UU`, or nothing, names no one. */
function speakerOf(v: unknown): string {
  if (typeof v !== 'string') return '';
  const m = /^S(\d{1,3})$/.exec(v.trim());
  return m ? `Speaker ${m[1]}` : v.trim() === 'UU' ? '' : v.trim();
}

export const speechmatics: JsonDialect = {
  name: 'Speechmatics',
  is: (data) => {
    const results = fields(data)?.results;
    if (!Array.isArray(results) || results.length === 0) return false;
    // The first result with words (a speaker change may come before it).
    const first = fields(results.slice(0, 5).find((r) => fields(r)?.type !== 'speaker_change'));
    return first !== null && typeof first.type === 'string' && KINDS.has(first.type) && Array.isArray(first.alternatives);
  },
  read(data, warn) {
    const pieces: Piece[] = [];
    let speaker = '';
    (fields(data)!.results as unknown[]).forEach((entry, i) => {
      const item = fields(entry);
      // Speaker change detection's marks (`"type": "speaker_change"`) carry no words, and no name.
      if (item?.type === 'speaker_change') return;
      const best = item && Array.isArray(item.alternatives) ? fields(item.alternatives[0]) : null;
      if (!item || !best || typeof best.content !== 'string' || !KINDS.has(String(item.type))) return warn(`result ${i + 1} has no word; it was skipped`);
      // A punctuation mark is the speaker's of the word it attaches to.
      if (item.type !== 'punctuation') speaker = speakerOf(best.speaker);
      pieces.push(timedPiece(speaker, best.content, item.start_time, item.end_time));
    });
    return { pieces, words: true, spaced: false };
  },
};
