/**
 * HTTP load against 127.0.0.1 with autocannon (50 connections, in `loadgen.ts`), and the processes
 * under test: each server and the load generator run in their own Node process, so that the server's
 * memory can be read from /proc and no process's garbage collection stalls another. Every run stops by
 * itself after a fixed number of requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Start a TypeScript entry point in its own Node process (tsx as a loader, one process). */
export function startProcess(entry: string, args: string[], env: NodeJS.ProcessEnv, stdout: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  // The child inherits this environment, plus the settings given.
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
}

/**
 * The Node flags package.json's `start` script gives the server (`tsx --max-semi-space-size=32 server/main.ts`),
 * read from there so that the bench serves with the settings a user's server has, whatever they become.
 */
export function startFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts.start!.split(' ').filter((word) => word.startsWith('--'));
}

/** Start `server/main.ts` in its own Node process as `npm start` does, with the settings given. */
export function startServer(env: NodeJS.ProcessEnv, entry = fileURLToPath(new URL('../../server/main.ts', import.meta.url))): ChildProcess {
  return spawn(process.execPath, [...startFlags(), '--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Run a TypeScript script to completion in its own Node process; its standard output. */
export function runScript(entry: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return outputOf(startProcess(entry, args, env, 'pipe'), entry);
}

/** Run a package.json script as a user does (`npm run -s NAME -- ARGS`); its standard output. */
export function runNpmScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn('npm', ['run', '-s', name, '--', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return outputOf(child, `npm run ${name}`);
}

async function outputOf(child: ChildProcess, what: string): Promise<string> {
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${what} exited with ${code}`);
  return out;
}

/**
 * Wait until `url` answers 2xx. A server that is up but keeps answering errors (a health check
 * reporting a wrong key, say) fails the wait after `degradedMs`, with what it said.
 */
export async function waitFor(url: string, timeoutMs = 120_000, degradedMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let failingSince: number | null = null;
  for (;;) {
    const res = await fetch(url).catch(() => null); // null: not listening yet
    if (res?.ok) return;
    if (res) {
      failingSince ??= Date.now();
      const said = (await res.text()).slice(0, 500);
      if (Date.now() - failingSince > degradedMs) throw new Error(`${url} keeps answering ${res.status}: ${said}`);
    } else {
      failingSince = null;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** A request other than a GET of a path: method, headers and body (the load generator's JSON lines). */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Send each request once (in order, over 50 connections unless told) from a separate load-generator process, and
 * measure. A string is a path to GET. The file of requests is private to this user (it may hold a key).
 */
export async function load(origin: string, requests: Array<string | LoadRequest>, connections = 50): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-load-'));
  const file = path.join(dir, 'requests.txt');
  await writeFile(file, requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'), { mode: 0o600 });
  try {
    const out = await runScript('scripts/bench/loadgen.ts', [origin, file, String(connections)], {});
    return JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
