/**
 * Amazon Transcribe's output: `results.items`, words (`type: "pronunciation"`, `start_time` and
 * `end_time` as strings of seconds) and punctuation, each with its `alternatives[0].content`; the
 * speaker is on the item (`speaker_label: "spk_0"`) or, in older output, in `results.speaker_labels`
 * segments by start time. Read word by word.
 */
import { fields, numbered, timedPiece, type JsonDialect, type Piece } from './piece.ts';

/** Speakers by a word's start time, from the older `speaker_labels.segments[].items`. */
function speakersByStart(results: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const segments = fields(results.speaker_labels)?.segments;
  if (!Array.isArray(segments)) return out;
  for (const segment of segments.map(fields)) {
    if (!segment || !Array.isArray(segment.items)) continue;
    for (const item of segment.items.map(fields)) if (item && typeof item.start_time === 'string') out.set(item.start_time, numbered(item.speaker_label ?? segment.speaker_label));
  }
  return out;
}

export const awsTranscribe: JsonDialect = {
  name: 'Amazon Transcribe',
  is: (data) => {
    const results = fields(fields(data)?.results);
    return results !== null && Array.isArray(results.items) && Array.isArray(results.transcripts);
  },
  read(data, warn) {
    const results = fields(fields(data)!.results)!;
    const byStart = speakersByStart(results);
    const pieces: Piece[] = [];
    let speaker = '';
    (results.items as unknown[]).forEach((entry, i) => {
      const item = fields(entry);
      const content = item && Array.isArray(item.alternatives) ? fields(item.alternatives[0])?.content : undefined;
      if (!item || typeof content !== 'string') return warn(`item ${i + 1} has no content; it was skipped`);
      // Punctuation has no times and no speaker of its own: it is the word before it's.
      if (item.type !== 'punctuation') speaker = numbered(item.speaker_label) || (typeof item.start_time === 'string' ? (byStart.get(item.start_time) ?? '') : '');
      pieces.push(timedPiece(speaker, content, item.start_time, item.end_time));
    });
    return { pieces, words: true, spaced: false };
  },
};
