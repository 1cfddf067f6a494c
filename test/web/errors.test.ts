/**
 * Every error status, as an HTML page for browsers and as JSON for the API (and for clients that
 * ask for JSON): 400 naming the parameter, 404, 500 without internals, 503 when the engine is down.
 * (410 and 301 need a re-index: see `corpus-edits.test.ts`.)
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { EngineUnavailableError } from '../../server/errors.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { seededApp, testConfig } from './helpers.ts';

/** An engine whose every call fails with `error()` (its name still answers). */
function failingEngine(error: () => Error): SearchEngine {
  return new Proxy({} as SearchEngine, {
    get: (_target, prop) => (prop === 'name' ? 'embedded' : prop === 'then' ? undefined : async () => Promise.reject(error())),
  });
}

let app: Express;
beforeAll(async () => {
  ({ app } = await seededApp());
});

describe('400: a bad parameter', () => {
  it('is an HTML page that names the parameter and offers the search without it', async () => {
    const res = await request(app).get('/search?q=camera&page=zero');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('That request could not be understood');
    expect(res.text).toContain('page must be a whole number from 1 to 100000, got &quot;zero&quot;');
    expect(res.text).toContain('The problem is with the <strong>page</strong> parameter');
    expect(res.text).toContain('<a href="/search?q&#x3D;camera">search without it</a>');
    expect(res.text).toContain('<a href="/">Home</a>');
  });

  it('is JSON for the API and for clients that ask for JSON', async () => {
    const api = await request(app).get('/api/search?kind=film');
    expect(api.status).toBe(400);
    expect(api.body.error).toMatchObject({ status: 400, code: 'bad_request', parameter: 'kind' });
    const page = await request(app).get('/search?sort=sideways').set('Accept', 'application/json');
    expect(page.status).toBe(400);
    expect(page.body.error).toMatchObject({ parameter: 'sort' });
  });

  it('covers the speaker page’s page parameter too', async () => {
    const res = await request(app).get('/speakers/hamoud?page=-1');
    expect(res.status).toBe(400);
    expect(res.text).toContain('<strong>page</strong>');
  });
});

describe('404: nothing here', () => {
  it.each(['/nope', '/q/no-such-quote_000000000000', '/q/bad%20id!', '/speakers/nobody', '/sources/nothing', '/speakers/Not_A_Slug'])('%s is an HTML page with a way back', async (url) => {
    const res = await request(app).get(url);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Error 404');
    expect(res.text).toContain('<label for="error-q">Search the quotes instead</label>');
    expect(res.text).toContain('<a href="/sources">Sources</a>');
  });

  it('is JSON under /api and when asked for', async () => {
    const api = await request(app).get('/api/quotes/no-such-quote_000000000000');
    expect(api.status).toBe(404);
    expect(api.body.error).toMatchObject({ status: 404, code: 'not_found' });
    const asked = await request(app).get('/q/no-such-quote_000000000000/cite.bib').set('Accept', 'application/json');
    expect(asked.status).toBe(404);
    expect(asked.body.error.code).toBe('not_found');
  });
});

describe('500: something broke', () => {
  const broken = () => createApp({ engine: failingEngine(() => new Error('secret database password in stack')), config: testConfig() });

  it('is an HTML page that says sorry without showing internals', async () => {
    const res = await request(broken()).get('/search?q=camera');
    expect(res.status).toBe(500);
    expect(res.text).toContain('Something went wrong');
    expect(res.text).toContain('This is our fault, not yours.');
    expect(res.text).toMatch(/mention request <code>[\w-]+<\/code>/);
    expect(res.text).not.toContain('secret');
  });

  it('is JSON for the API, without internals', async () => {
    const res = await request(broken()).get('/api/search?q=camera');
    expect(res.status).toBe(500);
    expect(res.body.error).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });
});

describe('503: the search engine is unavailable', () => {
  const down = () => createApp({ engine: failingEngine(() => new EngineUnavailableError('Meilisearch at http://127.0.0.1:7700 did not answer within 2000 ms')), config: testConfig() });

  it.each(['/', '/search?q=camera', '/speakers', '/q/some-quote_000000000000'])('%s is an HTML page asking to retry', async (url) => {
    const res = await request(down()).get(url);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('10');
    expect(res.text).toContain('Search is unavailable');
    expect(res.text).toContain('Please try again in a few seconds.');
  });

  it('is JSON for the API, and /health reports it', async () => {
    const app503 = down();
    const res = await request(app503).get('/api/search?q=camera');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ status: 503, code: 'engine_unavailable' });
    const health = await request(app503).get('/health');
    expect(health.status).toBe(503);
  });
});
