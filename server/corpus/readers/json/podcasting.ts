/**
 * Podcasting 2.0 JSON (`podcast:transcript type="application/json"`): `segments` of `speaker`,
 * `startTime`, `endTime` and `body` — phrases, or single words with their spaces and punctuation as
 * segments of their own.
 */
import { fields, seconds, shapeOf, type JsonDialect, type Piece } from './piece.ts';

/** The first few segments that are objects: enough to tell a dialect by its field names. */
export function firstSegments(data: unknown): Array<Record<string, unknown>> {
  const segments = fields(data)?.segments;
  if (!Array.isArray(segments)) return [];
  return segments.slice(0, 20).map(fields).filter((s): s is Record<string, unknown> => s !== null);
}

export const podcasting: JsonDialect = {
  name: 'Podcasting 2.0',
  // Segments with a `body` (or none yet: an empty transcript of this, the podcast standard).
  is: (data) => Array.isArray(fields(data)?.segments) && (firstSegments(data).length === 0 || firstSegments(data).some((s) => 'body' in s)),
  read(data, warn) {
    const pieces: Piece[] = [];
    (fields(data)!.segments as unknown[]).forEach((segment, i) => {
      const s = fields(segment);
      if (!s) return warn(`segment ${i + 1} is not an object; it was skipped`);
      const start = seconds(s.startTime);
      pieces.push({ speaker: typeof s.speaker === 'string' ? s.speaker.trim() : '', text: typeof s.body === 'string' ? s.body : '', ...(start !== undefined ? { start, end: seconds(s.endTime) ?? start } : {}) });
    });
    return { pieces, ...shapeOf(pieces) };
  },
};
