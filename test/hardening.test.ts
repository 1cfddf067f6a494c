/**
 * Hostile input and failures: rate limits, request size limits, logs that keep queries and keys out,
 * graceful shutdown with requests in flight, and an index writer killed mid-way.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/logger.ts';
import { loadConfig } from '../server/config.ts';
import { runIndex } from '../server/indexer/run.ts';
import { serve } from '../server/serve.ts';
import { createEmbeddedEngine } from '../server/search/embedded/index.ts';
import type { SearchEngine, SearchResult } from '../server/search/engine.ts';
import { fixtureSnapshot } from './search/fixtures.ts';

const cwd = path.resolve('.');
let engine: SearchEngine;
beforeAll(async () => {
  engine = await createEmbeddedEngine();
  await runIndex({ transcriptsDir: path.resolve('transcripts'), engine });
});
afterAll(async () => engine.close());

describe('limits', () => {
  it('rate-limits the API per client, with a JSON 429 and Retry-After', async () => {
    const app = createApp({ engine, config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' }, cwd) });
    await request(app).get('/api/search?q=camera').expect(200);
    await request(app).get('/api/search?q=camera').expect(200);
    const limited = await request(app).get('/api/search?q=camera').expect(429);
    expect(limited.body.error).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(limited.headers['retry-after']).toBe('60');
    // Pages have a budget of their own: the API's use does not stop them.
    await request(app).get('/').expect(200);
  });

  it('rate-limits pages per client like the API, with an HTML 429 page; /health and assets are not counted', async () => {
    const app = createApp({ engine, config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' }, cwd) });
    await request(app).get('/search?q=camera').expect(200);
    await request(app).get('/sources').expect(200);
    for (let i = 0; i < 3; i++) {
      await request(app).get('/health').expect(200);
      await request(app).get('/assets/verbatim.css').expect(200);
    }
    const limited = await request(app).get('/').set('Accept', 'text/html').expect(429);
    expect(limited.headers['content-type']).toMatch(/text\/html/);
    expect(limited.text).toContain('Too many requests: try again in 60 s.');
    expect(limited.headers['retry-after']).toBe('60');
    // The API's budget is separate and still whole.
    await request(app).get('/api/search?q=camera').expect(200);
  });

  it('refuses request bodies over the size limit with 413', async () => {
    const app = createApp({ engine, config: loadConfig({ LOG_LEVEL: 'silent' }, cwd) });
    const res = await request(app).post('/api/search').set('Content-Type', 'application/json').send(JSON.stringify({ q: 'x'.repeat(100_000) })).expect(413);
    expect(res.body.error).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});

describe('request logs', () => {
  it('log the request id, method, path and status, but neither the query string nor any key', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ level: 'info' }, sink);
    const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:9', MEILI_SEARCH_KEY: 'secret-search-key', SEARCH_ENGINE: 'embedded' }, cwd);
    const app = createApp({ engine, config, logger });
    const res = await request(app).get('/api/search?q=private+words').set('Authorization', 'Bearer secret-search-key').expect(200);
    const entry = lines.map((l) => JSON.parse(l)).find((l) => l.req?.path === '/api/search');
    expect(entry).toMatchObject({ req: { id: res.headers['x-request-id'], method: 'GET', path: '/api/search' }, res: { status: 200 } });
    expect(entry.msg).toMatch(/^GET \/api\/search 200 \(\d+ ms\)$/);
    expect(lines.join('')).not.toMatch(/private|secret/);
  });

  it('read as one plain line per event in the pretty form (development), not as JSON records', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger('info', 'pretty', sink);
    const app = createApp({ engine, config: loadConfig({ LOG_LEVEL: 'info' }, cwd), logger });
    await request(app).get('/api/search?q=private+words').set('Authorization', 'Bearer secret-search-key').expect(200);
    await request(app).get('/q/no-such-quote_000000000000').expect(404);
    logger.error({ err: new Error('the disk is full') }, 'a re-indexed file could not be loaded');
    // A message that already carries its error's (pino-http's `GET /x 503: …`) says it once.
    logger.error({ err: new Error('search is unavailable') }, 'GET /search 503: search is unavailable');
    const text = lines.join('');
    expect(text).toMatch(/ERROR: GET \/search 503: search is unavailable$/m);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/search 200 \(\d+ ms\)$/m);
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: GET \/q\/no-such-quote_000000000000 404 \(\d+ ms\)$/m);
    expect(text).toMatch(/ERROR: a re-indexed file could not be loaded: the disk is full$/m);
    expect(text).not.toMatch(/private|secret|[{}]/);
  });
});

describe('graceful shutdown', () => {
  it('answers the requests in flight, then closes', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const slow = new Proxy(engine, {
      get: (target, prop) =>
        prop === 'search'
          ? async (...args: Parameters<SearchEngine['search']>): Promise<SearchResult> => {
              started();
              await held;
              return target.search(...args);
            }
          : Reflect.get(target, prop),
    });
    const serving = await serve(createApp({ engine: slow, config: loadConfig({ LOG_LEVEL: 'silent' }, cwd) }), '127.0.0.1', 0);
    const answer = fetch(`${serving.url}/api/search?q=camera`);
    await inFlight;
    const stopped = serving.stop(5_000);
    // No new connection is accepted once stopping has begun…
    await expect(fetch(`${serving.url}/health`)).rejects.toThrow();
    // …and the request already in flight still gets its answer.
    release();
    const res = await answer;
    expect(res.status).toBe(200);
    expect((await res.json()).total).toBe(3);
    expect(await stopped).toBe(true);
  });
});

describe('an index writer killed mid-way', () => {
  it('leaves the live index serving, and its temporary file is cleared by the next writer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-killed-'));
    const writer = await createEmbeddedEngine({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    // What a writer killed before its rename leaves: a partial temporary file of a process that is gone.
    await writeFile(path.join(dir, '.embedded-index.ndjson.999999.abcdef012345.tmp'), '{"format":"verbatim-embedded-index"');
    const reader = await createEmbeddedEngine({ dataDir: dir });
    expect((await reader.stats()).quotes).toBe(fixtureSnapshot().quotes.length);
    await writer.replaceAll(fixtureSnapshot());
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await reader.close();
    await writer.close();
    await rm(dir, { recursive: true, force: true });
  });
});
