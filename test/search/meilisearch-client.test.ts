/**
 * The official client as our adapter wraps it (`createMeiliClient`), against a small HTTP server that
 * answers like Meilisearch's task route: waiting for a task polls until it finishes, reports a failed
 * task rather than throwing, and gives up at its deadline.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchTaskTimeOutError } from 'meilisearch';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeiliClient } from '../../server/search/meilisearch-client.ts';

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
