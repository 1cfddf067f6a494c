/**
 * createApp({ engine, config }) → an Express app, without listening: `main.ts` listens, tests use
 * supertest on it directly. Security headers, request logs, rate limiting, static assets, the route
 * table and the one error handler are wired here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Config } from './config.ts';
import { rateLimited } from './errors.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import type { SearchEngine } from './search/engine.ts';
import { rateLimit } from 'express-rate-limit';
import { errorHandler, notFoundHandler } from './web/errors.ts';
import { setupViews } from './web/render.ts';
import { routes } from './web/routes.ts';

export interface AppDeps {
  engine: SearchEngine;
  config: Config;
  logger?: Logger;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function createApp({ engine, config, logger = createLogger(config.logLevel) }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'extended');
  setupViews(app, path.join(ROOT, 'views'));

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Paths only: query strings hold what people search for (logged at debug level).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0], ...(logger.isLevelEnabled('debug') ? { url: req.url } : {}) }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
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
    app.use(
      '/api',
      rateLimit({
        windowMs: config.rateLimit.windowMs,
        limit: config.rateLimit.max,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (_req, _res, next, options) => next(rateLimited(Math.ceil(options.windowMs / 1000))),
      }),
    );
  }
  app.use(routes(engine, config));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
