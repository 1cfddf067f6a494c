/**
 * The JSON API: search (and its CSV export), one quote with its context, and health. Described by
 * the OpenAPI document at /api/openapi.json.
 */
import { Router, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import type { SearchEngine } from '../search/engine.ts';
import { sendCsv } from './export.ts';
import { quoteJson, searchJsonText } from '../search/wire.ts';
import { givenOnce, parseSearchParams, toSearchRequest } from './params.ts';
import { lookupQuote } from './quote-data.ts';
import { openApiDocument } from './openapi.ts';
import { labelsFor } from './labels.ts';
import { quoteCitation } from './citations/page.ts';
import { citationJson } from './citations/view.ts';
import { verifyApi } from './verify/api.ts';

/** Bytes from another thread as a Buffer over the same memory (Express sends a Buffer as it is). */
const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function apiRouter(engine: SearchEngine, config: Config): Router {
  const router = Router();
  const base = config.baseUrl;

  router.get('/search', async (req: Request, res: Response) => {
    const params = parseSearchParams(req);
    const request = toSearchRequest(params);
    if (params.format === 'csv') {
      await sendCsv(res, engine, request, base);
      return;
    }
    // An engine that searches on another thread serializes there too: only the answer's bytes cross back.
    const body = engine.searchJson ? bufferOf(await engine.searchJson(request, base)) : searchJsonText(params.q, await engine.search(request), base);
    res.type('json').send(body);
  });

  router.get('/quotes/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const found = await lookupQuote(engine, id);
    if (found.status === 'moved') {
      // The query goes along (`?w=4-10`), as on the quote page.
      const query = req.originalUrl.indexOf('?');
      res.redirect(301, `/api/quotes/${encodeURIComponent(found.to)}${query === -1 ? '' : req.originalUrl.slice(query)}`);
      return;
    }
    const c = found.context;
    // One word range is cited: `?w=1-2&w=4-10` is a 400 naming w, not a citation of neither (as on the page, `from` and `to` too).
    givenOnce(req, 'w', 'from', 'to');
    const { citation, excerpt } = await quoteCitation(engine, c, labelsFor(await engine.catalog()), base, req);
    res.json({
      quote: quoteJson(c.quote, base),
      context: { before: c.before.map((q) => quoteJson(q, base)), after: c.after.map((q) => quoteJson(q, base)) },
      quotedIn: c.quotedIn.map((q) => quoteJson(q, base)),
      reproduces: c.reproduces ? quoteJson(c.reproduces, base) : null,
      source: c.source,
      speaker: c.speaker,
      ...(excerpt ? { excerpt: { words: `${excerpt.from}-${excerpt.to}`, text: excerpt.text, url: `${base}/q/${encodeURIComponent(c.quote.id)}?w=${excerpt.from}-${excerpt.to}` } } : {}),
      citations: citationJson(citation),
    });
  });

  router.get('/verify', verifyApi(engine, config));
  router.post('/verify', verifyApi(engine, config));

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(base));
  });
  return router;
}

/** GET /health: the engine's state and size; 503 when degraded, so load balancers can tell. */
export async function health(engine: SearchEngine, _req: Request, res: Response): Promise<void> {
  const state = await engine.health();
  const stats = state.ok ? await engine.stats().catch(() => null) : null;
  res.status(state.ok && stats ? 200 : 503).json({
    status: state.ok && stats ? 'ok' : 'degraded',
    engine: engine.name,
    quotes: stats?.quotes ?? null,
    ...(stats?.builtAt ? { builtAt: stats.builtAt } : {}),
    ...(state.ok ? {} : { detail: state.detail }),
  });
}
