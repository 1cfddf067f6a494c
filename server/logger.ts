/**
 * Logs (pino). Two forms of the same events: `json`, one structured record per line for log
 * collectors (production), and `pretty`, one readable line per event for a person at a terminal
 * (`npm start` in development), written by pino's own pretty printer. Messages therefore say
 * everything a person needs on their own ("a.txt:3: rejected: …"); the record's fields repeat it for
 * machines, and the pretty form leaves them out.
 *
 * Requests are logged with their id, method, path (never the query string, which holds what people
 * search for, except at debug level) and status; no header that could carry a key is ever logged.
 */
import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat, LogLevel } from './config.ts';

export type { Logger };

const REDACT = { paths: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.adminKey', '*.searchKey'], remove: true };

/** An error's message after the log message: the stack is for JSON logs and debugging, not the terminal. */
function withError(log: Record<string, unknown>, messageKey: string): string {
  const message = String(log[messageKey] ?? '');
  const err = log.err as { message?: unknown } | undefined;
  // Not twice: a message that already ends on it (pino-http's error line, `GET /x 503: …`) is left as it is.
  return err && typeof err.message === 'string' && err.message && !message.endsWith(err.message) ? `${message}: ${err.message}` : message;
}

/**
 * A logger at `level`. `destination` is where pretty lines go (standard output by default); JSON
 * records go to standard output, or to `destination` when given (tests).
 */
export function createLogger(level: LogLevel, format: LogFormat = 'json', destination?: Writable): Logger {
  if (format === 'json') return destination ? pino({ level, redact: REDACT }, destination) : pino({ level, redact: REDACT });
  const stream = pretty({
    // Synchronous, so that the last lines before an exit are written.
    sync: true,
    colorize: destination ? false : Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
    hideObject: true,
    messageFormat: withError,
    ...(destination ? { destination } : {}),
  });
  return pino({ level, redact: REDACT }, stream);
}
