/**
 * The embedded engine's search thread: it holds the index and answers the calls `threaded.ts` sends
 * it, so that a long search never holds up the web server's event loop, and the second core searches
 * while the first serves HTTP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchEngine, SearchRequest } from '../engine.ts';
import { searchJson } from '../wire.ts';
import { createEmbeddedEngine } from './engine.ts';
import { serializeError, type EngineCall } from './thread-protocol.ts';

const port = parentPort!;
const { dataDir, watch } = workerData as { dataDir: string; watch: boolean };

let engine: SearchEngine;
try {
  engine = await createEmbeddedEngine({
    dataDir,
    watch,
    onReloadError: (error) => port.postMessage({ type: 'reload-error', error: serializeError(error) }),
  });
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', error: serializeError(error) });
  process.exit(1);
}

/** `searchJson` is answered here: the result is serialized on this thread, and only a string crosses over. */
const calls = {
  searchJson: async (request: SearchRequest, baseUrl: string) => JSON.stringify(searchJson(request.q, await engine.search(request), baseUrl)),
};

port.on('message', async ({ id, method, args }: EngineCall) => {
  try {
    const value = method === 'searchJson' ? await calls.searchJson(...(args as [SearchRequest, string])) : await (engine[method] as (...a: unknown[]) => Promise<unknown>).apply(engine, args);
    port.postMessage({ type: 'result', id, ok: true, value });
  } catch (error) {
    port.postMessage({ type: 'result', id, ok: false, error: serializeError(error) });
  }
});
