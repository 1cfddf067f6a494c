/**
 * The web server's side of the citation thread: one thread per process, started on first use and
 * restarted if it stops; answers are cached (the same item and request format the same way), so a
 * quote page viewed twice is formatted once.
 */
import { requestWorker, sibling } from '../../util/worker.ts';
import type { CslItem } from './csl-item.ts';
import type { CiteRequest } from './in-text.ts';
import type { StyleOutput } from './processor.ts';
import type { FormatCall } from './protocol.ts';

const CACHE_SIZE = 2000;

const ask = requestWorker<Omit<FormatCall, 'id'>, StyleOutput[]>(sibling(import.meta.url, 'worker'), 'citation formatting');
const cache = new Map<string, Promise<StyleOutput[]>>();

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
  const promise = ask({ item, cite, ...(styles ? { styles } : {}) });
  promise.catch(() => cache.delete(key));
  cache.set(key, promise);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return promise;
}

/**
 * Starts the citation thread and builds the processors of the promised styles now, so that the first
 * quote page does not wait seconds for them (the web server calls this once it listens).
 */
export function warmCitations(): void {
  void formatCitations({ id: 'warm-up', type: 'article-newspaper', title: 'Warm-up' }, { quotedPerson: null, timestamp: null }, ['apa', 'mla', 'chicago']).catch(() => {});
}
