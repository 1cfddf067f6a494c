/**
 * The embedded engine's search thread: it holds the index and answers the calls `threaded.ts` sends
 * it, so that a long search never holds up the web server's event loop, and the second core searches
 * while the first serves HTTP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchEngine, SearchRequest } from '../engine.ts';
import { searchJsonText } from '../wire.ts';
import { createEmbeddedEngine } from './engine.ts';
import { serializeError, type EngineCall } from './thread-protocol.ts';
import { yieldToEventLoop } from '../../util/worker.ts';

const port = parentPort!;
// Searches run a little below the web server's thread: /health and small pages stay quick while
// long searches run (measured by `npm run bench -- --stall`).
yieldToEventLoop(2);
const { dataDir, watch } = workerData as { dataDir: string; watch: boolean };

let engine: SearchEngine;
/** Which index the engine serves (see `onState`). */
let generation = 0;
try {
  engine = await createEmbeddedEngine({
    dataDir,
    watch,
    // The server starts with a damaged file too: unhealthy, saying why, until a rebuild replaces it.
    tolerateBadFile: true,
    onReloadError: (error) => port.postMessage({ type: 'reload-error', error: serializeError(error) }),
    onState: (state) => {
      generation = state.generation;
      port.postMessage({ type: 'state', state });
    },
  });
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', error: serializeError(error) });
  process.exit(1);
}

const utf8 = new TextEncoder();

/**
 * `searchJson` is answered here: the result is serialized and encoded on this thread and its bytes
 * are handed over, not copied. Sent as text, each answer (about 20 kB) was a string on the web
 * server's heap, copied in and encoded out again; under load those strings kept its young
 * generation full, and its collections (every 55 ms, 5 ms each) held every request in flight.
 */
async function answerSearchJson(id: number, request: SearchRequest, baseUrl: string): Promise<void> {
  const bytes = utf8.encode(searchJsonText(request.q, await engine.search(request), baseUrl));
  port.postMessage({ type: 'result', id, ok: true, value: bytes }, [bytes.buffer]);
}

port.on('message', async ({ id, method, args }: EngineCall) => {
  try {
    if (method === 'searchJson') return await answerSearchJson(id, ...(args as [SearchRequest, string]));
    if (method === 'catalogAt') {
      // The generation goes with the catalog: the other side keeps it until the index changes.
      return port.postMessage({ type: 'result', id, ok: true, value: { generation, catalog: await engine.catalog() } });
    }
    const value = await (engine[method] as (...a: unknown[]) => Promise<unknown>).apply(engine, args);
    port.postMessage({ type: 'result', id, ok: true, value });
  } catch (error) {
    port.postMessage({ type: 'result', id, ok: false, error: serializeError(error) });
  }
});
