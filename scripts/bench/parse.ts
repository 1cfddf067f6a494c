/**
 * npm run bench:parse [-- --only labelled,prose --shapes "short questions" --json --verbose]
 *
 * Parsing must be linear in the input. Every reader (with the attribution that follows it: the whole
 * of `buildSource`) reads crafted inputs of 1 MB and 2 MB — shapes that once took minutes, wrapped in
 * its format, and whole crafted files aimed at one spot (a heading, a cue, a timing line; see
 * parse-inputs.ts) — and each time is reported as a ratio to reading 1 MB of an ordinary transcript
 * of the same format in the same run (for captions in SubStation Alpha or TTML and Final Draft
 * scripts, converted before their reader sees them, an ordinary file of that format). Targets: every 1 MB ratio at most 3, and doubling the input at
 * most triples the time. Exits 1 when a target is missed, naming the reader and shape.
 *
 * Each reader is measured in a process of its own, as `npm run index` reads files in a fresh one,
 * with the Node options that script gives (`node-options.ts`). Read in one long process, a reader's
 * times depended on which readers ran before it (V8's heap sizing and compiled code carried over),
 * moving a dense shape's ratio from 3 to 6 and back. Within it, the heap is collected before each
 * input and the ordinary megabyte read again, its fastest reading being the baseline (`--verbose`
 * prints them all).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ParseError } from '../../server/corpus/errors.ts';
import { READER_NAMES, type ReaderName } from '../../server/corpus/model.ts';
import { indexNodeOptions } from './node-options.ts';
import { CRAFTED_FILES, FORMATS, readCraftedFile, readShape, SHAPES, type CraftedFile } from './parse-inputs.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, shapes: { type: 'string' }, json: { type: 'boolean', default: false }, child: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, mb: { type: 'string', default: '1' } } });
const MB = Math.round(Number(values.mb) * 1_000_000);
const readers = values.only ? (values.only.split(',') as ReaderName[]) : [...READER_NAMES];
const shapes = values.shapes ? values.shapes.split(',') : Object.keys(SHAPES);
for (const r of readers) if (!READER_NAMES.includes(r)) throw new Error(`--only: no reader "${r}" (readers: ${READER_NAMES.join(', ')})`);
for (const s of shapes) if (!SHAPES[s]) throw new Error(`--shapes: no shape "${s}" (shapes: ${Object.keys(SHAPES).join(', ')})`);

/**
 * Milliseconds of CPU time to read and attribute `text` with `reader`: the best of several runs (at
 * least three, more while they add up to under half a second), after one run that is not timed. CPU
 * time rather than wall time, and the best run, because the machine is shared: other work slows a run
 * down, never speeds it up. The untimed run is there because the first read of a new shape also pays
 * for V8 compiling the code paths it reaches and for the heap growing to hold it — once per process,
 * not per megabyte: without it a dense shape's 1 MB run was inflated so much that its 2 MB run took
 * only ×1.1–1.3 as long, which no linear reader can do. The ordinary baseline gets the same run.
 */
function time(reader: ReaderName, text: string): number {
  return bestOf(() => readShape(reader, text));
}

/**
 * The same for a whole crafted file, read as indexing reads it (`parseSource`: decoding, front matter,
 * then `buildSource`), its reader named by a sidecar. A file a reader refuses is timed to its refusal.
 */
function timeFile(file: CraftedFile, text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  return bestOf(() => {
    try {
      readCraftedFile(file, bytes);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
  });
}

/** CPU milliseconds of the best of several runs of `read`, after one untimed run (see `time`). */
function bestOf(read: () => unknown): number {
  let best = Infinity;
  let spent = 0;
  read();
  for (let run = 0; run < 3 || (spent < 500 && run < 12); run++) {
    const started = process.cpuUsage();
    read();
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

interface Row {
  reader: ReaderName;
  shape: string;
  ms1: number;
  ms2: number;
  /** Crafted 1 MB over ordinary 1 MB. */
  ratio: number;
  /** 2 MB over 1 MB of the same shape. */
  growth: number;
}

/**
 * Over a target: slower than three ordinary transcripts, or more than tripling when doubled — growth
 * is judged only where 2 MB takes 20 ms or more (below that, timer noise is the growth).
 */
function over(row: Row): boolean {
  return row.ratio > 3 || (row.growth > 3 && row.ms2 >= 20);
}

/** Measure one reader here (in the child process the parent starts for it). */
function measure(reader: ReaderName): { baseline: number; rows: Row[] } {
  const format = FORMATS[reader];
  const ordinary = format.ordinary(MB);
  // The ordinary megabyte is read again before every input and at the end, and its fastest reading
  // kept: on a shared machine one reading of 15–20 ms varies by half, and a slow one would flatter
  // every ratio after it. The fastest can only make the ratios higher.
  const ordinaryTimes = [time(reader, ordinary)];
  // Each input starts from a collected heap: one shape's garbage (fifty thousand speakers' worth, say)
  // is not the next one's to pay for.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const before = () => {
    collect();
    ordinaryTimes.push(time(reader, ordinary));
  };
  const times = shapes.map((shape) => {
    before();
    return { shape, ms1: time(reader, format.wrap(SHAPES[shape]!(MB))), ms2: time(reader, format.wrap(SHAPES[shape]!(2 * MB))) };
  });
  // A converted format's file is measured against an ordinary file of its own format, read the same way.
  const ownOrdinary = new Map<string, number>();
  const ownBaseline = (file: CraftedFile) => {
    if (!ownOrdinary.has(file.ext)) ownOrdinary.set(file.ext, timeFile(file, file.ordinary!(MB)));
    return ownOrdinary.get(file.ext)!;
  };
  const files: Array<{ shape: string; ms1: number; ms2: number; own?: number }> = [];
  for (const [name, file] of Object.entries(CRAFTED_FILES)) {
    if (file.reader !== reader || values.shapes) continue;
    before();
    files.push({ shape: `file: ${name}`, ms1: timeFile(file, file.make(MB)), ms2: timeFile(file, file.make(2 * MB)), ...(file.ordinary ? { own: ownBaseline(file) } : {}) });
  }
  before();
  const baseline = Math.min(...ordinaryTimes);
  if (values.verbose) process.stderr.write(`${reader}: ordinary megabyte read in ${ordinaryTimes.map((t) => t.toFixed(0)).join(', ')} ms\n`);
  if (values.verbose) for (const [ext, ms] of ownOrdinary) process.stderr.write(`${reader}: ordinary ${ext} megabyte read in ${ms.toFixed(0)} ms\n`);
  const rows = [...times, ...files].map(({ shape, ms1, ms2, own }: { shape: string; ms1: number; ms2: number; own?: number }) => ({ reader, shape, ms1, ms2, ratio: ms1 / (own ?? baseline), growth: ms2 / Math.max(ms1, 1) }));
  return { baseline, rows };
}

/** Measure `reader` in a process of its own, with the options indexing runs with, and read back its figures. */
function measureApart(reader: ReaderName): { baseline: number; rows: Row[] } {
  const args = [...process.execArgv, ...indexNodeOptions(), '--expose-gc', fileURLToPath(import.meta.url), '--child', '--only', reader, '--mb', String(values.mb)];
  if (values.shapes) args.push('--shapes', values.shapes);
  if (values.verbose) args.push('--verbose');
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`measuring ${reader} failed (exit status ${child.status})`);
  return JSON.parse(child.stdout) as { baseline: number; rows: Row[] };
}

if (values.child) {
  process.stdout.write(JSON.stringify(measure(readers[0]!)));
  process.exit(0);
}

const rows: Row[] = [];
const baselines: Record<string, number> = {};
for (const reader of readers) {
  const measured = measureApart(reader);
  baselines[reader] = measured.baseline;
  rows.push(...measured.rows);
  if (values.json) continue;
  process.stdout.write(`${reader}: ordinary ${(MB / 1e6).toFixed(1)} MB in ${measured.baseline.toFixed(0)} ms\n`);
  for (const row of measured.rows) {
    process.stdout.write(`  ${row.shape.padEnd(56)} ${row.ratio.toFixed(2).padStart(6)}× ordinary  doubling ×${row.growth.toFixed(2)}${over(row) ? '   <-- over target' : ''}\n`);
  }
}
const misses = rows.filter(over);
if (values.json) process.stdout.write(`${JSON.stringify({ bytes: MB, baselines, rows, misses: misses.length }, null, 2)}\n`);
else process.stdout.write(`\n${rows.length} inputs; worst ratio ${Math.max(...rows.map((r) => r.ratio)).toFixed(2)}×, worst doubling ×${Math.max(...rows.map((r) => r.growth)).toFixed(2)}; ${misses.length} over target.\n`);
process.exit(misses.length > 0 ? 1 : 0);
