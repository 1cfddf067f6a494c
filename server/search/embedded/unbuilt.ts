/**
 * A snapshot whose index is not built yet (`deferBuild`), and what it can answer without one. The
 * indexer asks the index it loaded, and the one it wrote, only for quotes, permalinks, the catalog and
 * source texts: each is in the snapshot as it is, so re-indexing does not build the previous index
 * just to read them back. The answers are the ones a built index gives (quotes in `order`, one
 * permalink record per id).
 */
import type { Catalog, IndexDump, IndexSnapshot, SourceText } from '../engine.ts';
import { buildIndex, dumpOf, inDocumentOrder, permalinksById, textsBySlug } from './build.ts';
import type { EmbeddedIndex } from './layout.ts';

export interface Unbuilt {
  build(): Promise<EmbeddedIndex>;
  readonly catalog: Catalog | null;
  text(slug: string): SourceText | null;
  dump(): IndexDump | null;
}

export function unbuilt(snapshot: IndexSnapshot): Unbuilt {
  let texts: Map<string, SourceText> | null = null;
  const catalog = snapshot.catalog ?? null;
  return {
    build: () => buildIndex(snapshot),
    catalog,
    text(slug) {
      texts ??= textsBySlug(snapshot.texts ?? []);
      return texts.get(slug) ?? null;
    },
    dump: () => dumpOf(inDocumentOrder(snapshot.quotes), permalinksById(snapshot.permalinks ?? []), catalog),
  };
}
