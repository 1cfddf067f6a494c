/**
 * npm start: read the configuration, open the search engine (building the embedded index first if
 * there is none), and serve. SIGTERM and SIGINT stop accepting connections and let in-flight requests
 * finish before the process exits.
 */
import { existsSync } from 'node:fs';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { serve } from './serve.ts';
import { warmCitations } from './web/citations/client.ts';
import { createEngine, embeddedIndexPath } from './search/index.ts';

const SHUTDOWN_GRACE_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
}
const logger = createLogger(config.logLevel);

if (config.engine === 'embedded' && !existsSync(embeddedIndexPath(config.dataDir))) {
  logger.info({ transcripts: config.transcriptsDir }, 'no index yet: indexing the transcripts first');
  // Loaded only when needed: the corpus parsers are large and a serving process rarely needs them.
  const { runIndex } = await import('./indexer/run.ts');
  const indexer = await createEngine(config, { role: 'indexer' });
  const summary = await runIndex({ transcriptsDir: config.transcriptsDir, engine: indexer });
  await indexer.close();
  for (const r of summary.rejected) logger.warn({ file: r.file, line: r.line }, `rejected: ${r.message}`);
  logger.info({ sources: summary.sources, quotes: summary.quotes }, 'index built');
}

const engine = await createEngine(config, {
  role: 'server',
  onReloadError: (error) => logger.error({ err: error }, 'a re-indexed file could not be loaded; still serving the previous index'),
});
const app = createApp({ engine, config, logger });
const serving = await serve(app, config.host, config.port);
// The citation processors take seconds to build: on their own thread, now rather than on the first quote page.
warmCitations();
const stats = await engine.stats().catch(() => null);
logger.info({ engine: engine.name, quotes: stats?.quotes ?? null }, `Verbatim is serving ${serving.url}`);
if (process.stdout.isTTY) process.stdout.write(`\nVerbatim is serving ${serving.url} (${engine.name} engine, ${stats?.quotes ?? 'no'} quotes). Ctrl-C stops it.\n\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const finished = await serving.stop(SHUTDOWN_GRACE_MS);
  if (!finished) logger.warn('in-flight requests did not finish in time');
  await engine.close().catch(() => {});
  logger.info('stopped');
  process.exit(finished ? 0 : 1);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
