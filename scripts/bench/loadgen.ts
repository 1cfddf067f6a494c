/**
 * The load generator in a process of its own: autocannon with 50 connections sends each request of a
 * file once, then prints its figures as JSON. Keeping it apart from the benchmark's big heap keeps
 * the benchmark's garbage collection out of the latencies it measures. A line of the file is a path
 * to GET, or a JSON request `{ "method", "path", "headers", "body" }`.
 *   node --import tsx scripts/bench/loadgen.ts ORIGIN REQUESTS_FILE [CONNECTIONS]
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [origin, file, connections] = process.argv.slice(2);
type Request = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };
const requests: Request[] = readFileSync(file!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (line.startsWith('{') ? (JSON.parse(line) as Request) : { path: line }));
let next = 0;
const started = performance.now();
let lastResponse = started;
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const run = autocannon(
    {
      url: origin!,
      connections: connections ? Number(connections) : 50,
      amount: requests.length,
      requests: [{ setupRequest: (req) => ({ ...req, ...requests[next++ % requests.length]! }) }],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  run.on('response', () => (lastResponse = performance.now()));
});
// autocannon notices the last answer only at its next one-second tick: the run ends at that answer.
const seconds = (lastResponse - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    rps: Math.round(result.requests.total / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
