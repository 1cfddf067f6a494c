/**
 * One error model for the whole server: every failure that reaches a user is an `AppError` with an
 * HTTP status, a stable machine code and a message written for people. The error handler
 * (`web/errors.ts`) turns it into an HTML page or a JSON body; nothing else formats errors.
 */

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'gone'
  | 'rate_limited'
  | 'payload_too_large'
  | 'engine_unavailable'
  | 'engine_error'
  | 'internal';

export interface ErrorDetails {
  /** The request parameter at fault, for 400s. */
  parameter?: string;
  /** Where a gone quote's source lives, for 410s (no url when the source went too). */
  source?: { slug: string; title?: string; url?: string };
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  /** Whether the message may be shown to users (5xx messages from unknown causes are not). */
  readonly expose: boolean;

  constructor(status: number, code: ErrorCode, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.expose = status < 500 || code === 'engine_unavailable';
  }
}

/** A request parameter is missing, malformed or out of bounds. The message names it. */
export function badRequest(parameter: string, message: string): AppError {
  return new AppError(400, 'bad_request', message, { parameter });
}

export function notFound(message = 'There is nothing at this address.'): AppError {
  return new AppError(404, 'not_found', message);
}

/** A permalink whose quote was removed from its source. */
export function gone(message: string, source: ErrorDetails['source']): AppError {
  return new AppError(410, 'gone', message, source ? { source } : {});
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(429, 'rate_limited', `Too many requests: try again in ${retryAfterSeconds} s.`, {
    retryAfter: retryAfterSeconds,
  });
}

export function payloadTooLarge(limit: string): AppError {
  return new AppError(413, 'payload_too_large', `The request body is larger than the ${limit} this server accepts.`);
}

/** The search engine cannot be reached, timed out, or is not ready: answered with 503. */
export class EngineUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(503, 'engine_unavailable', message, {}, options);
    this.name = 'EngineUnavailableError';
  }
}

/** The search engine answered with an error of its own (a failed task, a rejected request). */
export class EngineError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(500, 'engine_error', message, {}, options);
    this.name = 'EngineError';
  }
}

export function internal(cause: unknown): AppError {
  return new AppError(500, 'internal', 'Something went wrong on our side. The error has been logged.', {}, { cause });
}

/** Any thrown value as an AppError, keeping AppErrors as they are. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status === 413) return payloadTooLarge('limit');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const e = error as { message?: string; type?: string };
    if (e.type === 'entity.parse.failed') return badRequest('body', 'The request body is not valid JSON.');
    return new AppError(status, status === 404 ? 'not_found' : 'bad_request', e.message ?? 'Bad request.');
  }
  return internal(error);
}
