/**
 * Source texts in the meta index, cut into chunks (the documents are made in `documents.ts`): a `text` document per source holds where each
 * chunk starts, and `chunk` documents hold the text, so that a page of a 50 MB source fetches the
 * chunks it shows and not the whole text. Chunks never split a character made of two UTF-16 code
 * units (Meilisearch's JSON parser refuses a lone surrogate).
 */
import type { SourceTextRange } from '../engine.ts';
import { clampRange, wholeCharacters } from '../source-text.ts';

/** Code units per chunk (about 64 kB of JSON for Latin text). */
export const TEXT_CHUNK = 1 << 16;

/** The `text` document's record: the text's length and where each of its chunks starts. */
export interface TextInfo {
  slug: string;
  contentStart: number;
  length: number;
  starts: number[];
}

/** Where the chunks of `text` start. */
export function chunkStarts(text: string, size = TEXT_CHUNK): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length || starts.length === 0; ) {
    starts.push(at);
    let end = Math.min(at + size, text.length);
    // Keep a surrogate pair together: end before its second half.
    if (end < text.length && end > at + 1 && wholeCharacters(text, end, end).start !== end) end--;
    at = end;
    if (end >= text.length) break;
  }
  return starts;
}

/** The chunk numbers [first, last] holding [start, end) of a text. */
export function chunksCovering(info: TextInfo, start: number, end: number): { first: number; last: number } {
  const find = (offset: number) => {
    let lo = 0;
    let hi = info.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (info.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { first: find(start), last: find(Math.max(start, end - 1)) };
}

/** [start, end) of a text, from its info and the chunks `first`… in order. */
export function rangeFromChunks(info: TextInfo, first: number, chunks: string[], start: number, end: number): SourceTextRange {
  const joined = chunks.join('');
  const base = info.starts[first] ?? 0;
  const clamped = clampRange(start, end, info.length);
  const range = { start: clamped.start, end: Math.min(clamped.end, base + joined.length) };
  const whole = wholeCharacters(joined, range.start - base, range.end - base);
  return {
    slug: info.slug,
    text: joined.slice(whole.start, whole.end),
    start: base + whole.start,
    end: base + whole.end,
    length: info.length,
    contentStart: info.contentStart,
  };
}
