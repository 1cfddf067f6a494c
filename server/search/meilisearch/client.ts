/**
 * The slice of Meilisearch the adapter uses, as a small interface (`MeiliClientLike`) so that tests can
 * put a fake in its place, the default implementation over the official client, and the translation
 * of the client's errors into ours. Nothing here is exported past the Meilisearch adapter modules.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import type { DocumentsQuery } from 'meilisearch';
import { AppError, EngineError, EngineUnavailableError } from '../../errors.ts';
import type { MeiliSettings } from './settings.ts';
import { keepAliveHttp } from './http.ts';

/** A task as `waitForTask` reports it once it is no longer enqueued or processing. */
export interface MeiliTask {
  uid: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  type: string;
  indexUid: string | null;
  error: { message: string; code: string } | null;
}

/** What enqueuing a task answers. */
export interface MeiliEnqueued {
  taskUid: number;
}

/** Search parameters this adapter sends (a subset of Meilisearch's). */
export interface MeiliSearchParams {
  q?: string;
  filter?: string;
  sort?: string[];
  facets?: string[];
  page?: number;
  hitsPerPage?: number;
  offset?: number;
  limit?: number;
  matchingStrategy?: 'all' | 'last' | 'frequency';
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  showMatchesPosition?: boolean;
}

export type MeiliHit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  /** With `showMatchesPosition`: per attribute, the UTF-8 byte offsets of the matched words. */
  _matchesPosition?: Record<string, Array<{ start: number; length: number }>>;
};

export interface MeiliSearchResponse {
  hits: MeiliHit[];
  /** Present with `page`/`hitsPerPage`: exact up to `pagination.maxTotalHits`. */
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/**
 * What the adapter needs from Meilisearch. Errors are the official client's error classes
 * (`MeilisearchApiError`, `MeilisearchRequestError`, `MeilisearchTaskTimeOutError`), which
 * `translateError` turns into ours.
 */
export interface MeiliClientLike {
  health(): Promise<void>;
  /** Uids of every index (needs an admin key). */
  listIndexes(): Promise<string[]>;
  createIndex(uid: string, primaryKey: string): Promise<MeiliEnqueued>;
  deleteIndex(uid: string): Promise<MeiliEnqueued>;
  updateSettings(uid: string, settings: MeiliSettings): Promise<MeiliEnqueued>;
  addDocuments(uid: string, documents: object[], primaryKey: string): Promise<MeiliEnqueued>;
  /** One swap task exchanging every pair at once. */
  swapIndexes(pairs: Array<[string, string]>): Promise<MeiliEnqueued>;
  /** Resolves with the finished task whatever its status; throws only on a timeout or a request error. */
  waitForTask(taskUid: number, timeoutMs: number): Promise<MeiliTask>;
  search(uid: string, params: MeiliSearchParams): Promise<MeiliSearchResponse>;
  getDocuments(
    uid: string,
    query: { offset: number; limit: number; fields?: string[]; filter?: string },
  ): Promise<{ results: Array<Record<string, unknown>>; total: number }>;
}

/** How often `waitForTask` asks whether a task has finished. */
const TASK_POLL_MS = 100;

/** The default `MeiliClientLike`: the official client, every request bounded by `timeoutMs`. */
export function createMeiliClient(options: { url: string; apiKey: string; timeoutMs: number }): MeiliClientLike {
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.timeoutMs,
    clientAgents: ['Verbatim'],
    // Uncompressed answers: Meilisearch sits on a private network beside the web server, where
    // gzipping every answer there and inflating it here cost more CPU than the bytes saved (a third
    // of the web server's time under load, and as much again on Meilisearch's side).
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    // Kept-alive plain HTTP under the client rather than `fetch` (`http.ts`).
    httpClient: keepAliveHttp,
  });
  const enqueued = async (p: Promise<{ taskUid: number }>): Promise<MeiliEnqueued> => ({ taskUid: (await p).taskUid });
  return {
    async health() {
      await client.health();
    },
    async listIndexes() {
      const uids: string[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await client.getRawIndexes({ offset, limit: 1000 });
        uids.push(...page.results.map((i) => i.uid));
        if (page.results.length < 1000 || uids.length >= page.total) return uids;
      }
    },
    createIndex: (uid, primaryKey) => enqueued(client.createIndex(uid, { primaryKey })),
    deleteIndex: (uid) => enqueued(client.deleteIndex(uid)),
    updateSettings: (uid, settings) => enqueued(client.index(uid).updateSettings(settings)),
    addDocuments: (uid, documents, primaryKey) =>
      enqueued(client.index(uid).addDocuments(documents as Array<Record<string, unknown>>, { primaryKey })),
    // `rename: false` exchanges two existing indexes (`true` would rename one to a name not yet taken).
    swapIndexes: (pairs) => enqueued(client.swapIndexes(pairs.map((indexes) => ({ indexes, rename: false })))),
    async waitForTask(taskUid, timeoutMs) {
      // Resolves with the final task even when it failed; the caller checks `status`. Polled here:
      // the client's own waitForTask leaves an abort listener on one signal per poll, thousands
      // (and Node's leak warnings) while a large batch is indexed.
      const deadline = Date.now() + timeoutMs;
      let task = await client.tasks.getTask(taskUid);
      while (task.status === 'enqueued' || task.status === 'processing') {
        if (Date.now() >= deadline) throw new MeilisearchTaskTimeOutError(taskUid, timeoutMs);
        await new Promise((resolve) => setTimeout(resolve, TASK_POLL_MS));
        task = await client.tasks.getTask(taskUid);
      }
      return {
        uid: task.uid,
        status: task.status,
        type: task.type,
        indexUid: task.indexUid,
        error: task.error ? { message: task.error.message, code: task.error.code } : null,
      };
    },
    search: (uid, params) => client.index(uid).search(params.q ?? null, params) as Promise<MeiliSearchResponse>,
    async getDocuments(uid, query) {
      const page = await client.index<Record<string, unknown>>(uid).getDocuments(query as DocumentsQuery<Record<string, unknown>>);
      return { results: page.results, total: page.total };
    },
  };
}

/**
 * The answer Meilisearch gave, when it gave one: the client wraps what its HTTP layer throws in a
 * `MeilisearchRequestError`, so an error status reached through `keepAliveHttp` arrives as its cause.
 */
function apiErrorOf(error: unknown): MeilisearchApiError | null {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return null;
}

/** True for Meilisearch's "this index does not exist" answer. */
export function isIndexNotFound(error: unknown): boolean {
  return apiErrorOf(error)?.cause?.code === 'index_not_found';
}

/** A Meilisearch URL fit for messages: no user name or password, no trailing slash. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return '(invalid Meilisearch URL)';
  }
}

/** Why a connection failed: its code (ECONNREFUSED, ENOTFOUND, …) or, without one, the innermost message. */
function networkReason(error: unknown): string | undefined {
  let message: string | undefined;
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (e instanceof Error && e.message) message = e.message;
  }
  return message;
}

/** Removes any secret that somehow reached a message (belt and braces: the client does not put keys in them). */
export function redact(message: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = message;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

/**
 * Any error met while talking to Meilisearch → `EngineUnavailableError` (no answer, refused, timed
 * out, a 5xx from a proxy in front of it) or `EngineError` (Meilisearch said no). Our own errors pass
 * through. No message contains a key: the causes kept are the client's errors, which carry none.
 */
export function translateError(
  error: unknown,
  context: { url: string; timeoutMs: number; secrets: ReadonlyArray<string | undefined> },
): AppError {
  if (error instanceof AppError) return error;
  const at = `Meilisearch at ${displayUrl(context.url)}`;
  const clean = (m: string) => redact(m, context.secrets);
  const answered = apiErrorOf(error);
  if (answered) error = answered;
  if (error instanceof MeilisearchRequestError) {
    if (error.cause instanceof MeilisearchRequestTimeOutError) {
      return new EngineUnavailableError(`${at} did not answer within ${context.timeoutMs} ms`);
    }
    const reason = networkReason(error.cause);
    const why = reason === 'ECONNREFUSED' ? 'refused the connection' : `could not be reached${reason ? ` (${clean(reason)})` : ''}`;
    return new EngineUnavailableError(`${at} ${why}`, { cause: error.cause });
  }
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new EngineUnavailableError(`${at}: task ${error.cause.taskUid} did not finish within ${error.cause.timeout} ms`);
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const code = error.cause?.code;
    const what = clean(error.cause?.message ?? (error.response.statusText || `HTTP ${status}`));
    if (status >= 500) return new EngineUnavailableError(`${at} answered ${status}: ${what}`);
    if (status === 401 || status === 403) return new EngineError(`${at} rejected the API key (${code ?? status}): ${what}`);
    return new EngineError(`${at} answered ${status}${code ? ` ${code}` : ''}: ${what}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EngineError(`${at}: ${clean(message)}`);
}
