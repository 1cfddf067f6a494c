/**
 * The embedded engine: the shared contract (in memory and with a data directory), then what only
 * this engine does — its index file, written atomically, loaded at start and reloaded when another
 * process replaces it.
 */
import { mkdtemp, open as openFile, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../server/errors.ts';
import type { IndexSnapshot, SearchEngine, SearchRequest } from '../../server/search/engine.ts';
import { createEmbeddedEngine, embeddedIndexPath } from '../../server/search/embedded/index.ts';
import { describeEngineContract } from './contract.ts';
import { unbuilt } from '../../server/search/embedded/unbuilt.ts';
import { describeVerifyContract } from './verify-contract.ts';
import { BUILT_AT_A, BUILT_AT_B, fixtureSnapshot, fixtureSnapshotB, qid } from './fixtures.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-embedded-'));
  dirs.push(dir);
  return dir;
}

describeEngineContract('embedded (in memory)', {
  create: () => createEmbeddedEngine({}),
});
describeVerifyContract('embedded', { create: () => createEmbeddedEngine({}) });

const engineDirs = new WeakMap<SearchEngine, string>();
/** An engine over a data directory of its own, removed after each contract test. */
const withDataDir = (options: { deferBuild?: boolean }) => ({
  async create() {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-embedded-contract-'));
    const engine = await createEmbeddedEngine({ dataDir: dir, ...options });
    engineDirs.set(engine, dir);
    return engine;
  },
  async cleanup(engine: SearchEngine) {
    await engine.close();
    const dir = engineDirs.get(engine);
    if (dir) await rm(dir, { recursive: true, force: true });
  },
});
describeEngineContract('embedded (with a data directory)', withDataDir({}));
// As `npm run index` runs it: replaceAll writes the file, and the index is built when first asked.
describeEngineContract('embedded (build deferred, as the indexer runs it)', withDataDir({ deferBuild: true }));

describe('embedded engine: index file', () => {
  const open: SearchEngine[] = [];
  const create = async (options: Parameters<typeof createEmbeddedEngine>[0]) => {
    const engine = await createEmbeddedEngine(options);
    open.push(engine);
    return engine;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((e) => e.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  const requests: SearchRequest[] = [
    { q: 'raqqa' },
    { q: 'cmaera ' },
    { q: 'film', sort: 'date:desc', perPage: 5 },
    { q: '"slaughtered silently"' },
    { q: '', filters: { speaker: ['matthew-heineman'] } },
  ];
  const answers = (engine: SearchEngine) => Promise.all(requests.map((r) => engine.search(r)));

  it('embeddedIndexPath names the file in the data directory', () => {
    expect(embeddedIndexPath('/var/lib/verbatim')).toBe('/var/lib/verbatim/embedded-index.ndjson');
  });

  it('starts empty without an index file', async () => {
    const dir = await tempDir();
    const engine = await create({ dataDir: dir });
    expect(await engine.stats()).toEqual({ quotes: 0, sources: 0, speakers: 0, builtAt: null });
    expect(await engine.health()).toEqual({ ok: true });
    expect(await engine.catalog()).toBeNull();
    expect(await engine.dump()).toBeNull();
    const r = await engine.search({ q: 'raqqa' });
    expect(r.total).toBe(0);
    expect(r.hits).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('drop deletes the index file, so a new engine starts empty', async () => {
    const dir = await tempDir();
    const engine = await create({ dataDir: dir });
    await engine.replaceAll(fixtureSnapshot());
    expect(await readdir(dir)).toEqual(['embedded-index.ndjson']);
    await engine.drop();
    expect(await readdir(dir)).toEqual([]);
    expect((await engine.search({ q: 'raqqa' })).total).toBe(0);
    const fresh = await create({ dataDir: dir });
    expect(await fresh.stats()).toEqual({ quotes: 0, sources: 0, speakers: 0, builtAt: null });
  });

  it('persists the index and loads it in a new engine', async () => {
    const dir = await tempDir();
    const first = await create({ dataDir: dir });
    await first.replaceAll(fixtureSnapshot());
    expect(await readdir(dir)).toEqual(['embedded-index.ndjson']);
    const header = JSON.parse((await readFile(embeddedIndexPath(dir), 'utf8')).split('\n')[0]!);
    expect(header).toMatchObject({ format: 'verbatim-embedded-index', version: 1, builtAt: BUILT_AT_A, counts: { quotes: 31, texts: 5, permalinks: 2 } });

    // Loaded with its build deferred (as the indexer loads it), the snapshot answers what an index would.
    for (const deferBuild of [false, true]) {
      const second = await create({ dataDir: dir, deferBuild });
      const slug = fixtureSnapshot().texts[0]!.slug;
      expect(await second.dump()).toEqual(await first.dump());
      expect(await second.catalog()).toEqual(fixtureSnapshot().catalog);
      expect(await second.sourceText(slug)).toEqual(await first.sourceText(slug));
      expect(await second.sourceTextRange(slug, 0, 5)).toEqual(await first.sourceTextRange(slug, 0, 5));
      expect(await second.stats()).toEqual(await first.stats());
      expect(await answers(second)).toEqual(await answers(first));
      expect(await second.resolve('guardian-review_whoever-holds')).toMatchObject({ status: 'moved', to: qid('hamoudCamera') });
    }
  });

  it('with the build deferred, refuses a snapshot with one id twice before writing anything', async () => {
    for (const deferBuild of [false, true]) {
      const dir = await tempDir();
      const engine = await create({ dataDir: dir, deferBuild });
      await engine.replaceAll(fixtureSnapshot());
      const before = await readFile(embeddedIndexPath(dir));
      const bad = fixtureSnapshotB();
      bad.quotes.push({ ...bad.quotes[0]! });
      await expect(engine.replaceAll(bad)).rejects.toThrow(`two quotes with the id "${bad.quotes[0]!.id}"`);
      expect(await readFile(embeddedIndexPath(dir))).toEqual(before);
      expect(await engine.stats()).toMatchObject({ quotes: 31 });
    }
  });

  // Source texts run on past their quotes: one of 2.4 MB alone (a line longer than a write chunk),
  // the others 180 kB each, so the file fills many chunks.
  const bigSnapshot = () => {
    const snapshot = fixtureSnapshot();
    const filler = (n: number) => '\nRaqqa — الرقة, 東京, “quoted” 😀 \\ "escaped"\t'.repeat(n);
    snapshot.texts = snapshot.texts.map((t, i) => ({ ...t, text: t.text + filler(i === 0 ? 50_000 : 4_000) }));
    return snapshot;
  };
  /** The file handle's `write`, replaced for one test: `fake` gets the real one and the call's arguments. */
  async function withWrites(fake: (real: FileHandle['write'], handle: FileHandle, args: unknown[]) => Promise<unknown>, run: () => Promise<void>) {
    const dir = await tempDir();
    const probe = await openFile(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    await rm(join(dir, 'probe'));
    const real = proto.write;
    const spy = vi.spyOn(proto, 'write').mockImplementation(function (this: FileHandle, ...args: unknown[]) {
      return fake(real, this, args) as ReturnType<FileHandle['write']>;
    });
    try {
      await run();
    } finally {
      spy.mockRestore();
    }
  }

  it('writes an index of many write chunks, with a line longer than a chunk and text in several scripts, and reads it back the same', async () => {
    const dir = await tempDir();
    const snapshot = bigSnapshot();
    const first = await create({ dataDir: dir });
    await first.replaceAll(snapshot);
    const second = await create({ dataDir: dir });
    for (const t of snapshot.texts) expect(await second.sourceText(t.slug)).toEqual(t);
    expect(await second.dump()).toEqual(await first.dump());
    expect(await answers(second)).toEqual(await answers(first));
  });

  it('writes the same file when each write takes part of its bytes and the writes finish late, unevenly', async () => {
    const plain = await tempDir();
    await (await create({ dataDir: plain })).replaceAll(bigSnapshot());
    const expected = await readFile(embeddedIndexPath(plain));
    const dir = await tempDir();
    let calls = 0;
    await withWrites(
      async (real, handle, [bytes, offset, length]) => {
        // Late, by turns longer and shorter, and at most half of what was asked (but one byte).
        await new Promise((r) => setTimeout(r, ++calls % 2 ? 15 : 1));
        const half = Math.max(1, Math.floor((length as number) / 2));
        return (real as (...a: unknown[]) => Promise<unknown>).call(handle, bytes, offset, half);
      },
      async () => {
        await (await create({ dataDir: dir })).replaceAll(bigSnapshot());
      },
    );
    expect(calls).toBeGreaterThan(10);
    expect((await readFile(embeddedIndexPath(dir))).equals(expected)).toBe(true);
  });

  it('a write that fails while the last chunk is on its way leaves the previous index file, and no temporary file', async () => {
    const dir = await tempDir();
    const engine = await create({ dataDir: dir });
    await engine.replaceAll(fixtureSnapshot());
    const before = await readFile(embeddedIndexPath(dir));
    // Count the writes of a good run, then fail the last one of the same run.
    let count = 0;
    await withWrites((real, handle, args) => {
      count++;
      return (real as (...a: unknown[]) => Promise<unknown>).apply(handle, args);
    }, async () => void (await (await create({ dataDir: await tempDir() })).replaceAll(bigSnapshot())));
    let call = 0;
    let failure: unknown = null;
    await withWrites(
      async (real, handle, args) => {
        if (++call === count) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return (real as (...a: unknown[]) => Promise<unknown>).apply(handle, args);
      },
      async () => {
        failure = await engine.replaceAll(bigSnapshot()).then(() => null, (error: unknown) => error);
      },
    );
    expect(count).toBeGreaterThan(2);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as Error).message).toMatch(/no space left/);
    expect(await readFile(embeddedIndexPath(dir))).toEqual(before);
    expect(await readdir(dir)).toEqual(['embedded-index.ndjson']);
  });

  it('a failed write leaves the previous index file and index in place, and no temporary file', async () => {
    const dir = await tempDir();
    const engine = await create({ dataDir: dir });
    await engine.replaceAll(fixtureSnapshot());
    const before = await readFile(embeddedIndexPath(dir));
    const answersBefore = await answers(engine);

    // A value JSON cannot write, in the last quote: the temporary file is half written when it fails.
    const bad: IndexSnapshot = fixtureSnapshotB();
    (bad.quotes.at(-1) as unknown as { broken: bigint }).broken = 1n;
    const failure = await engine.replaceAll(bad).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as Error).message).toContain(embeddedIndexPath(dir));

    expect(await readFile(embeddedIndexPath(dir))).toEqual(before);
    expect(await readdir(dir)).toEqual(['embedded-index.ndjson']);
    expect(await answers(engine)).toEqual(answersBefore);
    expect((await engine.stats()).builtAt).toBe(BUILT_AT_A);

    // The engine is still usable for the next re-index.
    await engine.replaceAll(fixtureSnapshotB());
    expect((await engine.stats()).builtAt).toBe(BUILT_AT_B);
  });

  it('an unbuilt snapshot dumps what its built index dumps, whatever the order of its quotes and permalinks', async () => {
    const snapshot = fixtureSnapshot();
    snapshot.quotes.reverse();
    snapshot.permalinks.push({ ...snapshot.permalinks[0]! }, ...snapshot.permalinks.slice().reverse());
    const built = await create({});
    await built.replaceAll(structuredClone(snapshot));
    expect(unbuilt(structuredClone(snapshot)).dump()).toEqual(await built.dump());
    expect(unbuilt({ ...snapshot, quotes: [], catalog: null as never }).dump()).toBeNull();
  });

  it('with the build deferred, a re-index queued behind a search is the one served', async () => {
    const engine = await create({ dataDir: await tempDir(), deferBuild: true });
    await engine.replaceAll(fixtureSnapshot());
    // A search asks for the first index to be built while a second re-index is already queued.
    const second = engine.replaceAll(fixtureSnapshotB());
    const searched = engine.search({ q: 'camera' });
    await Promise.all([second, searched]);
    expect(await engine.stats()).toMatchObject({ builtAt: BUILT_AT_B, quotes: fixtureSnapshotB().quotes.length });
  });

  it('with the build deferred, replacing a damaged file makes the engine healthy and serves what it wrote', async () => {
    const dir = await tempDir();
    const writer = await create({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    await writeFile(embeddedIndexPath(dir), '{"format":"something-else"}\n');
    const engine = await create({ dataDir: dir, tolerateBadFile: true, deferBuild: true });
    expect((await engine.health()).ok).toBe(false);
    await engine.replaceAll(fixtureSnapshotB());
    expect(await engine.health()).toEqual({ ok: true });
    expect(await engine.stats()).toMatchObject({ builtAt: BUILT_AT_B, quotes: fixtureSnapshotB().quotes.length });
    expect((await engine.dump())?.catalog?.builtAt).toBe(BUILT_AT_B);
  });

  it('a corrupt index file is a clear error naming the file and line', async () => {
    const dir = await tempDir();
    const writer = await create({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    const path = embeddedIndexPath(dir);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[4] = lines[4]!.slice(0, 40);
    await writeFile(path, lines.join('\n'));
    const error = await createEmbeddedEngine({ dataDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('line 5');

    // A truncated file (a lost tail) is caught too.
    await writer.replaceAll(fixtureSnapshot());
    const whole = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, whole.slice(0, -4).join('\n'));
    await expect(createEmbeddedEngine({ dataDir: dir })).rejects.toThrow(/ends early/);

    await writeFile(path, '{"format":"something-else"}\n');
    await expect(createEmbeddedEngine({ dataDir: dir })).rejects.toThrow(/line 1/);
  });

  it('reloads when another process renames a new index into place', async () => {
    const dir = await tempDir();
    const reloads: string[] = [];
    const errors: unknown[] = [];
    const watcher = await create({
      dataDir: dir,
      watch: true,
      watchDebounceMs: 30,
      onReload: (stats) => reloads.push(String(stats.builtAt)),
      onReloadError: (e) => errors.push(e),
    });
    expect((await watcher.stats()).quotes).toBe(0);

    const writer = await create({ dataDir: dir });
    await writer.replaceAll(fixtureSnapshot());
    await until(async () => (await watcher.stats()).builtAt === BUILT_AT_A);
    expect(await answers(watcher)).toEqual(await answers(writer));

    await writer.replaceAll(fixtureSnapshotB());
    await until(async () => (await watcher.stats()).builtAt === BUILT_AT_B);
    expect(await answers(watcher)).toEqual(await answers(writer));
    expect(reloads).toContain(BUILT_AT_B);
    expect(errors).toEqual([]);

    // A bad file renamed into place: the error is reported and the old index keeps serving.
    const temp = join(dir, 'incoming.tmp');
    await writeFile(temp, '{"format":"verbatim-embedded-index","version":1,"builtAt":null,"counts":{"quotes":1,"texts":0,"permalinks":0}}\nnot json\n');
    await rename(temp, embeddedIndexPath(dir));
    await until(async () => errors.length > 0);
    expect((errors[0] as Error).message).toContain('line 2');
    expect((await watcher.stats()).builtAt).toBe(BUILT_AT_B);
    expect((await watcher.search({ q: 'danger' })).total).toBe(1);
  }, 30_000);

  it('its own writes do not trigger a reload', async () => {
    const dir = await tempDir();
    const reloads: unknown[] = [];
    const engine = await create({ dataDir: dir, watch: true, watchDebounceMs: 20, onReload: (s) => reloads.push(s) });
    await engine.replaceAll(fixtureSnapshot());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reloads).toEqual([]);
  });

  it('rejects a snapshot with duplicate quote ids and keeps the index', async () => {
    const engine = await create({});
    await engine.replaceAll(fixtureSnapshot());
    const bad = fixtureSnapshot();
    bad.quotes.push({ ...bad.quotes[0]!, order: 999 });
    await expect(engine.replaceAll(bad)).rejects.toThrow(/two quotes with the id/);
    expect((await engine.stats()).quotes).toBe(31);
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
