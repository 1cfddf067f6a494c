/**
 * The server warms the citation thread when a reader's page is asked for (`onPage`), and not for the
 * API, /health, cards, downloads or 404s: a server that only answers searches never builds the style
 * processors, and a crawler's stray requests do not either.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { indexedEngine, testConfig } from './helpers.ts';

let app: Express;
const asked: string[] = [];

beforeAll(async () => {
  const engine = await indexedEngine();
  app = createApp({ engine, config: testConfig(), onPage: () => asked.push('page') });
});

describe('onPage', () => {
  it('is not called for the API, /health, a 404, a card or a citation download', async () => {
    asked.length = 0;
    expect((await request(app).get('/api/search?q=camera')).status).toBe(200);
    expect((await request(app).get('/health')).status).toBe(200);
    expect((await request(app).get('/api/openapi.json')).status).toBe(200);
    expect((await request(app).get('/wp-login.php')).status).toBe(404);
    expect((await request(app).get('/assets/missing.css')).status).toBe(404);
    expect((await request(app).get('/cards/q/nothing-here.png')).status).toBe(404);
    expect((await request(app).get('/q/nothing-here/cite.bib')).status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('is called for each page', async () => {
    asked.length = 0;
    expect((await request(app).get('/')).status).toBe(200);
    expect((await request(app).get('/search?q=camera')).status).toBe(200);
    expect((await request(app).get('/sources')).status).toBe(200);
    expect(asked).toEqual(['page', 'page', 'page']);
  });
});
