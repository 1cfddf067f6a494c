/**
 * The Meilisearch baseline of the benchmark: the same queries the API is sent, as the exact search
 * requests the adapter makes for them, sent straight to Meilisearch. What Verbatim adds on top of
 * Meilisearch is the difference between the two runs.
 *
 * A query that matches nothing as a whole is asked again without its last word, and so on
 * (`runSearch`): the API answers it with what the shorter query finds, and that answer costs
 * Meilisearch two or more searches. The baseline sends those attempts too, found by running the
 * adapter's own `runSearch` once beforehand and recording what it asks, so that both runs get the
 * same answers for the same work on Meilisearch's side. Throughput is counted in queries.
 */
import type { MeiliConfig } from '../../server/config.ts';
import type { SearchRequest } from '../../server/search/engine.ts';
import { createMeiliClient, type MeiliClientLike, type MeiliSearchParams } from '../../server/search/meilisearch/client.ts';
import { checkRequest, runSearch, searchParams } from '../../server/search/meilisearch/search.ts';
import { parseQuery } from '../../server/search/query.ts';
import type { LoadRequest } from './load.ts';

/** The engine request the API makes of a bench path (`/api/search?q=…&speaker=…`): page 1 of 20, by relevance. */
export function apiRequestOf(apiPath: string): SearchRequest {
  const params = new URLSearchParams(apiPath.slice(apiPath.indexOf('?') + 1));
  const speaker = params.getAll('speaker');
  return { q: params.get('q') ?? '', filters: speaker.length ? { speaker } : {}, sort: 'relevance', page: 1, perPage: 20 };
}

/** The baseline's requests for a list of bench paths, and how many queries they answer. */
export interface DirectRequests {
  origin: string;
  requests: LoadRequest[];
  queries: number;
  /** Of `requests`, those beyond each query's first: attempts without its last words. */
  retries: number;
}

/** Concurrent searches while recording: enough to keep Meilisearch busy, few enough to stay polite. */
const RECORDING_CONCURRENCY = 8;

/**
 * The Meilisearch requests the adapter makes for bench paths, against the index `meili.index`, with
 * the admin key: each path's first attempt, and its later attempts when the first finds nothing.
 */
export async function directRequests(paths: readonly string[], meili: MeiliConfig): Promise<DirectRequests> {
  const real = createMeiliClient({ url: meili.url, apiKey: meili.adminKey ?? '', timeoutMs: meili.timeoutMs });
  const attempts: MeiliSearchParams[][] = paths.map(() => []);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const recorded = attempts[i]!;
      // Only `search` is used by `runSearch`; every call is recorded, then answered by Meilisearch.
      const recording = { search: (uid, params) => (recorded.push(params), real.search(uid, params)) } as Pick<MeiliClientLike, 'search'> as MeiliClientLike;
      const request = apiRequestOf(paths[i]!);
      await runSearch(recording, meili.index, request, checkRequest(request));
    }
  };
  await Promise.all(Array.from({ length: RECORDING_CONCURRENCY }, worker));
  const requests = attempts.flat().map((params) => searchRequest(meili, params));
  return { origin: new URL(meili.url).origin, requests, queries: paths.length, retries: requests.length - paths.length };
}

/** A search sent straight to Meilisearch's HTTP API, as the load generator sends it. */
function searchRequest(meili: MeiliConfig, params: MeiliSearchParams): LoadRequest {
  const base = new URL(meili.url).pathname.replace(/\/+$/, '');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${meili.adminKey ?? ''}` };
  return { method: 'POST', path: `${base}/indexes/${encodeURIComponent(meili.index)}/search`, headers, body: JSON.stringify(params) };
}

/** Each path's first attempt only: the baseline as it was measured before it counted the retries. */
export function firstAttempts(paths: readonly string[], meili: MeiliConfig): LoadRequest[] {
  return paths.map((p) => {
    const request = apiRequestOf(p);
    return searchRequest(meili, searchParams(parseQuery(request.q), request, checkRequest(request)));
  });
}
