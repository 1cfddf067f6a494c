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
 * two letters the markers add (`settings.ts`).
 *
 * Searching happens on these spelled copies (with no punctuation: positions count words, as in the
 * embedded engine); highlights are marked here, from the positions Meilisearch reports, on the text.
 */
import { CROP_MARKER, markRanges } from '../highlight.ts';
import { normalizeTerm, tokenize, wordSpans } from '../tokenize.ts';

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

/** Bytes the markers add to a word (two letters of two bytes each in UTF-8). */
const MARKER_BYTES = Buffer.byteLength(MARKERS, 'utf8');

/**
 * `text` with markers around the words Meilisearch reports matched in its spelled copy (each matched
 * word whole, a prefix or typo match too, as the embedded engine marks them), cropped as the embedded
 * engine crops: when the text has more than `cropLength` words, the window of `cropLength` words
 * holding the most distinct matched words (the earliest on ties), with `CROP_MARKER` on each side
 * cut. `markedToHtml` turns it into the highlight; `corrections` reads the typo matches from it.
 */
export function markFromMatches(text: string, matches: readonly MeiliMatch[], cropLength: number): string {
  const words = wordSpans(text);
  const n = words.count;
  // Byte offset of each spelled word in the field (words one space apart), worked out without
  // spelling them: the markers add the same bytes to every word.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < n; i++) {
    starts.push(at);
    at += words.bytes[i]! + MARKER_BYTES + 1;
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
  const marked = new Array<boolean>(n).fill(false);
  for (const m of matches) {
    if (n === 0 || m.length <= 0) continue;
    for (let k = wordAt(m.start), last = wordAt(m.start + m.length - 1); k <= last; k++) marked[k] = true;
  }

  let from = 0;
  let to = n;
  if (n > cropLength) {
    to = cropLength;
    const seen = new Map<string, number>();
    const add = (i: number, delta: number) => {
      if (!marked[i]) return;
      // Only matched words are compared, so only they are normalised.
      const term = normalizeTerm(text.slice(words.start[i], words.end[i]));
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
  const a = cutStart ? words.start[from]! : 0;
  const b = cutEnd ? words.end[to - 1]! : text.length;
  const ranges: Array<[number, number]> = [];
  for (let i = from; i < to; i++) if (marked[i]) ranges.push([words.start[i]! - a, words.end[i]! - a]);
  return (cutStart ? CROP_MARKER : '') + markRanges(text.slice(a, b), ranges) + (cutEnd ? CROP_MARKER : '');
}
