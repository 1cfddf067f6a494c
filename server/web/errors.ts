/**
 * The one error handler: every error becomes an `AppError` and is answered as JSON for the API (and
 * for clients that ask for JSON) or as an HTML error page for browsers. Server errors are logged
 * with the request id; their details never reach the client.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { notFound, toAppError, type AppError } from '../errors.ts';

/** JSON for /api and /health, and for clients that prefer it; HTML otherwise. */
export function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path === '/health' || req.accepts(['html', 'json']) === 'json';
}

const TITLES: Record<number, string> = {
  400: 'That request could not be understood',
  404: 'Page not found',
  410: 'This quote is gone',
  413: 'Request too large',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Search is unavailable',
};

export function errorBody(error: AppError) {
  return { error: { status: error.status, code: error.code, message: error.message, ...error.details } };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(notFound());

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = toAppError(err);
  if (error.status >= 500) req.log?.error({ err: err instanceof Error ? err : new Error(String(err)), code: error.code }, error.message);
  if (res.headersSent) {
    res.end();
    return;
  }
  if (error.status === 429 && typeof error.details.retryAfter === 'number') res.set('Retry-After', String(error.details.retryAfter));
  if (error.status === 503) res.set('Retry-After', '10');
  res.status(error.status);
  if (wantsJson(req)) {
    res.json(errorBody(error));
    return;
  }
  res.render('errors/error', {
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    message: error.message,
    parameter: error.details.parameter,
    source: error.details.source,
    requestId: req.id,
  });
};
