/**
 * The embedded engine on its own thread, as the web server runs it: the shared contract through the
 * thread, errors that keep their type across it, re-indexes picked up from the file, and a stopped
 * thread answered as an unavailable engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { AppError, EngineUnavailableError } from '../../server/errors.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import { createThreadedEmbeddedEngine } from '../../server/search/embedded/threaded.ts';
import { searchJsonText } from '../../server/search/wire.ts';
import { describeEngineContract } from './contract.ts';
import { BUILT_AT_A, BUILT_AT_B, fixtureSnapshot, fixtureSnapshotB } from './fixtures.ts';

const dirs = new WeakMap<SearchEngine, string>();
describeEngineContract('embedded (on its own thread)', {
  async create() {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-contract-'));
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: false });
    dirs.set(engine, dir);
    return engine;
  },
  async cleanup(engine) {
    await engine.close();
    await rm(dirs.get(engine)!, { recursive: true, force: true });
  },
});

describe('the search thread', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });
  /** A thread engine (not watching) over a data directory of its own, holding the fixture snapshot. */
  const seededEngine = async (): Promise<SearchEngine> => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: false });
    cleanup.push(async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    });
    await engine.replaceAll(fixtureSnapshot());
    return engine;
  };

  it('keeps error types across the thread and follows a re-index written by another process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    const writer = await createEmbeddedEngine({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    const reloads: unknown[] = [];
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: true, onReloadError: (e) => reloads.push(e) });
    cleanup.push(async () => {
      await engine.close();
      await writer.close();
      await rm(dir, { recursive: true, force: true });
    });
    expect((await engine.stats()).builtAt).toBe(BUILT_AT_A);
    const bad = await engine.search({ q: 'camera', perPage: 1000 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect(bad).toMatchObject({ status: 400, code: 'bad_request', details: { parameter: 'perPage' } });

    await writer.replaceAll(fixtureSnapshotB());
    for (let i = 0; i < 100 && (await engine.stats()).builtAt !== BUILT_AT_B; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await engine.stats()).builtAt).toBe(BUILT_AT_B);
    expect(reloads).toEqual([]);
  });

  it('serializes a search on its thread exactly as the web layer would', async () => {
    const engine = await seededEngine();
    for (const request of [{ q: 'camera' }, { q: '"holds the camera" -gun', perPage: 5 }, { q: '', page: 2, perPage: 3 }, { q: 'nothing matches zzzz' }]) {
      const expected = searchJsonText(request.q, await engine.search(request), 'https://verbatim.example');
      expect(new TextDecoder().decode(await engine.searchJson!(request, 'https://verbatim.example'))).toBe(expected);
    }
  });

  it('answers the search API with the thread\'s bytes: UTF-8, and a length that counts them', async () => {
    const engine = await seededEngine();
    const app = createApp({ engine, config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', NODE_ENV: 'test', BASE_URL: 'https://verbatim.example' }, process.cwd()) });
    const res = await request(app).get('/api/search?q=job+human+face');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text));
    expect(res.body.hits[0].text).toBe('It’s my job to provide a human face to this and allow the audience to go on an emotional journey.');
    expect(res.text).toBe(searchJsonText('job human face', await engine.search({ q: 'job human face' }), 'https://verbatim.example'));
  });

  it('copies the catalog across once per index, and again after a re-index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    const writer = await createEmbeddedEngine({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: true });
    cleanup.push(async () => {
      await engine.close();
      await writer.close();
      await rm(dir, { recursive: true, force: true });
    });
    const [a, b] = await Promise.all([engine.catalog(), engine.catalog()]);
    // The same object each time: nothing was copied again.
    expect(b).toBe(a);
    expect(await engine.catalog()).toBe(a);
    expect(a!.builtAt).toBe(BUILT_AT_A);

    await writer.replaceAll(fixtureSnapshotB());
    for (let i = 0; i < 100 && (await engine.catalog())!.builtAt !== BUILT_AT_B; i++) await new Promise((r) => setTimeout(r, 50));
    const c = await engine.catalog();
    expect(c!.builtAt).toBe(BUILT_AT_B);
    expect(await engine.catalog()).toBe(c);
    // A re-index through the thread itself is followed too.
    await engine.replaceAll(fixtureSnapshot());
    expect((await engine.catalog())!.builtAt).toBe(BUILT_AT_A);
  });

  it('starts on a damaged index file, unhealthy with the reason, and recovers when a good file arrives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    await writeFile(join(dir, 'embedded-index.ndjson'), '{"format":"verbatim-embedded-index","version":1,"builtAt":null,"counts":{"quotes":5,"texts":0,"permalinks":0}}\n{"catalog":null}\n{"quote":{"id":"x"');
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: true });
    cleanup.push(async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    });
    const health = await engine.health();
    expect(health.ok).toBe(false);
    expect(health.detail).toMatch(/embedded-index\.ndjson is damaged at line 3: not valid JSON.*npm run index/);
    await expect(engine.search({ q: 'camera' })).rejects.toBeInstanceOf(EngineUnavailableError);
    await expect(engine.catalog()).rejects.toBeInstanceOf(EngineUnavailableError);

    // A rebuild opens the damaged file too (to salvage what it can) and replaces it.
    const writer = await createEmbeddedEngine({ dataDir: dir, tolerateBadFile: true });
    await writer.replaceAll(fixtureSnapshot());
    await writer.close();
    for (let i = 0; i < 100 && !(await engine.health()).ok; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await engine.health()).toEqual({ ok: true });
    expect((await engine.search({ q: 'camera' })).total).toBeGreaterThan(0);
    expect((await engine.catalog())!.builtAt).toBe(BUILT_AT_A);
  });

  it.skipIf(process.platform !== 'linux')('runs its searches below the web server thread’s priority (Linux)', async () => {
    const niceOfThreads = () =>
      readdirSync('/proc/self/task').map((tid) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]));
    const before = niceOfThreads().filter((n) => n === 2).length;
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: false });
    cleanup.push(async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    });
    expect(niceOfThreads().filter((n) => n === 2)).toHaveLength(before + 1);
    // This (the serving) thread keeps its priority.
    expect(Number(readFileSync('/proc/thread-self/stat', 'utf8').replace(/^.*\) /s, '').split(' ')[16])).toBe(0);
  });

  it('answers as an unavailable engine once the thread has stopped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-threaded-'));
    const engine = await createThreadedEmbeddedEngine({ dataDir: dir, watch: false });
    await engine.close();
    await rm(dir, { recursive: true, force: true });
    await expect(engine.search({ q: 'camera' })).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(await engine.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/search thread stopped/) });
  });
});
