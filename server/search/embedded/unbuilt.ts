/**
 * A snapshot whose index is not built yet (`deferBuild`), and what it can answer without one. The
 * indexer asks the index it loaded, and the one it wrote, only for quotes, permalinks, the catalog and
 * source texts: each is in the snapshot as it is, so re-indexing does not build the previous index
 * just to read them back. The answers are the ones a built index gives (quotes in `order`, one
 * permalink record per id).
 */
import type { Catalog, IndexDump, IndexSnapshot, SourceText } from '../engine.ts';
import { buildIndex } from './build.ts';
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
      texts ??= new Map((snapshot.texts ?? []).map((t) => [t.slug, t]));
      return texts.get(slug) ?? null;
    },
    dump() {
      // As buildIndex orders its documents (a stable sort) and keys its permalink records.
      const quotes = snapshot.quotes.slice().sort((a, b) => a.order - b.order);
      if (!catalog && quotes.length === 0) return null;
      return { quotes, permalinks: [...new Map((snapshot.permalinks ?? []).map((p) => [p.id, p])).values()], catalog };
    },
  };
}
