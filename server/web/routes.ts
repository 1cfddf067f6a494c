/**
 * The route table. Handlers are async; Express 5 passes their errors to the error handler.
 *
 *   GET /health                 engine status (JSON)
 *   GET /api/search             search, facets; ?format=csv exports
 *   GET /api/quotes/:id         one quote with context (301 when moved, 410 when gone)
 *   GET /api/openapi.json       the API description
 */
import { Router } from 'express';
import type { Config } from '../config.ts';
import type { SearchEngine } from '../search/engine.ts';
import { apiRouter, health } from './api.ts';

export function routes(engine: SearchEngine, config: Config): Router {
  const router = Router();
  router.get('/health', (req, res) => health(engine, req, res));
  router.use('/api', apiRouter(engine, config));
  return router;
}
