/**
 * The Meilisearch engine (production, and the way past one machine): the official client over
 * kept-alive HTTP (`client.ts`, `http.ts`). See `engine.ts` for the engine, `documents.ts` for what
 * is stored, `search.ts` for the search requests and their answers, `indexing.ts` for the atomic
 * re-index and `lock.ts` for one indexer at a time.
 */
export { createMeilisearchEngine } from './engine.ts';
export type { MeiliClientLike } from './client.ts';
