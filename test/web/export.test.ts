/**
 * The CSV export is streamed: rows are written page by page as the client reads them, capped at
 * MAX_EXPORT_ROWS, a client that goes away stops the fetching, and an engine failing mid-way aborts
 * the download rather than ending it as if it were complete.
 */
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { serve } from '../../server/serve.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { SearchEngine, SearchRequest, SearchResult } from '../../server/search/engine.ts';
import { MAX_EXPORT_ROWS } from '../../server/web/export.ts';
import { indexedEngine, testConfig } from './helpers.ts';

let seed: SearchEngine;
let template: QuoteDocument;
beforeAll(async () => {
  seed = await indexedEngine();
  template = (await seed.dump())!.quotes[0]!;
});
afterAll(async () => seed.close());

/** An engine whose every search matches `total` quotes, numbered; records the pages asked for. */
function manyResults(total: number, failAtPage = Infinity, padding = 0) {
  const pages: number[] = [];
  const engine = new Proxy(seed, {
    get: (target, prop) =>
      prop === 'search'
        ? async (req: SearchRequest): Promise<SearchResult> => {
            const page = req.page ?? 1;
            const perPage = req.perPage ?? 20;
            pages.push(page);
            if (page >= failAtPage) throw new Error('the engine fell over');
            const from = (page - 1) * perPage;
            const hits = Array.from({ length: Math.max(0, Math.min(perPage, total - from)) }, (_, i) => {
              const n = from + i;
              return { quote: { ...template, id: `q${n}`, text: n === 0 ? '=HYPERLINK("x")' : `line ${n}${' word'.repeat(padding)}` }, highlight: '' };
            });
            return { total, page, perPage, hits, facets: { speaker: new Map(), source: new Map(), kind: new Map(), collection: new Map() }, dropped: [] };
          }
        : Reflect.get(target, prop),
  });
  return { engine, pages };
}

describe('CSV export', () => {
  it('streams every result up to the cap, page by page, and says when it was cut', async () => {
    const { engine, pages } = manyResults(12_345);
    const app = createApp({ engine, config: testConfig() });
    const res = await request(app).get('/api/search?q=line&format=csv').expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['x-total-count']).toBe('12345');
    expect(res.headers['x-export-truncated']).toBe(`only the first ${MAX_EXPORT_ROWS} results`);
    const rows = parse(res.text, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(MAX_EXPORT_ROWS);
    expect(rows.at(-1)!.text).toBe(`line ${MAX_EXPORT_ROWS - 1}`);
    // A formula is defused.
    expect(rows[0]!.text).toBe(`'=HYPERLINK("x")`);
    expect(pages).toEqual(Array.from({ length: MAX_EXPORT_ROWS / 100 }, (_, i) => i + 1));
  });

  it('stops fetching when the client goes away', async () => {
    // Rows of 4 kB: far more than socket buffers hold, so the server must wait for the reader.
    const { engine, pages } = manyResults(1_000_000, Infinity, 800);
    const serving = await serve(createApp({ engine, config: testConfig() }), '127.0.0.1', 0);
    const controller = new AbortController();
    const res = await fetch(`${serving.url.replace('localhost', '127.0.0.1')}/api/search?q=line&format=csv`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const asked = pages.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pages.length).toBe(asked);
    expect(asked).toBeLessThan(MAX_EXPORT_ROWS / 100);
    await serving.stop(1000);
  });

  it('aborts the download when the engine fails mid-way, and answers a clean error when it fails first', async () => {
    const { engine } = manyResults(5_000, 3);
    const serving = await serve(createApp({ engine, config: testConfig() }), '127.0.0.1', 0);
    const res = await fetch(`${serving.url.replace('localhost', '127.0.0.1')}/api/search?q=line&format=csv`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    await serving.stop(1000);

    const failing = manyResults(5_000, 1);
    const app = createApp({ engine: failing.engine, config: testConfig() });
    const error = await request(app).get('/api/search?q=line&format=csv').expect(500);
    expect(error.body.error).toMatchObject({ status: 500, code: 'internal' });
  });
});
