/**
 * `npm start` as a new user sees it in a terminal: readable lines (what was indexed, the address to
 * open), not JSON records; and JSON records in production, for log collectors.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-start-'));
  cpSync(path.resolve('transcripts'), path.join(dir, 'transcripts'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start the server, wait for its "serving" line, ask it for /health, stop it; its whole output. */
async function start(env: Record<string, string>): Promise<{ out: string; health: number }> {
  // Vite puts BASE_URL=/ into the test process's environment; the server must not inherit it, nor a
  // Meilisearch set for the engine tests (this is `npm start` as a fresh clone runs it: embedded).
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'BASE_URL' && key !== 'SEARCH_ENGINE' && !key.startsWith('MEILI_')));
  const child = spawn(TSX, [path.resolve('server/main.ts')], {
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'info', TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stderr.on('data', (chunk) => (out += String(chunk)));
  // 'close', not 'exit': the last lines may still be in the pipe when the process has exited (seen under load).
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /serving (http:\/\/localhost:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      void exited.then(() => reject(new Error(`the server exited before serving:\n${out}`)));
    });
    const health = (await fetch(`${url}/health`)).status;
    child.kill('SIGTERM');
    await exited;
    return { out, health };
  } finally {
    child.kill('SIGKILL');
  }
}

describe('npm start', () => {
  it('prints readable lines: what it indexed and the address to open', async () => {
    const { out, health } = await start({ NODE_ENV: 'development', DATA_DIR: path.join(dir, 'data-dev') });
    expect(health).toBe(200);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: No index yet: indexing .*transcripts first$/);
    expect(out).toMatch(/INFO: Indexed 4 sources, \d+ quotes by \d+ speakers/);
    expect(out).toMatch(/INFO: Verbatim is serving http:\/\/localhost:\d+ \(embedded engine, \d+ quotes\)\. Ctrl-C stops it\.$/m);
    expect(out).toMatch(/INFO: SIGTERM: finishing the requests in flight, then stopping/);
    // Not a JSON record in sight.
    expect(out).not.toMatch(/[{}]/);
  }, 120_000);

  it('counts the files it could not read and the files it skipped in its summary, beside the warnings', async () => {
    const bad = path.join(dir, 'with-bad');
    cpSync(path.join(dir, 'transcripts'), bad, { recursive: true });
    writeFileSync(path.join(bad, 'export.json'), '{"speakers": [], "lines": []}\n');
    // A link to a transcript kept elsewhere is not followed: a folder of such links indexed nothing and said nothing why.
    writeFileSync(path.join(dir, 'elsewhere.txt'), 'HOST: Welcome.\n\nGUEST: Thank you.\n');
    symlinkSync(path.join(dir, 'elsewhere.txt'), path.join(bad, 'linked.txt'));
    const { out } = await start({ NODE_ENV: 'development', DATA_DIR: path.join(dir, 'data-bad'), TRANSCRIPTS_DIR: bad });
    expect(out).toMatch(/WARN: export\.json: rejected: /);
    expect(out).toMatch(/INFO: linked\.txt: skipped: is a link to a file outside the transcripts folder/);
    expect(out).toMatch(/INFO: Indexed 4 sources, \d+ quotes by \d+ speakers \((?:\d+ warnings?, )?1 file not read, 1 file skipped: see above\)$/m);
  }, 120_000);

  it('writes JSON records in production', async () => {
    const { out } = await start({ NODE_ENV: 'production', DATA_DIR: path.join(dir, 'data-prod') });
    const records = out.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; level: number });
    expect(records.find((r) => r.msg.startsWith('Verbatim is serving'))).toMatchObject({ level: 30, engine: 'embedded' });
  }, 120_000);
});
