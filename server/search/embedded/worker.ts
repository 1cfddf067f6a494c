/**
 * The embedded engine's search thread: it holds the index and answers the calls `threaded.ts` sends
 * it, so that a long search never holds up the web server's event loop, and the second core searches
 * while the first serves HTTP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchEngine } from '../engine.ts';
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

port.on('message', async ({ id, method, args }: EngineCall) => {
  try {
    const value = await (engine[method] as (...a: unknown[]) => Promise<unknown>).apply(engine, args);
    port.postMessage({ type: 'result', id, ok: true, value });
  } catch (error) {
    port.postMessage({ type: 'result', id, ok: false, error: serializeError(error) });
  }
});
