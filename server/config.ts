/**
 * Every setting, read and validated in one place. This is the only module that reads
 * `process.env`; everything else receives a `Config`. A bad value stops start-up with a message
 * naming the variable, what it holds and what it should hold.
 */
import path from 'node:path';
import { z } from 'zod';

export type EngineChoice = 'embedded' | 'meilisearch';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** `pretty`: one readable line per event, for people at a terminal; `json`: one pino record per line, for machines. */
export type LogFormat = 'pretty' | 'json';

export interface MeiliConfig {
  url: string;
  /** Used by the indexer only: creates indexes, writes documents, swaps. */
  adminKey?: string;
  /** Used by the server only: search requests. Never shown to a browser or written to a log. */
  searchKey?: string;
  /** Name of the live quotes index; its catalog lives in `<index>_meta`. */
  index: string;
  /** How long the server waits for one Meilisearch request before answering 503. */
  timeoutMs: number;
  /** How long the indexer waits for one Meilisearch task (settings, a batch, a swap). */
  taskTimeoutMs: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  engine: EngineChoice;
  /** Set when `engine` is `meilisearch`. */
  meili: MeiliConfig | null;
  /** Absolute path of the corpus folder. */
  transcriptsDir: string;
  /** Absolute path where the embedded engine keeps its index. */
  dataDir: string;
  host: string;
  port: number;
  /** Public origin used in permalinks, citations and canonical links, without a trailing slash. */
  baseUrl: string;
  /** Requests allowed per client and window (the API and the pages each); 0 turns rate limiting off. */
  rateLimit: { windowMs: number; max: number };
  logLevel: LogLevel;
  /** How logs are written: readable lines in development, JSON records in production. */
  logFormat: LogFormat;
  /** Trust `X-Forwarded-*` from this many proxies (0: none), for client IPs behind a load balancer. */
  trustProxy: number;
}

/** The settings, their defaults and meaning, as `.env.example` and the README list them. */
export const SETTINGS = {
  SEARCH_ENGINE: 'embedded | meilisearch (default: meilisearch when MEILI_URL is set, else embedded)',
  MEILI_URL: 'Meilisearch server URL, e.g. http://127.0.0.1:7700',
  MEILI_ADMIN_KEY: 'admin API key, used by `npm run index` only',
  MEILI_SEARCH_KEY: 'search-only API key, used by the web server',
  MEILI_INDEX: 'index name (default quotes; the catalog is <name>_meta)',
  MEILI_TIMEOUT_MS: 'per-request timeout of the web server, in ms (default 2000)',
  MEILI_TASK_TIMEOUT_MS: 'indexer wait per Meilisearch task, in ms (default 300000)',
  TRANSCRIPTS_DIR: 'corpus folder (default transcripts)',
  DATA_DIR: 'where the embedded engine stores its index (default data)',
  HOST: 'address to listen on (default 127.0.0.1)',
  PORT: 'port to listen on (default 3000)',
  BASE_URL: 'public origin for permalinks and citations (default http://localhost:PORT)',
  RATE_LIMIT_WINDOW_MS: 'rate-limit window, in ms (default 60000)',
  RATE_LIMIT_MAX: 'requests per client per window, counted apart for the API and for pages (default 600; 0 disables)',
  LOG_LEVEL: 'fatal | error | warn | info | debug | trace | silent (default info; silent under test)',
  LOG_FORMAT: 'pretty | json (default json when NODE_ENV=production, else pretty)',
  TRUST_PROXY: 'number of reverse proxies in front of the server (default 0)',
  NODE_ENV: 'development | production | test',
} as const;

/** Start-up stops with this: one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A plain decimal integer, as people write one: digits only. `Number()` would also take `0x10`,
 * `1e3`, `0b1` or `16.0`, so that PORT=0x10 listened on port 16; those are refused.
 */
export function parseDecimal(text: string): number | null {
  const v = text.trim();
  return /^[0-9]{1,15}$/.test(v) ? Number(v) : null;
}

const int = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = parseDecimal(v);
      if (n === null || n < min || n > max) {
        const digits = n === null && /^\s*-?[0-9]/.test(v) && !/^\s*-?[0-9]+\s*$/.test(v) ? ' in plain decimal digits' : '';
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max}${digits}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const url = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      let parsed: URL;
      try {
        parsed = new URL(v);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name} must be a URL such as http://127.0.0.1:7700, got "${v}"` });
        return z.NEVER;
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `${name} must use http or https, got "${parsed.protocol}"` });
        return z.NEVER;
      }
      return v.replace(/\/+$/, '');
    });

const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      if (!(values as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be one of ${values.join(', ')}, got "${v}"` });
        return z.NEVER;
      }
      return v as T;
    });

const schema = z.object({
  NODE_ENV: oneOf('NODE_ENV', ['development', 'production', 'test'] as const),
  SEARCH_ENGINE: oneOf('SEARCH_ENGINE', ['embedded', 'meilisearch'] as const),
  MEILI_URL: url('MEILI_URL'),
  MEILI_ADMIN_KEY: z.string().optional(),
  MEILI_SEARCH_KEY: z.string().optional(),
  MEILI_INDEX: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^[A-Za-z0-9_-]{1,200}$/.test(v), {
      message: 'MEILI_INDEX may hold only letters, digits, "-" and "_" (at most 200)',
    }),
  MEILI_TIMEOUT_MS: int('MEILI_TIMEOUT_MS', 50, 600_000, 2000),
  MEILI_TASK_TIMEOUT_MS: int('MEILI_TASK_TIMEOUT_MS', 1000, 86_400_000, 300_000),
  TRANSCRIPTS_DIR: z.string().optional(),
  DATA_DIR: z.string().optional(),
  HOST: z.string().optional(),
  PORT: int('PORT', 0, 65535, 3000),
  BASE_URL: url('BASE_URL'),
  RATE_LIMIT_WINDOW_MS: int('RATE_LIMIT_WINDOW_MS', 1000, 86_400_000, 60_000),
  RATE_LIMIT_MAX: int('RATE_LIMIT_MAX', 0, 10_000_000, 600),
  LOG_LEVEL: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
  LOG_FORMAT: oneOf('LOG_FORMAT', ['pretty', 'json'] as const),
  TRUST_PROXY: int('TRUST_PROXY', 0, 10, 0),
});

/** Read and validate the settings; throws `ConfigError` listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  const e = parsed.data;
  const problems: string[] = [];

  const engine: EngineChoice = e.SEARCH_ENGINE ?? (e.MEILI_URL ? 'meilisearch' : 'embedded');
  let meili: MeiliConfig | null = null;
  if (engine === 'meilisearch') {
    if (!e.MEILI_URL) problems.push('SEARCH_ENGINE is meilisearch but MEILI_URL is not set');
    else
      meili = {
        url: e.MEILI_URL,
        ...(e.MEILI_ADMIN_KEY ? { adminKey: e.MEILI_ADMIN_KEY } : {}),
        ...(e.MEILI_SEARCH_KEY ? { searchKey: e.MEILI_SEARCH_KEY } : {}),
        index: e.MEILI_INDEX || 'quotes',
        timeoutMs: e.MEILI_TIMEOUT_MS,
        taskTimeoutMs: e.MEILI_TASK_TIMEOUT_MS,
      };
  }
  const nodeEnv = e.NODE_ENV ?? (env.VITEST ? 'test' : 'development');
  if (nodeEnv === 'production' && engine === 'meilisearch' && !e.MEILI_SEARCH_KEY) {
    problems.push('MEILI_SEARCH_KEY must be set in production: the web server searches with a search-only key');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const port = e.PORT;
  return {
    env: nodeEnv,
    engine,
    meili,
    transcriptsDir: path.resolve(cwd, e.TRANSCRIPTS_DIR || 'transcripts'),
    dataDir: path.resolve(cwd, e.DATA_DIR || 'data'),
    host: e.HOST || '127.0.0.1',
    port,
    baseUrl: e.BASE_URL ?? `http://localhost:${port}`,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, max: e.RATE_LIMIT_MAX },
    logLevel: e.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    // Log collectors parse JSON; people read lines.
    logFormat: e.LOG_FORMAT ?? (nodeEnv === 'production' ? 'json' : 'pretty'),
    trustProxy: e.TRUST_PROXY,
  };
}
