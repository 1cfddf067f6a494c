/**
 * The stall benchmark's probe, in a process of its own: asks ORIGIN/health one request at a time
 * (a pause of INTERVAL ms between answers) until the file STOP_FILE exists or MAX_MS have passed, then
 * prints the latencies' figures as JSON. It measures how long a tiny request waits for the server's
 * event loop while other requests are being served.
 *   node --import tsx scripts/bench/health-probe.ts ORIGIN STOP_FILE MAX_MS [INTERVAL]
 */
import { existsSync } from 'node:fs';

const [origin, stopFile, maxMs, interval] = process.argv.slice(2);
const pause = Number(interval ?? 20);
const deadline = performance.now() + Number(maxMs);
const latencies: number[] = [];
let failed = 0;
while (performance.now() < deadline && !existsSync(stopFile!)) {
  const started = performance.now();
  const res = await fetch(`${origin}/health`).catch(() => null);
  if (res) await res.arrayBuffer();
  latencies.push(performance.now() - started);
  if (!res?.ok) failed++;
  await new Promise((resolve) => setTimeout(resolve, pause));
}
latencies.sort((a, b) => a - b);
const at = (q: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1));
process.stdout.write(`${JSON.stringify({ samples: latencies.length, failed, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) })}\n`);
