/**
 * Structured logs (pino). Requests are logged with their id, method, path (never the query string,
 * which holds what people search for, except at debug level) and status; no header that could carry
 * a key is ever logged.
 */
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.adminKey', '*.searchKey'], remove: true },
  });
}
