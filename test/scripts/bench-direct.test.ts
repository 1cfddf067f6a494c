/**
 * The bench's Meilisearch baseline sends what the adapter sends: for a query that finds nothing, the
 * attempts without its last words too, recorded from the adapter's own `runSearch`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { directRequests, firstAttempts } from '../../scripts/bench/direct.ts';
import type { MeiliConfig } from '../../server/config.ts';

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in Meilisearch whose searches find something only for one-word queries; it keeps every `q` it is sent. */
function fakeMeili(seen: string[]): Promise<MeiliConfig> {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { q } = JSON.parse(body) as { q: string };
      seen.push(q);
      const totalHits = q.trim().split(' ').length === 1 ? 3 : 0;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hits: [], totalHits, facetDistribution: {} }));
    });
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, index: 'quotes_bench', adminKey: 'key', timeoutMs: 2000, taskTimeoutMs: 2000 } as MeiliConfig),
    ),
  );
}

describe('bench Meilisearch baseline', () => {
  it('sends every attempt the adapter makes: a query that finds nothing again without its last words', async () => {
    const seen: string[] = [];
    const meili = await fakeMeili(seen);
    const paths = ['/api/search?q=alpha+beta+gamma', '/api/search?q=delta&speaker=ada'];
    const direct = await directRequests(paths, meili);
    expect(direct.queries).toBe(2);
    expect(direct.retries).toBe(2);
    const sent = direct.requests.map((r) => JSON.parse(r.body) as { q: string; filter?: unknown });
    expect(sent.map((p) => p.q.trim().split(' ').length)).toEqual([3, 2, 1, 1]);
    expect(sent[3]!.filter).toBeDefined();
    expect(direct.requests.every((r) => r.method === 'POST' && r.path === '/indexes/quotes_bench/search' && r.headers.authorization === 'Bearer key')).toBe(true);
    // What the adapter asked while it was recorded (several queries at once) is what the baseline sends.
    expect(sent.map((p) => p.q).sort()).toEqual([...seen].sort());
    // The first attempts alone: one request a query, the same as each query's first recorded one.
    expect(firstAttempts(paths, meili).map((r) => r.body)).toEqual([direct.requests[0]!.body, direct.requests[3]!.body]);
  });
});
