/**
 * Files the last indexing could not read are listed on /sources, each with its message (escaped: a
 * file name is the user's, not ours) and whether an earlier reading of it is still shown. A new user
 * dropped thirteen files in and saw ten sources, the other three named only in the console.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import { corpusCopy, testConfig } from './helpers.ts';

let app: Express;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const copy = await corpusCopy();
  cleanup = copy.cleanup;
  await copy.write('city-of-ghosts/export<i>.json', '{"speakers": [], "lines": []}\n');
  const engine = await createEmbeddedEngine();
  const summary = await runIndex({ transcriptsDir: copy.dir, engine });
  expect(summary.rejected.length).toBe(1);
  app = createApp({ engine, config: testConfig() });
});
afterAll(() => cleanup());

describe('/sources', () => {
  it('lists the files not read, with why, escaped', async () => {
    const html = (await request(app).get('/sources')).text;
    expect(html).toContain('1 file not read');
    expect(html).toContain('city-of-ghosts/export&lt;i&gt;.json');
    expect(html).not.toContain('export<i>');
    expect(html).toMatch(/not a JSON transcript this reads/);
  });

  it('lists them on the whole list only, not a collection’s', async () => {
    const html = (await request(app).get('/sources?collection=city-of-ghosts')).text;
    expect(html).not.toContain('file not read');
  });
});
