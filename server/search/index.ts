/**
 * The one place an engine is chosen: the embedded engine by default, Meilisearch when configured.
 * Everything else holds a `SearchEngine`.
 */
import type { Config } from '../config.ts';
import type { SearchEngine } from './engine.ts';
import { createEmbeddedEngine, embeddedIndexPath } from './embedded/index.ts';
import { createThreadedEmbeddedEngine } from './embedded/threaded.ts';
import { createMeilisearchEngine } from './meilisearch/index.ts';

export interface EngineOptions {
  /** The indexer writes (admin key); the server reads (search-only key) and follows re-indexes. */
  role: 'indexer' | 'server';
  /** For the embedded engine: called when a reload of a re-indexed file fails (the old index keeps serving). */
  onReloadError?: (error: unknown) => void;
}

export async function createEngine(config: Config, options: EngineOptions): Promise<SearchEngine> {
  if (config.engine === 'meilisearch' && config.meili) {
    const { meili } = config;
    // Outside production a development server may search with the admin key; production requires a search-only key (config.ts).
    const fallback = options.role === 'server' && !meili.searchKey && config.env !== 'production' && meili.adminKey ? { ...meili, searchKey: meili.adminKey } : meili;
    return createMeilisearchEngine({ config: fallback, role: options.role });
  }
  if (options.role === 'server') {
    return createThreadedEmbeddedEngine({ dataDir: config.dataDir, watch: true, ...(options.onReloadError ? { onReloadError: options.onReloadError } : {}) });
  }
  // The indexer replaces a damaged index file rather than stopping at it (keeping what it can read of it).
  return createEmbeddedEngine({ dataDir: config.dataDir, tolerateBadFile: true, deferBuild: true });
}

export { embeddedIndexPath };
