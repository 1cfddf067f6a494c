/**
 * The `highlight` of a hit: its text cropped around the best match, matched words marked, HTML-safe.
 *
 * Cropping follows the contract shared with Meilisearch's crop: when the text has more than
 * `cropLength` words, keep the window of `cropLength` consecutive words holding the most distinct
 * matched query parts (the earliest such window on ties; the start when nothing matched), and put
 * `CROP_MARKER` on each side that was cut. Every matched word is marked whole (a prefix match too),
 * so that readers see which word was found; the typo matches among them are listed as corrections.
 */
import { corrections, type Correction } from '../corrections.ts';
import { CROP_MARKER, markRanges, markedToHtml } from '../highlight.ts';
import { tokenize } from '../tokenize.ts';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Start and end offsets of the first `limit` words of `text`, as `tokenize` finds them. ASCII text
 * (most of it) is scanned by hand, which allocates nothing per word; anything else goes through the
 * shared tokenizer so that word boundaries can never disagree with the index.
 */
function wordOffsets(text: string, limit: number): { starts: Int32Array; ends: Int32Array } {
  const starts = wordBuffer(0, limit);
  const ends = wordBuffer(1, limit);
  if (NON_ASCII.test(text)) {
    const words = tokenize(text);
    for (let i = 0; i < limit && i < words.length; i++) {
      starts[i] = words[i]!.start;
      ends[i] = words[i]!.end;
    }
    return { starts, ends };
  }
  let n = 0;
  let i = 0;
  const len = text.length;
  while (n < limit && i < len) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    starts[n] = i;
    do c = text.charCodeAt(++i);
    while (i < len && isWordChar(c));
    ends[n++] = i;
  }
  return { starts, ends };
}

// Per-word working arrays, shared by all snippets (one is made at a time) and grown as needed.
const wordBuffers: Int32Array[] = [];
function wordBuffer(which: number, length: number): Int32Array {
  let buffer = wordBuffers[which];
  if (!buffer || buffer.length < length) wordBuffers[which] = buffer = new Int32Array(Math.max(length, 2 * (buffer?.length ?? 64)));
  buffer.fill(0, 0, length);
  return buffer;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
import type { EmbeddedIndex } from './layout.ts';
import type { PreparedPart } from './match.ts';

export const DEFAULT_CROP_LENGTH = 30;

/** A hit's highlight (HTML-safe) and the typo matches it shows. */
export interface Snippet {
  highlight: string;
  corrected: Correction[];
}

/** Per-query lookup of which terms are matches, set up once for all hits of a page. */
export interface Marker {
  snippet(d: number, cropLength: number): Snippet;
  /** Clear the scratch arrays; call once the page is done. */
  release(): void;
}

export function createMarker(index: EmbeddedIndex, parts: PreparedPart[]): Marker {
  const { termParts } = index.scratch;
  const touched: number[] = [];
  const queryParts = parts.map((part) => part.part);
  parts.forEach((part, p) => {
    for (const dv of part.derivations) {
      const t = dv.term;
      if (termParts[t] === 0) touched.push(t);
      termParts[t]! |= 1 << p;
    }
  });
  const phrases = parts.map((part, p) => ({ phrase: part.phrase, p })).filter((x) => x.phrase && x.phrase.length > 0);

  const snippet = (d: number, cropLength: number): Snippet => {
    const text = index.docs[d]!.text;
    const base = index.tokenStart[d]!;
    const count = index.textEnd[d]! - base;
    // Per word: mask of the parts it matches.
    const masks = wordBuffer(2, count);
    for (let i = 0; i < count; i++) masks[i] = termParts[index.tokens[base + i]!]!;
    for (const { phrase, p } of phrases) {
      const seq = phrase!;
      for (let i = 0; i + seq.length <= count; i++) {
        let k = 0;
        while (k < seq.length && index.tokens[base + i + k] === seq[k]) k++;
        if (k < seq.length) continue;
        for (k = 0; k < seq.length; k++) masks[i + k]! |= 1 << p;
      }
    }

    let from = 0;
    let to = count;
    if (count > cropLength) {
      to = cropLength;
      const perPart = new Int32Array(16);
      let distinct = 0;
      const add = (i: number, delta: number) => {
        for (let m = masks[i]!, p = 0; m !== 0; m >>= 1, p++) {
          if ((m & 1) === 0) continue;
          const before = perPart[p]!;
          perPart[p] = before + delta;
          if (before === 0 && delta > 0) distinct++;
          else if (before === 1 && delta < 0) distinct--;
        }
      };
      for (let i = 0; i < cropLength; i++) add(i, 1);
      let best = distinct;
      for (let s = 1; s + cropLength <= count; s++) {
        add(s - 1, -1);
        add(s + cropLength - 1, 1);
        if (distinct > best) {
          best = distinct;
          from = s;
          to = s + cropLength;
        }
      }
    }
    const cutStart = from > 0;
    const cutEnd = to < count;
    // Character offsets, only as far as the window reaches.
    const { starts, ends } = wordOffsets(text, to);
    const a = cutStart ? starts[from]! : 0;
    const b = cutEnd ? ends[to - 1]! : text.length;
    const ranges: Array<[number, number]> = [];
    for (let i = from; i < to; i++) if (masks[i] !== 0) ranges.push([starts[i]! - a, ends[i]! - a]);
    const marked = markRanges(text.slice(a, b), ranges);
    return {
      highlight: (cutStart ? CROP_MARKER : '') + markedToHtml(marked) + (cutEnd ? CROP_MARKER : ''),
      corrected: corrections(queryParts, marked),
    };
  };

  return {
    snippet,
    release() {
      for (const t of touched) termParts[t] = 0;
    },
  };
}
