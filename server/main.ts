/**
 * npm start: read the configuration, open the search engine (building the embedded index first if
 * there is none), and serve. A damaged index does not stop the server: it starts unhealthy, saying
 * why, and rebuilds the index from the transcripts on a thread of its own. A failure to start is one
 * message naming the setting or file and what to do, with exit status 2 (configuration) or 1 (data),
 * never a stack trace. SIGTERM and SIGINT stop accepting connections and let in-flight requests
 * finish before the process exits.
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { explainFailure, type FailureContext } from './failures.ts';
import { createLogger, type Logger } from './logger.ts';
import { serve, type Serving } from './serve.ts';
import type { SearchEngine } from './search/engine.ts';
import { warmCitations } from './web/citations/client.ts';
import { createEngine, embeddedIndexPath } from './search/index.ts';

const SHUTDOWN_GRACE_MS = 10_000;

// package.json's `start` gives this thread a young generation twice V8's default
// (`--max-semi-space-size=32`): with Meilisearch, fifty searches in flight each hold a parsed answer
// of about 20 kB across the collections, and in the default one they outlive it and are copied;
// the web server spent 1.78 ms of CPU a search with the default, 1.29 ms with this (the bench's
// queries, alternating). Threads started from here (the embedded engine's search, citations, cards,
// a rebuild) keep V8's default: their memory is what the embedded engine's budget counts, and a
// flag set now sizes only heaps made from now on.
setFlagsFromString('--max-semi-space-size=0');

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
const log = createLogger(config.logLevel, config.logFormat);
logger = log;

/** What the summary line points back to: the warnings, the files not read and the files skipped, each counted. */
function aboveNote(warnings: number, rejected: number, skipped: number): string {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const parts = [warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '', rejected ? `${files(rejected)} not read` : '', skipped ? `${files(skipped)} skipped` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')}: see above)` : '';
}

/** The first start: index the transcripts before serving anything. */
async function buildFirstIndex(): Promise<void> {
  log.info({ transcripts: config.transcriptsDir }, `No index yet: indexing ${config.transcriptsDir} first`);
  // Loaded only when needed: the corpus parsers are large and a serving process rarely needs them.
  const { runIndex } = await import('./indexer/run.ts');
  const indexer = await createEngine(config, { role: 'indexer' });
  try {
    const summary = await runIndex({
      transcriptsDir: config.transcriptsDir,
      engine: indexer,
      onLockWait: (holder) => log.info({ holder }, 'Waiting for another indexer to finish'),
    });
    const at = (w: { file: string; line?: number }) => `${w.file}${w.line ? `:${w.line}` : ''}`;
    for (const w of summary.warnings) log.warn({ file: w.file, line: w.line }, `${at(w)}: ${w.message}`);
    for (const r of summary.rejected) log.warn({ file: r.file, line: r.line }, `${at(r)}: rejected: ${r.message}`);
    // Skipped files are named too: a folder of links to files elsewhere indexed nothing, and said nothing why.
    for (const k of summary.skipped) log.info({ file: k.file }, `${k.file}: skipped: ${k.message}`);
    log.info(
      { sources: summary.sources, quotes: summary.quotes, speakers: summary.speakers },
      `Indexed ${summary.sources} sources, ${summary.quotes} quotes by ${summary.speakers} speakers` +
        aboveNote(summary.warnings.length, summary.rejected.length, summary.skipped.length),
    );
  } finally {
    await indexer.close();
  }
}

/** A damaged index: serve (unhealthy, saying why) while it is rebuilt beside the server. */
async function rebuildDamaged(engine: SearchEngine, detail: string | undefined): Promise<SearchEngine> {
  log.error({ detail }, `The index cannot be used (${detail ?? 'damaged'}): rebuilding it from the transcripts`);
  const { rebuildInBackground, reportingRebuild } = await import('./indexer/rebuild.ts');
  const rebuild = rebuildInBackground(config);
  void rebuild.done.then((result) => {
    if (result.ok) log.info({ quotes: result.quotes, rejected: result.rejected }, `Index rebuilt: ${result.quotes} quotes`);
    else log.error({ reason: result.message }, `Rebuilding the index failed (${result.message}): fix the cause and run npm run index`);
  });
  return reportingRebuild(engine, rebuild);
}

let engine: SearchEngine;
let serving: Serving;
try {
  if (config.engine === 'embedded' && !existsSync(embeddedIndexPath(config.dataDir))) await buildFirstIndex();
  engine = await createEngine(config, {
    role: 'server',
    onReloadError: (error) => log.error({ reason: (error as Error).message }, 'A re-indexed file could not be loaded; still serving the previous index'),
  });
  const health = await engine.health();
  const served = config.engine === 'embedded' && !health.ok ? await rebuildDamaged(engine, health.detail) : engine;
  serving = await serve(createApp({ engine: served, config, logger: log, onPage: warmCitations }), config.host, config.port);
} catch (error) {
  fail(error);
}
const stats = await engine.stats().catch(() => null);
log.info(
  { engine: engine.name, quotes: stats?.quotes ?? null, url: serving.url },
  `Verbatim is serving ${serving.url} (${engine.name} engine, ${stats?.quotes ?? 'no'} quotes). Ctrl-C stops it.`,
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, `${signal}: finishing the requests in flight, then stopping`);
  const finished = await serving.stop(SHUTDOWN_GRACE_MS);
  if (!finished) log.warn('Requests in flight did not finish in time');
  await engine.close().catch(() => {});
  log.info('Stopped');
  process.exit(finished ? 0 : 1);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
