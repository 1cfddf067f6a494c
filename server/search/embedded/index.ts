/**
 * The embedded search engine (the default): an in-process index with Meilisearch's query semantics.
 * See `engine.ts` for the engine, `build.ts` for the index layout, `match.ts`/`rank.ts` for the
 * query semantics and `store.ts` for the index file.
 */
export { createEmbeddedEngine } from './engine.ts';
export type { EmbeddedEngineOptions } from './options.ts';
export { embeddedIndexPath } from './store.ts';
