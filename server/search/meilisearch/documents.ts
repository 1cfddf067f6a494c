/**
 * Our records ↔ Meilisearch documents. Each document carries flat copies of the fields Meilisearch
 * searches, filters and sorts on, plus `record`: the record itself as JSON text. Reading a record back
 * parses `record` only, so what comes out deep-equals what went in (no float re-encoding by the
 * server, no `null`s for absent optional fields), whatever Meilisearch does to the flat copies.
 */
import { createHash } from 'node:crypto';
import type { QuoteDocument, QuoteKind } from '../../corpus/model.ts';
import type { Catalog, IndexSnapshot, PermalinkRecord, SourceText } from '../engine.ts';
import { scrubReserved } from '../../corpus/text.ts';
import { EngineError } from '../../errors.ts';
import { checkedRecord } from '../records.ts';
import { chunkStarts, type TextInfo } from './texts.ts';
import { wordCounts } from '../speller.ts';
import { spelledWords } from './words.ts';

/** Attribute names of the quotes index. Filters and settings use these, never request input. */
export const QUOTE_FIELDS = {
  id: 'id',
  text: 'text',
  // What Meilisearch searches: the quote's text as our own tokenizer splits it, words only, spelled
  // for Meilisearch, one space apart (`words.ts`).
  textWords: 'textWords',
  speakerName: 'speakerName',
  speaker: 'speakerSlug',
  sourceTitle: 'sourceTitle',
  source: 'sourceSlug',
  kind: 'kind',
  collection: 'collection',
  date: 'date',
  order: 'order',
  record: 'record',
} as const;

/** Attribute names of the `<index>_meta` index. */
export const META_FIELDS = { id: 'id', type: 'type', slug: 'slug', pos: 'pos', record: 'record' } as const;

/** A quote as stored in Meilisearch. Optional copies are absent (not null) when the quote lacks them. (A type alias, not an interface, so that it is assignable to the client's plain records.) */
export type MeiliQuoteDocument = {
  id: string;
  text: string;
  textWords: string;
  speakerName?: string;
  speakerSlug?: string;
  sourceTitle: string;
  sourceSlug: string;
  kind: QuoteKind;
  collection: string;
  /** ISO date, possibly partial; absent when unknown, which Meilisearch sorts last in both directions. */
  date?: string;
  order: number;
  record: string;
};

/** What a document of the meta index holds. `info` is the one document with build time and counts. */
export type MetaType = 'info' | 'collection' | 'source' | 'speaker' | 'text' | 'chunk' | 'words' | 'permalink';

export type MeiliMetaDocument = {
  id: string;
  type: MetaType;
  /** The slug of a collection, source, speaker or text; the quote id of a permalink record. */
  slug: string;
  /** Position in the catalog's list, so the catalog comes back in the order it was given. */
  pos: number;
  record: string;
};

/** The `info` record: when the index was built and what it holds. */
export interface IndexInfo {
  builtAt: string;
  quotes: number;
  sources: number;
  speakers: number;
  /** The catalog's files not read, when there were any. */
  unread?: Catalog['unread'];
}

export function toQuoteDocument(quote: QuoteDocument): MeiliQuoteDocument {
  const doc: MeiliQuoteDocument = {
    id: quote.id,
    // The displayed copy is scrubbed so that marker characters can only come from Meilisearch's highlighting.
    text: scrubReserved(quote.text),
    textWords: spelledWords(quote.text),
    sourceTitle: quote.sourceRef.title,
    sourceSlug: quote.source,
    kind: quote.kind,
    collection: quote.collection,
    order: quote.order,
    record: JSON.stringify(quote),
  };
  if (quote.speaker) {
    doc.speakerName = quote.speaker.name;
    doc.speakerSlug = quote.speaker.slug;
  }
  if (quote.sourceRef.date) doc.date = quote.sourceRef.date;
  return doc;
}

/** Meilisearch document ids allow `[A-Za-z0-9_-]` up to 511 bytes; other slugs get a hashed id. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,400}$/;

export function metaDocumentId(type: MetaType, slug: string): string {
  // `<type>-<slug>` and `<type>_h_<hash>` cannot collide: type names contain neither `-` nor `_`.
  if (SAFE_ID.test(slug)) return `${type}-${slug}`;
  return `${type}_h_${createHash('sha256').update(slug).digest('hex').slice(0, 40)}`;
}

/** A meta document; `slug` is what filters find it by when its id is made from something else (a text's chunk). */
export function metaDocument(type: MetaType, key: string, pos: number, record: unknown, slug = key): MeiliMetaDocument {
  return { id: metaDocumentId(type, key), type, slug, pos, record: JSON.stringify(record) };
}

/** Every meta document of a snapshot: the info record, the catalog, the source texts, the permalinks. */
export function toMetaDocuments(snapshot: IndexSnapshot): MeiliMetaDocument[] {
  const { catalog } = snapshot;
  const info: IndexInfo = {
    builtAt: catalog.builtAt,
    quotes: snapshot.quotes.length,
    sources: catalog.sources.length,
    speakers: catalog.speakers.length,
    ...(catalog.unread ? { unread: catalog.unread } : {}),
  };
  return [
    metaDocument('info', 'info', 0, info),
    ...catalog.collections.map((c, i) => metaDocument('collection', c.slug, i, c)),
    ...catalog.sources.map((s, i) => metaDocument('source', s.slug, i, s)),
    ...catalog.speakers.map((s, i) => metaDocument('speaker', s.slug, i, s)),
    ...textDocuments(snapshot.texts),
    ...wordDocuments(snapshot.quotes),
    ...snapshot.permalinks.map((p, i) => metaDocument('permalink', p.id, i, p)),
  ];
}

/** The record a document carries. A document this version did not write is an `EngineError`. */
export function fromDocument<T>(doc: Record<string, unknown>): T {
  const record = doc[QUOTE_FIELDS.record];
  if (typeof record === 'string') {
    try {
      return JSON.parse(record) as T;
    } catch {
      // fall through to the error below
    }
  }
  const id = typeof doc.id === 'string' ? doc.id : '?';
  throw new EngineError(`Meilisearch document "${id}" has no readable record: rebuild the index with npm run index`);
}

/** Meilisearch document `doc` holds a record that fails its check. */
const unreadable = (doc: Record<string, unknown>, what: string, problem: string) =>
  new EngineError(`Meilisearch document "${typeof doc.id === 'string' ? doc.id : '?'}" is not a readable ${what} (${problem}): rebuild the index with npm run index`);

export const fromQuoteDocument = (doc: Record<string, unknown>): QuoteDocument =>
  checkedRecord('quote', fromDocument(doc), (problem) => unreadable(doc, 'quote', problem));

/** Meta documents (any order) → the catalog, or null when the index holds no `info` record. */
export function toCatalog(docs: ReadonlyArray<Record<string, unknown>>): Catalog | null {
  const byType = (type: MetaType) =>
    docs
      .filter((d) => d[META_FIELDS.type] === type)
      .sort((a, b) => Number(a[META_FIELDS.pos]) - Number(b[META_FIELDS.pos]));
  const info = byType('info')[0];
  if (!info) return null;
  const { builtAt, unread } = fromDocument<IndexInfo>(info);
  const catalog = {
    builtAt,
    collections: byType('collection').map((d) => fromDocument<Catalog['collections'][number]>(d)),
    sources: byType('source').map((d) => fromDocument<Catalog['sources'][number]>(d)),
    speakers: byType('speaker').map((d) => fromDocument<Catalog['speakers'][number]>(d)),
    ...(unread ? { unread } : {}),
  };
  return checkedRecord('catalog', catalog, (problem) => unreadable(info, 'catalog', problem));
}

export const fromPermalinkDocument = (doc: Record<string, unknown>): PermalinkRecord =>
  checkedRecord('permalink', fromDocument(doc), (problem) => unreadable(doc, 'permalink record', problem));

/** The `text` and `chunk` documents of the source texts (`pos` of a chunk is its number). */
export function textDocuments(texts: readonly SourceText[]): MeiliMetaDocument[] {
  const out: MeiliMetaDocument[] = [];
  texts.forEach((t, i) => {
    const starts = chunkStarts(t.text);
    const info: TextInfo = { slug: t.slug, contentStart: t.contentStart, length: t.text.length, starts };
    out.push(metaDocument('text', t.slug, i, info));
    starts.forEach((from, k) => out.push(metaDocument('chunk', `${t.slug}-${k}`, k, t.text.slice(from, starts[k + 1] ?? t.text.length), t.slug)));
  });
  return out;
}

/** Words per `words` document. */
export const WORDS_PER_DOCUMENT = 20_000;

/** A `words` document's record: a run of the sorted word list and each word's number of quotes. */
export interface WordsRecord {
  words: string[];
  counts: number[];
}

/** The word list "did you mean" works from (`speller.ts`), in `words` documents numbered by `pos`. */
export function wordDocuments(quotes: readonly QuoteDocument[]): MeiliMetaDocument[] {
  const { words, counts } = wordCounts(quotes);
  const out: MeiliMetaDocument[] = [];
  for (let k = 0, at = 0; at < words.length; k++, at += WORDS_PER_DOCUMENT) {
    const record: WordsRecord = { words: words.slice(at, at + WORDS_PER_DOCUMENT), counts: counts.slice(at, at + WORDS_PER_DOCUMENT) };
    out.push(metaDocument('words', `words-${k}`, k, record, 'words'));
  }
  return out;
}

/** A `words` document's record, checked. */
export function fromWordsDocument(doc: Record<string, unknown>): WordsRecord {
  const record = fromDocument<WordsRecord>(doc);
  const ok = Array.isArray(record.words) && Array.isArray(record.counts) && record.words.length === record.counts.length && record.words.every((w) => typeof w === 'string');
  if (!ok) throw unreadable(doc, 'word list', 'words and counts do not match');
  return record;
}

/** A `text` document's record; a whole `SourceText` when an earlier version wrote the index. */
export function fromTextInfoDocument(doc: Record<string, unknown>): TextInfo | SourceText {
  const record = fromDocument<TextInfo | SourceText>(doc);
  if ('text' in record) return checkedRecord('text', record, (problem) => unreadable(doc, 'source text', problem));
  if (typeof record.length !== 'number' || !Array.isArray(record.starts) || record.starts.some((n) => typeof n !== 'number')) {
    throw unreadable(doc, 'source text', 'no chunk list');
  }
  return record;
}

/**
 * Documents in batches of at most `maxCount` documents and about `maxBytes` of JSON (a single larger
 * document gets a batch of its own), so that no payload nears Meilisearch's 100 MB request limit.
 */
export function* batches<T>(docs: readonly T[], maxCount: number, maxBytes: number): Generator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for (const doc of docs) {
    const size = Buffer.byteLength(JSON.stringify(doc));
    if (batch.length > 0 && (batch.length >= maxCount || bytes + size > maxBytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(doc);
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}
