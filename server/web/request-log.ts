/**
 * Request ids and access logs. Every response carries an `X-Request-Id` (the caller's, when it sent
 * a sane one). At `info` level and below each request is logged by pino-http with its id, method,
 * path and status — never the query string, which holds what people search for, except at `debug`.
 * Above `info` no access log is written, so no per-request logger is built: errors are still logged
 * with their request id.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.ts';

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The path asked for, without the query string (Express rewrites `url` inside routers; `originalUrl` keeps it). */
function pathOf(req: IncomingMessage): string {
  return ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0]!;
}

export function requestLog(logger: Logger): RequestHandler {
  if (!logger.isLevelEnabled('info')) {
    return (req, res, next) => {
      req.id = requestId(req, res);
      req.log = logger;
      next();
    };
  }
  return pinoHttp({
    logger,
    genReqId: requestId,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0], ...(logger.isLevelEnabled('debug') ? { url: req.url } : {}) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // A message that reads on its own in the pretty form: "GET /search 200 (12 ms)".
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} (${Math.round(ms)} ms)`,
    customErrorMessage: (req, res, err) => `${req.method} ${pathOf(req)} ${res.statusCode}: ${err.message}`,
  });
}
