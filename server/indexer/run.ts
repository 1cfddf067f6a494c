/**
 * Corpus → engine, atomically. Loads and attributes every file, keeps the previous index's quotes of
 * any source that could not be read this time (nothing already stored is lost), re-anchors the
 * permalinks of edited quotes, and replaces the engine's whole index in one step.
 */
import { stat } from 'node:fs/promises';
import { loadCorpus, type Rejection } from '../corpus/load.ts';
import { StartupError } from '../failures.ts';
import type { Collection, LoadWarning, Quote, QuoteDocument, QuoteKind, Source, Speaker } from '../corpus/model.ts';
import { linkQuotedIn, type QuotedInResult } from '../corpus/quoted-in.ts';
import type { Catalog, SearchEngine } from '../search/engine.ts';
import { reanchor } from './permalinks.ts';
import { toCatalog, toDocuments, toTexts } from './snapshot.ts';

export interface IndexOptions {
  transcriptsDir: string;
  engine: SearchEngine;
  /** Load, attribute and compare with the current index, but write nothing. */
  dryRun?: boolean;
  now?: () => Date;
  onLoadProgress?: (done: number, total: number, file: string) => void;
  onWriteProgress?: (done: number, total: number) => void;
  /** Another indexer holds the index: this one waits for it (told who it is). */
  onLockWait?: (holder: string) => void;
}

export interface IndexSummary {
  engine: string;
  dryRun: boolean;
  builtAt: string;
  sources: number;
  quotes: number;
  speakers: number;
  unattributed: number;
  byKind: Partial<Record<QuoteKind, number>>;
  /** Quotations linked to the interview or film line they reproduce. */
  linked: number;
  /** Unattributed quotations named by the line they reproduce exactly, and a few links to read. */
  quotedIn: Pick<QuotedInResult, 'named' | 'sample'>;
  /** Files in the transcripts folder that are not sources (images, notes, hidden files), and why. */
  skipped: LoadWarning[];
  warnings: LoadWarning[];
  rejected: Rejection[];
  /** Sources that could not be read this time, kept as the previous index had them. */
  carried: Array<{ source: string; quotes: number }>;
  /** Old permalinks of quotes changed by this run (a 301 to where each went, or a 410); `earlier`, those kept from runs before. */
  permalinks: { moved: number; gone: number; earlier: number };
  timings: { loadMs: number; writeMs: number };
}

function toQuote(doc: QuoteDocument): Quote {
  const { sourceRef: _ref, order: _order, ...quote } = doc;
  return quote;
}

/** What the previous index holds for sources that failed this time. */
async function carryOver(engine: SearchEngine, rejected: Rejection[], loaded: Set<string>, previousQuotes: QuoteDocument[], catalog: Catalog | null) {
  const sources: Source[] = [];
  const quotes: Quote[] = [];
  const carried: IndexSummary['carried'] = [];
  for (const slug of new Set(rejected.map((r) => r.source).filter((s): s is string => !!s && !loaded.has(s)))) {
    const record = catalog?.sources.find((s) => s.slug === slug);
    // A damaged previous index may have lost the text: then the source cannot be carried over.
    const text = record ? await engine.sourceText(slug).catch(() => null) : null;
    if (!record || !text) continue;
    const own = previousQuotes.filter((q) => q.source === slug).map(toQuote);
    sources.push({ slug, collection: record.collection, path: record.path, format: record.format, reader: record.reader, layout: record.layout, meta: record.meta, text: text.text, contentStart: text.contentStart });
    quotes.push(...own);
    carried.push({ source: slug, quotes: own.length });
  }
  return { sources, quotes, carried };
}

/**
 * Index the corpus into the engine (or, with `dryRun`, only report what would be indexed). One
 * indexer at a time: the engine's lock is held from reading the corpus to publishing, so that a
 * second indexer reads the index this one published and re-anchors its permalinks against it.
 */
export async function runIndex(options: IndexOptions): Promise<IndexSummary> {
  await checkTranscriptsDir(options.transcriptsDir);
  if (options.dryRun) return indexUnlocked(options);
  const lock = await options.engine.lockForIndexing(options.onLockWait);
  try {
    return await indexUnlocked(options);
  } finally {
    await lock.release();
  }
}

/** The transcripts folder must exist before anything is read or locked. */
export async function checkTranscriptsDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info?.isDirectory()) return;
  throw new StartupError(
    `TRANSCRIPTS_DIR ${dir} ${info ? 'is not a folder' : 'does not exist'}: create it (a folder per collection, see "Adding transcripts" in the README) or set TRANSCRIPTS_DIR to your corpus.`,
    'configuration',
  );
}

async function indexUnlocked(options: IndexOptions): Promise<IndexSummary> {
  const { engine } = options;
  const builtAt = (options.now?.() ?? new Date()).toISOString();
  const started = Date.now();
  const previous = (await engine.dump()) ?? { quotes: [], permalinks: [] };
  // Speakers keep the addresses the previous index gave them (`scopeSpeakers`).
  const claims = new Map<string, string>();
  // A quotation named by the line it reproduces (quoted-in.ts) carries that line's speaker, of another
  // collection perhaps: it claims nothing. Nor does a later quote take a slug an earlier one claimed.
  for (const q of previous.quotes) if (q.speaker && q.attribution.method !== 'link' && !claims.has(q.speaker.slug)) claims.set(q.speaker.slug, q.collection);
  const corpus = await loadCorpus(options.transcriptsDir, { claims, ...(options.onLoadProgress ? { onProgress: options.onLoadProgress } : {}) });
  const previousCatalog = previous.catalog !== undefined ? previous.catalog : previous.quotes.length > 0 || corpus.rejected.length > 0 ? await engine.catalog() : null;

  const kept = await carryOver(engine, corpus.rejected, new Set(corpus.sources.map((s) => s.slug)), previous.quotes, previousCatalog);
  const sources = [...corpus.sources, ...kept.sources];
  const quotes = [...corpus.quotes, ...kept.quotes];
  const collections: Collection[] = [...corpus.collections];
  const speakers: Speaker[] = [...corpus.speakers];
  for (const source of kept.sources) {
    // A collection rejected whole (its collection.yml broke) comes back as the previous index had it.
    if (!collections.some((c) => c.slug === source.collection)) {
      const record = previousCatalog?.collections.find((c) => c.slug === source.collection);
      if (record) collections.push({ ...record, speakers: (previousCatalog?.speakers ?? []).filter((s) => record.speakers.includes(s.slug)) });
    }
  }
  for (const q of kept.quotes) {
    const known = q.speaker && !speakers.some((s) => s.slug === q.speaker!.slug);
    const record = known ? previousCatalog?.speakers.find((s) => s.slug === q.speaker!.slug) : undefined;
    if (record) speakers.push({ slug: record.slug, name: record.name, role: record.role, aliases: record.aliases, ...(record.adHoc ? { adHoc: true } : {}) });
  }

  const quotedIn = linkQuotedIn(quotes, collections);
  const documents = toDocuments(sources, quotes);
  const catalog = toCatalog({ collections, sources, quotes, speakers }, builtAt);
  // The files not read are listed where readers look for a source that is missing (/sources).
  if (corpus.rejected.length > 0) {
    const carried = new Set(kept.carried.map((c) => c.source));
    catalog.unread = corpus.rejected.map((r) => ({ file: r.file, ...(r.line ? { line: r.line } : {}), message: r.message, carried: r.source !== undefined && carried.has(r.source) }));
  }
  const permalinks = reanchor(previous.quotes, previous.permalinks, quotes, builtAt);
  const loadMs = Date.now() - started;
  if (!options.dryRun) {
    await engine.replaceAll({ quotes: documents, catalog, texts: toTexts(sources), permalinks }, { ...(options.onWriteProgress ? { onProgress: options.onWriteProgress } : {}) });
  }
  const byKind: IndexSummary['byKind'] = {};
  for (const q of quotes) byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
  return {
    engine: engine.name,
    dryRun: options.dryRun ?? false,
    builtAt,
    sources: sources.length,
    quotes: quotes.length,
    speakers: catalog.speakers.filter((s) => s.quoteCount > 0).length,
    unattributed: quotes.filter((q) => !q.speaker).length,
    byKind,
    linked: quotedIn.links,
    quotedIn: { named: quotedIn.named, sample: quotedIn.sample },
    skipped: corpus.skipped,
    warnings: corpus.warnings,
    rejected: corpus.rejected,
    carried: kept.carried,
    // This run's records are dated by it (reanchor); earlier ones are carried, and counted apart.
    permalinks: {
      moved: permalinks.filter((p) => p.at === builtAt && p.status === 'moved').length,
      gone: permalinks.filter((p) => p.at === builtAt && p.status === 'gone').length,
      earlier: permalinks.filter((p) => p.at !== builtAt).length,
    },
    timings: { loadMs, writeMs: Date.now() - started - loadMs },
  };
}
