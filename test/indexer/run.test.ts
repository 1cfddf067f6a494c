import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import type { SearchEngine } from '../../server/search/engine.ts';

let dir: string;
let engine: SearchEngine;
const review = () => path.join(dir, 'city-of-ghosts', '000_acea1c6f1abc6d80.txt');

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-index-'));
  cpSync(path.resolve('transcripts'), dir, { recursive: true });
  engine = await createEmbeddedEngine();
});
afterEach(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('runIndex', () => {
  it('indexes the seed corpus and summarises it', async () => {
    const summary = await runIndex({ transcriptsDir: dir, engine });
    expect(summary).toMatchObject({ engine: 'embedded', sources: 4, quotes: 76, unattributed: 3, byKind: { turn: 23, quotation: 9, prose: 44 }, rejected: [], carried: [] });
    expect((await engine.stats()).quotes).toBe(76);
    expect((await engine.search({ q: 'whoever holds the camera' })).hits[0]!.quote.speaker?.slug).toBe('hamoud');
  });

  it('a dry run writes nothing', async () => {
    const summary = await runIndex({ transcriptsDir: dir, engine, dryRun: true });
    expect(summary.quotes).toBe(76);
    expect((await engine.stats()).quotes).toBe(0);
  });

  it('keeps ids across re-indexing, redirects an edited quote and retires a removed one', async () => {
    await runIndex({ transcriptsDir: dir, engine });
    const before = await engine.search({ q: 'released on July 21st', perPage: 1 });
    const removed = await engine.search({ q: '"It must"', perPage: 1 });
    const unchanged = await engine.search({ q: 'danger special taste', perPage: 1 });
    const text = readFileSync(review(), 'utf8');
    writeFileSync(review(), text.replace('City of Ghosts is released on July 21st.', 'City of Ghosts is released in UK cinemas on July 21st.').replace(' It must.', ''));
    const summary = await runIndex({ transcriptsDir: dir, engine });
    expect(summary.permalinks).toEqual({ moved: 1, gone: 1, earlier: 0 });
    // A run that changes nothing reports no change of its own, and the two old links as kept.
    expect((await runIndex({ transcriptsDir: dir, engine, now: () => new Date(Date.now() + 1000) })).permalinks).toEqual({ moved: 0, gone: 0, earlier: 2 });
    const oldId = before.hits[0]!.quote.id;
    const moved = await engine.resolve(oldId);
    expect(moved.status).toBe('moved');
    const target = await engine.get((moved as { to: string }).to);
    expect(target?.text).toBe('City of Ghosts is released in UK cinemas on July 21st.');
    expect((await engine.resolve(removed.hits[0]!.quote.id)).status).toBe('gone');
    expect((await engine.resolve(unchanged.hits[0]!.quote.id)).status).toBe('found');
  });

  it('keeps the previous quotes of a file that breaks, and reports it', async () => {
    await runIndex({ transcriptsDir: dir, engine });
    writeFileSync(review(), Buffer.from([0x00, 0x01, 0x02]));
    const summary = await runIndex({ transcriptsDir: dir, engine });
    expect(summary.rejected).toEqual([expect.objectContaining({ file: 'city-of-ghosts/000_acea1c6f1abc6d80.txt', source: '000-acea1c6f1abc6d80' })]);
    expect(summary.carried).toEqual([{ source: '000-acea1c6f1abc6d80', quotes: 22 }]);
    // Listed in the catalog for /sources to show: what was not read, and that its earlier reading stays.
    expect((await engine.catalog())?.unread).toEqual([expect.objectContaining({ file: 'city-of-ghosts/000_acea1c6f1abc6d80.txt', carried: true })]);
    expect(summary.quotes).toBe(76);
    expect((await engine.search({ q: 'whoever holds the camera' })).hits[0]!.quote.speaker?.slug).toBe('hamoud');
    expect((await engine.sourceText('000-acea1c6f1abc6d80'))?.text).toContain('Whoever holds the camera');
  });

  it('links a quotation to the interview line it reproduces', async () => {
    writeFileSync(path.join(dir, 'city-of-ghosts', 'later-review.txt'), '“It became a story of trauma,” the director told NPR, of a film that began as a chronicle.\n');
    writeFileSync(path.join(dir, 'city-of-ghosts', 'later-review.txt.yml'), 'kind: review\n');
    const summary = await runIndex({ transcriptsDir: dir, engine });
    expect(summary.linked).toBe(1);
    const hits = (await engine.search({ q: 'story of trauma', filters: { kind: ['quotation'] } })).hits;
    const quotation = hits.find((h) => h.quote.source === 'later-review')!.quote;
    expect(hits[0]!.quote.id).toBe(quotation.id);
    const line = await engine.get(quotation.reproduces!);
    expect(line?.speaker?.slug).toBe('matthew-heineman');
    expect(line?.quotedIn).toEqual([quotation.id]);
  });

  it("keeps a speaker's address across re-indexing, though a review's quotation named by the line it reproduces carries it into another collection", async () => {
    // The shape a review of this round's change found: an interview names Mike Kai; a review in a
    // related collection quotes him by name once, and once without a said-clause (named by the line).
    mkdirSync(path.join(dir, 'interviews'));
    writeFileSync(path.join(dir, 'interviews', 'collection.yml'), 'title: Interviews\n');
    writeFileSync(
      path.join(dir, 'interviews', 'kai.txt'),
      'Ann Lee: Where did it start?\n\nMike Kai: My father took me to Kilauea when I was seven and I never forgot the glow of the lava.\n\nAnn Lee: And now?\n\nMike Kai: I would not trade this life for anything in the world.\n',
    );
    mkdirSync(path.join(dir, 'zzz-reviews'));
    writeFileSync(path.join(dir, 'zzz-reviews', 'collection.yml'), 'title: Reviews\nrelated: [interviews]\n');
    writeFileSync(
      path.join(dir, 'zzz-reviews', 'fire.txt'),
      'The film follows a man and a mountain.\n\n“I would not trade this life for anything in the world,” Mike Kai says near the end.\n\nThen a voice: “My father took me to Kilauea when I was seven and I never forgot the glow of the lava.”\n',
    );
    writeFileSync(path.join(dir, 'zzz-reviews', 'fire.txt.yml'), 'kind: review\ntitle: Fire Mountain\n');
    const slugs = async () => (await engine.search({ q: 'Kilauea glow lava', perPage: 10 })).hits.map((h) => `${h.quote.source}:${h.quote.speaker?.slug}`).sort();
    await runIndex({ transcriptsDir: dir, engine });
    const first = await slugs();
    expect(first).toContain('kai:mike-kai');
    for (let run = 0; run < 2; run++) {
      await runIndex({ transcriptsDir: dir, engine, now: () => new Date(Date.now() + 1000 * (run + 1)) });
      expect(await slugs()).toEqual(first);
    }
  });
});
