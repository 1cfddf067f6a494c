/**
 * The Meilisearch baseline of the benchmark: the same queries the API is sent, as the exact search
 * requests the adapter builds for them (`searchParams`, the first attempt of each), sent straight to
 * Meilisearch. What Verbatim adds on top of Meilisearch is the difference between the two runs.
 */
import type { MeiliConfig } from '../../server/config.ts';
import type { SearchRequest } from '../../server/search/engine.ts';
import { checkRequest, searchParams } from '../../server/search/meilisearch-search.ts';
import { parseQuery } from '../../server/search/query.ts';
import type { LoadRequest } from './load.ts';

/** The engine request the API makes of a bench path (`/api/search?q=…&speaker=…`): page 1 of 20, by relevance. */
export function apiRequestOf(apiPath: string): SearchRequest {
  const params = new URLSearchParams(apiPath.slice(apiPath.indexOf('?') + 1));
  const speaker = params.getAll('speaker');
  return { q: params.get('q') ?? '', filters: speaker.length ? { speaker } : {}, sort: 'relevance', page: 1, perPage: 20 };
}

/** The Meilisearch requests for bench paths, against the index `meili.index`, with the admin key. */
export function directRequests(paths: readonly string[], meili: MeiliConfig): { origin: string; requests: LoadRequest[] } {
  const url = new URL(meili.url);
  const base = url.pathname.replace(/\/+$/, '');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${meili.adminKey ?? ''}` };
  const requests = paths.map((p): LoadRequest => {
    const request = apiRequestOf(p);
    const params = searchParams(parseQuery(request.q), request, checkRequest(request));
    return { method: 'POST', path: `${base}/indexes/${encodeURIComponent(meili.index)}/search`, headers, body: JSON.stringify(params) };
  });
  return { origin: url.origin, requests };
}
