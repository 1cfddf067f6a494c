import path from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { EngineUnavailableError } from '../../server/errors.ts';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import type { SearchEngine } from '../../server/search/engine.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', BASE_URL: 'https://verbatim.example', RATE_LIMIT_MAX: '0' }, path.resolve('.'));
let app: Express;
let engine: SearchEngine;

beforeAll(async () => {
  engine = await createEmbeddedEngine();
  await runIndex({ transcriptsDir: path.resolve('transcripts'), engine });
  app = createApp({ engine, config });
});

describe('GET /api/search', () => {
  it('answers the documented shape: hits with highlight, speaker, source and permalink, and facet counts', async () => {
    const res = await request(app).get('/api/search').query({ q: 'camera stronger' }).expect(200).expect('Content-Type', /json/);
    expect(Object.keys(res.body)).toEqual(['query', 'total', 'page', 'perPage', 'dropped', 'hits', 'facets']);
    expect(res.body).toMatchObject({ query: 'camera stronger', total: 2, page: 1, perPage: 20, dropped: [] });
    const hit = res.body.hits[0];
    expect(hit).toMatchObject({
      text: 'Whoever holds the camera is stronger',
      highlight: 'Whoever holds the <mark>camera</mark> is <mark>stronger</mark>',
      speaker: { slug: 'hamoud', name: 'Hamoud', role: 'subject' },
      source: { slug: '000-acea1c6f1abc6d80', kind: 'review', collection: 'city-of-ghosts' },
      url: `https://verbatim.example/q/${hit.id}`,
    });
    expect(res.body.facets.speaker).toEqual({ hamoud: 1, '000-acea1c6f1abc6d80-critic': 1 });
    expect(res.body.facets.kind).toEqual({ quotation: 1, prose: 1 });
  });

  it('filters by speaker, source and kind, several values of one filter meaning any of them', async () => {
    const res = await request(app).get('/api/search?q=film&speaker=matthew-heineman&speaker=abdalaziz-alhamza&kind=turn').expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    for (const hit of res.body.hits) {
      expect(['matthew-heineman', 'abdalaziz-alhamza']).toContain(hit.speaker.slug);
      expect(hit.kind).toBe('turn');
    }
    const bySource = await request(app).get('/api/search?source=003-e883455660d33f06&perPage=100').expect(200);
    expect(bySource.body.total).toBe(23);
  });

  it('pages through results', async () => {
    const one = await request(app).get('/api/search?q=the&perPage=5&page=1').expect(200);
    const two = await request(app).get('/api/search?q=the&perPage=5&page=2').expect(200);
    expect(one.body.hits).toHaveLength(5);
    expect(two.body.page).toBe(2);
    const ids = new Set([...one.body.hits, ...two.body.hits].map((h: { id: string }) => h.id));
    expect(ids.size).toBe(10);
  });

  it.each([
    ['q', `q=${'a'.repeat(201)}`, /at most 200/],
    ['page', 'page=0', /page must be a whole number from 1/],
    ['perPage', 'perPage=1000', /perPage must be a whole number from 1 to 100/],
    ['kind', 'kind=podcast', /kind must be one of turn, quotation, prose/],
    ['speaker', 'speaker=Robert%27);DROP', /speaker must be a slug/],
    ['sort', 'sort=random', /sort must be one of relevance/],
    ['format', 'format=xml', /format must be json or csv/],
  ])('answers 400 naming the parameter %s', async (parameter, query, message) => {
    const res = await request(app).get(`/api/search?${query}`).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, code: 'bad_request', parameter, message: expect.stringMatching(message) });
  });

  it('ignores unknown parameters', async () => {
    await request(app).get('/api/search?q=camera&utm_source=newsletter').expect(200);
  });

  it('exports every result as CSV with a header row naming the columns', async () => {
    const res = await request(app).get('/api/search?q=heineman&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="verbatim-search\.csv"/);
    const rows = parse(res.text, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['id', 'text', 'speaker', 'role', 'kind', 'source', 'source_title', 'outlet', 'date', 'timestamp', 'permalink']);
    const total = (await request(app).get('/api/search?q=heineman')).body.total;
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.permalink === `https://verbatim.example/q/${r.id}`)).toBe(true);
  });
});

describe('GET /api/quotes/:id and /health', () => {
  it('returns a quote with the lines around it', async () => {
    const search = await request(app).get('/api/search?q=bartender');
    const id = search.body.hits[0].id;
    const res = await request(app).get(`/api/quotes/${id}`).expect(200);
    expect(res.body.quote).toMatchObject({ id, speaker: { slug: 'abdalaziz-alhamza' }, kind: 'turn' });
    expect(res.body.context.before.map((q: { text: string }) => q.text)).toEqual([expect.stringMatching(/^Yeah for sure/), 'And what do you think your job will be then?']);
    expect(res.body.context.after[0].text).toMatch(/^Oh OK/);
    expect(res.body.source).toMatchObject({ slug: '003-e883455660d33f06', outlet: 'NPR' });
  });

  it('answers a repeated w (or from, to on the page) with a 400 naming it, as a repeated q is', async () => {
    const id = (await request(app).get('/api/search?q=bartender')).body.hits[0].id;
    await request(app).get(`/api/quotes/${id}?w=1-2`).expect(200);
    const res = await request(app).get(`/api/quotes/${id}?w=4-10&w=1-2`).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, parameter: 'w', message: 'w may be given once, as text' });
    expect((await request(app).get(`/api/quotes/${id}?from=yeah&from=job`).expect(400)).body.error).toMatchObject({ parameter: 'from' });
    for (const [query, parameter] of [['w=4-10&w=1-2', 'w'], ['from=yeah&from=job', 'from'], ['from=yeah&to=job&to=then', 'to']]) {
      const page = await request(app).get(`/q/${id}?${query}`).set('Accept', 'application/json').expect(400);
      expect(page.body.error.parameter).toBe(parameter);
    }
    expect((await request(app).get(`/q/${id}/cite.bib?w=1-2&w=1-3`).expect(400)).text).toContain('<strong>w</strong>');
  });

  it('answers 404 in JSON for an unknown or malformed id', async () => {
    await request(app).get('/api/quotes/nope_000000000000').expect(404).expect((r) => expect(r.body.error.code).toBe('not_found'));
    await request(app).get('/api/quotes/%3Cscript%3E').expect(404);
  });

  it('reports health', async () => {
    const res = await request(app).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', engine: 'embedded', quotes: 76, builtAt: expect.any(String) });
  });

  it('describes the API with OpenAPI', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(['/api/search', '/api/quotes/{id}', '/api/verify', '/health']);
    expect(Object.keys(res.body.paths['/api/verify'])).toEqual(['get', 'post']);
    expect(res.body.components.schemas.DiffOp.properties.op.enum).toEqual(['same', 'omitted', 'added', 'changed']);
    expect(res.body.components.schemas.VerifyResult.properties.verdict.enum).toEqual(['exact', 'close', 'paraphrase', 'not-found']);
  });
});

describe('when the engine is down', () => {
  const down = new EngineUnavailableError('Meilisearch at http://127.0.0.1:7700 did not answer within 2000 ms');
  const broken = new Proxy({} as SearchEngine, {
    get: (_t, prop) => (prop === 'name' ? 'meilisearch' : prop === 'health' ? async () => ({ ok: false, detail: down.message }) : async () => { throw down; }),
  });
  const downApp = createApp({ engine: broken, config });

  it('answers 503 with a clear message and reports degraded health', async () => {
    const res = await request(downApp).get('/api/search?q=camera').expect(503);
    expect(res.headers['retry-after']).toBe('10');
    expect(res.body.error).toEqual({ status: 503, code: 'engine_unavailable', message: down.message });
    const health = await request(downApp).get('/health').expect(503);
    expect(health.body).toEqual({ status: 'degraded', engine: 'meilisearch', quotes: null, detail: down.message });
  });
});
