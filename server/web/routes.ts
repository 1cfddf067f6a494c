/**
 * The route table. Handlers are async; Express 5 passes their errors to the error handler.
 *
 *   GET /                       home: search box, collections, speakers, sources
 *   GET /search                 search results, facets, filters, pagination (HTML)
 *   GET /q/:id                  a quote's permalink (301 when moved, 410 when gone)
 *   GET /q/:id/cite.bib         its citation as BibTeX
 *   GET /q/:id/cite.json        its citation as CSL-JSON
 *   GET /speakers               everyone who speaks
 *   GET /speakers/:slug         one speaker: sources, quotes, a search within their words
 *   GET /sources                every source, by collection
 *   GET /sources/:slug          one source in full, every quote anchored by its id
 *   GET|POST /verify            check a remembered line: verdicts, word differences, citations
 *   GET /cards/…/:x.png         share cards (quote, speaker, source), 1200×630 PNG
 *   GET /health                 engine status (JSON)
 *   GET /api/search             search, facets; ?format=csv exports
 *   GET|POST /api/verify        the same check as JSON
 *   GET /api/quotes/:id         one quote with context and citations (301 when moved, 410 when gone)
 *   GET /api/openapi.json       the API description
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import type { SearchEngine } from '../search/engine.ts';
import { apiRouter, health } from './api.ts';
import { homePage } from './home.ts';
import { citationDownload, quotePage } from './quotes.ts';
import { searchPage } from './search.ts';
import { sourcePage, sourcesIndex } from './sources.ts';
import { speakerPage, speakersIndex } from './speakers.ts';
import { verifyPage } from './verify/page.ts';
import { cardHandler } from './cards/routes.ts';

export function routes(engine: SearchEngine, config: Config, onPage?: () => void): Router {
  const router = Router();
  // The API first: it takes most of the traffic, and is then matched before any page route.
  router.use('/api', apiRouter(engine, config));
  router.get('/health', (req, res) => health(engine, req, res));
  // A page a reader opens (not a card a crawler fetches, a download, or a 404) tells `onPage`.
  const page = (_req: Request, _res: Response, next: NextFunction) => {
    onPage?.();
    next();
  };
  router.get('/', page, (req, res) => homePage(engine, req, res));
  router.get('/search', page, (req, res) => searchPage(engine, req, res));
  router.get('/q/:id', page, (req, res) => quotePage(engine, config, req, res));
  router.get('/q/:id/cite.bib', (req, res) => citationDownload(engine, config, 'bib', req, res));
  router.get('/q/:id/cite.json', (req, res) => citationDownload(engine, config, 'json', req, res));
  router.get('/verify', page, (req, res) => verifyPage(engine, config, req, res));
  router.post('/verify', (req, res) => verifyPage(engine, config, req, res));
  router.get('/cards/q/:file', cardHandler(engine, config, 'q'));
  router.get('/cards/speakers/:file', cardHandler(engine, config, 'speakers'));
  router.get('/cards/sources/:file', cardHandler(engine, config, 'sources'));
  router.get('/speakers', page, (req, res) => speakersIndex(engine, req, res));
  router.get('/speakers/:slug', page, (req, res) => speakerPage(engine, config, req, res));
  router.get('/sources', page, (req, res) => sourcesIndex(engine, req, res));
  router.get('/sources/:slug', page, (req, res) => sourcePage(engine, config, req, res));
  return router;
}
