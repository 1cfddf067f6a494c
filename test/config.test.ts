import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS } from '../server/config.ts';

const cwd = '/srv/verbatim';

describe('configuration', () => {
  it('defaults to the embedded engine on localhost:3000', () => {
    expect(loadConfig({}, cwd)).toEqual({
      env: 'development',
      engine: 'embedded',
      meili: null,
      transcriptsDir: path.resolve(cwd, 'transcripts'),
      dataDir: path.resolve(cwd, 'data'),
      host: '127.0.0.1',
      port: 3000,
      baseUrl: 'http://localhost:3000',
      rateLimit: { windowMs: 60000, max: 600 },
      logLevel: 'info',
      logFormat: 'pretty',
      trustProxy: 0,
    });
  });

  it('logs readable lines in development and JSON records in production or when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, cwd).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, cwd).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }, cwd).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' }, cwd)).toThrow('LOG_FORMAT must be one of pretty, json, got "xml"');
  });

  it('chooses Meilisearch when MEILI_URL is set, with its keys and timeouts', () => {
    const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:7700/', MEILI_ADMIN_KEY: 'admin', MEILI_SEARCH_KEY: 'search', MEILI_INDEX: 'films' }, cwd);
    expect(config.engine).toBe('meilisearch');
    expect(config.meili).toEqual({ url: 'http://127.0.0.1:7700', adminKey: 'admin', searchKey: 'search', index: 'films', timeoutMs: 2000, taskTimeoutMs: 300000 });
    expect(loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', SEARCH_ENGINE: 'embedded' }, cwd).engine).toBe('embedded');
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '99999', SEARCH_ENGINE: 'elastic', MEILI_URL: 'ftp://x', RATE_LIMIT_MAX: '-1', MEILI_INDEX: 'a b' }, cwd);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'SEARCH_ENGINE must be one of embedded, meilisearch, got "elastic"',
      'MEILI_URL must use http or https, got "ftp:"',
      'MEILI_INDEX may hold only letters, digits, "-" and "_" (at most 200)',
      'PORT must be a whole number from 0 to 65535, got "99999"',
      'RATE_LIMIT_MAX must be a whole number from 0 to 10000000, got "-1"',
    ]);
  });

  it('reads numbers as plain decimal integers only (PORT=0x10 is not port 16)', () => {
    for (const bad of ['0x10', '1e3', '16.0', '+80', '0b101', '0o20', '8080abc', 'Infinity']) {
      expect(() => loadConfig({ PORT: bad }, cwd), bad).toThrow(new RegExp(`PORT must be a whole number from 0 to 65535[^"]*, got "${bad.replace('+', '\\+')}"`));
    }
    expect(() => loadConfig({ PORT: '0x10' }, cwd)).toThrow('PORT must be a whole number from 0 to 65535 in plain decimal digits, got "0x10"');
    expect(() => loadConfig({ RATE_LIMIT_MAX: '1e3' }, cwd)).toThrow(/RATE_LIMIT_MAX .* in plain decimal digits/);
    expect(loadConfig({ PORT: ' 8080 ' }, cwd).port).toBe(8080);
    expect(loadConfig({ PORT: '08080' }, cwd).port).toBe(8080);
    expect(() => loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_TIMEOUT_MS: '0x7d0' }, cwd)).toThrow(/MEILI_TIMEOUT_MS must be a whole number/);
  });

  it('requires a search-only key for Meilisearch in production, and MEILI_URL for the meilisearch engine', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MEILI_URL: 'https://search.example', MEILI_ADMIN_KEY: 'admin' }, cwd)).toThrow(/MEILI_SEARCH_KEY must be set in production/);
    expect(() => loadConfig({ SEARCH_ENGINE: 'meilisearch' }, cwd)).toThrow(/MEILI_URL is not set/);
  });

  it('lists every setting in .env.example', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(SETTINGS).sort());
  });
});
