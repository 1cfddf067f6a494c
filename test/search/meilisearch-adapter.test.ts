/**
 * The Meilisearch adapter against a fake client: what it asks Meilisearch to do, in which order, and
 * what it makes of the answers. The real server is exercised by `meilisearch.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch';
import type { MeiliConfig } from '../../server/config.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { Catalog, IndexSnapshot, PermalinkRecord } from '../../server/search/engine.ts';
import { EngineError, EngineUnavailableError } from '../../server/errors.ts';
import { MARK_END, MARK_START, markedToHtml } from '../../server/search/highlight.ts';
import { createMeilisearchEngine, type MeiliClientLike } from '../../server/search/meilisearch/engine.ts';
import { markFromMatches, spell, spelledWords } from '../../server/search/meilisearch/words.ts';
import type { MeiliSearchParams, MeiliSearchResponse, MeiliTask } from '../../server/search/meilisearch/client.ts';
import { batches, toMetaDocuments, toQuoteDocument } from '../../server/search/meilisearch/documents.ts';
import { TEXT_CHUNK } from '../../server/search/meilisearch/texts.ts';
import { quoteFilterValue, searchFilter } from '../../server/search/meilisearch/filters.ts';
import { isStaleIndex } from '../../server/search/meilisearch/indexing.ts';
import { QUOTE_SETTINGS } from '../../server/search/meilisearch/settings.ts';
import { topFacetValues } from '../../server/search/meilisearch/search.ts';
import { tokenize, wordSpans } from '../../server/search/tokenize.ts';
import { MAX_FACET_VALUES } from '../../server/search/engine.ts';

const ADMIN_KEY = 'admin-key-0123456789abcdef0123456789abcdef';
const SEARCH_KEY = 'search-key-0123456789abcdef0123456789abcdef';
const config: MeiliConfig = {
  url: 'http://127.0.0.1:7700',
  adminKey: ADMIN_KEY,
  searchKey: SEARCH_KEY,
  index: 'quotes',
  timeoutMs: 2000,
  taskTimeoutMs: 60_000,
};

// ---------------------------------------------------------------------------------------------
// Fixtures

function quote(n: number, over: Partial<QuoteDocument> = {}): QuoteDocument {
  return {
    id: `src-a_q${n}`,
    text: `Quote number ${n} about the city`,
    kind: 'turn',
    speaker: { slug: 'aziz', name: 'Abdalaziz Alhamza', role: 'subject' },
    attribution: { method: 'label', confidence: 0.95 },
    source: 'src-a',
    collection: 'city',
    position: { ordinal: n, start: n * 10, end: n * 10 + 9, line: n + 1 },
    prev: n > 0 ? `src-a_q${n - 1}` : null,
    next: null,
    quotedIn: [],
    sourceRef: { slug: 'src-a', title: 'An interview', kind: 'interview', collection: 'city', date: '2017-07' },
    order: n,
    ...over,
  };
}

const catalog: Catalog = {
  builtAt: '2024-01-02T03:04:05.000Z',
  collections: [{ slug: 'city', title: 'City of Ghosts', speakers: ['aziz'], sourceCount: 1, quoteCount: 2 }],
  sources: [],
  speakers: [],
};

function snapshot(count = 2, permalinks: PermalinkRecord[] = []): IndexSnapshot {
  return {
    quotes: Array.from({ length: count }, (_, i) => quote(i)),
    catalog,
    texts: [{ slug: 'src-a', text: 'HOST: Hello.\n', contentStart: 0 }],
    permalinks,
  };
}

function apiError(status: number, code: string, message: string): MeilisearchApiError {
  return new MeilisearchApiError(new Response(null, { status }), { code, message, type: 'invalid_request', link: '' });
}

// ---------------------------------------------------------------------------------------------
// A fake Meilisearch: indexes and tasks in memory, every call logged.

interface Call {
  method: string;
  uid?: string;
  args?: unknown;
}

class FakeMeili implements MeiliClientLike {
  calls: Call[] = [];
  indexes = new Map<string, { primaryKey: string; settings?: unknown; docs: object[] }>();
  tasks = new Map<number, MeiliTask>();
  private nextTask = 1;
  /** Make an enqueued task fail: return an error for the call, or undefined to let it succeed. */
  failTask: (call: Call) => { message: string; code: string } | undefined = () => undefined;
  /** Throw from any call (a network failure). */
  down: Error | undefined;
  searchResponses: Array<(uid: string, params: MeiliSearchParams) => MeiliSearchResponse> = [];
  searchRequests: Array<{ uid: string; params: MeiliSearchParams }> = [];

  constructor(existing: string[] = []) {
    for (const uid of existing) this.indexes.set(uid, { primaryKey: 'id', docs: [{ id: 'old' }] });
  }

  private enqueue(call: Call, apply: () => { message: string; code: string } | undefined) {
    this.check();
    this.calls.push(call);
    const uid = this.nextTask++;
    const error = this.failTask(call) ?? apply();
    this.tasks.set(uid, { uid, status: error ? 'failed' : 'succeeded', type: call.method, indexUid: call.uid ?? null, error: error ?? null });
    return Promise.resolve({ taskUid: uid });
  }

  private check() {
    if (this.down) throw this.down;
  }

  async health() {
    this.check();
  }
  async listIndexes() {
    this.check();
    this.calls.push({ method: 'listIndexes' });
    return [...this.indexes.keys()];
  }
  createIndex(uid: string, primaryKey: string) {
    return this.enqueue({ method: 'createIndex', uid, args: primaryKey }, () => {
      if (this.indexes.has(uid)) return { message: `Index \`${uid}\` already exists.`, code: 'index_already_exists' };
      this.indexes.set(uid, { primaryKey, docs: [] });
      return undefined;
    });
  }
  deleteIndex(uid: string) {
    return this.enqueue({ method: 'deleteIndex', uid }, () => {
      if (!this.indexes.delete(uid)) return { message: `Index \`${uid}\` not found.`, code: 'index_not_found' };
      return undefined;
    });
  }
  updateSettings(uid: string, settings: unknown) {
    return this.enqueue({ method: 'updateSettings', uid, args: settings }, () => {
      const index = this.indexes.get(uid);
      if (!index) return { message: 'no index', code: 'index_not_found' };
      index.settings = settings;
      return undefined;
    });
  }
  addDocuments(uid: string, documents: object[], primaryKey: string) {
    return this.enqueue({ method: 'addDocuments', uid, args: { count: documents.length, primaryKey } }, () => {
      const index = this.indexes.get(uid);
      if (!index) return { message: 'no index', code: 'index_not_found' };
      // A document with the id of one already there replaces it, as in Meilisearch.
      for (const doc of documents as Array<Record<string, unknown>>) {
        const at = (index.docs as Array<Record<string, unknown>>).findIndex((d) => d[primaryKey] === doc[primaryKey]);
        if (at >= 0) index.docs[at] = doc;
        else index.docs.push(doc);
      }
      return undefined;
    });
  }
  swapIndexes(pairs: Array<[string, string]>) {
    return this.enqueue({ method: 'swapIndexes', args: pairs }, () => {
      for (const [a, b] of pairs) {
        const ia = this.indexes.get(a);
        const ib = this.indexes.get(b);
        if (!ia || !ib) return { message: 'missing index', code: 'index_not_found' };
        this.indexes.set(a, ib);
        this.indexes.set(b, ia);
      }
      return undefined;
    });
  }
  async waitForTask(taskUid: number) {
    this.check();
    this.calls.push({ method: 'waitForTask', args: taskUid });
    return this.tasks.get(taskUid)!;
  }
  async search(uid: string, params: MeiliSearchParams) {
    this.check();
    this.searchRequests.push({ uid, params });
    const respond = this.searchResponses.shift();
    if (respond) return respond(uid, params);
    if (!this.indexes.has(uid)) throw apiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return { hits: [], totalHits: 0, facetDistribution: {} };
  }
  async getDocuments(uid: string, query: { offset: number; limit: number; filter?: string }) {
    this.check();
    const index = this.indexes.get(uid);
    if (!index) throw apiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    const docs = (index.docs as Array<Record<string, unknown>>).filter((d) => !query.filter || query.filter === `type = "${d.type}"`);
    return { results: docs.slice(query.offset, query.offset + query.limit), total: docs.length };
  }

  /** Index of the first call matching, for ordering assertions. */
  at(method: string, uid?: string): number {
    return this.calls.findIndex((c) => c.method === method && (uid === undefined || c.uid === uid));
  }
}

const indexer = (fake: FakeMeili) => createMeilisearchEngine({ config, role: 'indexer', client: fake });
const server = (fake: FakeMeili) => createMeilisearchEngine({ config, role: 'server', client: fake });
const NOW = 1_700_000_000_000;
/** The engine names its temporary indexes after Date.now(); pin it. */
function withClock<T>(fn: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => NOW;
  return fn().finally(() => {
    Date.now = real;
  });
}

// ---------------------------------------------------------------------------------------------

describe('Meilisearch adapter: replaceAll', () => {
  it('applies settings to fresh indexes before adding any document, with an explicit primary key', async () => {
    const fake = new FakeMeili();
    await withClock(() => indexer(fake).replaceAll(snapshot()));
    const next = `quotes__next_${NOW}`;
    const meta = `quotes_meta__next_${NOW}`;
    expect(fake.calls.filter((c) => c.method === 'createIndex').slice(0, 2)).toEqual([
      { method: 'createIndex', uid: next, args: 'id' },
      { method: 'createIndex', uid: meta, args: 'id' },
    ]);
    // Settings, and the wait for them, come before the first document of either index.
    const settings = fake.at('updateSettings', next);
    expect(settings).toBeGreaterThan(-1);
    expect(fake.calls[settings + 1]?.method).toBe('waitForTask');
    expect(fake.at('updateSettings', meta)).toBeLessThan(fake.at('addDocuments'));
    expect(fake.calls[settings]!.args).toEqual(QUOTE_SETTINGS);
    expect(QUOTE_SETTINGS).toMatchObject({
      rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
      searchableAttributes: ['textWords'],
      sortableAttributes: ['date', 'order'],
      typoTolerance: { minWordSizeForTypos: { oneTypo: 7, twoTypos: 11 } },
    });
    for (const add of fake.calls.filter((c) => c.method === 'addDocuments')) expect(add.args).toMatchObject({ primaryKey: 'id' });
  });

  it('sends documents in batches and reports progress as tasks succeed', async () => {
    const fake = new FakeMeili();
    const progress: Array<[number, number]> = [];
    await withClock(() => indexer(fake).replaceAll(snapshot(12_001), { onProgress: (d, t) => progress.push([d, t]) }));
    const adds = fake.calls.filter((c) => c.method === 'addDocuments' && c.uid === `quotes__next_${NOW}`);
    expect(adds.map((c) => (c.args as { count: number }).count)).toEqual([5000, 5000, 2001]);
    expect(progress).toEqual([
      [0, 12_001],
      [5000, 12_001],
      [10_000, 12_001],
      [12_001, 12_001],
    ]);
  });

  it('also splits batches by size', () => {
    const docs = Array.from({ length: 10 }, () => ({ text: 'x'.repeat(1000) }));
    expect([...batches(docs, 5000, 3500)].map((b) => b.length)).toEqual([3, 3, 3, 1]);
  });

  it('swaps both pairs in one call, checks it, then deletes the previous indexes', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    await withClock(() => indexer(fake).replaceAll(snapshot()));
    const swaps = fake.calls.filter((c) => c.method === 'swapIndexes');
    expect(swaps).toEqual([
      {
        method: 'swapIndexes',
        args: [
          ['quotes', `quotes__next_${NOW}`],
          ['quotes_meta', `quotes_meta__next_${NOW}`],
        ],
      },
    ]);
    const swapAt = fake.at('swapIndexes');
    expect(fake.calls[swapAt + 1]?.method).toBe('waitForTask');
    expect(fake.at('deleteIndex', `quotes__next_${NOW}`)).toBeGreaterThan(swapAt);
    expect(fake.at('deleteIndex', `quotes_meta__next_${NOW}`)).toBeGreaterThan(swapAt);
    expect([...fake.indexes.keys()].sort()).toEqual(['quotes', 'quotes_meta']);
    expect(fake.indexes.get('quotes')!.docs).toHaveLength(2);
    expect(fake.indexes.get('quotes')!.docs[0]).toEqual(toQuoteDocument(quote(0)));
  });

  it('creates empty live indexes on a first run so that the swap has two sides', async () => {
    const fake = new FakeMeili();
    await withClock(() => indexer(fake).replaceAll(snapshot()));
    expect(fake.at('createIndex', 'quotes')).toBeLessThan(fake.at('swapIndexes'));
    expect(fake.at('createIndex', 'quotes_meta')).toBeLessThan(fake.at('swapIndexes'));
    expect(fake.indexes.get('quotes_meta')!.docs).toEqual(toMetaDocuments(snapshot()));
  });

  it('turns a failed task into an EngineError naming it, deletes the temporary indexes and leaves the live ones alone', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    const live = fake.indexes.get('quotes');
    let adds = 0;
    fake.failTask = (call) =>
      call.method === 'addDocuments' && ++adds === 2
        ? { message: 'Document identifier `a b` is invalid.', code: 'invalid_document_id' }
        : undefined;
    const error = await withClock(() => indexer(fake).replaceAll(snapshot(7000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as Error).message).toMatch(/Meilisearch task \d+ \(documents 5001–7000 of 7000 into quotes__next_\d+ \(batch 2 of 2\)\) failed/);
    expect((error as Error).message).toContain('Document identifier `a b` is invalid. (invalid_document_id)');
    expect(fake.at('swapIndexes')).toBe(-1);
    expect([...fake.indexes.keys()].sort()).toEqual(['quotes', 'quotes_meta']);
    expect(fake.indexes.get('quotes')).toBe(live);
    expect(fake.at('deleteIndex', `quotes__next_${NOW}`)).toBeGreaterThan(-1);
    expect(fake.at('deleteIndex', `quotes_meta__next_${NOW}`)).toBeGreaterThan(-1);
  });

  it('treats a canceled settings task as a failure too, before any document is sent', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    fake.failTask = (call) => (call.method === 'updateSettings' ? { message: 'canceled by task 9', code: 'canceled' } : undefined);
    await expect(withClock(() => indexer(fake).replaceAll(snapshot()))).rejects.toThrow(EngineError);
    expect(fake.at('addDocuments')).toBe(-1);
    expect([...fake.indexes.keys()].sort()).toEqual(['quotes', 'quotes_meta']);
  });

  it('a failed swap leaves the live indexes untouched', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    fake.failTask = (call) => (call.method === 'swapIndexes' ? { message: 'swap failed', code: 'internal' } : undefined);
    await expect(withClock(() => indexer(fake).replaceAll(snapshot()))).rejects.toThrow(/swap quotes and quotes_meta.*failed: swap failed/);
    expect([...fake.indexes.keys()].sort()).toEqual(['quotes', 'quotes_meta']);
    expect(fake.indexes.get('quotes')!.docs).toEqual([{ id: 'old' }]);
  });

  it('deletes temporary indexes left by a killed run before building, and nothing else', async () => {
    const leftovers = ['quotes__next_1690000000000', 'quotes_meta__next_1690000000000'];
    const others = ['quotes', 'quotes_meta', 'quotes__next_backup', 'other__next_1690000000000', 'quotes_archive'];
    const fake = new FakeMeili([...leftovers, ...others]);
    await withClock(() => indexer(fake).replaceAll(snapshot()));
    const deleted = fake.calls.filter((c) => c.method === 'deleteIndex').map((c) => c.uid);
    expect(deleted.slice(0, 2)).toEqual(leftovers);
    expect(fake.at('deleteIndex', leftovers[1])).toBeLessThan(fake.at('createIndex'));
    expect([...fake.indexes.keys()].sort()).toEqual([...others].sort());
    expect(isStaleIndex('quotes', 'quotes__next_12')).toBe(true);
    expect(isStaleIndex('quotes', 'quotes_meta__next_12')).toBe(true);
    expect(isStaleIndex('quotes', 'quotes__next_')).toBe(false);
    expect(isStaleIndex('quotes', 'xquotes__next_12')).toBe(false);
  });

  it('a task that does not finish in time becomes EngineUnavailableError', async () => {
    const fake = new FakeMeili();
    fake.waitForTask = async (uid: number) => {
      throw new MeilisearchTaskTimeOutError(uid, 60_000);
    };
    await expect(withClock(() => indexer(fake).replaceAll(snapshot()))).rejects.toThrow(EngineUnavailableError);
  });
});

// ---------------------------------------------------------------------------------------------

describe('Meilisearch adapter: drop', () => {
  it('deletes the live pair and leftovers of killed runs, and no other index', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta', 'quotes__next_17', 'quotes_meta__next_17', 'quotes_bench', 'other']);
    await indexer(fake).drop();
    expect([...fake.indexes.keys()].sort()).toEqual(['other', 'quotes_bench']);
    await indexer(fake).drop(); // nothing left: no error
    expect(fake.calls.filter((c) => c.method === 'deleteIndex')).toHaveLength(4);
  });
});

describe('Meilisearch adapter: one indexer at a time', () => {
  it('holds an index of its own as the lock: a second indexer waits for the release', async () => {
    const fake = new FakeMeili();
    const first = await indexer(fake).lockForIndexing();
    expect(fake.indexes.get('quotes_lock')!.docs).toEqual([expect.objectContaining({ id: 'lock', owner: expect.stringMatching(/^process \d+ on /) })]);
    const waits: string[] = [];
    let second: { release(): Promise<void> } | null = null;
    const taking = indexer(fake)
      .lockForIndexing((holder) => waits.push(holder))
      .then((lock) => (second = lock));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(second).toBeNull();
    expect(waits).toEqual([expect.stringMatching(/^process \d+ on .*indexing since/)]);
    await first.release();
    await taking;
    expect(second).not.toBeNull();
    await second!.release();
    expect(fake.indexes.has('quotes_lock')).toBe(false);
  });

  it('breaks a lock whose holder stopped its heartbeat, and never releases a lock taken by another', async () => {
    const fake = new FakeMeili();
    await fake.createIndex('quotes_lock', 'id');
    await fake.addDocuments('quotes_lock', [{ id: 'lock', owner: 'a killed indexer', token: 'dead', heartbeat: Date.now() - 10 * 60_000 }], 'id');
    const lock = await indexer(fake).lockForIndexing();
    expect(fake.indexes.get('quotes_lock')!.docs).toEqual([expect.objectContaining({ owner: expect.stringMatching(/^process /) })]);
    // Someone broke ours and took it: releasing leaves theirs alone.
    fake.indexes.get('quotes_lock')!.docs = [{ id: 'lock', owner: 'another', token: 'theirs', heartbeat: Date.now() }];
    await lock.release();
    expect(fake.indexes.get('quotes_lock')!.docs).toEqual([expect.objectContaining({ token: 'theirs' })]);
  });
});

describe('Meilisearch adapter: filters', () => {
  /** Read a double-quoted literal the way Meilisearch's filter parser does (quoted_by, then unescape). */
  function readLiteral(literal: string): { value: string; rest: string } {
    expect(literal[0]).toBe('"');
    let i = 1;
    for (; i < literal.length; i++) {
      if (literal[i] === '\\') i++;
      else if (literal[i] === '"') break;
    }
    const raw = literal.slice(1, i);
    const value = raw.replace(/\\(.)/gs, '$1');
    return { value, rest: literal.slice(i + 1) };
  }

  const hostile = ['a" OR id EXISTS', 'a\\', 'a\\" OR id EXISTS OR "', '\\\\"', 'line\nbreak" OR kind = "turn', "it's", '"', ''];

  it.each(hostile)('quotes %j so that it stays one value', (value) => {
    const literal = quoteFilterValue(value);
    const { value: read, rest } = readLiteral(literal);
    expect(rest).toBe('');
    expect(read).toBe(value);
  });

  it('escapes backslashes before double quotes', () => {
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"');
  });

  it('builds fields AND-ed and values OR-ed, ignoring empty lists', () => {
    expect(searchFilter(undefined)).toBeUndefined();
    expect(searchFilter({ speaker: [], kind: [] })).toBeUndefined();
    expect(searchFilter({ speaker: ['aziz'] })).toBe('speakerSlug = "aziz"');
    expect(searchFilter({ speaker: ['a', 'b'], kind: ['turn'], collection: ['c'] })).toBe(
      '(speakerSlug IN ["a", "b"]) AND (kind = "turn") AND (collection = "c")',
    );
    expect(searchFilter({ source: ['x" OR id EXISTS'] })).toBe('sourceSlug = "x\\" OR id EXISTS"');
  });
});

// ---------------------------------------------------------------------------------------------

/** Documents as Meilisearch returns them, with the matches it would report for `words` in the text. */
function hitsOf(quotes: QuoteDocument[], words: string[] = []) {
  return quotes.map((q) => ({ ...toQuoteDocument(q), _matchesPosition: { textWords: matchesOf(q.text, words) } }));
}

/** Byte positions, in the spelled words of `text`, of each word (or run of words) of `words`. */
function matchesOf(text: string, words: string[]): Array<{ start: number; length: number }> {
  const field = spelledWords(text);
  return words.map((w) => {
    const spelled = spelledWords(w);
    const at = field.indexOf(spelled);
    if (at < 0) throw new Error(`"${w}" is not in "${text}"`);
    return { start: Buffer.byteLength(field.slice(0, at)), length: Buffer.byteLength(spelled) };
  });
}

describe('Meilisearch adapter: search', () => {
  it('sends the canonical query with its words spelled, filters, sort, facets, and highlights from the match positions', async () => {
    const fake = new FakeMeili();
    fake.searchResponses.push(() => ({
      hits: hitsOf([quote(3, { text: 'Quote number 3 about the city <b>' })], ['city']),
      totalHits: 41,
      facetDistribution: { speakerSlug: { aziz: 41, nobody: 0 }, kind: { turn: 41 } },
    }));
    const result = await server(fake).search({
      q: '  The CITY  "of ghosts" -Raqqa  cit',
      filters: { speaker: ['aziz', 'x" OR id EXISTS'], kind: ['turn'] },
      sort: 'date:desc',
      page: 3,
      perPage: 10,
      cropLength: 12,
    });
    expect(fake.searchRequests).toHaveLength(1);
    const { uid, params } = fake.searchRequests[0]!;
    expect(uid).toBe('quotes');
    expect(params).toEqual({
      q: '-rǂǂaqqa tǂǂhe cǂǂity "oǂǂf gǂǂhosts" cǂǂit',
      matchingStrategy: 'all',
      page: 3,
      hitsPerPage: 10,
      filter: '(speakerSlug IN ["aziz", "x\\" OR id EXISTS"]) AND (kind = "turn")',
      sort: ['date:desc'],
      facets: ['speakerSlug', 'sourceSlug', 'kind', 'collection'],
      attributesToRetrieve: ['record'],
      showMatchesPosition: true,
    });
    expect(result.total).toBe(41);
    expect(result.page).toBe(3);
    expect(result.perPage).toBe(10);
    expect(result.dropped).toEqual([]);
    expect(result.hits[0]!.quote).toStrictEqual(quote(3, { text: 'Quote number 3 about the city <b>' }));
    expect(result.hits[0]!.highlight).toBe('Quote number 3 about the <mark>city</mark> &lt;b&gt;');
    expect(result.facets).toEqual({ speaker: new Map([['aziz', 41]]), source: new Map(), kind: new Map([['turn', 41]]), collection: new Map() });
  });

  it('marks each matched word whole (a phrase word by word, a prefix too), and crops around the matches', () => {
    const text = 'Raqqa Is Being Slaughtered Silently, «propaganda» café';
    const field = spelledWords(text);
    const phrase = matchesOf(text, ['being slaughtered']);
    const prefix = { start: Buffer.byteLength(field.slice(0, field.indexOf('pǂǂropaganda'))), length: Buffer.byteLength('pǂǂropag') };
    const accented = matchesOf(text, ['cafe']);
    const m = (s: string) => s.replace(/\[/g, MARK_START).replace(/\]/g, MARK_END);
    expect(markFromMatches(text, [...phrase, prefix, ...accented], 30)).toBe(m('Raqqa Is [Being] [Slaughtered] Silently, «[propaganda]» [café]'));
    const long = `${'word '.repeat(40)}target ${'more '.repeat(40)}end`;
    const cropped = markedToHtml(markFromMatches(long, matchesOf(long, ['target']), 10));
    expect(cropped).toMatch(/^…(word ){1,9}<mark>target<\/mark>( more){0,9}…$/);
    expect(cropped.replace(/…|<\/?mark>/g, '').trim().split(/\s+/)).toHaveLength(10);
    expect(markFromMatches(long, [], 10)).toBe(`${'word '.repeat(9)}word…`);
  });

  it('escapes the highlight and names the query word a typo match stands for', async () => {
    const fake = new FakeMeili();
    fake.searchResponses.push(() => ({ hits: hitsOf([quote(1, { text: 'the cameras <d>' })], ['cameras']), totalHits: 1 }));
    const hit = (await server(fake).search({ q: 'camrea ' })).hits[0]!;
    expect(hit.highlight).toBe('the <mark>cameras</mark> &lt;d&gt;');
    expect(hit.corrected).toEqual([{ typed: 'camrea', matched: 'cameras' }]);
  });

  it('writes words so that Meilisearch can neither split nor join them: two marker letters after the first', () => {
    expect(spell('camera')).toBe('cǂǂamera');
    expect(spell('a')).toBe('aǂǂ');
    expect(spelledWords('Along, a long way — I ran (to Iran).')).toBe('aǂǂlong aǂǂ lǂǂong wǂǂay iǂǂ rǂǂan tǂǂo iǂǂran');
    // A half of a spelled word is never a spelled word.
    const words = ['along', 'a', 'long', 'iran', 'i', 'ran', 'away', 'way'].map(spell);
    for (const w of words) for (let k = 1; k < w.length; k++) expect(words.includes(w.slice(0, k)) && words.includes(w.slice(k)), w).toBe(false);
  });

  it('orders a browse without a query by transcript order, and maps every sort', async () => {
    const fake = new FakeMeili(['quotes']);
    const engine = server(fake);
    await engine.search({ q: '' });
    await engine.search({ q: 'city' });
    await engine.search({ q: 'city', sort: 'date:asc' });
    await engine.search({ q: 'city', sort: 'source' });
    expect(fake.searchRequests.map((r) => r.params.sort)).toEqual([['order:asc'], undefined, ['date:asc'], ['order:asc']]);
    expect(fake.searchRequests[0]!.params).toMatchObject({ q: '', page: 1, hitsPerPage: 20 });
    expect(fake.searchRequests[1]!.params.q).toBe('cǂǂity');
  });

  it('drops words from the end until something matches, and says which', async () => {
    const fake = new FakeMeili(['quotes']);
    const empty = () => ({ hits: [], totalHits: 0, facetDistribution: {} });
    fake.searchResponses.push(empty, empty, () => ({ hits: hitsOf([quote(1)]), totalHits: 1, facetDistribution: {} }));
    const result = await server(fake).search({ q: 'city "of ghosts" zzz qqq' });
    expect(fake.searchRequests.map((r) => r.params.q)).toEqual(['cǂǂity "oǂǂf gǂǂhosts" zǂǂzz qǂǂqq', 'cǂǂity "oǂǂf gǂǂhosts" zǂǂzz ', 'cǂǂity "oǂǂf gǂǂhosts" ']);
    expect(result.dropped).toEqual(['zzz', 'qqq']);
    expect(result.total).toBe(1);
    expect(result.hits[0]!.highlight).toBe('Quote number 1 about the city');
  });

  it('stops at one word and reports nothing dropped when nothing matches', async () => {
    const fake = new FakeMeili(['quotes']);
    const result = await server(fake).search({ q: 'zzz qqq www' });
    expect(fake.searchRequests.map((r) => r.params.q)).toEqual(['zǂǂzz qǂǂqq wǂǂww', 'zǂǂzz qǂǂqq ', 'zǂǂzz ']);
    expect(result).toMatchObject({ total: 0, hits: [], dropped: [] });
  });

  it("finds a text's words where the tokenizer does, ASCII or not, with their normalised lengths in bytes", () => {
    const piece = fc.constantFrom('Word', 'it’s', "don't", 'Café', 'ǂǂ', 'naïve', '42', ' ', '-', '\n', 'İ', 'ß', '😀', 'Ⅻ', 'e\u0301', '«', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ maxLength: 60 })), (text) => {
        const spans = wordSpans(text);
        const tokens = tokenize(text);
        expect(spans.count).toBe(tokens.length);
        expect([...spans.start]).toEqual(tokens.map((t) => t.start));
        expect([...spans.end]).toEqual(tokens.map((t) => t.end));
        expect([...spans.bytes]).toEqual(tokens.map((t) => Buffer.byteLength(t.term, 'utf8')));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the most frequent facet values, ties in value order, whatever order Meilisearch lists them in', () => {
    // The reference: every value that occurs, sorted by count and then by value, cut to the limit.
    const reference = (distribution: Record<string, number>) =>
      new Map(
        Object.entries(distribution)
          .filter(([, count]) => count > 0)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .slice(0, MAX_FACET_VALUES),
      );
    // Integer-like keys ("2016") are listed first by JavaScript whatever the order of the JSON.
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 3000 }).map(String), fc.constantFrom('é', 'e', 'E', '😀', '\uffff'));
    fc.assert(
      fc.property(fc.dictionary(value, fc.integer({ min: 0, max: 6 }), { maxKeys: 3 * MAX_FACET_VALUES }), (distribution) => {
        expect([...topFacetValues(distribution)]).toEqual([...reference(distribution)]);
      }),
      { numRuns: 300 },
    );
    expect(topFacetValues(undefined).size).toBe(0);
    // A count that is not a number is no count (Meilisearch's answer is not otherwise checked).
    expect([...topFacetValues({ a: '5', b: 2, c: null } as unknown as Record<string, number>)]).toEqual([['b', 2]]);
  });

  it('rejects bad paging with a 400 that names the parameter', async () => {
    const engine = server(new FakeMeili(['quotes']));
    await expect(engine.search({ q: '', page: 0 })).rejects.toMatchObject({ status: 400, details: { parameter: 'page' } });
    await expect(engine.search({ q: '', perPage: 1.5 })).rejects.toMatchObject({ status: 400, details: { parameter: 'perPage' } });
  });

  it('says the index has not been built when it does not exist; catalog is null and stats zero', async () => {
    const engine = server(new FakeMeili());
    await expect(engine.search({ q: 'x' })).rejects.toThrow(EngineUnavailableError);
    await expect(engine.search({ q: 'x' })).rejects.toThrow(/the index has not been built yet: run npm run index/);
    expect(await engine.catalog()).toBeNull();
    expect(await engine.stats()).toEqual({ quotes: 0, sources: 0, speakers: 0, builtAt: null });
    expect(await engine.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/not been built/) });
  });
});

// ---------------------------------------------------------------------------------------------

describe('Meilisearch adapter: lookups with search requests', () => {
  it('gets a quote by id with an escaped filter, keeping exact matches only', async () => {
    const fake = new FakeMeili(['quotes']);
    // Filters ignore case: Meilisearch may answer with an id that differs in case.
    fake.searchResponses.push(() => ({ hits: hitsOf([quote(1, { id: 'SRC-A_Q1' }), quote(1)]), totalHits: 2 }));
    const found = await server(fake).get('src-a_q1');
    expect(found).toStrictEqual(quote(1));
    expect(fake.searchRequests[0]).toMatchObject({ uid: 'quotes', params: { q: '', filter: 'id = "src-a_q1"' } });
  });

  it('does not ask Meilisearch about ids that cannot exist', async () => {
    const fake = new FakeMeili(['quotes']);
    expect(await server(fake).get('a" OR id EXISTS')).toBeNull();
    expect(await server(fake).getMany(['nope nope'])).toEqual([]);
    expect(fake.searchRequests).toHaveLength(0);
  });

  it('getMany keeps the order asked and skips unknown ids', async () => {
    const fake = new FakeMeili(['quotes']);
    fake.searchResponses.push(() => ({ hits: hitsOf([quote(1), quote(2)]), totalHits: 2 }));
    const got = await server(fake).getMany(['src-a_q2', 'missing', 'src-a_q1']);
    expect(got.map((q) => q.id)).toEqual(['src-a_q2', 'src-a_q1']);
    expect(fake.searchRequests[0]!.params.filter).toBe('id IN ["src-a_q2", "missing", "src-a_q1"]');
  });

  it('resolves moved and gone ids from permalink records in the meta index', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    const moved: PermalinkRecord = { id: 'old1', status: 'moved', to: 'src-a_q1', source: 'src-a', text: 'x', similarity: 0.9, at: catalog.builtAt };
    const metaHit = toMetaDocuments(snapshot(0, [moved])).find((d) => d.type === 'permalink')!;
    fake.searchResponses.push(
      () => ({ hits: [], totalHits: 0 }),
      (uid, params) => {
        expect(uid).toBe('quotes_meta');
        expect(params.filter).toBe('(type = "permalink") AND (slug = "old1")');
        return { hits: [metaHit], totalHits: 1 };
      },
    );
    expect(await server(fake).resolve('old1')).toEqual({ status: 'moved', to: 'src-a_q1', record: moved });
    expect(await server(fake).resolve('never')).toEqual({ status: 'unknown' });
  });

  it('lists with an exact total, using a counting request when the offset is not a page boundary', async () => {
    const fake = new FakeMeili(['quotes']);
    fake.searchResponses.push(() => ({ hits: hitsOf([quote(4), quote(5)]), totalHits: 9 }));
    const aligned = await server(fake).list({ source: 'src-a' }, { offset: 4, limit: 2 });
    expect(aligned.total).toBe(9);
    expect(fake.searchRequests[0]!.params).toMatchObject({ filter: 'sourceSlug = "src-a"', sort: ['order:asc'], page: 3, hitsPerPage: 2 });

    fake.searchRequests = [];
    fake.searchResponses.push(
      () => ({ hits: hitsOf([quote(3), quote(4)]), estimatedTotalHits: 9 }),
      () => ({ hits: [], totalHits: 9 }),
    );
    const unaligned = await server(fake).list({ speaker: 'aziz' }, { offset: 3, limit: 2 });
    expect(unaligned).toEqual({ total: 9, quotes: [quote(3), quote(4)] });
    expect(fake.searchRequests.map((r) => r.params)).toEqual([
      expect.objectContaining({ offset: 3, limit: 2, filter: 'speakerSlug = "aziz"' }),
      expect.objectContaining({ page: 1, hitsPerPage: 0 }),
    ]);
  });

  it('rebuilds the catalog (once per index build), texts and stats from meta documents', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    const meta = toMetaDocuments(snapshot(3));
    const info = () => ({ hits: meta.filter((d) => d.type === 'info'), totalHits: 1 });
    fake.searchResponses.push(
      info,
      () => ({ hits: [...meta].reverse(), totalHits: meta.length }),
      info,
      () => ({ hits: meta.filter((d) => d.type === 'text'), totalHits: 1 }),
      () => ({ hits: meta.filter((d) => d.type === 'chunk'), totalHits: 1 }),
      info,
    );
    const engine = server(fake);
    const first = await engine.catalog();
    expect(first).toStrictEqual(catalog);
    // The second time only the build time is asked for: the catalog is the one already read.
    expect(await engine.catalog()).toBe(first);
    expect(fake.searchRequests.map((r) => r.params.filter)).toEqual(['type = "info"', 'type IN ["info", "collection", "source", "speaker"]', 'type = "info"']);
    expect(await engine.sourceText('src-a')).toStrictEqual(snapshot().texts[0]);
    expect(await engine.stats()).toEqual({ quotes: 3, sources: 0, speakers: 0, builtAt: catalog.builtAt });
  });

  it('stores a long text in chunks and reads a range from the chunks holding it only', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    // Three chunks; a character of two code units sits across the first boundary.
    const text = `${'a'.repeat(TEXT_CHUNK - 1)}😀${'b'.repeat(TEXT_CHUNK)}${'c'.repeat(100)}`;
    const meta = toMetaDocuments({ ...snapshot(1), texts: [{ slug: 'src-a', text, contentStart: 5 }] });
    const chunks = meta.filter((d) => d.type === 'chunk');
    expect(chunks.map((c) => JSON.parse(c.record)).join('')).toBe(text);
    expect(chunks.map((c) => c.pos)).toEqual([0, 1, 2]);
    // The first chunk ends before the pair rather than in its middle.
    expect(JSON.parse(chunks[0]!.record)).toBe('a'.repeat(TEXT_CHUNK - 1));
    fake.searchResponses.push(
      () => ({ hits: meta.filter((d) => d.type === 'text'), totalHits: 1 }),
      () => ({ hits: [chunks[1]!], totalHits: 1 }),
    );
    const from = TEXT_CHUNK + 10;
    const range = await server(fake).sourceTextRange('src-a', from, from + 50);
    expect(range).toStrictEqual({ slug: 'src-a', text: text.slice(from, from + 50), start: from, end: from + 50, length: text.length, contentStart: 5 });
    expect(fake.searchRequests[1]!.params).toMatchObject({ filter: '(type = "chunk") AND (slug = "src-a") AND (pos 1 TO 1)', sort: ['pos:asc'] });

    // A chunk missing from the index is an error naming the source, not a silently short text.
    fake.searchResponses.push(
      () => ({ hits: meta.filter((d) => d.type === 'text'), totalHits: 1 }),
      () => ({ hits: [chunks[0]!], totalHits: 1 }),
    );
    await expect(server(fake).sourceTextRange('src-a', 0, text.length)).rejects.toThrow(/source "src-a" is missing chunks 0–2/);
  });

  it('refuses a record that fails its check, naming the document', async () => {
    const fake = new FakeMeili(['quotes', 'quotes_meta']);
    const broken = { ...toQuoteDocument(quote(1)), record: JSON.stringify({ ...quote(1), position: { ordinal: 'one' } }) };
    fake.searchResponses.push(() => ({ hits: [broken], totalHits: 1, facetDistribution: {} }));
    await expect(server(fake).search({ q: 'city' })).rejects.toThrow(/Meilisearch document "src-a_q1" is not a readable quote \(position\.ordinal: .*\): rebuild the index/);
  });

  it('dumps every quote and permalink record through the documents endpoint', async () => {
    const fake = new FakeMeili();
    const gone: PermalinkRecord = { id: 'old2', status: 'gone', source: 'src-a', text: 'y', at: catalog.builtAt };
    await withClock(() => indexer(fake).replaceAll(snapshot(3, [gone])));
    expect(await indexer(fake).dump()).toStrictEqual({ quotes: [quote(0), quote(1), quote(2)], permalinks: [gone] });
    expect(await indexer(new FakeMeili()).dump()).toBeNull();
  });

  it('round-trips quotes without optional fields exactly', () => {
    const bare = quote(1, { speaker: null, sourceRef: { slug: 'src-a', title: 'T', kind: 'review', collection: 'city' } });
    const doc = toQuoteDocument(bare);
    expect(doc).not.toHaveProperty('speakerSlug');
    expect(doc).not.toHaveProperty('date');
    expect(JSON.parse(doc.record)).toStrictEqual(bare);
  });
});

// ---------------------------------------------------------------------------------------------

describe('Meilisearch adapter: keys and failures', () => {
  it('needs the key of its role', () => {
    expect(() => createMeilisearchEngine({ config: { ...config, searchKey: undefined }, role: 'server' })).toThrow(/MEILI_SEARCH_KEY/);
    expect(() => createMeilisearchEngine({ config: { ...config, adminKey: undefined }, role: 'indexer' })).toThrow(/MEILI_ADMIN_KEY/);
  });

  it('a refused connection is EngineUnavailableError without a key; health says so and recovers', async () => {
    const fake = new FakeMeili(['quotes']);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { code: 'ECONNREFUSED' });
    fake.down = new MeilisearchRequestError('http://127.0.0.1:7700/indexes/quotes/search', new TypeError('fetch failed', { cause: refused }));
    const engine = server(fake);
    const error = (await engine.search({ q: 'city' }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect(error.message).toBe('Meilisearch at http://127.0.0.1:7700 refused the connection');
    expect(await engine.health()).toEqual({ ok: false, detail: 'Meilisearch at http://127.0.0.1:7700 refused the connection' });
    fake.down = undefined;
    expect(await engine.health()).toEqual({ ok: true });
    await expect(engine.search({ q: 'city' })).resolves.toMatchObject({ total: 0 });
  });

  it('a connection failure without a code says why', async () => {
    const fake = new FakeMeili(['quotes']);
    fake.down = new MeilisearchRequestError('http://127.0.0.1:9/health', new TypeError('fetch failed', { cause: new Error('bad port') }));
    await expect(server(fake).search({ q: 'x' })).rejects.toThrow('Meilisearch at http://127.0.0.1:7700 could not be reached (bad port)');
  });

  it('a slow server is EngineUnavailableError naming the timeout and not the key', async () => {
    const fake = new FakeMeili(['quotes']);
    const init: RequestInit = { headers: { Authorization: `Bearer ${SEARCH_KEY}` } };
    fake.down = new MeilisearchRequestError('http://127.0.0.1:7700/health', new MeilisearchRequestTimeOutError(2000, init));
    const engine = server(fake);
    const error = (await engine.get('src-a_q1').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect(error.message).toBe('Meilisearch at http://127.0.0.1:7700 did not answer within 2000 ms');
    const health = await engine.health();
    expect(health.ok).toBe(false);
    for (const text of [error.message, String(error.stack), JSON.stringify(health), JSON.stringify(error)]) {
      expect(text).not.toContain(SEARCH_KEY);
      expect(text).not.toContain(ADMIN_KEY);
    }
  });

  it('a rejected key is an EngineError, with no key in it even if Meilisearch echoed one', async () => {
    const fake = new FakeMeili(['quotes']);
    fake.down = apiError(403, 'invalid_api_key', `The provided API key ${SEARCH_KEY} is invalid.`);
    const error = (await server(fake).catalog().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(EngineError);
    expect(error.message).toContain('rejected the API key (invalid_api_key)');
    expect(error.message).not.toContain(SEARCH_KEY);
  });

  it('a 5xx from a proxy in front of Meilisearch is EngineUnavailableError', async () => {
    const fake = new FakeMeili(['quotes']);
    fake.down = apiError(502, 'bad_gateway', 'Bad Gateway');
    await expect(server(fake).stats()).rejects.toThrow(EngineUnavailableError);
  });
});
