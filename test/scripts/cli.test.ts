import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function cli(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    // Vite puts BASE_URL=/ into the test process's environment; the scripts must not inherit it.
    const { BASE_URL: _vite, ...inherited } = process.env;
    const { stdout, stderr } = await run(TSX, [path.resolve('scripts', script), ...args], { env: { ...inherited, ...env, NODE_ENV: 'test' }, cwd: path.resolve('.') });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-cli-'));
  cpSync(path.resolve('transcripts'), path.join(dir, 'transcripts'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run inspect', () => {
  it('prints only { source, quotes } JSON with --json', async () => {
    const { code, stdout } = await cli('inspect.ts', ['transcripts/city-of-ghosts/003_e883455660d33f06.txt', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { source: Record<string, unknown>; quotes: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['source', 'quotes']);
    expect(parsed.source).toMatchObject({ slug: '003-e883455660d33f06', reader: 'unlabelled', layout: 'transcript', meta: { kind: 'interview' } });
    expect(parsed.source).not.toHaveProperty('text');
    expect(parsed.quotes).toHaveLength(23);
    expect(parsed.quotes[5]).toMatchObject({ text: 'Thanks for having us.', kind: 'turn', speaker: { slug: 'matthew-heineman', name: 'Matthew Heineman', role: 'director' }, attribution: { method: 'introduction' } });
  });

  it('reads a file outside transcripts/, with --kind, as a table', async () => {
    const file = path.join(dir, 'loose.txt');
    writeFileSync(file, 'HOLT: Good evening from Hofstra University.\n\nCLINTON: How are you, Donald?\n');
    const { code, stdout } = await cli('inspect.ts', [file, '--kind', 'interview']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/interview · labelled transcript · text · 2 quotes/);
    expect(stdout).toContain('Holt');
    expect(stdout).toContain('How are you, Donald?');
  });

  it('names the file and line of bad input, and the parameter of a bad option', async () => {
    const file = path.join(dir, 'broken.md');
    writeFileSync(file, '---\ntitle: [oops\n---\nText\n');
    // Broken front matter is a warning: the text is still read, without its metadata.
    const broken = await cli('inspect.ts', [file]);
    expect(broken.code).toBe(0);
    const warning = broken.stderr.split('\n').find((l) => l.startsWith(`warning: ${file}:3: invalid YAML: `));
    expect(warning).toMatch(/; the metadata was ignored$/);
    expect(broken.stdout).toContain('Text');
    const cues = path.join(dir, 'bad.srt');
    writeFileSync(cues, '1\n00:00:01,000 --> 00:00:0x,000\nText\n');
    const unreadable = await cli('inspect.ts', [cues]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(`error: ${cues}:2: cue timing "00:00:01,000 --> 00:00:0x,000" could not be read`);
    expect(unreadable.stdout).toBe('');
    const badKind = await cli('inspect.ts', [file, '--kind', 'movie']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind must be one of interview, podcast, oral-history, film, review, article, got "movie".');
  });

  it('ends quietly when what reads its output stops early (`| head -1`)', async () => {
    // A long table, and a reader that takes its first chunk and closes the pipe.
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => `${i % 2 ? 'HOLT' : 'CLINTON'}: Sentence number ${i} of a long debate.\n\n`).join(''));
    const { BASE_URL: _vite, ...inherited } = process.env;
    const child = spawn(TSX, [path.resolve('scripts/inspect.ts'), file], { env: { ...inherited, NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});

describe('npm run index', () => {
  const env = () => ({ TRANSCRIPTS_DIR: path.join(dir, 'transcripts'), DATA_DIR: path.join(dir, 'data'), SEARCH_ENGINE: 'embedded' });

  it('indexes, reports, and exits 0; a dry run writes nothing', async () => {
    const dry = await cli('index.ts', ['--dry-run', '--json'], env());
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, quotes: 76 });
    expect(existsSync(path.join(dir, 'data', 'embedded-index.ndjson'))).toBe(false);
    const real = await cli('index.ts', [], env());
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Indexed 4 sources, 76 quotes \(23 turns, 9 quotations, 44 prose lines\)/);
    expect(existsSync(path.join(dir, 'data', 'embedded-index.ndjson'))).toBe(true);
  });

  it('exits 1 naming a rejected file, still publishing the rest', async () => {
    writeFileSync(path.join(dir, 'transcripts', 'city-of-ghosts', 'bad.srt'), '1\n00:00:01,000 --> 00:00:0x,000\nText\n');
    const { code, stdout } = await cli('index.ts', [], env());
    rmSync(path.join(dir, 'transcripts', 'city-of-ghosts', 'bad.srt'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/Rejected files \(1\):\n {2}city-of-ghosts\/bad\.srt:2: cue timing/);
    expect(stdout).toMatch(/Indexed 4 sources, 76 quotes/);
  });

  it('exits 2 on a configuration error, naming the setting', async () => {
    const { code, stderr } = await cli('index.ts', [], { ...env(), PORT: 'eighty' });
    expect(code).toBe(2);
    expect(stderr).toContain('PORT must be a whole number from 0 to 65535, got "eighty"');
  });
});
