/**
 * The `highlight` of a hit: its text cropped around the best match, matched words marked, HTML-safe.
 *
 * Cropping follows the contract shared with Meilisearch's crop: when the text has more than
 * `cropLength` words, keep the window of `cropLength` consecutive words holding the most distinct
 * matched query parts (the earliest such window on ties; the start when nothing matched), and put
 * `CROP_MARKER` on each side that was cut. Words matched as a prefix are marked only over the
 * prefix typed, as Meilisearch does; typo matches and phrase words are marked whole.
 */
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
import { Via } from './derive.ts';
import type { PreparedPart } from './match.ts';

export const DEFAULT_CROP_LENGTH = 30;

/** Per-query lookup of which terms are matches, set up once for all hits of a page. */
export interface Marker {
  snippet(d: number, cropLength: number): string;
  /** Clear the scratch arrays; call once the page is done. */
  release(): void;
}

// termCode: 1 = mark the whole word, 2 = mark the typed prefix only.
export function createMarker(index: EmbeddedIndex, parts: PreparedPart[]): Marker {
  const { termParts, termCode } = index.scratch;
  const touched: number[] = [];
  const prefixLength: number[] = [];
  parts.forEach((part, p) => {
    prefixLength[p] = part.part.kind === 'word' ? part.part.term.length : 0;
    for (const dv of part.derivations) {
      const t = dv.term;
      if (termParts[t] === 0) touched.push(t);
      termParts[t]! |= 1 << p;
      const code = dv.via === Via.Prefix ? 2 : 1;
      if (termCode[t] === 0 || code < termCode[t]!) termCode[t] = code;
    }
  });
  const phrases = parts.map((part, p) => ({ phrase: part.phrase, p })).filter((x) => x.phrase && x.phrase.length > 0);

  const snippet = (d: number, cropLength: number): string => {
    const text = index.docs[d]!.text;
    const base = index.tokenStart[d]!;
    const count = index.textEnd[d]! - base;
    // Per word: mask of the parts it matches, and how much of it to mark (0: whole, else the prefix length).
    const masks = wordBuffer(2, count);
    const markLength = wordBuffer(3, count);
    for (let i = 0; i < count; i++) {
      const t = index.tokens[base + i]!;
      const mask = termParts[t]!;
      if (mask === 0) continue;
      masks[i] = mask;
      if (termCode[t] === 2) {
        let p = 0;
        while (((mask >> p) & 1) === 0) p++;
        markLength[i] = prefixLength[p]!;
      }
    }
    for (const { phrase, p } of phrases) {
      const seq = phrase!;
      for (let i = 0; i + seq.length <= count; i++) {
        let k = 0;
        while (k < seq.length && index.tokens[base + i + k] === seq[k]) k++;
        if (k < seq.length) continue;
        for (k = 0; k < seq.length; k++) {
          masks[i + k]! |= 1 << p;
          markLength[i + k] = 0;
        }
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
    for (let i = from; i < to; i++) {
      if (masks[i] === 0) continue;
      const start = starts[i]!;
      const end = ends[i]!;
      // A prefix match marks the typed prefix, when the word's characters map one to one to its term.
      const prefix = markLength[i]!;
      const marked = prefix > 0 && end - start === index.vocab.terms[index.tokens[base + i]!]!.length ? Math.min(end, start + prefix) : end;
      ranges.push([start - a, marked - a]);
    }
    const html = markedToHtml(markRanges(text.slice(a, b), ranges));
    return (cutStart ? CROP_MARKER : '') + html + (cutEnd ? CROP_MARKER : '');
  };

  return {
    snippet,
    release() {
      for (const t of touched) {
        termParts[t] = 0;
        termCode[t] = 0;
      }
    },
  };
}
