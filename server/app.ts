/**
 * createApp({ engine, config }) → an Express app, without listening: `main.ts` listens, tests use
 * supertest on it directly. Security headers, request logs, rate limiting, static assets, the route
 * table and the one error handler are wired here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from './config.ts';
import { rateLimited } from './errors.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import type { SearchEngine } from './search/engine.ts';
import { rateLimit } from 'express-rate-limit';
import { errorHandler, notFoundHandler } from './web/errors.ts';
import { setupViews } from './web/render.ts';
import { requestLog } from './web/request-log.ts';
import { routes } from './web/routes.ts';

export interface AppDeps {
  engine: SearchEngine;
  config: Config;
  logger?: Logger;
  /**
   * Called whenever a reader's page is asked for (not the API, /health, a card, a download or a
   * 404). The server warms the citation thread with it: a quote page is a click away. Tests leave it out.
   */
  onPage?: () => void;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function createApp({ engine, config, logger = createLogger(config.logLevel, config.logFormat), onPage }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Search answers change with every re-index and are rarely asked twice: hashing each body for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // Repeated keys (speaker=a&speaker=b) are all a search needs; the simple parser is a fraction of qs's cost.
  app.set('query parser', 'simple');
  setupViews(app, path.join(ROOT, 'views'));

  app.use(requestLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.baseUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: config.baseUrl.startsWith('https:'),
    }),
  );
  app.use(express.json({ limit: '16kb' }));
  app.use(express.urlencoded({ extended: false, limit: '16kb' }));
  app.use('/assets', express.static(path.join(ROOT, 'public'), { maxAge: '1d', index: false, fallthrough: true }));
  if (config.rateLimit.max > 0) {
    const limiter = () =>
      rateLimit({
        windowMs: config.rateLimit.windowMs,
        limit: config.rateLimit.max,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (_req, _res, next, options) => next(rateLimited(Math.ceil(options.windowMs / 1000))),
      });
    // Pages cost the engine as much as the API does (a source page, a search with its facets), so
    // they are limited alike, each with a budget of its own. /health stays open for load balancers.
    const api = limiter();
    const pages = limiter();
    app.use('/api', api);
    app.use((req, res, next) => (req.path === '/health' || req.path === '/api' || req.path.startsWith('/api/') ? next() : pages(req, res, next)));
  }
  app.use(routes(engine, config, onPage));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
