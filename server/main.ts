/**
 * npm start: read the configuration, open the search engine (building the embedded index first if
 * there is none), and serve. A damaged index does not stop the server: it starts unhealthy, saying
 * why, and rebuilds the index from the transcripts on a thread of its own. A failure to start is one
 * message naming the setting or file and what to do, with exit status 2 (configuration) or 1 (data),
 * never a stack trace. SIGTERM and SIGINT stop accepting connections and let in-flight requests
 * finish before the process exits.
 */
import { existsSync } from 'node:fs';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { explainFailure, type FailureContext } from './failures.ts';
import { createLogger, type Logger } from './logger.ts';
import { serve, type Serving } from './serve.ts';
import type { SearchEngine } from './search/engine.ts';
import { createEngine, embeddedIndexPath } from './search/index.ts';

const SHUTDOWN_GRACE_MS = 10_000;

let context: FailureContext = {};
let logger: Logger | null = null;
function fail(error: unknown): never {
  const { message, exitCode } = explainFailure(error, context);
  logger?.debug({ err: error }, 'start-up failed');
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  fail(error);
}
context = { host: config.host, port: config.port, dataDir: config.dataDir, transcriptsDir: config.transcriptsDir };
const log = createLogger(config.logLevel);
logger = log;

/** The first start: index the transcripts before serving anything. */
async function buildFirstIndex(): Promise<void> {
  log.info({ transcripts: config.transcriptsDir }, 'no index yet: indexing the transcripts first');
  // Loaded only when needed: the corpus parsers are large and a serving process rarely needs them.
  const { runIndex } = await import('./indexer/run.ts');
  const indexer = await createEngine(config, { role: 'indexer' });
  try {
    const summary = await runIndex({ transcriptsDir: config.transcriptsDir, engine: indexer, onLockWait: (holder) => log.info({ holder }, 'waiting for another indexer to finish') });
    for (const r of summary.rejected) log.warn({ file: r.file, line: r.line }, `rejected: ${r.message}`);
    log.info({ sources: summary.sources, quotes: summary.quotes }, 'index built');
  } finally {
    await indexer.close();
  }
}

/** A damaged index: serve (unhealthy, saying why) while it is rebuilt beside the server. */
async function rebuildDamaged(engine: SearchEngine, detail: string | undefined): Promise<SearchEngine> {
  log.error({ detail }, 'the index cannot be used: rebuilding it from the transcripts');
  const { rebuildInBackground, reportingRebuild } = await import('./indexer/rebuild.ts');
  const rebuild = rebuildInBackground(config);
  void rebuild.done.then((result) => {
    if (result.ok) log.info({ quotes: result.quotes, rejected: result.rejected }, 'index rebuilt');
    else log.error({ reason: result.message }, 'rebuilding the index failed: fix the cause and run npm run index');
  });
  return reportingRebuild(engine, rebuild);
}

let engine: SearchEngine;
let serving: Serving;
try {
  if (config.engine === 'embedded' && !existsSync(embeddedIndexPath(config.dataDir))) await buildFirstIndex();
  engine = await createEngine(config, {
    role: 'server',
    onReloadError: (error) => log.error({ reason: (error as Error).message }, 'a re-indexed file could not be loaded; still serving the previous index'),
  });
  const health = await engine.health();
  const served = config.engine === 'embedded' && !health.ok ? await rebuildDamaged(engine, health.detail) : engine;
  serving = await serve(createApp({ engine: served, config, logger: log }), config.host, config.port);
} catch (error) {
  fail(error);
}
const stats = await engine.stats().catch(() => null);
log.info({ engine: engine.name, quotes: stats?.quotes ?? null }, `Verbatim is serving ${serving.url}`);
if (process.stdout.isTTY) process.stdout.write(`\nVerbatim is serving ${serving.url} (${engine.name} engine, ${stats?.quotes ?? 'no'} quotes). Ctrl-C stops it.\n\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  const finished = await serving.stop(SHUTDOWN_GRACE_MS);
  if (!finished) log.warn('in-flight requests did not finish in time');
  await engine.close().catch(() => {});
  log.info('stopped');
  process.exit(finished ? 0 : 1);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
