/**
 * How closely two engines agree on the same queries: for each query the share of the first engine's
 * top 10 that the second's top 10 also holds, whether the totals are equal, whether one finds
 * nothing while the other finds something, and whether the speaker facet counts are identical.
 */
import type { SearchRequest, SearchResult } from '../../server/search/engine.ts';

export interface QueryComparison {
  request: SearchRequest;
  /** |A's top 10 ∩ B's top 10| / |A's top 10|; null when A found nothing. */
  overlap: number | null;
  sameTotal: boolean;
  /** One engine found nothing and the other something. */
  oneEmpty: boolean;
  sameSpeakerFacets: boolean;
  totals: [number, number];
}

export interface Agreement {
  queries: number;
  /** Mean over the queries where the first engine found something. */
  meanTop10Overlap: number;
  sameTotalShare: number;
  oneEmptyQueries: number;
  sameSpeakerFacetsShare: number;
}

const sameCounts = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** Compare one query's results (`a` is the reference: the top-10 share is of its hits). */
export function compareResults(request: SearchRequest, a: SearchResult, b: SearchResult): QueryComparison {
  const top = (r: SearchResult) => r.hits.slice(0, 10).map((h) => h.quote.id);
  const inB = new Set(top(b));
  const topA = top(a);
  return {
    request,
    overlap: topA.length === 0 ? null : topA.filter((id) => inB.has(id)).length / topA.length,
    sameTotal: a.total === b.total,
    oneEmpty: (a.total === 0) !== (b.total === 0),
    sameSpeakerFacets: sameCounts(a.facets.speaker, b.facets.speaker),
    totals: [a.total, b.total],
  };
}

export function summarize(comparisons: readonly QueryComparison[]): Agreement {
  const overlaps = comparisons.map((c) => c.overlap).filter((o): o is number => o !== null);
  const share = (pick: (c: QueryComparison) => boolean) => comparisons.filter(pick).length / Math.max(1, comparisons.length);
  return {
    queries: comparisons.length,
    meanTop10Overlap: overlaps.reduce((sum, o) => sum + o, 0) / Math.max(1, overlaps.length),
    sameTotalShare: share((c) => c.sameTotal),
    oneEmptyQueries: comparisons.filter((c) => c.oneEmpty).length,
    sameSpeakerFacetsShare: share((c) => c.sameSpeakerFacets),
  };
}

/** The search request of a bench query path (`/api/search?q=…&speaker=…`), top 10 only. */
export function requestOfPath(apiPath: string): SearchRequest {
  const params = new URLSearchParams(apiPath.slice(apiPath.indexOf('?') + 1));
  const speaker = params.getAll('speaker');
  return { q: params.get('q') ?? '', perPage: 10, ...(speaker.length ? { filters: { speaker } } : {}) };
}
