/**
 * The embedded engine on a thread of its own, for the web server: every call is passed to
 * `worker.ts`, which holds the one copy of the index (and follows re-indexes). The event loop that
 * serves HTTP never runs a search, so a slow query does not stall other requests, and searching and
 * serving use both cores. Tests and the indexer use the engine in-process (`engine.ts`).
 */
import { sibling, startWorker } from '../../util/worker.ts';
import { EngineUnavailableError } from '../../errors.ts';
import type { Catalog, SearchEngine } from '../engine.ts';
import type { EngineState } from './options.ts';
import { lockDataDir } from './lock.ts';
import { deserializeError, type EngineMethod, type SerializedError } from './thread-protocol.ts';

export interface ThreadedEngineOptions {
  dataDir: string;
  watch: boolean;
  onReloadError?: (error: unknown) => void;
}

type Reply =
  | { type: 'ready' }
  | { type: 'failed'; error: SerializedError }
  | { type: 'reload-error'; error: SerializedError }
  | { type: 'state'; state: EngineState }
  | { type: 'result'; id: number; ok: boolean; value?: unknown; error?: SerializedError };

export async function createThreadedEmbeddedEngine(options: ThreadedEngineOptions): Promise<SearchEngine> {
  const worker = startWorker(sibling(import.meta.url, 'worker'), { dataDir: options.dataDir, watch: options.watch });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let next = 0;
  let stopped: Error | null = null;
  /**
   * The catalog is copied across once per index, not once per page: at 100,000 sources the copy
   * takes longer than a page should. It is kept with the generation of the index it came from and
   * dropped when the thread reports another.
   */
  let generation = 0;
  let catalog: { generation: number; value: Promise<Catalog | null> } | null = null;
  /**
   * The index's figures and health as the thread last reported them: `/health` is answered from
   * here at once, rather than wait in line behind the searches the thread is busy with.
   */
  let state: EngineState = { generation: 0, stats: { quotes: 0, sources: 0, speakers: 0, builtAt: null }, health: { ok: true } };

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: Reply) => {
      if (reply.type === 'ready') resolve();
      else if (reply.type === 'failed') reject(deserializeError(reply.error));
      else if (reply.type === 'reload-error') options.onReloadError?.(deserializeError(reply.error));
      else if (reply.type === 'state') {
        if (reply.state.generation >= state.generation) state = reply.state;
        generation = Math.max(generation, reply.state.generation);
      }
      else {
        const call = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.ok) call?.resolve(reply.value);
        else call?.reject(deserializeError(reply.error!));
      }
    });
    worker.on('error', reject);
  });
  worker.on('exit', (code) => {
    stopped = new EngineUnavailableError(`the search thread stopped (exit code ${code})`);
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
  });
  await ready;

  const call = <T>(method: EngineMethod, ...args: unknown[]): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  };

  return {
    name: 'embedded',
    // The lock is a file in the data directory: taken from this side, whatever thread writes.
    lockForIndexing: (onWait) => lockDataDir(options.dataDir, onWait),
    replaceAll: (snapshot) => call('replaceAll', snapshot),
    drop: () => call('drop'),
    search: (request) => call('search', request),
    searchJson: (request, baseUrl) => call('searchJson', request, baseUrl),
    correctWords: (words) => call('correctWords', words),
    get: (id) => call('get', id),
    getMany: (ids) => call('getMany', ids),
    resolve: (id) => call('resolve', id),
    list: (by, page) => call('list', by, page),
    catalog: () => {
      if (catalog && catalog.generation === generation) return catalog.value;
      const entry = { generation, value: Promise.resolve<Catalog | null>(null) };
      entry.value = call<{ generation: number; catalog: Catalog | null }>('catalogAt').then(
        (reply) => {
          // Answered from a newer index than this side has heard of: that one is current.
          generation = Math.max(generation, reply.generation);
          entry.generation = reply.generation;
          return reply.catalog;
        },
        (error: unknown) => {
          if (catalog === entry) catalog = null;
          throw error;
        },
      );
      catalog = entry;
      return entry.value;
    },
    sourceText: (slug) => call('sourceText', slug),
    // Sliced on the search thread: only the part asked for is copied across.
    sourceTextRange: (slug, start, end) => call('sourceTextRange', slug, start, end),
    dump: () => call('dump'),
    stats: () => (stopped ? Promise.reject(stopped) : Promise.resolve(state.stats)),
    health: () => Promise.resolve(stopped ? { ok: false, detail: stopped.message } : state.health),
    close: async () => {
      if (!stopped) await call('close').catch(() => {});
      await worker.terminate();
    },
  };
}
