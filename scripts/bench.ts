/**
 * npm run bench -- --quotes N [--engine embedded|meilisearch] [--requests R] [--json] [--keep]
 *
 * Generates a deterministic corpus of about N quotes from real speech, measures end-to-end indexing
 * (read, parse, attribute, index), then search through the HTTP API with 50 concurrent connections
 * over R distinct queries (typos, phrases, exclusions, speaker filters) and the server's memory, and a
 * bare Express hello-world on the same machine in the same run as the baseline. The last line printed
 * is one JSON object: { quotes, indexQuotesPerSec, search: { p50Ms, p99Ms, rps }, helloWorldRps, rssMb }.
 *
 * With Meilisearch it builds indexes of its own, `<MEILI_INDEX>_bench` (deleted afterwards unless
 * --keep), and never touches the live ones; and it sends the same queries straight to Meilisearch, as
 * the exact requests the adapter makes for them (a query that finds nothing is asked again without its
 * last words, as the API does), for a second baseline in queries/s (`meilisearchDirect`,
 * `throughVerbatimShare`); and each query's first attempt alone, for comparison with earlier runs
 * (`throughVerbatimShareOfFirstAttempts`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, parseDecimal, type Config } from '../server/config.ts';
import type { IndexSummary } from '../server/indexer/run.ts';
import { createEngine } from '../server/search/index.ts';
import { generateCorpus, type GeneratedQuote } from './bench/corpus.ts';
import { freePort, load, rssMb, runNpmScript, startProcess, startServer, waitFor, type LoadResult } from './bench/load.ts';
import { buildQueries } from './bench/queries.ts';
import { directRequests, firstAttempts, type DirectRequests } from './bench/direct.ts';
import { runStall, writeLongSources } from './bench/stall.ts';
import { Random } from './bench/random.ts';
import { CORPUS_SEED, QUERY_SEED, trainMarkov } from './bench/training.ts';

const USAGE = 'Usage: npm run bench -- --quotes N [--engine embedded|meilisearch] [--requests R] [--stall] [--json] [--keep]';
const { values } = parseArgs({
  options: {
    quotes: { type: 'string', default: '10000' },
    engine: { type: 'string' },
    requests: { type: 'string', default: '20000' },
    stall: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const quotes = parseDecimal(values.quotes!) ?? NaN;
const requests = parseDecimal(values.requests!) ?? NaN;
if (!(quotes >= 100) || !(requests >= 1000)) {
  process.stderr.write(`--quotes must be a whole number ≥ 100 and --requests ≥ 1000 (distinct queries).\n${USAGE}\n`);
  process.exit(2);
}
if (values.engine && values.engine !== 'embedded' && values.engine !== 'meilisearch') {
  process.stderr.write(`--engine must be embedded or meilisearch.\n${USAGE}\n`);
  process.exit(2);
}
/** Requests sent to each server before measuring, so that both are measured warm (JIT-compiled). */
const WARMUP = 3000;
/** With --stall: the long sources added to the corpus, and how many heavy pages are asked for. */
const LONG_SOURCES = { transcriptTurns: 10_000, reviewSentences: 4_000 };
const STALL_REQUESTS = 300;
/** With Meilisearch: the measured queries go in this many rounds, alternating Verbatim and Meilisearch alone. */
const MEILI_ROUNDS = 4;
const say = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

// Train on real speech: the 2016 debates when ../shared is there, and the seed transcripts always.
const markov = trainMarkov(say);

const work = await mkdtemp(path.join(tmpdir(), 'verbatim-bench-'));
const base = loadConfig();
const engineName = (values.engine as Config['engine'] | undefined) ?? base.engine;
if (engineName === 'meilisearch' && !base.meili?.adminKey) {
  process.stderr.write('--engine meilisearch needs MEILI_URL and MEILI_ADMIN_KEY.\n');
  process.exit(2);
}
// Meilisearch: indexes of the bench's own, never the live ones (nor their permalink records).
const meili = base.meili ? { ...base.meili, index: `${base.meili.index}_bench` } : undefined;
const config: Config = { ...base, engine: engineName, transcriptsDir: path.join(work, 'transcripts'), dataDir: path.join(work, 'data'), ...(meili ? { meili } : {}) };
const engineEnv: NodeJS.ProcessEnv = { TRANSCRIPTS_DIR: config.transcriptsDir, DATA_DIR: config.dataDir, SEARCH_ENGINE: engineName };
if (engineName === 'meilisearch') {
  // A search-only key is scoped to the live indexes; the bench server searches its own with the admin key.
  Object.assign(engineEnv, { MEILI_INDEX: meili!.index, MEILI_SEARCH_KEY: '', NODE_ENV: 'development' });
}
/** Delete the bench's Meilisearch indexes (a killed earlier run may have left them); the embedded index lives in `work`. */
async function dropBenchIndex(): Promise<void> {
  if (engineName !== 'meilisearch') return;
  const engine = await createEngine(config, { role: 'indexer' });
  try {
    await engine.drop();
  } finally {
    await engine.close();
  }
}
const children: Array<{ kill: () => boolean }> = [];
try {
  const random = new Random(CORPUS_SEED);
  const corpus = await generateCorpus(config.transcriptsDir, quotes, markov, random);
  say(`Generated ${corpus.sources} sources in ${corpus.collections} collections (${corpus.speakers} people) from a ${markov.size}-sentence Markov model.`);
  if (values.stall) {
    await writeLongSources(path.join(config.transcriptsDir, 'collection-001'), markov, random, LONG_SOURCES);
    say(`Added an interview of ${LONG_SOURCES.transcriptTurns} turns and a review of ${LONG_SOURCES.reviewSentences} sentences.`);
  }

  // Indexing: `npm run index` exactly as a user runs it (with the Node settings package.json gives
  // it); its summary times reading, parsing, attributing and indexing, end to end (Node's own
  // start-up is not counted).
  await dropBenchIndex();
  const indexRun = await runNpmScript('index', ['--json'], engineEnv);
  const summary = JSON.parse(indexRun) as IndexSummary;
  const indexSeconds = (summary.timings.loadMs + summary.timings.writeMs) / 1000;
  const indexQuotesPerSec = Math.round(summary.quotes / indexSeconds);
  say(`Indexed ${summary.quotes} quotes (${summary.sources} sources, ${summary.rejected.length} rejected) in ${indexSeconds.toFixed(1)} s: ${indexQuotesPerSec} quotes/s.`);

  if (values.stall) {
    // The stall benchmark instead of the search throughput: /health timed while heavy pages are served.
    const port = await freePort();
    const server = startServer({ ...engineEnv, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' });
    children.push(server);
    await waitFor(`http://127.0.0.1:${port}/health`, 600_000);
    const stall = await runStall(`http://127.0.0.1:${port}`, STALL_REQUESTS);
    server.kill();
    say(`/health on an idle server: p50 ${stall.idle.p50Ms} ms, p99 ${stall.idle.p99Ms} ms, max ${stall.idle.maxMs} ms (${stall.idle.samples} requests).`);
    say(
      `/health while 10 connections ask for heavy pages (${stall.heavy.requests} pages at ${stall.heavy.rps}/s, p50 ${stall.heavy.p50Ms} ms, p99 ${stall.heavy.p99Ms} ms, ${stall.heavy.non2xx} non-2xx): p50 ${stall.loaded.p50Ms} ms, p99 ${stall.loaded.p99Ms} ms, max ${stall.loaded.maxMs} ms (${stall.loaded.samples} requests; p99 ${(stall.loaded.p99Ms / Math.max(stall.idle.p99Ms, 0.1)).toFixed(1)}× idle).`,
    );
    process.stdout.write(`${JSON.stringify({ quotes: summary.quotes, stall: { idle: stall.idle, loaded: stall.loaded, heavy: stall.heavy, pages: stall.pages } })}\n`);
  } else {
    await searchThroughput(corpus.sample, summary, indexQuotesPerSec);
  }
} finally {
  for (const child of children) child.kill();
  if (values.keep) say(`Kept the corpus and index in ${work}${meili && engineName === 'meilisearch' ? ` and the Meilisearch index ${meili.index}` : ''}`);
  else await Promise.all([rm(work, { recursive: true, force: true }), dropBenchIndex()]);
}

/** The search throughput through the API, against a hello-world (and Meilisearch alone) in the same run. */
async function searchThroughput(sample: GeneratedQuote[], summary: IndexSummary, indexQuotesPerSec: number): Promise<void> {
  const paths = buildQueries(sample, requests + WARMUP, new Random(QUERY_SEED));
  const warmup = paths.slice(requests);
  const measured = paths.slice(0, requests);

  // Baseline: a bare Express hello-world, same load generator, same request count.
  const helloPort = await freePort();
  const hello = startProcess('scripts/bench/hello.ts', [String(helloPort)], {});
  children.push(hello);
  await waitFor(`http://127.0.0.1:${helloPort}/`);
  await load(`http://127.0.0.1:${helloPort}`, Array(WARMUP).fill('/'));
  const helloResult = await load(`http://127.0.0.1:${helloPort}`, Array(measured.length).fill('/'));
  hello.kill();
  say(`Hello-world baseline: ${helloResult.rps} requests/s.`);

  // With Meilisearch, the queries are measured in rounds, each sent through Verbatim, then straight to
  // Meilisearch with every request the adapter makes for them (`bench/direct.ts`), then as their first
  // attempts alone: the shared machine's load drifts over minutes, and alternating measures all three
  // under the same. The requests the adapter makes are recorded before anything is measured.
  const rounds = engineName === 'meilisearch' ? chunks(measured, MEILI_ROUNDS) : [measured];
  const recorded: DirectRequests[] = [];
  if (engineName === 'meilisearch') {
    for (const round of rounds) recorded.push(await directRequests(round, meili!));
    const warm = await directRequests(warmup, meili!);
    await load(warm.origin, warm.requests);
  }

  // The Verbatim server in its own process, as `npm start` runs it, without rate limiting.
  const port = await freePort();
  const server = startServer({ ...engineEnv, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' });
  children.push(server);
  await waitFor(`http://127.0.0.1:${port}/health`, 600_000);
  await load(`http://127.0.0.1:${port}`, warmup);
  let peak = rssMb(server.pid!);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(server.pid!));
  }, 250);
  const through: LoadResult[] = [];
  const all: LoadResult[] = [];
  const first: LoadResult[] = [];
  for (const [i, round] of rounds.entries()) {
    through.push(await load(`http://127.0.0.1:${port}`, round));
    if (engineName !== 'meilisearch') continue;
    all.push(await load(recorded[i]!.origin, recorded[i]!.requests));
    first.push(await load(recorded[i]!.origin, firstAttempts(round, meili!)));
  }
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(server.pid!));
  server.kill();
  const search = combined(through);
  say(`Search: ${search.requests} distinct queries over 50 connections: ${search.rps} requests/s (${((100 * search.rps) / helloResult.rps).toFixed(1)}% of hello-world), p50 ${search.p50Ms} ms, p99 ${search.p99Ms} ms${rounds.length > 1 ? ' (the middle round\'s p50, the worst round\'s p99)' : ''}, ${search.non2xx} non-2xx, ${search.errors} errors; server RSS peak ${peak} MB.`);

  let direct: { queriesPerSec: number; requests: number; retries: number; p50Ms: number; p99Ms: number; firstAttemptsRps: number } | null = null;
  if (engineName === 'meilisearch') {
    const same = combined(all);
    const retries = recorded.reduce((n, r) => n + r.retries, 0);
    // Throughput in queries: the requests of a query that is asked again count as one.
    const queriesPerSec = Math.round((same.rps * measured.length) / same.requests);
    const firstOnly = combined(first);
    direct = { queriesPerSec, requests: same.requests, retries, p50Ms: same.p50Ms, p99Ms: same.p99Ms, firstAttemptsRps: firstOnly.rps };
    say(
      `Meilisearch alone, every request the adapter makes for the same queries (${measured.length} queries, ${same.requests} requests: ${retries} ask again without the last words of a query that found nothing): ${queriesPerSec} queries/s, p50 ${same.p50Ms} ms, p99 ${same.p99Ms} ms a request, ${same.non2xx} non-2xx; through Verbatim: ${((100 * search.rps) / queriesPerSec).toFixed(1)}% of that.`,
    );
    say(`Meilisearch alone, each query's first attempt only: ${firstOnly.rps} requests/s; through Verbatim: ${((100 * search.rps) / firstOnly.rps).toFixed(1)}% of that.`);
    say(`(${rounds.length} rounds of ${rounds[0]!.length} queries, each through Verbatim, then to Meilisearch alone both ways; through Verbatim each round: ${through.map((r, i) => `${((100 * r.rps * recorded[i]!.requests.length) / (rounds[i]!.length * all[i]!.rps)).toFixed(1)}%`).join(', ')}.)`);
  }

  process.stdout.write(
    `${JSON.stringify({
      quotes: summary.quotes,
      indexQuotesPerSec,
      search: { p50Ms: search.p50Ms, p99Ms: search.p99Ms, rps: search.rps },
      helloWorldRps: helloResult.rps,
      rssMb: peak,
      ...(direct
        ? {
            meilisearchDirect: direct,
            throughVerbatimShare: Number((search.rps / direct.queriesPerSec).toFixed(3)),
            throughVerbatimShareOfFirstAttempts: Number((search.rps / direct.firstAttemptsRps).toFixed(3)),
          }
        : {}),
    })}\n`,
  );
}

/** `items` in `n` consecutive parts of (nearly) equal size. */
function chunks<T>(items: readonly T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((part) => part.length > 0);
}

/** Several runs as one: their requests over their summed time; the middle p50, the worst p99. */
function combined(runs: readonly LoadResult[]): LoadResult {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((t, r) => t + r.requests / r.rps, 0);
  const p50s = runs.map((r) => r.p50Ms).sort((a, b) => a - b);
  return {
    requests,
    rps: Math.round(requests / seconds),
    p50Ms: p50s[(p50s.length - 1) >> 1]!,
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}
