/**
 * The searchable shape of a corpus (in the spirit of Scout's `toSearchableArray`): every quote with
 * its source denormalised and a global browse order, plus the catalog of collections, sources and
 * speakers with their counts, and each source's text for the source pages.
 */
import type { Collection, Quote, QuoteDocument, QuoteKind, Source, Speaker } from '../corpus/model.ts';
import { toSourceRef } from '../corpus/model.ts';
import type { Catalog, CollectionRecord, SourceRecord, SourceText, SpeakerRecord } from '../search/engine.ts';
import { groupBy } from '../util/group-by.ts';
import { pageBreaks } from '../search/source-pages.ts';

export interface SnapshotParts {
  collections: Collection[];
  sources: Source[];
  quotes: Quote[];
  speakers: Speaker[];
}

/** Sources in browse order: by collection, then date, then path. */
function sourceOrder(sources: Source[]): Source[] {
  return [...sources].sort(
    (a, b) => a.collection.localeCompare(b.collection) || (a.meta.date ?? '9999').localeCompare(b.meta.date ?? '9999') || a.path.localeCompare(b.path),
  );
}

/**
 * Quote documents with their source attached and a global order. The quotes themselves become the
 * documents (no copy of a hundred thousand objects): the corpus is not used again after indexing.
 */
export function toDocuments(sources: Source[], quotes: Quote[]): QuoteDocument[] {
  const bySource = groupBy(quotes, (q) => q.source);
  const docs: QuoteDocument[] = [];
  for (const source of sourceOrder(sources)) {
    const sourceRef = toSourceRef(source);
    for (const q of (bySource.get(source.slug) ?? []).sort((a, b) => a.position.ordinal - b.position.ordinal)) {
      const doc = q as QuoteDocument;
      doc.sourceRef = sourceRef;
      doc.order = docs.length;
      docs.push(doc);
    }
  }
  return docs;
}

function count<T>(items: T[], key: (item: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Catalog records with their counts. */
export function toCatalog(parts: SnapshotParts, builtAt: string): Catalog {
  const { collections, sources, quotes, speakers } = parts;
  const bySource = groupBy(quotes, (q) => q.source);
  const bySpeaker = groupBy(quotes, (q) => q.speaker?.slug);
  const byCollection = groupBy(quotes, (q) => q.collection);
  const sourceRecords: SourceRecord[] = sourceOrder(sources).map((source) => {
    const own = bySource.get(source.slug) ?? [];
    const record: SourceRecord = {
      ...toSourceRef(source),
      path: source.path,
      format: source.format,
      reader: source.reader,
      layout: source.layout,
      meta: source.meta,
      quoteCount: own.length,
      kindCounts: count(own, (q) => q.kind) as Partial<Record<QuoteKind, number>>,
      speakerCounts: count(own, (q) => q.speaker?.slug),
    };
    const breaks = pageBreaks([...own].sort((a, b) => a.position.ordinal - b.position.ordinal).map((q) => q.text.length));
    if (breaks.length > 0) record.pages = breaks;
    return record;
  });
  const speakerRecords: SpeakerRecord[] = speakers.map((speaker) => {
    const own = bySpeaker.get(speaker.slug) ?? [];
    const inCollections = new Set([...own.map((q) => q.collection), ...collections.filter((c) => c.speakers.some((s) => s.slug === speaker.slug)).map((c) => c.slug)]);
    return { ...speaker, collections: [...inCollections].sort(), quoteCount: own.length, sourceCounts: count(own, (q) => q.source) };
  });
  const collectionRecords: CollectionRecord[] = collections.map((c) => {
    const own = byCollection.get(c.slug) ?? [];
    const { speakers: registry, ...rest } = c;
    const slugs = new Set([...registry.map((s) => s.slug), ...own.map((q) => q.speaker?.slug).filter((s): s is string => !!s)]);
    return { ...rest, speakers: [...slugs], sourceCount: sources.filter((s) => s.collection === c.slug).length, quoteCount: own.length };
  });
  return { builtAt, collections: collectionRecords, sources: sourceRecords, speakers: speakerRecords };
}

export function toTexts(sources: Source[]): SourceText[] {
  return sources.map((s) => ({ slug: s.slug, text: s.text, contentStart: s.contentStart }));
}
