/**
 * The Meilisearch engine against a real server: the shared engine contract, then what only this engine
 * does (filters with hostile values, leftovers of a killed re-index, a failing task, an unreachable
 * server). Runs when MEILI_URL is set (with MEILI_ADMIN_KEY for a server that has a master key);
 * otherwise every test here is skipped with one notice.
 *
 * Roles as in production: the contract's writes (`replaceAll`, `dump`) go through an indexer engine
 * with the admin key, everything else through a server engine with a key created for this run whose
 * only action is `search`, on this run's two indexes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { loadConfig, type MeiliConfig } from '../../server/config.ts';
import { EngineError, EngineUnavailableError } from '../../server/errors.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { createMeilisearchEngine } from '../../server/search/meilisearch/engine.ts';
import { freePort } from '../../scripts/bench/load.ts';
import { describeEngineContract } from './contract.ts';
import { describeVerifyContract } from './verify-contract.ts';
import { fixtureSnapshot, qid } from './fixtures.ts';

const meili = process.env.MEILI_URL ? loadConfig().meili : null;
const RUN = `verbatim_test_${process.pid}_${Date.now()}`;

if (!meili) {
  console.warn('Meilisearch contract suite skipped: set MEILI_URL (and MEILI_ADMIN_KEY) to run it against a server');
  describe('Meilisearch engine (real server)', () => {
    it.skip('needs MEILI_URL (and MEILI_ADMIN_KEY)', () => {});
  });
} else {
  const admin = new Meilisearch({ host: meili.url, ...(meili.adminKey ? { apiKey: meili.adminKey } : {}) });
  const configFor = (index: string): MeiliConfig => ({ ...meili, index, taskTimeoutMs: Math.max(meili.taskTimeoutMs, 60_000) });

  /** Delete this run's indexes whose uid starts with `prefix` (the live pair and any `__next_` leftovers). */
  async function dropIndexes(prefix: string): Promise<void> {
    const { results } = await admin.getRawIndexes({ limit: 1000 });
    for (const { uid } of results) if (uid.startsWith(prefix)) await admin.deleteIndex(uid).waitTask({ timeout: 60_000 });
  }

  /** A search-only key for one index pair, deleted when the file's tests are done. */
  const keys: string[] = [];
  async function searchKeyFor(index: string): Promise<string> {
    const key = await admin.createKey({
      description: `Verbatim test ${RUN}: search only`,
      actions: ['search'],
      indexes: [index, `${index}_meta`],
      expiresAt: null,
    });
    keys.push(key.uid);
    return key.key;
  }
  afterAll(async () => {
    for (const uid of keys) await admin.deleteKey(uid);
  });

  /** replaceAll and dump as the indexer; everything the web server calls with the search-only key. */
  function splitRoles(indexer: SearchEngine, server: SearchEngine): SearchEngine {
    return {
      name: 'meilisearch',
      lockForIndexing: (onWait) => indexer.lockForIndexing(onWait),
      replaceAll: (snapshot, options) => indexer.replaceAll(snapshot, options),
      drop: () => indexer.drop(),
      dump: () => indexer.dump(),
      search: (request) => server.search(request),
      correctWords: (words) => server.correctWords(words),
      get: (id) => server.get(id),
      getMany: (ids) => server.getMany(ids),
      resolve: (id) => server.resolve(id),
      list: (by, page) => server.list(by, page),
      catalog: () => server.catalog(),
      sourceText: (slug) => server.sourceText(slug),
      sourceTextRange: (slug, start, end) => server.sourceTextRange(slug, start, end),
      stats: () => server.stats(),
      health: () => server.health(),
      close: async () => {
        await Promise.all([indexer.close(), server.close()]);
      },
    };
  }

  const CONTRACT_INDEX = `${RUN}_contract`;
  const VERIFY_INDEX = `${RUN}_verify`;
  describeVerifyContract('meilisearch', {
    create: async () => splitRoles(createMeilisearchEngine({ config: configFor(VERIFY_INDEX), role: 'indexer' }), createMeilisearchEngine({ config: { ...configFor(VERIFY_INDEX), searchKey: await searchKeyFor(VERIFY_INDEX) }, role: 'server' })),
    cleanup: async (engine) => {
      await engine.close();
      await dropIndexes(VERIFY_INDEX);
    },
  });
  describeEngineContract('meilisearch', {
    async create() {
      const config = configFor(CONTRACT_INDEX);
      const searchKey = await searchKeyFor(CONTRACT_INDEX);
      return splitRoles(
        createMeilisearchEngine({ config, role: 'indexer' }),
        createMeilisearchEngine({ config: { ...config, searchKey }, role: 'server' }),
      );
    },
    async cleanup(engine) {
      await engine.close();
      await dropIndexes(CONTRACT_INDEX);
    },
  });

  describe('Meilisearch engine (real server): what only it does', () => {
    const INDEX = `${RUN}_own`;
    let indexer: SearchEngine;
    let server: SearchEngine;

    beforeAll(async () => {
      const config = configFor(INDEX);
      indexer = createMeilisearchEngine({ config, role: 'indexer' });
      server = createMeilisearchEngine({ config: { ...config, searchKey: await searchKeyFor(INDEX) }, role: 'server' });
    });
    afterAll(async () => {
      await dropIndexes(INDEX);
    }, 120_000);

    it('before the first re-index: search says so, catalog is null, stats are zero, health is not ok', async () => {
      await expect(server.search({ q: 'raqqa' })).rejects.toThrow(/the index has not been built yet: run npm run index/);
      expect(await server.catalog()).toBeNull();
      expect(await server.stats()).toEqual({ quotes: 0, sources: 0, speakers: 0, builtAt: null });
      expect(await server.health()).toMatchObject({ ok: false });
    });

    it('removes the leftovers of a killed run and keeps only the live pair', async () => {
      await admin.createIndex(`${INDEX}__next_1`, { primaryKey: 'id' }).waitTask();
      await admin.createIndex(`${INDEX}_meta__next_1`, { primaryKey: 'id' }).waitTask();
      await indexer.replaceAll(fixtureSnapshot());
      const { results } = await admin.getRawIndexes({ limit: 1000 });
      expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(INDEX)).sort()).toEqual([INDEX, `${INDEX}_meta`]);
      expect((await server.health()).ok).toBe(true);
    }, 120_000);

    it('filter values cannot change the filter expression', async () => {
      for (const value of ['a" OR id EXISTS', 'x\\', 'x\\" OR id EXISTS OR "', 'line\nbreak" OR kind = "turn', "it's"]) {
        const r = await server.search({ q: '', filters: { speaker: [value] } });
        expect(r.total, JSON.stringify(value)).toBe(0);
        expect(await server.get(value)).toBeNull();
        expect(await server.sourceText(value)).toBeNull();
        expect(await server.list({ source: value }, { offset: 0, limit: 5 })).toEqual({ total: 0, quotes: [] });
      }
    });

    it('filters on ids are exact even though Meilisearch compares filter strings without case', async () => {
      const id = qid('hamoudCamera');
      expect((await server.get(id))?.id).toBe(id);
      expect(await server.get(id.toUpperCase())).toBeNull();
    });

    it('the search-only key cannot write', async () => {
      // The server engine holds the search key: a write through it is refused by Meilisearch.
      await expect(server.replaceAll(fixtureSnapshot())).rejects.toThrow(EngineError);
      expect(await server.stats()).toMatchObject({ quotes: fixtureSnapshot().quotes.length });
    }, 60_000);

    it('a failed task stops the re-index and leaves the live index serving', async () => {
      const before = await server.stats();
      const bad = fixtureSnapshot();
      bad.quotes[3] = { ...bad.quotes[3]!, id: 'not a valid id' };
      const error = await indexer.replaceAll(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as Error).message).toMatch(/Meilisearch task \d+ \(documents .* into .*__next_\d+ .*\) failed: .*not a valid id/);
      expect(await server.stats()).toEqual(before);
      const { results } = await admin.getRawIndexes({ limit: 1000 });
      expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(INDEX)).sort()).toEqual([INDEX, `${INDEX}_meta`]);
    }, 120_000);

    it('one indexer at a time: a second waits while the first holds the lock index', async () => {
      const other = createMeilisearchEngine({ config: configFor(INDEX), role: 'indexer' });
      const first = await indexer.lockForIndexing();
      const waits: string[] = [];
      let second: { release(): Promise<void> } | null = null;
      const taking = other.lockForIndexing((holder) => waits.push(holder)).then((lock) => (second = lock));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(second).toBeNull();
      expect(waits).toEqual([expect.stringMatching(/^process \d+ on /)]);
      await first.release();
      await taking;
      await second!.release();
      const { results } = await admin.getRawIndexes({ limit: 1000 });
      expect(results.map((i) => i.uid)).not.toContain(`${INDEX}_lock`);
    }, 60_000);

    it('a server that does not answer is EngineUnavailableError, with no key in the message', async () => {
      const port = await freePort(); // released again: nothing listens on it
      const config = { ...configFor(INDEX), url: `http://127.0.0.1:${port}`, timeoutMs: 500, searchKey: meili.searchKey ?? meili.adminKey ?? 'no-key' };
      const down = createMeilisearchEngine({ config, role: 'server' });
      const error = (await down.search({ q: 'raqqa' }).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(EngineUnavailableError);
      expect(error.message).toBe(`Meilisearch at http://127.0.0.1:${port} refused the connection`);
      const health = await down.health();
      expect(health.ok).toBe(false);
      for (const key of [meili.adminKey, meili.searchKey]) {
        if (key) expect(`${error.message} ${health.detail}`).not.toContain(key);
      }
    });
  });
}
