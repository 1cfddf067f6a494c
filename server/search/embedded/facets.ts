/**
 * Facet counts of a result set. Counting reads one value per matching document and facet, so it is
 * bound by memory: each facet is stored in the smallest form that serves. A facet whose values come
 * in long runs of consecutive documents (a source's quotes are consecutive in browse order) is kept
 * as those runs and counted by walking them alongside the ascending result; any other facet is a
 * per-document array of the narrowest integer type, small enough to stay in the CPU's caches.
 */
import type { FacetCounts } from '../engine.ts';
import { MAX_FACET_VALUES } from '../engine.ts';
import { FACET_NAMES, type EmbeddedIndex, type FacetField, type FacetName } from './layout.ts';

/**
 * One facet's values laid out for counting. Codes are value index + 1, so that 0 means "no value".
 * Either `runs` (documents `starts[r] .. starts[r + 1])` hold `codes[r]`) or `ofDoc` is set.
 */
export interface FacetColumn {
  runs: { starts: Uint32Array; codes: Uint32Array } | null;
  ofDoc: Uint8Array | Uint16Array | Uint32Array | null;
  /** Number of codes: values + 1. */
  size: number;
}

/** Lay out one facet field of `count` documents. */
export function facetColumn(field: FacetField, count: number): FacetColumn {
  const { ofDoc } = field;
  const size = field.values.length + 1;
  let runs = 0;
  for (let d = 0; d < count; d++) if (d === 0 || ofDoc[d] !== ofDoc[d - 1]) runs++;
  // Runs pay off when documents share their value with many neighbours.
  if (runs * 8 <= count) {
    const starts = new Uint32Array(runs + 1);
    const codes = new Uint32Array(runs);
    let r = -1;
    for (let d = 0; d < count; d++) {
      if (d === 0 || ofDoc[d] !== ofDoc[d - 1]) {
        starts[++r] = d;
        codes[r] = ofDoc[d]! + 1;
      }
    }
    starts[runs] = count;
    return { runs: { starts, codes }, ofDoc: null, size };
  }
  const narrow = size <= 0x100 ? new Uint8Array(count) : size <= 0x10000 ? new Uint16Array(count) : new Uint32Array(count);
  for (let d = 0; d < count; d++) narrow[d] = ofDoc[d]! + 1;
  return { runs: null, ofDoc: narrow, size };
}

/** Per index and facet, counters reused from search to search: a search resets only those it touched. */
const scratchOf = new WeakMap<EmbeddedIndex, Array<{ counts: Uint32Array; touched: Uint32Array }>>();

export function countFacets(index: EmbeddedIndex, docs: Uint32Array): FacetCounts {
  let scratch = scratchOf.get(index);
  if (!scratch) {
    scratch = index.facetColumns.map(({ size }) => ({ counts: new Uint32Array(size), touched: new Uint32Array(size) }));
    scratchOf.set(index, scratch);
  }
  const out = {} as Record<FacetName, Map<string, number>>;
  FACET_NAMES.forEach((name, f) => {
    const column = index.facetColumns[f]!;
    const { counts, touched } = scratch[f]!;
    const present = column.runs ? countRuns(column.runs, docs, counts, touched) : countEach(column.ofDoc!, docs, counts, touched);
    // The codes seen, ascending (value order): sorted when very few, else found by a scan of the counters.
    let seen: Uint32Array;
    if (present < 64) seen = touched.subarray(0, present).sort();
    else {
      let k = 0;
      for (let c = 1; c < column.size; c++) if (counts[c] !== 0) touched[k++] = c;
      seen = touched.subarray(0, k);
    }
    out[name] = topValues(index.facets[name].values, counts, seen);
    counts[0] = 0;
    for (let k = 0; k < seen.length; k++) counts[seen[k]!] = 0;
  });
  return out as FacetCounts;
}

function countEach(ofDoc: Uint8Array | Uint16Array | Uint32Array, docs: Uint32Array, counts: Uint32Array, touched: Uint32Array): number {
  let present = 0;
  for (let i = 0; i < docs.length; i++) {
    const c = ofDoc[docs[i]!]!;
    const n = counts[c]!;
    counts[c] = n + 1;
    if (n === 0 && c !== 0) touched[present++] = c;
  }
  return present;
}

/** Count ascending `docs` against runs: a walk when the result is dense, a binary search per document when sparse. */
function countRuns(runs: { starts: Uint32Array; codes: Uint32Array }, docs: Uint32Array, counts: Uint32Array, touched: Uint32Array): number {
  const { starts, codes } = runs;
  const last = codes.length - 1;
  const sparse = docs.length * 16 < codes.length;
  let present = 0;
  let r = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    if (starts[r + 1]! <= d) {
      if (sparse) {
        let lo = r + 1;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if (starts[mid]! <= d) lo = mid;
          else hi = mid - 1;
        }
        r = lo;
      } else {
        while (starts[r + 1]! <= d) r++;
      }
    }
    const c = codes[r]!;
    const n = counts[c]!;
    counts[c] = n + 1;
    if (n === 0 && c !== 0) touched[present++] = c;
  }
  return present;
}

/** The MAX_FACET_VALUES most frequent values: those above the cut-off count, then ties in value order. */
function topValues(values: string[], counts: Uint32Array, codes: Uint32Array): Map<string, number> {
  const kept = new Map<string, number>();
  const present = codes.length;
  let cutoff = 0;
  let ties = MAX_FACET_VALUES;
  if (present > MAX_FACET_VALUES) {
    const sorted = new Uint32Array(present);
    for (let k = 0; k < present; k++) sorted[k] = counts[codes[k]!]!;
    const at = present - MAX_FACET_VALUES;
    cutoff = select(sorted, at);
    // How many of the kept values have the cut-off count: the window above `at` holds them.
    ties = 0;
    for (let k = at; k < present; k++) if (sorted[k] === cutoff) ties++;
  }
  for (let k = 0; k < present; k++) {
    const c = codes[k]!;
    const n = counts[c]!;
    if (n > cutoff || (n === cutoff && ties-- > 0)) kept.set(values[c - 1]!, n);
  }
  return kept;
}

/** Quickselect: rearranges `a` so that `a[k]` is its k-th smallest and nothing after it is smaller. */
function select(a: Uint32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}
