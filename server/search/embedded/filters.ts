/**
 * Filters: values within a field are OR-ed, fields are AND-ed. Each filtered field becomes a small
 * table of allowed value ids, checked against the per-document value ids.
 */
import type { SearchFilters } from '../engine.ts';
import { FACET_NAMES, type EmbeddedIndex, type FacetName } from './layout.ts';

/** Per filtered field, which value indexes pass; null when a filter can match nothing. */
export type Allowed = Array<{ ofDoc: Int32Array; ok: Uint8Array }>;

export function allowedValues(index: EmbeddedIndex, filters: SearchFilters | undefined): Allowed | null {
  const out: Allowed = [];
  if (!filters) return out;
  for (const name of FACET_NAMES) {
    const wanted = filters[name as FacetName];
    if (!wanted || wanted.length === 0) continue;
    const field = index.facets[name];
    const ok = new Uint8Array(field.values.length);
    let any = false;
    for (const value of wanted) {
      const i = field.index.get(value);
      if (i !== undefined) {
        ok[i] = 1;
        any = true;
      }
    }
    if (!any) return null;
    out.push({ ofDoc: field.ofDoc, ok });
  }
  return out;
}

export function passes(allowed: Allowed, d: number): boolean {
  for (const { ofDoc, ok } of allowed) {
    const v = ofDoc[d]!;
    if (v < 0 || ok[v] === 0) return false;
  }
  return true;
}

export function applyFilters(list: Uint32Array, count: number, allowed: Allowed): number {
  if (allowed.length === 0) return count;
  let kept = 0;
  for (let i = 0; i < count; i++) if (passes(allowed, list[i]!)) list[kept++] = list[i]!;
  return kept;
}

/** All documents passing the filters, ascending. */
export function placeholderDocs(index: EmbeddedIndex, allowed: Allowed): Uint32Array {
  const n = index.docs.length;
  const out = index.scratch.list;
  if (allowed.length === 0) {
    for (let d = 0; d < n; d++) out[d] = d;
    return out.subarray(0, n);
  }
  let count = 0;
  for (let d = 0; d < n; d++) if (passes(allowed, d)) out[count++] = d;
  return out.subarray(0, count);
}
