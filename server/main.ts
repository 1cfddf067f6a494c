/**
 * npm start: read the configuration, open the search engine (building the embedded index first if
 * there is none), and serve. SIGTERM and SIGINT stop accepting connections and let in-flight requests
 * finish before the process exits.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
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
const server = app.listen(config.port, config.host, async () => {
  const { port } = server.address() as AddressInfo;
  const stats = await engine.stats().catch(() => null);
  logger.info({ engine: engine.name, quotes: stats?.quotes ?? null }, `Verbatim is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);
  if (!process.stdout.isTTY || config.logLevel === 'silent') return;
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => {
    logger.warn('in-flight requests did not finish in time; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(async () => {
    await engine.close().catch(() => {});
    logger.info('stopped');
    process.exit(0);
  });
  // Keep-alive connections with no request in flight would hold the server open.
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
