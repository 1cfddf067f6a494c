/**
 * Ranking as Meilisearch's bucket sort, with rankingRules
 * `["words", "sort", "typo", "proximity", "attribute", "exactness"]` and the document order as the
 * final tie-break. (`words` is constant here: with `matchingStrategy: "all"` every result matches
 * every word.)
 *
 * The sort is lazy: each rule splits the documents into buckets, and only the buckets that overlap
 * the requested page are split further. Sort, typo, attribute and exactness figures are known for
 * every document from the matching step; proximity needs a scan of the document's words, done only
 * for documents that can still reach the page — a common word pair's 60,000 matches are counted,
 * not all scored.
 */
import type { SortOrder } from '../engine.ts';
import { attributeOf, positionOf, type EmbeddedIndex } from './layout.ts';
import type { PreparedPart } from './match.ts';
import { proximityScanner, type ProximityScanner } from './proximity.ts';
const DOC_BITS = 2 ** 24;

/**
 * Split `docs` (stably) by a small integer key in [0, range) and hand each bucket overlapping the
 * window [from, to) (positions within `docs`) to `next`, with the window relative to the bucket.
 */
function bucketWindow(
  index: EmbeddedIndex,
  docs: Uint32Array,
  key: (d: number) => number,
  range: number,
  from: number,
  to: number,
  next: (bucket: Uint32Array, from: number, to: number) => void,
): void {
  const m = docs.length;
  const buffers = index.scratch.buffers;
  const level = buffers.level;
  const keys = buffers.take(m);
  const starts = new Uint32Array(range + 1);
  for (let i = 0; i < m; i++) {
    const k = key(docs[i]!);
    keys[i] = k;
    starts[k + 1]!++;
  }
  for (let k = 0; k < range; k++) starts[k + 1]! += starts[k]!;
  // Only buckets overlapping the window need their members placed.
  let firstBucket = 0;
  while (firstBucket < range && starts[firstBucket + 1]! <= from) firstBucket++;
  let lastBucket = firstBucket;
  while (lastBucket < range && starts[lastBucket]! < to) lastBucket++;
  // One bucket holding everything (all matches with no typo, say): no reordering needed.
  if (lastBucket === firstBucket + 1 && starts[firstBucket] === 0 && starts[lastBucket] === m) {
    buffers.level = level;
    next(docs, from, to);
    return;
  }
  const base = starts[firstBucket]!;
  const out = buffers.take(starts[lastBucket]! - base);
  const fill = starts.slice(firstBucket, lastBucket);
  for (let i = 0; i < m; i++) {
    const k = keys[i]!;
    if (k >= firstBucket && k < lastBucket) out[fill[k - firstBucket]!++ - base] = docs[i]!;
  }
  for (let k = firstBucket; k < lastBucket; k++) {
    const s = starts[k]!;
    const e = starts[k + 1]!;
    if (e === s) continue;
    next(out.subarray(s - base, e - base), Math.max(from - s, 0), Math.min(to, e) - s);
  }
  buffers.level = level;
}

/** A max-heap keeping the `capacity` smallest keys pushed. */
class TopKeys {
  private readonly heap: Float64Array;
  size = 0;
  constructor(readonly capacity: number) {
    this.heap = new Float64Array(capacity);
  }
  get full(): boolean {
    return this.size === this.capacity;
  }
  /** The largest key kept (meaningful when full). */
  get worst(): number {
    return this.heap[0]!;
  }
  push(v: number): void {
    const heap = this.heap;
    if (this.size < this.capacity) {
      let c = this.size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heap[p]! >= v) break;
        heap[c] = heap[p]!;
        c = p;
      }
      heap[c] = v;
      return;
    }
    if (v >= heap[0]!) return;
    const k = this.capacity;
    let c = 0;
    for (;;) {
      let l = 2 * c + 1;
      if (l >= k) break;
      if (l + 1 < k && heap[l + 1]! > heap[l]!) l++;
      if (heap[l]! <= v) break;
      heap[c] = heap[l]!;
      c = l;
    }
    heap[c] = v;
  }
  sorted(): Float64Array {
    return this.heap.subarray(0, this.size).sort();
  }
}

// Secondary key without proximity: attribute ranks (≤ 2 per part), position costs (≤ 10 per
// part) and inexact words (≤ 10), each within its range, for at most 10 query parts.
const ATTRIBUTE_RANGE = 21;
const POSITION_RANGE = 101;
const INEXACT_RANGE = 11;
const SECONDARY_RANGE = ATTRIBUTE_RANGE * POSITION_RANGE * INEXACT_RANGE;

/**
 * The doc ids of window [offset, offset + limit) of `docs` (ascending ids, all matching `parts`)
 * ranked by `sort` then relevance. The scratch figures must be those of `matchDocuments` for
 * these documents and parts.
 */
export function rankWindow(
  index: EmbeddedIndex,
  docs: Uint32Array,
  parts: PreparedPart[],
  sort: SortOrder,
  offset: number,
  limit: number,
): number[] {
  const end = Math.min(docs.length, offset + limit);
  if (offset >= end) return [];
  // Browse order is doc id order, and `source` order is total: relevance can never break a tie.
  if (sort === 'source' || (sort === 'relevance' && parts.length === 0)) return Array.from(docs.subarray(offset, end));

  const out: number[] = [];
  const proximity = parts.length > 1 ? proximityScanner(index, parts) : null;
  const relevance = (bucket: Uint32Array, from: number, to: number) => {
    if (parts.length === 0) {
      for (let i = from; i < to; i++) out.push(bucket[i]!);
      return;
    }
    const { typos } = index.scratch;
    bucketWindow(index, bucket, (d) => typos[d]!, 32, from, to, (b, f, t) => {
      const best = rankBucket(index, b, parts, t, proximity);
      for (let i = f; i < t; i++) out.push(best[i]! % DOC_BITS);
    });
  };
  try {
    if (sort === 'relevance') {
      relevance(docs, offset, end);
    } else {
      const { dateRank, dateCount } = index;
      const desc = sort === 'date:desc';
      // Undated quotes come last in both directions, as Meilisearch puts documents without the field.
      const key = (d: number) => {
        const r = dateRank[d]!;
        return r < 0 ? dateCount : desc ? dateCount - 1 - r : r;
      };
      bucketWindow(index, docs, key, dateCount + 1, offset, end, relevance);
    }
  } finally {
    proximity?.release();
  }
  return out;
}

/**
 * The `need` best documents of one typo bucket, as sorted keys (doc id in the low bits), by
 * proximity, attribute, word position, exactness and doc id.
 *
 * Attribute, position and exactness are known from matching; proximity needs a scan of the
 * document. Documents are visited in order of their key with the best possible proximity (every
 * pair adjacent), and the visit stops once that bound cannot beat the `need`-th best key found, so
 * a common word pair is scored only as far as the page needs.
 */
function rankBucket(
  index: EmbeddedIndex,
  docs: Uint32Array,
  parts: PreparedPart[],
  need: number,
  proximity: ProximityScanner | null,
): Float64Array {
  const { attribute, position, exact, best } = index.scratch;
  const singleWord = parts.length === 1 && !parts[0]!.phrase;
  const singleCosts = singleWord ? parts[0]!.positionCost : null;
  let words = 0;
  for (const part of parts) words += part.words;
  const m = docs.length;
  const buffers = index.scratch.buffers;
  const level = buffers.level;
  const secondary = buffers.take(m);
  let highest = 0;
  for (let i = 0; i < m; i++) {
    const d = docs[i]!;
    const inexact = Math.max(0, words - exact[d]!);
    const attr = singleWord ? attributeOf(best[d]!) : attribute[d]!;
    const pos = singleWord ? singleCosts![positionOf(best[d]!)]! : position[d]!;
    const sec = (attr * POSITION_RANGE + pos) * INEXACT_RANGE + inexact;
    secondary[i] = sec;
    if (sec > highest) highest = sec;
  }
  const top = new TopKeys(need);
  if (!proximity) {
    for (let i = 0; i < m; i++) top.push(secondary[i]! * DOC_BITS + docs[i]!);
    buffers.level = level;
    return top.sorted();
  }
  const order = countingOrder(secondary, highest + 1, buffers.take(m));
  const floor = (parts.length - 1) * SECONDARY_RANGE;
  for (let i = 0; i < m; i++) {
    const j = order[i]!;
    const d = docs[j]!;
    const sec = secondary[j]!;
    if (top.full && (floor + sec) * DOC_BITS + d >= top.worst) break;
    top.push((proximity.of(d) * SECONDARY_RANGE + sec) * DOC_BITS + d);
  }
  buffers.level = level;
  return top.sorted();
}

/** Positions 0..m-1 ordered stably by `keys` (small integers below `range`), into `order`. */
function countingOrder(keys: Uint32Array, range: number, order: Uint32Array): Uint32Array {
  const starts = new Uint32Array(range + 1);
  for (let i = 0; i < keys.length; i++) starts[keys[i]! + 1]!++;
  for (let k = 0; k < range; k++) starts[k + 1]! += starts[k]!;
  for (let i = 0; i < keys.length; i++) order[starts[keys[i]!]!++] = i;
  return order;
}
