/**
 * Ranges of a source's text, the same way for every engine: [start, end) clamped to the text, never
 * splitting a surrogate pair (a range that would is widened by the one code unit).
 */
import type { SourceText, SourceTextRange } from './engine.ts';

/** The clamped bounds of [start, end) within a text of `length` code units. */
export function clampRange(start: number, end: number, length: number): { start: number; end: number } {
  const from = Math.min(Math.max(0, Math.floor(Number.isFinite(start) ? start : 0)), length);
  const to = Math.min(Math.max(from, Math.floor(Number.isFinite(end) ? end : length)), length);
  return { start: from, end: to };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Widen [start, end) so that it does not cut a character made of two code units in half. */
export function wholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const from = start > 0 && isLowSurrogate(text.charCodeAt(start)) ? start - 1 : start;
  const to = end < text.length && isLowSurrogate(text.charCodeAt(end)) ? end + 1 : end;
  return { start: from, end: to };
}

/** Part of a whole source text. */
export function sliceSourceText(source: SourceText, start: number, end: number): SourceTextRange {
  const clamped = clampRange(start, end, source.text.length);
  const range = wholeCharacters(source.text, clamped.start, clamped.end);
  return { slug: source.slug, text: source.text.slice(range.start, range.end), start: range.start, end: range.end, length: source.text.length, contentStart: source.contentStart };
}
