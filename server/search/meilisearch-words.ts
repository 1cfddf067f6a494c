/**
 * How words reach Meilisearch, so that it matches them as the embedded engine does.
 *
 * Meilisearch also matches a word split in two (`along` finds "a long", `iran` finds "I ran",
 * `well` finds "we'll") and two words joined (`a way` finds "away", `to get` finds "together"),
 * with no setting to turn either off. Readers look for the words they typed: both engines match
 * words whole, with typos, never split or joined. So every word is written for Meilisearch — in the
 * documents and in queries alike — with two marker letters after its first letter (`spell`):
 * `camera` → `cǂǂamera`. A half of a word is then never a word of the index, and two words joined
 * are two letters away from any indexed word (more than a joined pair's typo budget), while exact,
 * prefix and typo matching are unchanged: the markers sit where both sides have them, the first
 * letter stays first (a typo on it still counts as two), and the typo thresholds are raised by the
 * two letters the markers add (`meilisearch-settings.ts`).
 *
 * Searching happens on these spelled copies (with no punctuation: positions count words, as in the
 * embedded engine); highlights are made here, from the positions Meilisearch reports, on the text.
 */
import { CROP_MARKER, markRanges, markedToHtml } from './highlight.ts';
import { tokenize } from './tokenize.ts';

const MARKERS = 'ǂǂ';
/** Letters the markers add to every word: Meilisearch's typo thresholds are raised by as many. */
export const MARKER_LETTERS = MARKERS.length;

/** A normalised word as Meilisearch indexes and queries it. */
export function spell(term: string): string {
  const first = String.fromCodePoint(term.codePointAt(0)!);
  return first + MARKERS + term.slice(first.length);
}

/** A field as Meilisearch searches it: its words, spelled, one space apart. */
export function spelledWords(value: string): string {
  return tokenize(value)
    .map((t) => spell(t.term))
    .join(' ');
}

/** A match Meilisearch reports (`_matchesPosition`): UTF-8 byte offsets into the spelled field. */
export interface MeiliMatch {
  start: number;
  length: number;
}

const ASCII = /^[\x00-\x7f]*$/;
const utf8Length = (s: string) => (ASCII.test(s) ? s.length : Buffer.byteLength(s, 'utf8'));
/** Bytes the markers add to a word (two letters of two bytes each in UTF-8). */
const MARKER_BYTES = utf8Length(MARKERS);

/**
 * The highlight of `text` (HTML-safe, `<mark>` around matched words), from the matches Meilisearch
 * reports in its spelled copy, cropped as the embedded engine crops: when the text has more than
 * `cropLength` words, the window of `cropLength` words holding the most distinct matched words (the
 * earliest on ties), with `CROP_MARKER` on each side cut. A prefix match marks the typed prefix only.
 */
export function highlightFromMatches(text: string, matches: readonly MeiliMatch[], cropLength: number): string {
  const tokens = tokenize(text);
  const n = tokens.length;
  // Byte offset and length of each spelled word in the field (words one space apart), worked out
  // without spelling them: the markers add the same bytes to every word.
  const starts = new Array<number>(n);
  const lengths = new Array<number>(n);
  for (let i = 0, at = 0; i < n; i++) {
    starts[i] = at;
    lengths[i] = utf8Length(tokens[i]!.term) + MARKER_BYTES;
    at += lengths[i]! + 1;
  }
  const wordAt = (byte: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= byte) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Per word: characters of the original word to mark (0: none; the whole word otherwise unless a prefix). */
  const marked = new Array<number>(n).fill(0);
  for (const m of matches) {
    if (n === 0 || m.length <= 0) continue;
    const first = wordAt(m.start);
    const last = wordAt(m.start + m.length - 1);
    for (let k = first; k <= last; k++) {
      const token = tokens[k]!;
      const whole = token.end - token.start;
      const endByte = m.start + m.length - starts[k]!;
      if (k < last || endByte >= lengths[k]!) {
        marked[k] = whole;
        continue;
      }
      // A prefix: its characters in the spelled word, less the markers (when characters map one to one).
      const prefix = Buffer.from(spell(token.term), 'utf8').subarray(0, endByte).toString('utf8');
      const chars = [...prefix].length - MARKER_LETTERS;
      marked[k] = Math.max(marked[k]!, whole === token.term.length && chars > 0 ? Math.min(whole, chars) : whole);
    }
  }

  let from = 0;
  let to = n;
  if (n > cropLength) {
    to = cropLength;
    const seen = new Map<string, number>();
    const add = (i: number, delta: number) => {
      if (marked[i] === 0) return;
      const term = tokens[i]!.term;
      const count = (seen.get(term) ?? 0) + delta;
      if (count === 0) seen.delete(term);
      else seen.set(term, count);
    };
    for (let i = 0; i < cropLength; i++) add(i, 1);
    let best = seen.size;
    for (let s = 1; s + cropLength <= n; s++) {
      add(s - 1, -1);
      add(s + cropLength - 1, 1);
      if (seen.size > best) {
        best = seen.size;
        from = s;
        to = s + cropLength;
      }
    }
  }
  const cutStart = from > 0;
  const cutEnd = to < n;
  const a = cutStart ? tokens[from]!.start : 0;
  const b = cutEnd ? tokens[to - 1]!.end : text.length;
  const ranges: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (marked[i] === 0) continue;
    ranges.push([tokens[i]!.start - a, tokens[i]!.start + marked[i]! - a]);
  }
  return (cutStart ? CROP_MARKER : '') + markedToHtml(markRanges(text.slice(a, b), ranges)) + (cutEnd ? CROP_MARKER : '');
}
