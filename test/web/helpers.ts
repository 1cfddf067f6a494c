/**
 * Apps for the web tests: the real seed corpus indexed into an in-memory embedded engine, a config
 * with logging off, and temporary copies of the corpus to edit (for 301s, 410s and escaping).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED = path.join(ROOT, 'transcripts');
export const BASE_URL = 'https://verbatim.test';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', BASE_URL, RATE_LIMIT_MAX: '0', NODE_ENV: 'test', ...env }, ROOT);
}

/** An in-memory engine holding the corpus in `dir` (the seed corpus by default). */
export async function indexedEngine(dir = SEED): Promise<SearchEngine> {
  const engine = await createEmbeddedEngine();
  const summary = await runIndex({ transcriptsDir: dir, engine });
  if (summary.rejected.length) throw new Error(`test corpus rejected: ${JSON.stringify(summary.rejected)}`);
  return engine;
}

export async function seededApp(): Promise<{ app: Express; engine: SearchEngine; config: Config }> {
  const engine = await indexedEngine();
  const config = testConfig();
  return { app: createApp({ engine, config }), engine, config };
}

/** A temporary copy of the seed corpus, to edit; `cleanup` removes it. */
export async function corpusCopy(): Promise<{ dir: string; edit: (file: string, change: (text: string) => string) => Promise<void>; write: (file: string, text: string) => Promise<void>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-web-'));
  await cp(SEED, dir, { recursive: true });
  return {
    dir,
    edit: async (file, change) => {
      const full = path.join(dir, file);
      const before = await readFile(full, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      await writeFile(full, after);
    },
    write: (file, text) => writeFile(path.join(dir, file), text),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The value of `<meta property|name="key" content="…">` in a page. */
export function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1];
}

/** The quote of the index whose text starts with `start` (ids depend on the id scheme: look them up). */
export async function quoteStarting(engine: SearchEngine, start: string): Promise<QuoteDocument> {
  const all = (await engine.dump())?.quotes ?? [];
  const found = all.filter((q) => q.text.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one quote starting "${start}", found ${found.length}`);
  return found[0]!;
}

/** Openings of seed-corpus quotes the tests use. */
export const TEXTS = {
  /** Hamoud, quoted in the first review. */
  camera: 'Whoever holds the camera is stronger',
  /** Matthew Heineman's long answer in the NPR interview. */
  heinemanTurn: 'You know I do not start out making films',
  /** The critic's two-word sentence in the first review. */
  itMust: 'It must.',
  /** Ibrahim, quoted inside a prose sentence of the second review. */
  ibrahim: 'Raqqa is in the worst state it has ever been',
} as const;

export const SOURCES = {
  review: '000-acea1c6f1abc6d80',
  headlined: '001-d12ca1375d55f297',
  interview: '003-e883455660d33f06',
} as const;
