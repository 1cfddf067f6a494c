/**
 * The web server's side of the citation thread: one thread per process, started on first use and
 * restarted if it stops; answers are cached (the same item and request format the same way), so a
 * quote page viewed twice is formatted once.
 */
import type { Worker } from 'node:worker_threads';
import { sibling, startWorker } from '../../util/worker.ts';
import type { CslItem } from './csl-item.ts';
import type { CiteRequest } from './in-text.ts';
import type { StyleOutput } from './processor.ts';
import type { FormatCall, FormatReply } from './protocol.ts';

const CACHE_SIZE = 2000;

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (v: StyleOutput[]) => void; reject: (e: Error) => void }>();
const cache = new Map<string, Promise<StyleOutput[]>>();

function thread(): Worker {
  if (worker) return worker;
  const w = startWorker(sibling(import.meta.url, 'worker'), {});
  // The thread must never keep a finished process (a test, a script) alive.
  w.unref();
  w.on('message', (reply: FormatReply | { ready: true }) => {
    if (!('id' in reply)) return;
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) call?.resolve(reply.outputs);
    else call?.reject(new Error(`citation formatting failed: ${reply.error}`));
  });
  const fail = (error: Error) => {
    worker = null;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the citation thread stopped (exit code ${code})`)));
  worker = w;
  return w;
}

/** Formats one item in the given styles (all when absent), on the citation thread. */
export function formatCitations(item: CslItem, cite: CiteRequest, styles?: string[]): Promise<StyleOutput[]> {
  const key = JSON.stringify([item, cite, styles ?? null]);
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place: the map's order is the eviction order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const promise = new Promise<StyleOutput[]>((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    // Held while answers are awaited, so a script that awaits a citation is not ended early.
    thread().ref();
    thread().postMessage({ id, item, cite, ...(styles ? { styles } : {}) } satisfies FormatCall);
  });
  promise.catch(() => cache.delete(key));
  cache.set(key, promise);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return promise;
}
