/**
 * What the embedded engine answers from one index besides searches: quotes by id, permalink ids,
 * a source's or speaker's quotes in order, the figures, and the speller over its vocabulary.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { EngineStats, Resolution } from '../engine.ts';
import type { Speller } from '../speller.ts';
import type { EmbeddedIndex } from './layout.ts';
import { listDocuments } from './search.ts';

export function quoteById(index: EmbeddedIndex, id: string): QuoteDocument | null {
  const d = index.byId.get(id);
  return d === undefined ? null : index.docs[d]!;
}

/** Quotes by id, in the order asked, skipping unknown ids. */
export function quotesById(index: EmbeddedIndex, ids: readonly string[]): QuoteDocument[] {
  return ids.flatMap((id) => quoteById(index, id) ?? []);
}

export function resolveId(index: EmbeddedIndex, id: string): Resolution {
  const quote = quoteById(index, id);
  if (quote) return { status: 'found', quote };
  const record = index.permalinks.get(id);
  if (!record) return { status: 'unknown' };
  if (record.status === 'moved' && record.to) return { status: 'moved', to: record.to, record };
  return { status: 'gone', record };
}

export function listQuotes(index: EmbeddedIndex, by: { source?: string; speaker?: string }, page: { offset: number; limit: number }): { total: number; quotes: QuoteDocument[] } {
  const { total, docs } = listDocuments(index, by, page.offset, page.limit);
  return { total, quotes: docs.map((d) => index.docs[d]!) };
}

export function indexStats(index: EmbeddedIndex): EngineStats {
  return {
    quotes: index.docs.length,
    sources: index.catalog?.sources.length ?? index.facets.source.values.length,
    speakers: index.catalog?.speakers.length ?? index.facets.speaker.values.length,
    builtAt: index.builtAt,
  };
}

/** The index's own sorted vocabulary as a speller, each word's number of quotes read from its postings. */
export function spellerOf(index: EmbeddedIndex): Speller {
  const { vocab, postingStart } = index;
  return { vocab, count: (i) => postingStart[vocab.sortedIds[i]! + 1]! - postingStart[vocab.sortedIds[i]!]! };
}
