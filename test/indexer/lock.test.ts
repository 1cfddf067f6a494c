/**
 * One indexer at a time: the DATA_DIR lock file waits for a live holder and breaks a dead one's, and
 * two indexers started together publish in turn, so that a permalink published by the first still
 * redirects (301) after the second, instead of being unknown (404) to it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import { LOCK_FILE_NAME, lockDataDir, memoryLock } from '../../server/search/embedded/lock.ts';
import type { IndexSnapshot, SearchEngine } from '../../server/search/engine.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the DATA_DIR lock', () => {
  it('makes a second indexer wait for the first, telling it who holds the lock', async () => {
    const first = await lockDataDir(dir);
    const waits: string[] = [];
    let second: Awaited<ReturnType<typeof lockDataDir>> | null = null;
    const taking = lockDataDir(dir, (holder) => waits.push(holder)).then((lock) => (second = lock));
    await tick(400);
    expect(second).toBeNull();
    expect(waits).toEqual([expect.stringMatching(new RegExp(`^process ${process.pid} on .+, indexing since \\d{4}-`))]);
    await first.release();
    await taking;
    expect(second).not.toBeNull();
    await second!.release();
    expect(() => readFileSync(path.join(dir, LOCK_FILE_NAME))).toThrow();
  });

  it('breaks the lock of a process that is gone, and of a holder whose heartbeat stopped', async () => {
    const file = path.join(dir, LOCK_FILE_NAME);
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2020-01-01T00:00:00Z', token: 'dead' }));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    await lock.release();

    // Another machine's holder (its process cannot be checked): stale once it stops touching the file.
    writeFileSync(file, JSON.stringify({ pid: 1, host: 'elsewhere', startedAt: '2020-01-01T00:00:00Z', token: 'far' }));
    const old = new Date(Date.now() - 120_000);
    utimesSync(file, old, old);
    const again = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(file, 'utf8')).host).toBe(hostname());
    await again.release();
  });

  it('does not remove a lock that another indexer took after breaking ours', async () => {
    const mine = await lockDataDir(dir);
    const file = path.join(dir, LOCK_FILE_NAME);
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'now', token: 'theirs' }));
    await mine.release();
    expect(JSON.parse(readFileSync(file, 'utf8')).token).toBe('theirs');
  });

  it('serializes indexers of an in-memory engine too', async () => {
    const lock = memoryLock();
    const order: string[] = [];
    const a = await lock();
    const waits: string[] = [];
    const b = lock((h) => waits.push(h)).then((l) => (order.push('b'), l));
    await tick();
    order.push('a done');
    await a.release();
    await (await b).release();
    expect(order).toEqual(['a done', 'b']);
    expect(waits).toHaveLength(1);
  });
});

describe('two indexers at once', () => {
  it('publish one after the other: a permalink the first published still redirects after the second', async () => {
    const corpus = path.join(dir, 'transcripts');
    const data = path.join(dir, 'data');
    cpSync(path.resolve('transcripts'), corpus, { recursive: true });
    const review = path.join(corpus, 'city-of-ghosts', '000_acea1c6f1abc6d80.txt');
    const original = 'City of Ghosts is released on July 21st.';
    const second = 'City of Ghosts is released in UK cinemas on July 21st.';
    const third = 'City of Ghosts is released in British cinemas on July 21st.';

    const setup = await createEmbeddedEngine({ dataDir: data });
    await runIndex({ transcriptsDir: corpus, engine: setup });
    await setup.close();

    // Indexer A publishes the first edit, but is held just before writing.
    writeFileSync(review, readFileSync(review, 'utf8').replace(original, second));
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let writing!: () => void;
    const atWrite = new Promise<void>((resolve) => (writing = resolve));
    const engineA = await createEmbeddedEngine({ dataDir: data });
    const slowA: SearchEngine = new Proxy(engineA, {
      get: (target, prop) =>
        prop === 'replaceAll'
          ? async (snapshot: IndexSnapshot) => {
              writing();
              await held;
              return target.replaceAll(snapshot);
            }
          : Reflect.get(target, prop),
    });
    const runA = runIndex({ transcriptsDir: corpus, engine: slowA });
    await atWrite;

    // Meanwhile the transcript is edited again and indexer B starts.
    writeFileSync(review, readFileSync(review, 'utf8').replace(second, third));
    const engineB = await createEmbeddedEngine({ dataDir: data });
    const waits: string[] = [];
    const runB = runIndex({ transcriptsDir: corpus, engine: engineB, onLockWait: (h) => waits.push(h) });
    await tick(300);
    letGo();
    await runA;
    const idOfSecond = (await engineA.search({ q: '"in UK cinemas"' })).hits[0]!.quote.id;
    await runB;

    const reader = await createEmbeddedEngine({ dataDir: data });
    const resolved = await reader.resolve(idOfSecond);
    expect(resolved.status).toBe('moved');
    const target = await reader.get((resolved as { to: string }).to);
    expect(target?.text).toBe(third);
    expect(waits).toHaveLength(1);
    await Promise.all([engineA.close(), engineB.close(), reader.close()]);
  });
});
