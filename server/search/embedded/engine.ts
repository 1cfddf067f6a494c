/**
 * The embedded engine: the `SearchEngine` that runs inside the server process, the default engine.
 *
 * It holds one immutable `EmbeddedIndex` behind a single reference. A re-index (or a reload of an
 * index file another process wrote) builds a complete new index off to the side, persists it first
 * when a data directory is set, and only then swaps the reference, so a search sees the old index
 * or the new one, never a mix. Re-indexes and reloads run one at a time. The indexer's engine
 * (`deferBuild`) only checks and writes: it builds the index if it is ever asked a question.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type {
  Catalog,
  EngineHealth,
  EngineStats,
  IndexDump,
  IndexLock,
  IndexSnapshot,
  ReplaceOptions,
  Resolution,
  SearchEngine,
  SearchRequest,
  SearchResult,
  SourceText,
  SourceTextRange,
} from '../engine.ts';
import { sliceSourceText } from '../source-text.ts';
import { correctWord } from '../speller.ts';
import { indexStats, listQuotes, quoteById, quotesById, resolveId, spellerOf } from './lookups.ts';
import { lockDataDir, memoryLock } from './lock.ts';
import { EngineUnavailableError } from '../../errors.ts';
import { buildIndex, checkSnapshot, dumpOf, emptyIndex } from './build.ts';
import { unbuilt, type Unbuilt } from './unbuilt.ts';
import type { EmbeddedIndex } from './layout.ts';
import { searchIndex } from './search.ts';
import type { EmbeddedEngineOptions } from './options.ts';
import { CorruptIndexError, embeddedIndexPath, identify, readIndexFile, sameFile, watchIndexFile, type FileIdentity } from './store.ts';
import { removeIndexFile, writeIndexFile } from './store-write.ts';

class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private index: EmbeddedIndex = emptyIndex();
  /** Re-indexes and reloads, one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The index file this engine last loaded or wrote, to tell another writer's file from its own. */
  private known: FileIdentity | null = null;
  private stopWatching: (() => void) | null = null;
  private closed = false;
  private readonly path: string | null;
  /** Counts the indexes served; caches elsewhere (the catalog across the thread) key on it. */
  generation = 0;
  /** Why the index file could not be loaded, while no good file has been loaded since. */
  problem: string | null = null;
  /** What could be read of a damaged file: `dump()` gives it to a rebuild, to re-anchor permalinks. */
  private salvaged: IndexDump | null = null;
  /** With `deferBuild`: the index loaded or written and not built yet. */
  private unbuilt: Unbuilt | null = null;

  constructor(private readonly options: EmbeddedEngineOptions) {
    this.path = options.dataDir ? embeddedIndexPath(options.dataDir) : null;
  }

  /** Load the index file, if any; start watching. */
  async open(): Promise<void> {
    if (!this.path) return;
    if (this.options.watch) {
      this.stopWatching = await watchIndexFile(this.path, () => void this.reload(), this.options.watchDebounceMs ?? 200);
    }
    await this.loadOrNote();
  }

  /** Load the file if it changed; a bad one is noted (or thrown, without `tolerateBadFile`). */
  private async loadOrNote(): Promise<void> {
    try {
      await this.load();
    } catch (error) {
      if (!this.options.tolerateBadFile) throw error;
      this.problem = (error as Error).message;
      // Unusable as a built index is: a deferred build must not clear the problem by serving.
      this.unbuilt = null;
      if (error instanceof CorruptIndexError) this.salvaged = error.partial;
      this.reportState();
    }
  }

  /** Serve `index` from now on. */
  private swap(index: EmbeddedIndex): void {
    this.index = index;
    this.unbuilt = null;
    this.problem = null;
    this.salvaged = null;
    this.generation++;
    this.reportState();
  }

  private reportState(): void {
    this.options.onState?.({ generation: this.generation, stats: this.statsNow(), health: this.healthNow() });
  }

  /** Searches have nothing to answer from while the file is bad: say so rather than answer empty. */
  private usable(): EmbeddedIndex {
    if (this.problem) throw new EngineUnavailableError(`the search index cannot be used: ${this.problem}`);
    return this.index;
  }

  /** Serve `snapshot` from now on, built when first needed; a damaged file it replaces is forgotten. */
  private defer(snapshot: IndexSnapshot): void {
    this.unbuilt = unbuilt(snapshot);
    this.problem = null;
    this.salvaged = null;
  }

  /**
   * The index to answer from, built first if its build was deferred. The build takes its turn with
   * re-indexes and reloads, and builds whatever is unbuilt when its turn comes (a `replaceAll` queued
   * before it may have replaced the snapshot); a build that fails is tried again by the next caller.
   * Never called from inside a queued step, which would wait for itself.
   */
  private async ready(): Promise<EmbeddedIndex> {
    if (this.unbuilt) {
      await this.exclusive(async () => {
        const pending = this.unbuilt;
        if (pending) this.swap(await pending.build());
      });
    }
    return this.usable();
  }

  private async load(): Promise<boolean> {
    const path = this.path!;
    const before = await identify(path);
    if (before === null || sameFile(before, this.known)) return false;
    let snapshot: IndexSnapshot | null;
    try {
      snapshot = await readIndexFile(path);
    } catch (error) {
      // Remember the bad file, so that an unchanged bad file is not read again at every event.
      this.known = before;
      throw error;
    }
    if (!snapshot) return false;
    if (this.options.deferBuild) this.defer(snapshot);
    else this.swap(await buildIndex(snapshot));
    this.known = before;
    return true;
  }

  private reload(): Promise<unknown> {
    const run = async () => {
      if (this.closed) return;
      try {
        // Not `stats()`: this runs in the queue, where waiting for a deferred build would wait for itself.
        if (await this.load()) this.options.onReload?.(this.statsNow());
      } catch (error) {
        // Still without a usable index: the newest reason is the one to report.
        if (this.problem) {
          this.problem = (error as Error).message;
          this.reportState();
        }
        this.options.onReloadError?.(error);
      }
    };
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  private readonly memoryLock = memoryLock();

  async lockForIndexing(onWait?: (holder: string) => void): Promise<IndexLock> {
    if (!this.options.dataDir) return this.memoryLock(onWait);
    const lock = await lockDataDir(this.options.dataDir, onWait);
    try {
      // The indexer that held the lock may have published since this engine loaded the file: the
      // next indexer must start from what it published.
      await this.exclusive(() => this.loadOrNote());
    } catch (error) {
      await lock.release();
      throw error;
    }
    return lock;
  }

  replaceAll(snapshot: IndexSnapshot, options: ReplaceOptions = {}): Promise<void> {
    return this.exclusive(async () => {
      if (this.options.deferBuild) {
        checkSnapshot(snapshot);
        if (this.path) this.known = await writeIndexFile(this.path, snapshot);
        this.defer(snapshot);
        return;
      }
      const index = await buildIndex(snapshot, options.onProgress ? { onProgress: options.onProgress } : {});
      if (this.path) this.known = await writeIndexFile(this.path, snapshot);
      this.swap(index);
    });
  }

  drop(): Promise<void> {
    return this.exclusive(async () => {
      if (this.path) await removeIndexFile(this.path);
      this.swap(emptyIndex());
      this.known = null;
    });
  }

  /** Run `fn` after the re-indexes and reloads queued before it; its failure does not stop later ones. */
  private exclusive(fn: () => Promise<void>): Promise<void> {
    const done = this.queue.then(fn, fn);
    this.queue = done.catch(() => {});
    return done;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return searchIndex(await this.ready(), request);
  }

  async correctWords(words: Array<{ term: string; prefix: boolean }>): Promise<Array<string | null>> {
    const speller = spellerOf(await this.ready());
    return words.map((word) => correctWord(speller, word));
  }

  async get(id: string): Promise<QuoteDocument | null> {
    return quoteById(await this.ready(), id);
  }

  async getMany(ids: string[]): Promise<QuoteDocument[]> {
    return quotesById(await this.ready(), ids);
  }

  async resolve(id: string): Promise<Resolution> {
    return resolveId(await this.ready(), id);
  }

  async list(by: { source?: string; speaker?: string }, page: { offset: number; limit: number }): Promise<{ total: number; quotes: QuoteDocument[] }> {
    return listQuotes(await this.ready(), by, page);
  }

  async catalog(): Promise<Catalog | null> {
    if (this.unbuilt) return this.unbuilt.catalog;
    return this.usable().catalog;
  }

  async sourceText(slug: string): Promise<SourceText | null> {
    if (this.unbuilt) return this.unbuilt.text(slug);
    return this.usable().texts.get(slug) ?? null;
  }

  async sourceTextRange(slug: string, start: number, end: number): Promise<SourceTextRange | null> {
    const text = await this.sourceText(slug);
    return text ? sliceSourceText(text, start, end) : null;
  }

  async dump(): Promise<IndexDump | null> {
    if (this.problem) return this.salvaged;
    if (this.unbuilt) return this.unbuilt.dump();
    return dumpOf(this.index.docs, this.index.permalinks, this.index.catalog);
  }

  async stats(): Promise<EngineStats> {
    if (!this.problem) await this.ready();
    return this.statsNow();
  }

  private statsNow(): EngineStats {
    return indexStats(this.index);
  }

  async health(): Promise<EngineHealth> {
    return this.healthNow();
  }

  private healthNow(): EngineHealth {
    return this.problem ? { ok: false, detail: this.problem } : { ok: true };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopWatching?.();
    this.stopWatching = null;
    await this.queue.catch(() => {});
  }
}

/** The in-process engine. With `dataDir`, the index on disk is loaded before this resolves. */
export async function createEmbeddedEngine(options: EmbeddedEngineOptions = {}): Promise<SearchEngine> {
  const engine = new EmbeddedEngine(options);
  try {
    await engine.open();
  } catch (error) {
    await engine.close();
    throw error;
  }
  return engine;
}
