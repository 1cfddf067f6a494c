/**
 * The one place an engine is chosen: the embedded engine by default, Meilisearch when configured.
 * Everything else holds a `SearchEngine`.
 */
import type { Config } from '../config.ts';
import type { SearchEngine } from './engine.ts';
import { createEmbeddedEngine, embeddedIndexPath } from './embedded/index.ts';
import { createMeilisearchEngine } from './meilisearch.ts';

export interface EngineOptions {
  /** The indexer writes (admin key); the server reads (search-only key) and follows re-indexes. */
  role: 'indexer' | 'server';
  /** For the embedded engine: called when a reload of a re-indexed file fails (the old index keeps serving). */
  onReloadError?: (error: unknown) => void;
}

export async function createEngine(config: Config, options: EngineOptions): Promise<SearchEngine> {
  if (config.engine === 'meilisearch' && config.meili) {
    return createMeilisearchEngine({ config: config.meili, role: options.role });
  }
  return createEmbeddedEngine({
    dataDir: config.dataDir,
    watch: options.role === 'server',
    ...(options.onReloadError ? { onReloadError: options.onReloadError } : {}),
  });
}

export { embeddedIndexPath };
