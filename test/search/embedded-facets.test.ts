/**
 * The embedded engine's facet counting against a plain reference: every layout (runs, per-document
 * arrays of each width), dense and sparse result sets, missing values, and the cut to the
 * MAX_FACET_VALUES most frequent values with ties taken in value order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FACET_VALUES } from '../../server/search/engine.ts';
import { countFacets, facetColumn } from '../../server/search/embedded/facets.ts';
import { FACET_NAMES, type EmbeddedIndex, type FacetField } from '../../server/search/embedded/layout.ts';

/**
 * A facet field from per-document values (undefined: none), values in code unit order as the index
 * keeps them. Counting does not read the per-value document lists, so they are left empty.
 */
function field(ofDocValues: Array<string | undefined>): FacetField {
  const values = [...new Set(ofDocValues.filter((v): v is string => v !== undefined))].sort();
  const index = new Map(values.map((v, i) => [v, i]));
  const ofDoc = Int32Array.from(ofDocValues, (v) => (v === undefined ? -1 : index.get(v)!));
  return { values, index, ofDoc, docs: [] };
}

function fakeIndex(columns: Array<Array<string | undefined>>): EmbeddedIndex {
  const n = columns[0]!.length;
  const facets = Object.fromEntries(FACET_NAMES.map((name, f) => [name, field(columns[f]!)])) as EmbeddedIndex['facets'];
  return { facets, facetColumns: FACET_NAMES.map((name) => facetColumn(facets[name], n)) } as unknown as EmbeddedIndex;
}

/** The reference: count, keep the most frequent, ties by value. */
function reference(values: Array<string | undefined>, docs: number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const v = values[d];
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_FACET_VALUES);
  return new Map(kept);
}

const value = (distinct: number) => fc.option(fc.integer({ min: 0, max: distinct - 1 }).map((i) => `v-${i}`), { nil: undefined, freq: 8 });

/** Per-document values that come in runs of consecutive documents (as sources do), or scattered. */
const column = (n: number) =>
  fc.oneof(
    fc.array(fc.tuple(value(300), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 400 }).map((runs) => runs.flatMap(([v, len]) => Array<string | undefined>(len).fill(v)).slice(0, n)),
    fc.array(value(3), { minLength: n, maxLength: n }),
    fc.array(value(700), { minLength: n, maxLength: n }),
  );

describe('embedded facet counts', () => {
  it('match the reference for every layout, result density and cut-off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }).chain((n) =>
          fc.tuple(fc.tuple(column(n), column(n), column(n), column(n)), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer()),
        ),
        ([cols, density, seed]) => {
          const n = Math.min(...cols.map((c) => c.length));
          const columns = cols.map((c) => c.slice(0, n));
          const index = fakeIndex(columns);
          let state = seed >>> 0;
          const docs: number[] = [];
          for (let d = 0; d < n; d++) {
            state = (state * 1103515245 + 12345) >>> 0;
            if (state / 2 ** 32 < density) docs.push(d);
          }
          // The same index twice: counters left over from one search must not leak into the next.
          for (let round = 0; round < 2; round++) {
            const got = countFacets(index, Uint32Array.from(docs));
            FACET_NAMES.forEach((name, f) => expect(got[name], `${name}, round ${round}`).toEqual(reference(columns[f]!, docs)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts a few documents at the edges of runs (found by binary search)', () => {
    const values = Array.from({ length: 10_000 }, (_, d) => `s-${String(Math.floor(d / 10)).padStart(4, '0')}`);
    const index = fakeIndex([values, values, values, values]);
    expect(index.facetColumns[1]!.runs?.codes.length).toBe(1000);
    const docs = [0, 9, 10, 370, 379, 5120, 9990, 9999];
    expect(countFacets(index, Uint32Array.from(docs)).source).toEqual(reference(values, docs));
  });

  it('stores a facet as runs when neighbours share values, else in the narrowest array', () => {
    const runs = facetColumn(field(Array.from({ length: 1000 }, (_, d) => `s-${Math.floor(d / 50)}`)), 1000);
    expect(runs.runs?.codes.length).toBe(20);
    const few = facetColumn(field(Array.from({ length: 1000 }, (_, d) => `k-${d % 3}`)), 1000);
    expect(few.ofDoc).toBeInstanceOf(Uint8Array);
    const many = facetColumn(field(Array.from({ length: 1000 }, (_, d) => `p-${(d * 7) % 400}`)), 1000);
    expect(many.ofDoc).toBeInstanceOf(Uint16Array);
    const huge = facetColumn(field(Array.from({ length: 70_000 }, (_, d) => `p-${d}`)), 70_000);
    expect(huge.ofDoc).toBeInstanceOf(Uint32Array);
  });
});
