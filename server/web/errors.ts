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
  // Details of unexpected server errors stay in the log.
  const message = error.expose ? error.message : 'Something went wrong on our side. The error has been logged.';
  return { error: { status: error.status, code: error.code, message, ...error.details } };
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(notFound());

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = toAppError(err);
  if (error.status >= 500) req.log?.error({ err: err instanceof Error ? err : new Error(String(err)), code: error.code, reqId: req.id }, error.message);
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
  // A bad search parameter: offer the same search without it.
  const parameter = error.details.parameter;
  let retryHref: string | null = null;
  if (error.status === 400 && typeof parameter === 'string' && req.path === '/search') {
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    query.delete(parameter);
    retryHref = `/search${query.size ? `?${query}` : ''}`;
  }
  res.render('errors/error', {
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    // Server errors of unknown cause keep their details in the log, not on the page.
    message: errorBody(error).error.message,
    parameter,
    retryHref,
    source: error.details.source,
    requestId: req.id,
    // A search box helps after a bad or dead link; not when search itself is down.
    searchable: error.status !== 503 && error.status !== 429,
    hideHeaderSearch: error.status === 503,
    noindex: true,
  });
};
