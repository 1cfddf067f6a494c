/**
 * The web server's side of the citation thread: one thread per process, started on first use (or by
 * `warmCitations`) and restarted if it stops; answers are cached (the same item and request format
 * the same way), so a quote page viewed twice is formatted once. The thread and the style processors
 * it builds hold about 65 MB, so it stops after ten minutes in which no page was served and no
 * citation formatted, and a server that only answers searches never starts it (a quote asked for
 * through the API is cited, and then waits for the thread to start and build them: about 0.8 s).
 */
import { requestWorker, sibling } from '../../util/worker.ts';
import type { CslItem } from './csl-item.ts';
import type { CiteRequest } from './in-text.ts';
import type { StyleOutput } from './processor.ts';
import type { FormatCall } from './protocol.ts';

const CACHE_SIZE = 2000;
/** How long the citation thread waits for work before it stops and its memory is given back. */
const IDLE_MS = 10 * 60_000;
/** After a warm-up fails (the thread could not start), pages wait this long before trying again. */
const RETRY_MS = 60_000;
let warmUpFailedAt = -Infinity;

const ask = requestWorker<Omit<FormatCall, 'id'>, StyleOutput[]>(sibling(import.meta.url, 'worker'), 'citation formatting', { idleMs: IDLE_MS });
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
 * Starts the citation thread, if it is not running, and builds the processors of the promised styles
 * now, so that a quote page does not wait for them: the web server calls this when it serves a
 * page, from which a quote page is a click away.
 */
export function warmCitations(): void {
  // Pages being read keep the thread: a quote page is a click away from any of them.
  if (ask.running()) return ask.touch();
  if (Date.now() - warmUpFailedAt < RETRY_MS) return;
  // Not through the answer cache: a warm-up answered once would not start a stopped thread again.
  void ask({ item: { id: 'warm-up', type: 'article-newspaper', title: 'Warm-up' }, cite: { quotedPerson: null, timestamp: null }, styles: ['apa', 'mla', 'chicago'] }).catch(() => {
    warmUpFailedAt = Date.now();
  });
}
