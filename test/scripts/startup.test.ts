/**
 * `npm start` and `npm run index` when something is wrong: each failure is one message naming the
 * setting or file and what to do, with exit status 2 (configuration) or 1 (data), never a stack
 * trace; a damaged index does not stop the server, which reports it on /health and rebuilds it.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/load.ts';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const NO_SPACE = path.resolve('test/fixtures/preload/no-space.mjs');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-startup-'));
  cpSync(path.resolve('transcripts'), path.join(dir, 'transcripts'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a run: Vite's BASE_URL=/ is not ours. */
function envOf(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _vite, ...inherited } = process.env;
  return { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'silent', SEARCH_ENGINE: 'embedded', ...extra };
}

async function runTsx(entry: string, env: Record<string, string>, preload?: string) {
  const args = [...(preload ? ['--import', preload] : []), path.resolve(entry)];
  try {
    const { stdout, stderr } = await run(TSX, args, { env: envOf(env), cwd: path.resolve('.'), timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('npm start refuses to start, saying why', () => {
  it('exits 2 naming TRANSCRIPTS_DIR when the folder is missing', async () => {
    const { code, stderr } = await runTsx('server/main.ts', { TRANSCRIPTS_DIR: path.join(dir, 'nowhere'), DATA_DIR: path.join(dir, 'data-missing'), PORT: '0' });
    expect(code).toBe(2);
    expect(stderr).toContain(`TRANSCRIPTS_DIR ${path.join(dir, 'nowhere')} does not exist: create it`);
    noStack(stderr);
  });

  it('exits 2 naming PORT when the port is in use', async () => {
    const port = await freePort();
    const taken: Server = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    try {
      const { code, stderr } = await runTsx('server/main.ts', { TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: path.join(dir, 'data-port'), PORT: String(port) });
      expect(code).toBe(2);
      expect(stderr).toContain(`PORT ${port} is already in use on 127.0.0.1: stop the program using it, or set PORT to a free port.`);
      noStack(stderr);
    } finally {
      taken.close();
    }
  });

  it('exits 2 naming a setting that is not a plain number', async () => {
    const { code, stderr } = await runTsx('server/main.ts', { PORT: '0x10' });
    expect(code).toBe(2);
    expect(stderr).toContain('PORT must be a whole number from 0 to 65535 in plain decimal digits, got "0x10"');
  });

  it('exits 1 when the disk is full on the first index, naming the file', async () => {
    const data = path.join(dir, 'data-full');
    const { code, stderr } = await runTsx('server/main.ts', { TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: data, PORT: '0' }, NO_SPACE);
    expect(code).toBe(1);
    expect(stderr).toContain(`No space left to write the index in DATA_DIR (${data}): free some space on that disk (or set DATA_DIR to a folder on another) and run again.`);
    noStack(stderr);
  });
});

describe('npm run index', () => {
  it('exits 2 naming TRANSCRIPTS_DIR when it is missing, and 1 when the disk is full', async () => {
    const missing = await runTsx('scripts/index.ts', { TRANSCRIPTS_DIR: path.join(dir, 'nowhere'), DATA_DIR: path.join(dir, 'data-idx') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('TRANSCRIPTS_DIR');
    noStack(missing.stderr);
    const full = await runTsx('scripts/index.ts', { TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: path.join(dir, 'data-idx') }, NO_SPACE);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/Indexing failed: No space left to write .*: free some space/);
    noStack(full.stderr);
  });

  it('rebuilds over a damaged index, keeping the permalink records it can still read', async () => {
    const env = { TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: path.join(dir, 'data-salvage') };
    expect((await runTsx('scripts/index.ts', env)).code).toBe(0);
    const file = path.join(env.DATA_DIR, 'embedded-index.ndjson');
    // An old id whose record says where it moved, then the file cut off in the middle of the quotes.
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.counts.permalinks = 1;
    const record = { id: 'old-id-123', status: 'gone', source: '000-acea1c6f1abc6d80', text: 'An old line', at: header.builtAt };
    const firstQuote = lines.findIndex((l) => l.startsWith('{"quote"'));
    writeFileSync(file, [JSON.stringify(header), ...lines.slice(1, firstQuote), JSON.stringify({ permalink: record }), ...lines.slice(firstQuote, firstQuote + 5), lines[firstQuote + 5]!.slice(0, 40)].join('\n'));
    const rebuilt = await runTsx('scripts/index.ts', env);
    expect(rebuilt.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('"id":"old-id-123"');
  });
});

/** Start the server; resolves once it listens, with a way to read /health and to stop it. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('server/main.ts')], { env: envOf({ ...env, PORT: String(port) }), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const health = async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    return res ? { status: res.status, body: (await res.json()) as { status: string; detail?: string; quotes: number | null } } : null;
  };
  for (let i = 0; i < 300 && (await health()) === null; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { health, stop: () => child.kill('SIGTERM'), stderr: () => stderr };
}

describe('a damaged index', () => {
  for (const [what, damage] of [
    ['a truncated index file', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    ['an empty index file', (file: string) => writeFileSync(file, '')],
  ] as const) {
    it(`(${what}) leaves the server up, unhealthy with the reason, until it has rebuilt the index`, async () => {
      const data = path.join(dir, `data-${what.replace(/\W+/g, '-')}`);
      const env = { TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: data };
      expect((await runTsx('scripts/index.ts', env)).code).toBe(0);
      damage(path.join(data, 'embedded-index.ndjson'));
      const server = await startServer(env);
      try {
        const first = await server.health();
        // Either still rebuilding (503, saying why) or already rebuilt: never "ok" on a damaged index.
        if (first!.status === 503) {
          expect(first!.body.status).toBe('degraded');
          expect(first!.body.detail).toMatch(/embedded-index\.ndjson is damaged at line \d+: .* — it (is being rebuilt from the transcripts|was rebuilt)/);
        }
        let now = first;
        for (let i = 0; i < 300 && now?.status !== 200; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          now = await server.health();
        }
        expect(now).toMatchObject({ status: 200, body: { status: 'ok', quotes: 76 } });
        noStack(server.stderr());
      } finally {
        server.stop();
      }
    }, 60_000);
  }
});
