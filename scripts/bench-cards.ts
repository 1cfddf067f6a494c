/**
 * npm run bench:cards [-- --json]
 * Can a burst of share-card requests stall the server? The server runs as `npm start` does (its own
 * process, the seed corpus, a fresh DATA_DIR, rate limiting off) on 127.0.0.1. /health is timed idle
 * (the baseline, same run), then while every quote, speaker and source card is asked for at once
 * (cards are drawn on a thread of their own, one at a time; past 64 waiting the server answers 503
 * rather than queue), then while the same burst is served from the disk cache ten times over. The figures to compare
 * are the ratios of /health latency under each burst to the idle baseline.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startServer, waitFor } from './bench/load.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const ROOT = path.resolve(import.meta.dirname, '..');

const percentile = (xs: number[], p: number) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10 : NaN;
};

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - t;
}

/** /health latencies, one request at a time, until `done` resolves (or `count` requests for the baseline). */
async function sampleHealth(origin: string, until: Promise<unknown> | number): Promise<number[]> {
  const out: number[] = [];
  let finished = false;
  if (typeof until !== 'number') until.then(() => (finished = true), () => (finished = true));
  while (typeof until === 'number' ? out.length < until : !finished) {
    out.push(await timed(`${origin}/health`));
    await new Promise((r) => setTimeout(r, 10));
  }
  return out;
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-cards-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = startServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TRANSCRIPTS_DIR: path.join(ROOT, 'transcripts'), RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn', BASE_URL: origin, NODE_ENV: 'production', SEARCH_ENGINE: 'embedded' });
try {
  await waitFor(`${origin}/health`);
  const catalog = await (await fetch(`${origin}/api/search?q=&perPage=100`)).json() as { hits: Array<{ id: string }>; facets: { speaker: Record<string, number>; source: Record<string, number> } };
  const cards = [
    ...catalog.hits.map((h) => `/cards/q/${h.id}.png`),
    ...Object.keys(catalog.facets.speaker).map((s) => `/cards/speakers/${s}.png`),
    ...Object.keys(catalog.facets.source).map((s) => `/cards/sources/${s}.png`),
  ];
  await sampleHealth(origin, 50); // warm-up
  const idle = await sampleHealth(origin, 300);

  async function burst(rounds = 1) {
    const started = performance.now();
    const statuses: number[] = [];
    for (let i = 0; i < rounds; i++) statuses.push(...(await Promise.all(cards.map((c) => fetch(`${origin}${c}`).then(async (r) => (await r.arrayBuffer(), r.status))))));
    return { ms: performance.now() - started, ok: statuses.filter((s) => s === 200).length, refused: statuses.filter((s) => s === 503).length };
  }
  const cold = burst();
  const duringCold = await sampleHealth(origin, cold);
  const coldResult = await cold;
  // Draw whatever was refused, so the cached burst finds every card on disk.
  for (const c of cards) await fetch(`${origin}${c}`).then((r) => r.arrayBuffer());
  // Served from disk a burst is over in a blink: ten bursts in a row, to have /health samples during them.
  const warm = burst(10);
  const duringWarm = await sampleHealth(origin, warm);
  const warmResult = await warm;

  const stats = (xs: number[]) => ({ requests: xs.length, p50: percentile(xs, 0.5), p99: percentile(xs, 0.99) });
  const report = {
    cards: cards.length,
    idleHealth: stats(idle),
    coldBurst: { ...coldResult, ms: Math.round(coldResult.ms), health: stats(duringCold), p50Ratio: +(percentile(duringCold, 0.5) / percentile(idle, 0.5)).toFixed(2), p99Ratio: +(percentile(duringCold, 0.99) / percentile(idle, 0.99)).toFixed(2) },
    cachedBurst: { ...warmResult, ms: Math.round(warmResult.ms), health: stats(duringWarm), p50Ratio: +(percentile(duringWarm, 0.5) / percentile(idle, 0.5)).toFixed(2), p99Ratio: +(percentile(duringWarm, 0.99) / percentile(idle, 0.99)).toFixed(2) },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(`${report.cards} distinct cards, all asked for at once\n`);
    process.stdout.write(`/health idle:            p50 ${report.idleHealth.p50} ms, p99 ${report.idleHealth.p99} ms (${report.idleHealth.requests} requests)\n`);
    process.stdout.write(`/health while drawing:   p50 ${report.coldBurst.health.p50} ms (×${report.coldBurst.p50Ratio}), p99 ${report.coldBurst.health.p99} ms (×${report.coldBurst.p99Ratio}); burst: ${report.coldBurst.ok} drawn, ${report.coldBurst.refused} refused (503), ${report.coldBurst.ms} ms\n`);
    process.stdout.write(`/health while cached:    p50 ${report.cachedBurst.health.p50} ms (×${report.cachedBurst.p50Ratio}), p99 ${report.cachedBurst.health.p99} ms (×${report.cachedBurst.p99Ratio}); ten bursts: ${report.cachedBurst.ok} served, ${report.cachedBurst.ms} ms\n`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}
