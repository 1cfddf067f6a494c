/**
 * The proximity ranking rule's figure for one document, by one scan of its words.
 */
import type { EmbeddedIndex } from './layout.ts';
import type { PreparedPart } from './match.ts';

/** Proximity between two consecutive query parts is capped here (and for parts in different attributes). */
export const MAX_PROXIMITY = 4;

export interface ProximityScanner {
  /** Sum over consecutive query parts of their distance in doc `d` (1 = adjacent, capped). */
  of(d: number): number;
  release(): void;
}

/**
 * Proximity by one scan of a document's words: for each pair of consecutive query parts, the
 * smallest distance between an occurrence of the first and a later occurrence of the second in the
 * same attribute (a reversed pair costs one more), capped at `MAX_PROXIMITY`.
 */
export function proximityScanner(index: EmbeddedIndex, parts: PreparedPart[]): ProximityScanner {
  const { tokens, tokenStart, textEnd, nameEnd } = index;
  const { termParts } = index.scratch;
  const np = parts.length;
  const touched: number[] = [];
  const mark = (t: number, p: number) => {
    if (termParts[t] === 0) touched.push(t);
    termParts[t]! |= 1 << p;
  };
  parts.forEach((part, p) => {
    if (part.phrase) mark(part.phrase[0]!, p);
    else for (const dv of part.derivations) mark(dv.term, p);
  });
  const phrases = parts.map((part) => part.phrase);
  const lastEnd = new Int32Array(np);
  const lastAttr = new Int8Array(np);
  const best = new Uint8Array(np);

  const of = (d: number): number => {
    for (let p = 0; p < np; p++) {
      lastEnd[p] = -1;
      best[p] = MAX_PROXIMITY;
    }
    const tEnd = textEnd[d]!;
    const nEnd = nameEnd[d]!;
    const dEnd = tokenStart[d + 1]!;
    for (let k = tokenStart[d]!; k < dEnd; k++) {
      let mask = termParts[tokens[k]!]!;
      if (mask === 0) continue;
      const attr = k < tEnd ? 0 : k < nEnd ? 1 : 2;
      for (let p = 0; mask !== 0; p++, mask >>>= 1) {
        if ((mask & 1) === 0) continue;
        const phrase = phrases[p];
        let stop = k;
        if (phrase) {
          const segEnd = attr === 0 ? tEnd : attr === 1 ? nEnd : dEnd;
          if (k + phrase.length > segEnd) continue;
          let j = 1;
          while (j < phrase.length && tokens[k + j] === phrase[j]) j++;
          if (j < phrase.length) continue;
          stop = k + phrase.length - 1;
        }
        // The closest earlier occurrence of the previous part (in order) and of the next (reversed).
        if (p > 0 && lastEnd[p - 1]! >= 0 && lastAttr[p - 1] === attr) {
          const dist = k - lastEnd[p - 1]!;
          if (dist >= 1 && dist < best[p - 1]!) best[p - 1] = dist;
        }
        if (p + 1 < np && lastEnd[p + 1]! >= 0 && lastAttr[p + 1] === attr) {
          const dist = k - lastEnd[p + 1]! + 1;
          if (dist >= 2 && dist < best[p]!) best[p] = dist;
        }
        lastEnd[p] = stop;
        lastAttr[p] = attr;
      }
    }
    let sum = 0;
    for (let p = 0; p < np - 1; p++) sum += best[p]!;
    return sum;
  };
  return {
    of,
    release() {
      for (const t of touched) termParts[t] = 0;
    },
  };
}
