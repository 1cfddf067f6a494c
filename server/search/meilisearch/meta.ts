/**
 * Reading the meta index (`<index>_meta`) for the Meilisearch adapter: records by type and slug,
 * source texts chunk by chunk, and what pages ask for all the time — the catalog and the word list
 * "did you mean" walks — fetched once per index build (the `info` record's build time tells when the
 * index was replaced) rather than once per page.
 */
import type { Catalog, SourceText, SourceTextRange } from '../engine.ts';
import { EngineError } from '../../errors.ts';
import type { MeiliClientLike, MeiliHit, MeiliSearchParams } from './client.ts';
import * as docs from './documents.ts';
import { META_FIELDS, type IndexInfo, type MetaType } from './documents.ts';
import { allOf, equals, oneOf } from './filters.ts';
import { chunksCovering, rangeFromChunks, type TextInfo } from './texts.ts';
import { sortedSpeller, type Speller } from '../speller.ts';

/** Hits per request when every match is needed (a catalog, a list of ids, a text's chunks). */
export const PAGE_SIZE = 1000;

/** Every hit of a filtered browse (at most `MAX_TOTAL_HITS`), page by page. */
export async function searchAll(client: MeiliClientLike, uid: string, filter: string | undefined, extra: MeiliSearchParams = {}): Promise<MeiliHit[]> {
  const hits: MeiliHit[] = [];
  for (let page = 1; ; page++) {
    const res = await client.search(uid, { q: '', ...(filter ? { filter } : {}), page, hitsPerPage: PAGE_SIZE, ...extra });
    hits.push(...res.hits);
    if (res.hits.length < PAGE_SIZE || hits.length >= (res.totalHits ?? 0)) return hits;
  }
}

const unreadableText = (slug: string, what: string) => new EngineError(`the text of source "${slug}" ${what} in Meilisearch: rebuild the index with npm run index`);

export function createMetaReader(client: MeiliClientLike, metaUid: string) {
  const sortedByPos = { sort: [`${META_FIELDS.pos}:asc`] };

  /** The `info` record: when the live index was built and what it holds; null before any build. */
  async function info(): Promise<IndexInfo | null> {
    const hit = (await client.search(metaUid, { q: '', filter: equals(META_FIELDS.type, 'info'), hitsPerPage: 1 })).hits[0];
    return hit ? docs.fromDocument<IndexInfo>(hit) : null;
  }

  /** `load()` once per index build; a failed load is tried again next time. Null before any build. */
  function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T | null> {
    let cached: { builtAt: string; value: Promise<T> } | null = null;
    return async () => {
      const current = await info();
      if (!current) return null;
      if (cached?.builtAt !== current.builtAt) {
        const entry = { builtAt: current.builtAt, value: load() };
        entry.value.catch(() => {
          if (cached === entry) cached = null;
        });
        cached = entry;
      }
      return cached.value;
    };
  }

  /** Meta records of one type with the given slug; filters ignore case, so slugs are compared again here. */
  async function bySlug(type: MetaType, slug: string): Promise<MeiliHit | undefined> {
    const hits = await searchAll(client, metaUid, allOf([equals(META_FIELDS.type, type), equals(META_FIELDS.slug, slug)]));
    return hits.find((h) => h[META_FIELDS.slug] === slug);
  }

  /** A source's text record: its chunk list, or the whole text as an earlier version stored it. */
  async function textInfo(slug: string): Promise<TextInfo | SourceText | null> {
    const hit = await bySlug('text', slug);
    return hit ? docs.fromTextInfoDocument(hit) : null;
  }

  /** [start, end) of a chunked text: only the chunks holding it are fetched. */
  async function readRange(text: TextInfo, start: number, end: number): Promise<SourceTextRange> {
    const { first, last } = chunksCovering(text, start, end);
    const filter = allOf([equals(META_FIELDS.type, 'chunk'), equals(META_FIELDS.slug, text.slug), `${META_FIELDS.pos} ${first} TO ${last}`]);
    const hits = (await searchAll(client, metaUid, filter, sortedByPos)).filter((h) => h[META_FIELDS.slug] === text.slug);
    if (hits.length !== last - first + 1) throw unreadableText(text.slug, `is missing chunks ${first}–${last}`);
    const chunks = hits.map((h) => docs.fromDocument<unknown>(h));
    if (chunks.some((c) => typeof c !== 'string')) throw unreadableText(text.slug, 'has an unreadable chunk');
    return rangeFromChunks(text, first, chunks as string[], start, end);
  }

  const catalog = oncePerBuild<Catalog | null>(async () =>
    docs.toCatalog(await searchAll(client, metaUid, oneOf(META_FIELDS.type, ['info', 'collection', 'source', 'speaker']))),
  );

  const speller = oncePerBuild<Speller>(async () => {
    const records = (await searchAll(client, metaUid, equals(META_FIELDS.type, 'words'), sortedByPos)).map(docs.fromWordsDocument);
    // Already sorted by the indexer: only the common prefixes are computed here.
    return sortedSpeller(records.flatMap((r) => r.words), records.flatMap((r) => r.counts));
  });

  return { info, bySlug, textInfo, readRange, catalog: async () => (await catalog()) ?? null, speller };
}
