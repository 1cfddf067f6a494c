/**
 * The official client as our adapter wraps it (`createMeiliClient`), against a small HTTP server that
 * answers like Meilisearch's task route: waiting for a task polls until it finishes, reports a failed
 * task rather than throwing, and gives up at its deadline.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchTaskTimeOutError } from 'meilisearch';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeiliClient } from '../../server/search/meilisearch/client.ts';

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A fake Meilisearch whose task `uid` is processing for `polls` requests, then ends as `final`. */
async function fakeTasks(polls: number, final: 'succeeded' | 'failed'): Promise<{ url: string; seen: () => number }> {
  let seen = 0;
  server = http.createServer((req, res) => {
    const uid = Number(/^\/tasks\/(\d+)$/.exec(req.url ?? '')?.[1]);
    if (!uid || req.headers.authorization !== 'Bearer k') return void res.writeHead(404).end();
    seen++;
    const status = seen <= polls ? 'processing' : final;
    const error = status === 'failed' ? { message: 'Index `q` not found.', code: 'index_not_found', type: 'invalid_request', link: '' } : null;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uid, batchUid: 1, indexUid: 'q', status, type: 'documentAdditionOrUpdate', error, enqueuedAt: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen: () => seen };
}

describe('createMeiliClient: waitForTask', () => {
  it('polls until the task has finished', async () => {
    const fake = await fakeTasks(3, 'succeeded');
    const client = createMeiliClient({ url: fake.url, apiKey: 'k', timeoutMs: 2000 });
    expect(await client.waitForTask(7, 10_000)).toEqual({ uid: 7, status: 'succeeded', type: 'documentAdditionOrUpdate', indexUid: 'q', error: null });
    expect(fake.seen()).toBe(4);
  });

  it('resolves with a failed task and its reason, for the caller to check', async () => {
    const fake = await fakeTasks(0, 'failed');
    const client = createMeiliClient({ url: fake.url, apiKey: 'k', timeoutMs: 2000 });
    expect(await client.waitForTask(8, 10_000)).toMatchObject({ status: 'failed', error: { code: 'index_not_found', message: 'Index `q` not found.' } });
  });

  it('gives up at its deadline with the client’s task time-out error', async () => {
    const fake = await fakeTasks(Number.POSITIVE_INFINITY, 'succeeded');
    const client = createMeiliClient({ url: fake.url, apiKey: 'k', timeoutMs: 2000 });
    const started = Date.now();
    const error = await client.waitForTask(9, 350).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskTimeOutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(fake.seen()).toBeGreaterThan(1);
  });
});

describe('createMeiliClient: its HTTP layer (kept-alive HTTP through undici, uncompressed)', () => {
  /** A fake Meilisearch search route: `answer` decides each response; every request is recorded. */
  async function fakeSearch(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ url: string; requests: Array<{ headers: http.IncomingHttpHeaders; body: string; socket: number }> }> {
    const requests: Array<{ headers: http.IncomingHttpHeaders; body: string; socket: number }> = [];
    const sockets = new Map<unknown, number>();
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size);
        requests.push({ headers: req.headers, body, socket: sockets.get(req.socket)! });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests };
  }

  it('sends the search as JSON with the key, asks for no compression, and reuses its connection', async () => {
    const fake = await fakeSearch((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hits: [{ id: 'a' }], totalHits: 1 })));
    const client = createMeiliClient({ url: fake.url, apiKey: 'k', timeoutMs: 2000 });
    expect(await client.search('quotes', { q: 'city', hitsPerPage: 1 })).toEqual({ hits: [{ id: 'a' }], totalHits: 1 });
    for (const q of ['again', 'and again', 'once more', 'last']) await client.search('quotes', { q });
    expect(fake.requests[0]!.headers).toMatchObject({ authorization: 'Bearer k', 'accept-encoding': 'identity', 'content-type': 'application/json' });
    expect(JSON.parse(fake.requests[0]!.body)).toMatchObject({ q: 'city', hitsPerPage: 1 });
    // Kept alive: five searches over at most two connections (undici's pool may open a second while
    // the first is being handed back), never one each.
    expect(fake.requests).toHaveLength(5);
    expect(new Set(fake.requests.map((r) => r.socket)).size).toBeLessThanOrEqual(2);
  });

  it('reads an error answer as Meilisearch’s (a missing index), and a silent server as a time-out', async () => {
    const { isIndexNotFound, translateError } = await import('../../server/search/meilisearch/client.ts');
    const missing = await fakeSearch((_req, res) =>
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Index `quotes` not found.', code: 'index_not_found', type: 'invalid_request', link: '' })),
    );
    const error = await createMeiliClient({ url: missing.url, apiKey: 'k', timeoutMs: 2000 })
      .search('quotes', { q: 'x' })
      .catch((e: unknown) => e);
    expect(isIndexNotFound(error)).toBe(true);
    expect(translateError(error, { url: missing.url, timeoutMs: 2000, secrets: ['k'] }).message).toBe(`Meilisearch at ${missing.url} answered 404 index_not_found: Index \`quotes\` not found.`);
    await new Promise<void>((done) => server!.close(() => done()));

    const silent = await fakeSearch(() => {});
    const late = await createMeiliClient({ url: silent.url, apiKey: 'k', timeoutMs: 200 })
      .search('quotes', { q: 'x' })
      .catch((e: unknown) => e);
    expect(translateError(late, { url: silent.url, timeoutMs: 200, secrets: ['k'] }).message).toBe(`Meilisearch at ${silent.url} did not answer within 200 ms`);
    server!.closeAllConnections();
  });

  it('names a connection closed mid-request as node:http did (ECONNRESET), and an empty 502 by its status text', async () => {
    const { translateError } = await import('../../server/search/meilisearch/client.ts');
    const closing = await fakeSearch((req) => req.socket.destroy());
    const reset = await createMeiliClient({ url: closing.url, apiKey: 'k', timeoutMs: 2000 })
      .search('quotes', { q: 'x' })
      .catch((e: unknown) => e);
    expect(translateError(reset, { url: closing.url, timeoutMs: 2000, secrets: ['k'] }).message).toBe(`Meilisearch at ${closing.url} could not be reached (ECONNRESET)`);
    await new Promise<void>((done) => server!.close(() => done()));

    const proxy = await fakeSearch((_req, res) => res.writeHead(502).end());
    const bad = await createMeiliClient({ url: proxy.url, apiKey: 'k', timeoutMs: 2000 })
      .search('quotes', { q: 'x' })
      .catch((e: unknown) => e);
    expect(((bad as Error).cause as Error).message).toBe('502: Bad Gateway');
    expect(translateError(bad, { url: proxy.url, timeoutMs: 2000, secrets: ['k'] }).message).toBe(`Meilisearch at ${proxy.url} answered 502: Bad Gateway`);
  });
});
