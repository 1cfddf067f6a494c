/**
 * The production engine: Meilisearch behind our `SearchEngine` interface. Two live indexes, `<index>`
 * (quotes) and `<index>_meta` (catalog, source texts, permalink records), replaced together by
 * `replaceAll` (see `indexing.ts`). Everything the web server calls is a search request
 * with a filter, so the server runs with a key whose only action is `search` on those two indexes.
 */
import type { MeiliConfig } from '../../config.ts';
import type { QuoteDocument } from '../../corpus/model.ts';
import { EngineError, EngineUnavailableError } from '../../errors.ts';
import type { EngineHealth, EngineStats, SearchEngine } from '../engine.ts';
import { sliceSourceText } from '../source-text.ts';
import { correctWord } from '../speller.ts';
import type { MeiliClientLike, MeiliSearchParams } from './client.ts';
import { createMeiliClient, displayUrl, isIndexNotFound, translateError } from './client.ts';
import * as docs from './documents.ts';
import { META_FIELDS, QUOTE_FIELDS } from './documents.ts';
import { allOf, equals, oneOf } from './filters.ts';
import { dropIndexes, replaceIndexes } from './indexing.ts';
import { lockIndex } from './lock.ts';
import { createMetaReader, PAGE_SIZE, searchAll } from './meta.ts';
import { checkRequest, runSearch } from './search.ts';
import { MAX_TOTAL_HITS } from './settings.ts';

export type { MeiliClientLike } from './client.ts';

/** Quote ids are `[A-Za-z0-9_-]`, as are Meilisearch document ids: anything else cannot be stored. */
const QUOTE_ID = /^[A-Za-z0-9_-]{1,511}$/;
/** The indexer's requests carry up to 16 MB of documents: it waits at least this long for an answer. */
const INDEXER_MIN_REQUEST_TIMEOUT_MS = 30_000;

export interface MeilisearchEngineOptions {
  config: MeiliConfig;
  /** `indexer` uses the admin key (`replaceAll`, `dump`); `server` the search-only key. */
  role: 'indexer' | 'server';
  /** Replaces the official client (tests). */
  client?: MeiliClientLike;
}

/** Create the engine. Throws when the key the role needs is not configured. */
export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const { config, role } = options;
  const key = role === 'indexer' ? config.adminKey : config.searchKey;
  if (!key && !options.client) {
    throw new EngineError(
      role === 'indexer'
        ? 'MEILI_ADMIN_KEY is not set: the indexer writes to Meilisearch with the admin key'
        : 'MEILI_SEARCH_KEY is not set: the web server searches Meilisearch with a search-only key',
    );
  }
  const timeoutMs = role === 'indexer' ? Math.max(config.timeoutMs, INDEXER_MIN_REQUEST_TIMEOUT_MS) : config.timeoutMs;
  const client = options.client ?? createMeiliClient({ url: config.url, apiKey: key!, timeoutMs });
  const quotesUid = config.index;
  const metaUid = `${config.index}_meta`;
  const translate = (e: unknown) =>
    translateError(e, { url: config.url, timeoutMs, secrets: [config.adminKey, config.searchKey] });
  const indexing = { client, index: quotesUid, taskTimeoutMs: config.taskTimeoutMs, translate };
  const notBuilt = () =>
    new EngineUnavailableError(`the index has not been built yet: run npm run index (Meilisearch at ${displayUrl(config.url)} has no index "${quotesUid}")`);

  /** Run a call; a missing index becomes `onMissing()` (or the "not built" error), anything else ours. */
  async function call<T>(fn: () => Promise<T>, onMissing?: () => T): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isIndexNotFound(error)) {
        if (onMissing) return onMissing();
        throw notBuilt();
      }
      throw translate(error);
    }
  }

  const meta = createMetaReader(client, metaUid);

  async function quotesById(ids: string[]): Promise<Map<string, QuoteDocument>> {
    const wanted = [...new Set(ids.filter((id) => QUOTE_ID.test(id)))];
    const found = new Map<string, QuoteDocument>();
    for (let i = 0; i < wanted.length; i += PAGE_SIZE / 2) {
      const chunk = wanted.slice(i, i + PAGE_SIZE / 2);
      const hits = await searchAll(client, quotesUid, oneOf(QUOTE_FIELDS.id, chunk), { attributesToRetrieve: [QUOTE_FIELDS.id, QUOTE_FIELDS.record] });
      // Ids differing only in case match the same filter: keep exact matches only.
      const asked = new Set(chunk);
      for (const hit of hits) {
        const id = hit[QUOTE_FIELDS.id];
        if (typeof id === 'string' && asked.has(id)) found.set(id, docs.fromQuoteDocument(hit));
      }
    }
    return found;
  }

  const engine: SearchEngine = {
    name: 'meilisearch',

    lockForIndexing: (onWait) => lockIndex(indexing, onWait),
    replaceAll: (snapshot, replaceOptions) => replaceIndexes(indexing, snapshot, replaceOptions),
    drop: () => dropIndexes(indexing),

    async search(request) {
      const paging = checkRequest(request);
      return call(() => runSearch(client, quotesUid, request, paging));
    },

    correctWords: (words) =>
      call(
        async () => {
          const speller = await meta.speller();
          return words.map((word) => (speller ? correctWord(speller, word) : null));
        },
        () => words.map(() => null),
      ),

    get: (id) => call(async () => (await quotesById([id])).get(id) ?? null),

    getMany: (ids) =>
      call(async () => {
        const found = await quotesById(ids);
        return ids.flatMap((id) => found.get(id) ?? []);
      }),

    resolve: (id) =>
      call(async () => {
        const quote = (await quotesById([id])).get(id);
        if (quote) return { status: 'found', quote };
        const hit = QUOTE_ID.test(id) ? await meta.bySlug('permalink', id) : undefined;
        if (!hit) return { status: 'unknown' };
        const record = docs.fromPermalinkDocument(hit);
        return record.status === 'moved' && record.to ? { status: 'moved', to: record.to, record } : { status: 'gone', record };
      }),

    list: (by, range) =>
      call(async () => {
        const filter = allOf([
          by.source !== undefined ? equals(QUOTE_FIELDS.source, by.source) : undefined,
          by.speaker !== undefined ? equals(QUOTE_FIELDS.speaker, by.speaker) : undefined,
        ]);
        // Callers pass checked numbers; out-of-range ones are clamped, as the embedded engine does.
        const clamp = (n: number, max: number) => (Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : 0);
        const offset = clamp(range.offset, MAX_TOTAL_HITS);
        const limit = clamp(range.limit, MAX_TOTAL_HITS);
        const base: MeiliSearchParams = { q: '', sort: [`${QUOTE_FIELDS.order}:asc`], attributesToRetrieve: [QUOTE_FIELDS.record] };
        if (filter) base.filter = filter;
        // `page`/`hitsPerPage` gives an exact total; an offset that is not a page boundary needs a second, counting request.
        const aligned = limit > 0 && offset % limit === 0;
        const [rows, count] = await Promise.all([
          limit === 0 ? undefined : client.search(quotesUid, aligned ? { ...base, page: offset / limit + 1, hitsPerPage: limit } : { ...base, offset, limit }),
          aligned ? undefined : client.search(quotesUid, { ...base, page: 1, hitsPerPage: 0 }),
        ]);
        return {
          total: (aligned ? rows?.totalHits : count?.totalHits) ?? 0,
          quotes: (rows?.hits ?? []).map(docs.fromQuoteDocument),
        };
      }),

    // Read once per index build (`meta.ts`).
    catalog: () => call(() => meta.catalog(), () => null),

    sourceText: (slug) =>
      call(async () => {
        const info = await meta.textInfo(slug);
        if (!info || 'text' in info) return info;
        const range = await meta.readRange(info, 0, info.length);
        return { slug, text: range.text, contentStart: info.contentStart };
      }),

    sourceTextRange: (slug, start, end) =>
      call(async () => {
        const info = await meta.textInfo(slug);
        if (!info) return null;
        return 'text' in info ? sliceSourceText(info, start, end) : meta.readRange(info, start, end);
      }),

    dump: () =>
      call(
        async () => {
          const quotes = (await allDocuments(quotesUid)).map(docs.fromQuoteDocument).sort((a, b) => a.order - b.order);
          const permalinks = (await allDocuments(metaUid, equals(META_FIELDS.type, 'permalink')))
            .sort((a, b) => Number(a[META_FIELDS.pos]) - Number(b[META_FIELDS.pos]))
            .map(docs.fromPermalinkDocument);
          return { quotes, permalinks };
        },
        () => null,
      ),

    stats: () =>
      call(
        async (): Promise<EngineStats> => {
          const info = await meta.info();
          if (!info) return { quotes: 0, sources: 0, speakers: 0, builtAt: null };
          return { quotes: info.quotes, sources: info.sources, speakers: info.speakers, builtAt: info.builtAt };
        },
        () => ({ quotes: 0, sources: 0, speakers: 0, builtAt: null }),
      ),

    async health(): Promise<EngineHealth> {
      try {
        await call(async () => {
          await client.health();
          // The key must be able to search the live index, and the index must exist.
          await client.search(quotesUid, { q: '', hitsPerPage: 0 });
        });
        return { ok: true };
      } catch (error) {
        return { ok: false, detail: translate(error).message };
      }
    },

    async close() {
      // The client holds no connection of its own (fetch), so there is nothing to release.
    },
  };

  /** Every document of an index through the documents endpoint (indexer only: needs an admin key). */
  async function allDocuments(uid: string, filter?: string): Promise<Array<Record<string, unknown>>> {
    const out: Array<Record<string, unknown>> = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await client.getDocuments(uid, {
        offset,
        limit: PAGE_SIZE,
        fields: [QUOTE_FIELDS.id, META_FIELDS.pos, QUOTE_FIELDS.record],
        ...(filter ? { filter } : {}),
      });
      out.push(...page.results);
      if (page.results.length < PAGE_SIZE || out.length >= page.total) return out;
    }
  }

  return engine;
}
