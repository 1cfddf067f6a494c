/**
 * The thread `rebuild.ts` starts: indexes the transcripts into the embedded index file, as
 * `npm run index` would, and reports the summary or the failure.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.ts';
import { explainFailure } from '../failures.ts';
import { createEngine } from '../search/index.ts';
import { runIndex } from './run.ts';
import { yieldToEventLoop } from '../util/worker.ts';

const config = workerData as Config;
// A rebuild runs beside a live server: serving goes first.
yieldToEventLoop(10);
const port = parentPort!;
try {
  const engine = await createEngine(config, { role: 'indexer' });
  try {
    const summary = await runIndex({ transcriptsDir: config.transcriptsDir, engine });
    port.postMessage({ ok: true, quotes: summary.quotes, rejected: summary.rejected.length });
  } finally {
    await engine.close();
  }
} catch (error) {
  port.postMessage({ ok: false, message: explainFailure(error, config).message });
}
