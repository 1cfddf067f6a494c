/**
 * The one interface every search engine implements (embedded and Meilisearch), in our own types.
 * Engines are chosen in `search/index.ts` only; everything else holds a `SearchEngine`.
 */
import type {
  Collection,
  QuoteDocument,
  QuoteKind,
  SourceMeta,
  SourceRef,
  SourceFormat,
  SourceLayout,
  ReaderName,
  Speaker,
} from '../corpus/model.ts';

import type { Correction } from './corrections.ts';

export type EngineName = 'embedded' | 'meilisearch';

/** `relevance` (default), newest first, oldest first, or transcript order. */
export type SortOrder = 'relevance' | 'date:desc' | 'date:asc' | 'source';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'date:desc', 'date:asc', 'source'];

/** Filters: values within one field are OR-ed, fields are AND-ed. Values are slugs. */
export interface SearchFilters {
  speaker?: string[];
  source?: string[];
  kind?: QuoteKind[];
  collection?: string[];
}

export interface SearchRequest {
  /** The user's query text: words, `"quoted phrases"`, `-excluded` words. May be empty (browse). */
  q: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  /** 1-based. */
  page?: number;
  perPage?: number;
  /** Words of context kept around the best match in `highlight`; longer texts are cropped with "…". */
  cropLength?: number;
  /** Count facets (default true). A page of an export has no use for them, and they cost the most. */
  facets?: boolean;
  /** Mark and crop highlights (default true); without, every hit's `highlight` is empty. */
  highlight?: boolean;
}

/**
 * Facet values an engine returns per facet: the most frequent ones (Meilisearch's `maxValuesPerFacet`
 * default). A corpus with a thousand sources would otherwise send a thousand counts with every page.
 */
export const MAX_FACET_VALUES = 100;

/**
 * Counts of matching quotes per facet value (slug → count, no zero counts), counted over the whole
 * result set; each facet keeps its `MAX_FACET_VALUES` most frequent values (ties in value order).
 * Maps, not plain objects: any slug is a safe key, and they are cheap to build on every search.
 */
export interface FacetCounts {
  speaker: Map<string, number>;
  source: Map<string, number>;
  kind: Map<string, number>;
  collection: Map<string, number>;
}

export interface SearchHit {
  quote: QuoteDocument;
  /**
   * The quote text, HTML-escaped, with `<mark>` around each matched word (the whole word, for a
   * prefix or typo match too), cropped around the best match.
   */
  highlight: string;
  /** Query words the highlight shows matched through a typo ("camrea" → "camera"); absent when none. */
  corrected?: Correction[];
}

export interface SearchResult {
  total: number;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** Words dropped from the end of the query because no quote matched all of them. */
  dropped: string[];
}

/** Per-speaker figures kept in the catalog. */
export interface SpeakerRecord extends Speaker {
  collections: string[];
  quoteCount: number;
  /** Source slug → number of that speaker's quotes in it. */
  sourceCounts: Record<string, number>;
}

/** Per-source metadata and figures kept in the catalog (the text is fetched separately). */
export interface SourceRecord extends SourceRef {
  path: string;
  format: SourceFormat;
  reader: ReaderName;
  layout: SourceLayout;
  meta: SourceMeta;
  quoteCount: number;
  kindCounts: Partial<Record<QuoteKind, number>>;
  speakerCounts: Record<string, number>;
  /**
   * A long source is shown a page at a time: the ordinals of the quotes that begin pages 2, 3, …
   * (absent when it fits on one page). Chosen when indexing, so that every page stays readable
   * however long the source or its quotes (`indexer/pages.ts`).
   */
  pages?: number[];
}

export interface CollectionRecord extends Omit<Collection, 'speakers'> {
  speakers: string[];
  sourceCount: number;
  quoteCount: number;
}

/** A file the index build could not read: why, and whether the reading an earlier build made of it is still served. */
export interface UnreadFile {
  /** Its path within the transcripts folder. */
  file: string;
  line?: number;
  message: string;
  /** The previous index's reading of it is kept (a file read before, broken since). */
  carried: boolean;
}

/** Everything but the quotes: what home, speaker and source pages list. */
export interface Catalog {
  builtAt: string;
  collections: CollectionRecord[];
  sources: SourceRecord[];
  speakers: SpeakerRecord[];
  /** The files of the transcripts folder this build could not read (absent when it read them all). */
  unread?: UnreadFile[];
}

/** A source's full text, for the source page. */
export interface SourceText {
  slug: string;
  text: string;
  contentStart: number;
}

/** Part of a source's text: `text` is the whole text's [start, end), `length` its full length. */
export interface SourceTextRange {
  slug: string;
  text: string;
  start: number;
  end: number;
  length: number;
  contentStart: number;
}

/** What became of a permalink id that is no longer in the index. */
export interface PermalinkRecord {
  id: string;
  status: 'moved' | 'gone';
  /** For `moved`: the id of the closest quote of the same source and speaker. */
  to?: string;
  /** The source the quote belonged to (a gone quote links there). */
  source: string;
  /** The last text the id stood for. */
  text: string;
  /** Text similarity (0–1) between the old and the new quote, for `moved`. */
  similarity?: number;
  /** When the index that retired the id was built. */
  at: string;
}

/** The whole contents of an index, replaced in one piece. */
export interface IndexSnapshot {
  quotes: QuoteDocument[];
  catalog: Catalog;
  texts: SourceText[];
  permalinks: PermalinkRecord[];
}

export type Resolution =
  | { status: 'found'; quote: QuoteDocument }
  | { status: 'moved'; to: string; record: PermalinkRecord }
  | { status: 'gone'; record: PermalinkRecord }
  | { status: 'unknown' };

export interface EngineHealth {
  ok: boolean;
  /** A short explanation when not ok: "Meilisearch at http://… did not answer within 2000 ms". */
  detail?: string;
}

export interface EngineStats {
  quotes: number;
  sources: number;
  speakers: number;
  builtAt: string | null;
}

export interface ReplaceOptions {
  /** Called as documents are written: done and total quote counts. */
  onProgress?: (done: number, total: number) => void;
}

/** What an indexer reads of the previous index. */
export interface IndexDump {
  quotes: QuoteDocument[];
  permalinks: PermalinkRecord[];
  catalog?: Catalog | null;
}

/** An indexer's hold on an index: no other indexer writes it until `release`. */
export interface IndexLock {
  release(): Promise<void>;
}

/**
 * A search engine holding one index of quotes. Implementations translate to and from these types;
 * no engine-specific type crosses this interface.
 *
 * Errors: `EngineUnavailableError` when the engine cannot be reached or times out,
 * `EngineError` for anything else it reports (both in `search/errors.ts`).
 */
export interface SearchEngine {
  readonly name: EngineName;
  /**
   * Hold the index for one indexer (`indexer/run.ts` holds it from reading the previous index to
   * publishing the next): another indexer waits here, whatever process or machine it runs on, so
   * that each re-anchors permalinks against the index the last one published. A holder that died
   * is noticed (its heartbeat stops) and its lock broken. `onWait` is told who holds it.
   */
  lockForIndexing(onWait?: (holder: string) => void): Promise<IndexLock>;
  /** Replace the whole index atomically: readers see the old or the new contents, never a mix. */
  replaceAll(snapshot: IndexSnapshot, options?: ReplaceOptions): Promise<void>;
  /**
   * Delete the whole index, permalink records included: afterwards the engine answers as if it had
   * never been built. For the indexer's role (and the benchmark, which removes what it built).
   */
  drop(): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /**
   * Optional: the result of `search` already serialized in its public JSON form (`wire.ts`
   * `searchJsonText`) as UTF-8 bytes, for engines that search elsewhere (another thread) and can
   * serialize there.
   */
  searchJson?(request: SearchRequest, baseUrl: string): Promise<Uint8Array>;
  /**
   * "Did you mean": for each word, the closest indexed word when the word itself is not indexed
   * (nor, for a word typed last, the start of one), else null (`speller.ts`). Answered where the
   * engine's vocabulary lives, never by scanning it on the web server's event loop.
   */
  correctWords(words: Array<{ term: string; prefix: boolean }>): Promise<Array<string | null>>;
  /** One quote by id, or null. */
  get(id: string): Promise<QuoteDocument | null>;
  /** Quotes by id, in the order asked, skipping unknown ids. */
  getMany(ids: string[]): Promise<QuoteDocument[]>;
  /** A permalink id: the quote, where it moved, or that it is gone. */
  resolve(id: string): Promise<Resolution>;
  /** Quotes of one source or speaker in transcript order. */
  list(
    by: { source?: string; speaker?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; quotes: QuoteDocument[] }>;
  catalog(): Promise<Catalog | null>;
  sourceText(slug: string): Promise<SourceText | null>;
  /**
   * Part of a source's text, [start, end) clamped to the text, without fetching (or copying) the
   * rest: a long source's page reads only its own part.
   */
  sourceTextRange(slug: string, start: number, end: number): Promise<SourceTextRange | null>;
  /**
   * Every quote and permalink record of the current index (the indexer re-anchors against them),
   * and the catalog when the engine has it at hand. For a damaged embedded index: what could still
   * be read of it.
   */
  dump(): Promise<IndexDump | null>;
  stats(): Promise<EngineStats>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
}
