/**
 * The index's term dictionary: every distinct normalised word, interned to a dense id, plus a sorted
 * copy used as an implicit trie for prefix ranges and bounded Damerau–Levenshtein lookups.
 *
 * Sorted order is plain UTF-16 code unit order, so all terms sharing a prefix form one contiguous
 * range, and the common-prefix length between neighbours (`lcp`) lets a scan reuse edit-distance rows
 * and skip whole subtrees, as a trie walk would, without allocating trie nodes.
 */

/** Interned terms and their sorted view. */
export interface Vocabulary {
  /** Term id → term. */
  readonly terms: readonly string[];
  /** Term → term id. */
  readonly ids: ReadonlyMap<string, number>;
  /** All terms in code unit order. */
  readonly sorted: readonly string[];
  /** Sorted position → term id. */
  readonly sortedIds: Uint32Array;
  /** `lcp[i]`: length of the common prefix of `sorted[i - 1]` and `sorted[i]` (0 for i = 0). */
  readonly lcp: Uint16Array;
  /** Length of the longest term. */
  readonly maxLength: number;
}

/** What the trie walks need of a vocabulary: the sorted terms, their common prefixes, the longest. */
export type SortedTerms = Pick<Vocabulary, 'sorted' | 'lcp' | 'maxLength'>;

/** `SortedTerms` of terms already in code unit order. */
export function sortedTerms(sorted: readonly string[]): SortedTerms {
  const lcp = new Uint16Array(sorted.length);
  let maxLength = 0;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t.length > maxLength) maxLength = t.length;
    if (i === 0) continue;
    const p = sorted[i - 1]!;
    const n = Math.min(p.length, t.length, 0xffff);
    let k = 0;
    while (k < n && p.charCodeAt(k) === t.charCodeAt(k)) k++;
    lcp[i] = k;
  }
  return { sorted, lcp, maxLength };
}

export function buildVocabulary(terms: string[], ids: Map<string, number>): Vocabulary {
  const order = Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const sortedIds = Uint32Array.from(order);
  return { terms, ids, sortedIds, ...sortedTerms(order.map((id) => terms[id]!)) };
}

/** Sorted positions [lo, hi) of the terms starting with `prefix`. */
export function prefixRange(vocab: Pick<SortedTerms, 'sorted'>, prefix: string): [number, number] {
  const { sorted } = vocab;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  let top = sorted.length;
  while (end < top) {
    const mid = (end + top) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) end = mid + 1;
    else top = mid;
  }
  return [lo, end];
}

/**
 * Visit every term in sorted positions [lo, hi) within `maxTypos` edits of `query` (optimal string
 * alignment distance: insertion, deletion, substitution, or a swap of two adjacent letters, each one
 * edit). With `prefix`, a term matches when one of its prefixes is within reach, and the distance is
 * that of its best prefix — what a Levenshtein prefix automaton accepts. `visit` gets the sorted
 * position and the distance; terms are visited in sorted order.
 */
export function fuzzyScan(
  vocab: SortedTerms,
  query: string,
  maxTypos: number,
  prefix: boolean,
  lo: number,
  hi: number,
  visit: (sortedIndex: number, typos: number) => void,
): void {
  const { sorted, lcp } = vocab;
  const width = query.length + 1;
  const q = new Uint16Array(query.length);
  for (let j = 0; j < query.length; j++) q[j] = query.charCodeAt(j);
  // rows[d * width + j]: distance between the term's first d chars and the query's first j chars.
  const rows = scratchRows((vocab.maxLength + 1) * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  // best[d]: smallest distance of the query to any prefix of length ≤ d of the current term.
  const best = scratchBest(vocab.maxLength + 1);
  best[0] = query.length;
  const last = query.length;
  let valid = 0; // rows 0..valid hold the current path
  let i = lo;
  while (i < hi) {
    const t = sorted[i]!;
    let d = Math.min(valid, i === lo ? 0 : lcp[i]!) + 1;
    let pruned = 0;
    for (; d <= t.length; d++) {
      const c = t.charCodeAt(d - 1);
      const prevC = d > 1 ? t.charCodeAt(d - 2) : -1;
      const row = d * width;
      const up = row - width;
      const up2 = up - width;
      rows[row] = d;
      let rowMin = d;
      for (let j = 1; j < width; j++) {
        const qj = q[j - 1]!;
        let v = rows[up + j - 1]! + (qj === c ? 0 : 1);
        const del = rows[up + j]! + 1;
        if (del < v) v = del;
        const ins = rows[row + j - 1]! + 1;
        if (ins < v) v = ins;
        if (d > 1 && j > 1 && qj === prevC && q[j - 2] === c) {
          const swap = rows[up2 + j - 2]! + 1;
          if (swap < v) v = swap;
        }
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      const atEnd = rows[row + last]!;
      best[d] = atEnd < best[d - 1]! ? atEnd : best[d - 1]!;
      // Distances never shrink along a path once the whole row exceeds the budget: cut the subtree.
      if (rowMin > maxTypos) {
        pruned = d;
        break;
      }
    }
    if (pruned > 0) {
      valid = pruned - 1;
      const j = subtreeEnd(vocab, i, pruned, hi);
      // A prefix match already reached above the cut covers the whole subtree.
      if (prefix && best[pruned - 1]! <= maxTypos) for (let k = i; k < j; k++) visit(k, best[pruned - 1]!);
      i = j;
      continue;
    }
    valid = t.length;
    const dist = prefix ? best[t.length]! : rows[t.length * width + last]!;
    if (dist <= maxTypos) visit(i, dist);
    i++;
  }
}

// Working rows shared by all scans (a scan never yields, so one set is enough).
let rowsBuffer = new Int32Array(1024);
let bestBuffer = new Int32Array(64);
function scratchRows(size: number): Int32Array {
  if (rowsBuffer.length < size) rowsBuffer = new Int32Array(Math.max(size, rowsBuffer.length * 2));
  return rowsBuffer;
}
function scratchBest(size: number): Int32Array {
  if (bestBuffer.length < size) bestBuffer = new Int32Array(Math.max(size, bestBuffer.length * 2));
  return bestBuffer;
}

/** The end of the run of terms from `i` sharing `sorted[i]`'s first `depth` characters (before `hi`). */
function subtreeEnd(vocab: SortedTerms, i: number, depth: number, hi: number): number {
  const { sorted, lcp } = vocab;
  // Most subtrees cut are small: step through them; gallop through the big ones.
  let j = i + 1;
  for (let k = 0; k < 8; k++, j++) if (j >= hi || lcp[j]! < depth) return j;
  const prefix = sorted[i]!.slice(0, depth);
  let step = 8;
  let lo = j;
  let top = j;
  while (top < hi && sorted[top]!.startsWith(prefix)) {
    lo = top + 1;
    top += step;
    step *= 2;
  }
  top = Math.min(top, hi);
  while (lo < top) {
    const mid = (lo + top) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) lo = mid + 1;
    else top = mid;
  }
  return lo;
}
