/**
 * Podcasting 2.0 JSON (`podcast:transcript type="application/json"`): `segments` of `speaker`,
 * `startTime`, `endTime` and `body` — phrases, or single words with their spaces and punctuation as
 * segments of their own.
 */
import { eachPiece, fields, shapeOf, timedPiece, written, type JsonDialect } from './piece.ts';

/** The first few segments that are objects: enough to tell a dialect by its field names. */
export function firstSegments(data: unknown): Array<Record<string, unknown>> {
  const segments = fields(data)?.segments;
  if (!Array.isArray(segments)) return [];
  return segments.slice(0, 20).map(fields).filter((s): s is Record<string, unknown> => s !== null);
}

export const podcasting: JsonDialect = {
  name: 'Podcasting 2.0',
  // Segments with a `body` (or none yet: an empty transcript of this, the podcast standard).
  is: (data) => {
    if (!Array.isArray(fields(data)?.segments)) return false;
    const first = firstSegments(data);
    return first.length === 0 || first.some((s) => 'body' in s);
  },
  read(data, warn) {
    const pieces = eachPiece(fields(data)!.segments as unknown[], 'segment', warn, (s) => timedPiece(written(s.speaker), s.body, s.startTime, s.endTime));
    return { pieces, ...shapeOf(pieces) };
  },
};
