/**
 * Rebuilding a damaged embedded index while the server keeps running: the indexer runs on a thread of
 * its own (the web server's event loop stays free to answer, `/health` included), writes the index
 * file the usual way (temporary file, rename), and the search thread picks the new file up by itself.
 */
import type { Config } from '../config.ts';
import type { EngineHealth, SearchEngine } from '../search/engine.ts';
import { sibling, startWorker } from '../util/worker.ts';

export interface Rebuild {
  /** Resolves when the rebuild is over: the quotes indexed, or why it failed. */
  done: Promise<{ ok: true; quotes: number; rejected: number } | { ok: false; message: string }>;
  /** `running`, `done`, or the reason it failed. */
  state(): { running: boolean; failed?: string };
}

export function rebuildInBackground(config: Config): Rebuild {
  const worker = startWorker(sibling(import.meta.url, 'rebuild-worker'), config);
  let running = true;
  let failed: string | undefined;
  const done = new Promise<Awaited<Rebuild['done']>>((resolve) => {
    worker.once('message', (result: Awaited<Rebuild['done']>) => resolve(result));
    worker.once('error', (error) => resolve({ ok: false, message: error.message }));
    worker.once('exit', (code) => resolve({ ok: false, message: `the indexing thread stopped (exit code ${code})` }));
  }).then((result) => {
    running = false;
    if (!result.ok) failed = result.message;
    void worker.terminate();
    return result;
  });
  return { done, state: () => ({ running, ...(failed ? { failed } : {}) }) };
}

/** The engine, with `/health` saying that (and how) its damaged index is being rebuilt. */
export function reportingRebuild(engine: SearchEngine, rebuild: Rebuild): SearchEngine {
  const health = async (): Promise<EngineHealth> => {
    const h = await engine.health();
    if (h.ok) return h;
    const { running, failed } = rebuild.state();
    const now = running ? 'it is being rebuilt from the transcripts' : failed ? `rebuilding it failed: ${failed}` : 'it was rebuilt and is being loaded';
    return { ok: false, detail: `${h.detail ?? 'the index cannot be used'} — ${now}` };
  };
  return new Proxy(engine, { get: (target, prop) => (prop === 'health' ? health : Reflect.get(target, prop)) });
}
