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
const logger = createLogger(config.logLevel, config.logFormat);

if (config.engine === 'embedded' && !existsSync(embeddedIndexPath(config.dataDir))) {
  logger.info({ transcripts: config.transcriptsDir }, `No index yet: indexing ${config.transcriptsDir} first`);
  // Loaded only when needed: the corpus parsers are large and a serving process rarely needs them.
  const { runIndex } = await import('./indexer/run.ts');
  const indexer = await createEngine(config, { role: 'indexer' });
  const summary = await runIndex({ transcriptsDir: config.transcriptsDir, engine: indexer });
  await indexer.close();
  const at = (w: { file: string; line?: number }) => `${w.file}${w.line ? `:${w.line}` : ''}`;
  for (const w of summary.warnings) logger.warn({ file: w.file, line: w.line }, `${at(w)}: ${w.message}`);
  for (const r of summary.rejected) logger.warn({ file: r.file, line: r.line }, `${at(r)}: rejected: ${r.message}`);
  logger.info(
    { sources: summary.sources, quotes: summary.quotes, speakers: summary.speakers },
    `Indexed ${summary.sources} sources, ${summary.quotes} quotes by ${summary.speakers} speakers` +
      (summary.warnings.length ? ` (${summary.warnings.length} warnings above)` : ''),
  );
}

const engine = await createEngine(config, {
  role: 'server',
  onReloadError: (error) => logger.error({ err: error }, 'A re-indexed file could not be loaded; still serving the previous index'),
});
const app = createApp({ engine, config, logger });
const serving = await serve(app, config.host, config.port);
// The citation processors take seconds to build: on their own thread, now rather than on the first quote page.
warmCitations();
const stats = await engine.stats().catch(() => null);
logger.info(
  { engine: engine.name, quotes: stats?.quotes ?? null, url: serving.url },
  `Verbatim is serving ${serving.url} (${engine.name} engine, ${stats?.quotes ?? 'no'} quotes). Ctrl-C stops it.`,
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, `${signal}: finishing the requests in flight, then stopping`);
  const finished = await serving.stop(SHUTDOWN_GRACE_MS);
  if (!finished) logger.warn('Requests in flight did not finish in time');
  await engine.close().catch(() => {});
  logger.info('Stopped');
  process.exit(finished ? 0 : 1);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
