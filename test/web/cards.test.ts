/**
 * Share cards: a 1200×630 PNG per quote, speaker and source, drawn without a browser (satori +
 * resvg), naming the speaker, cached on disk per index build; and the OpenGraph/Twitter tags that
 * point at them.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { quoteCard } from '../../server/web/cards/content.ts';
import { cardSvg } from '../../server/web/cards/render.ts';
import { cropWords } from '../../server/web/cards/layout.ts';
import { BASE_URL, indexedEngine, meta, quoteStarting, TEXTS, testConfig } from './helpers.ts';

let app: Express;
let engine: SearchEngine;
let dataDir: string;
let camera: QuoteDocument;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-cards-'));
  engine = await indexedEngine();
  app = createApp({ engine, config: testConfig({ DATA_DIR: dataDir }) });
  camera = await quoteStarting(engine, TEXTS.camera);
}, 120_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('quote cards', () => {
  it('is a 1200×630 PNG, cached on disk for the index build', async () => {
    const res = await request(app).get(`/cards/q/${camera.id}.png`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(pngSize(res.body as Buffer)).toEqual({ width: 1200, height: 630 });
    const [build] = await readdir(path.join(dataDir, 'cards'));
    const file = path.join(dataDir, 'cards', build!, `q-${camera.id}.png`);
    const first = await stat(file);
    const again = await request(app).get(`/cards/q/${camera.id}.png`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(again.body as Buffer, res.body as Buffer)).toBe(0);
    expect((await stat(file)).mtimeMs).toBe(first.mtimeMs);
  }, 60_000);

  it('names the speaker and role, the words and the source', async () => {
    const svg = await cardSvg(quoteCard(camera), true);
    // satori writes each word and space as its own <text>: read them in order.
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(words).toContain('Hamoud, subject');
    expect(words).toContain('holds the camera is stronger');
    // A long quote is cut at a word, with an ellipsis.
    const long = 'word '.repeat(200);
    expect(cropWords(long, 280).length).toBeLessThanOrEqual(281);
    expect(cropWords(long, 280).endsWith('word…')).toBe(true);
  }, 60_000);

  it('answers 404 for an unknown quote, speaker or source, drawing nothing', async () => {
    await request(app).get('/cards/q/no-such_000000000000.png').expect(404);
    await request(app).get('/cards/speakers/nobody.png').expect(404);
    await request(app).get('/cards/sources/nothing.png').expect(404);
    await request(app).get('/cards/q/bad name.png').expect(404);
  });
});

describe('speaker and source cards and tags', () => {
  it('draws speaker and source cards, and the pages point at them', async () => {
    const speaker = await request(app).get('/cards/speakers/matthew-heineman.png').buffer(true).parse(binary).expect(200);
    expect(pngSize(speaker.body as Buffer)).toEqual({ width: 1200, height: 630 });
    const source = await request(app).get(`/cards/sources/${camera.source}.png`).buffer(true).parse(binary).expect(200);
    expect(pngSize(source.body as Buffer)).toEqual({ width: 1200, height: 630 });
    const speakerPage = (await request(app).get('/speakers/matthew-heineman')).text;
    expect(meta(speakerPage, 'og:image')).toMatch(new RegExp(`^${BASE_URL}/cards/speakers/matthew-heineman\\.png\\?v&#x3D;\\w+$`));
    expect(meta(speakerPage, 'twitter:card')).toBe('summary_large_image');
    const sourcePage = (await request(app).get(`/sources/${camera.source}`)).text;
    expect(meta(sourcePage, 'og:image')).toMatch(new RegExp(`^${BASE_URL}/cards/sources/${camera.source}\\.png\\?v&#x3D;\\w+$`));
    expect(meta(sourcePage, 'og:image:width')).toBe('1200');
  }, 60_000);

  it('describes a long quote’s card with its words cut at a word, with an ellipsis', async () => {
    const long = await quoteStarting(engine, TEXTS.heinemanTurn);
    expect(long.text.length).toBeGreaterThan(200);
    const alt = meta((await request(app).get(`/q/${long.id}`)).text, 'og:image:alt')!.replace(/&#x27;/g, "'");
    const [, words] = /^“(.*)” — Matthew Heineman$/.exec(alt)!;
    expect(words!.endsWith('…')).toBe(true);
    const kept = words!.slice(0, -1);
    // Whole words of the quote, the next one left out entirely.
    expect(long.text.replace(/\s+/g, ' ').startsWith(kept)).toBe(true);
    expect(long.text.replace(/\s+/g, ' ')[kept.length]).toMatch(/[\s,.;:]/);
    expect(kept.length).toBeLessThanOrEqual(200);
  });
});
