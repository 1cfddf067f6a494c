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

/**
 * `searchJson` is answered here: the result is serialized on this thread and only the text crosses
 * over. Encoding it to bytes is left to the web server's thread, which has time to spare: this one
 * is the busier of the two under load.
 */
async function answerSearchJson(id: number, request: SearchRequest, baseUrl: string): Promise<void> {
  port.postMessage({ type: 'result', id, ok: true, value: searchJsonText(request.q, await engine.search(request), baseUrl) });
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
