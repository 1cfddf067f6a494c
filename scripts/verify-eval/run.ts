/**
 * The verify measurement: the seed corpus and the test fixtures indexed together, real lines taken
 * from their quotes, variants made of each (`variants.ts`) plus lines never said (`never-said.ts`),
 * every one run through `verify` on an engine; scored by whether the true source comes first and the
 * verdict is the expected one.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import { runIndex } from '../../server/indexer/run.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { verify } from '../../server/search/verify/verify.ts';
import { terms } from '../../server/search/tokenize.ts';
import { Random } from '../bench/random.ts';
import { neverSaid } from './never-said.ts';
import { lineOf, variantsOf, type Variant, type VariantKind } from './variants.ts';

export interface KindScore {
  kind: VariantKind;
  lines: number;
  /** The quote the line came from is the first match. */
  sourceFirst: number;
  /** … or another quote that holds the line's words (a copy in another file), or one the corpus links to it (a review quoting the line, the line a review quotes). */
  linkedFirst: number;
  verdictRight: number;
  /** Lines never said that got a match anyway. */
  invented: number;
  /** Median and 95th-percentile time of one verify call, in ms. */
  medianMs: number;
  p95Ms: number;
}

export interface EvalReport {
  engine: string;
  quotes: number;
  lines: number;
  byKind: KindScore[];
  total: Omit<KindScore, 'kind'>;
  /** Variants whose verdict or first source was wrong, for reading. */
  misses: Array<{ kind: VariantKind; text: string; expected: string; got: string; sourceRight: boolean; source: string | null }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The seed corpus plus the test fixtures (as one more collection), in a temporary folder. */
export async function evalCorpus(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-verify-eval-'));
  await cp(path.join(ROOT, 'transcripts'), dir, { recursive: true });
  const fixtures = path.join(dir, 'fixtures');
  await mkdir(fixtures);
  await writeFile(path.join(fixtures, 'collection.yml'), 'title: Test fixtures\nspeakers: []\n');
  for (const sub of ['test/fixtures/formats', 'test/fixtures/real/markdown']) {
    for (const file of await readdir(path.join(ROOT, sub))) if (!file.endsWith('.json')) await cp(path.join(ROOT, sub, file), path.join(fixtures, file));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function indexEvalCorpus(engine: SearchEngine, dir: string): Promise<{ rejected: string[] }> {
  const summary = await runIndex({ transcriptsDir: dir, engine });
  return { rejected: summary.rejected.map((r) => `${r.file}: ${r.message}`) };
}

const percentile = (xs: number[], p: number) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10 : 0;
};

export async function evaluateVerify(engine: SearchEngine, debateLines: string[], options: { seed?: number; maxLines?: number } = {}): Promise<EvalReport> {
  const random = new Random(options.seed ?? 12);
  const quotes = (await engine.dump())?.quotes ?? [];
  const byId = new Map(quotes.map((q) => [q.id, q]));
  // Every quote that holds the line's words is its source: the fixtures hold one debate in seven
  // formats (cut into turns differently), and a review's quotation repeats an interview's words.
  const norm = (text: string) => ` ${terms(text).join(' ')} `;
  const normalized = quotes.map((q) => ({ id: q.id, text: norm(q.text) }));
  const holders = (line: string) => new Set(normalized.filter((q) => q.text.includes(norm(line))).map((q) => q.id));
  const linked = (q: QuoteDocument, line: string) => new Set([q.id, ...q.quotedIn, ...(q.reproduces ? [q.reproduces] : []), ...holders(line)]);
  const variants: Variant[] = [];
  const eligible = quotes.filter((q) => q.text.split(/\s+/).length >= 8);
  for (const q of eligible.slice(0, options.maxLines ?? eligible.length)) {
    const line = lineOf(q.text, random);
    if (line) variants.push(...variantsOf(line, q.id, random));
  }
  variants.push(...neverSaid(quotes.map((q) => q.text), debateLines, Math.max(20, Math.round(variants.length / 8)), random));

  const scores = new Map<VariantKind, KindScore & { times: number[] }>();
  const misses: EvalReport['misses'] = [];
  for (const v of variants) {
    const started = performance.now();
    const result = await verify(engine, v.text);
    const ms = performance.now() - started;
    const s = scores.get(v.kind) ?? { kind: v.kind, lines: 0, sourceFirst: 0, linkedFirst: 0, verdictRight: 0, invented: 0, medianMs: 0, p95Ms: 0, times: [] };
    scores.set(v.kind, s);
    s.lines++;
    s.times.push(ms);
    const first = result.matches[0]?.quote;
    const source = v.source ? byId.get(v.source) : undefined;
    if (first && first.id === v.source) s.sourceFirst++;
    const right = !!first && !!source && linked(source, v.original!).has(first.id);
    if (right) s.linkedFirst++;
    if (result.verdict === v.expected) s.verdictRight++;
    if (!v.source && first) s.invented++;
    const sourceRight = !v.source || right;
    if (result.verdict !== v.expected || !sourceRight) {
      misses.push({ kind: v.kind, text: v.text, expected: v.expected, got: `${result.verdict}${first ? ` (${first.speaker?.name ?? 'unattributed'}: ${first.text.slice(0, 60)}…)` : ''}`, sourceRight, source: source ? `${source.speaker?.name ?? 'unattributed'}: ${source.text.slice(0, 60)}…` : null });
    }
  }
  const byKind = [...scores.values()].map(({ times, ...s }) => ({ ...s, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) }));
  const allTimes = [...scores.values()].flatMap((s) => s.times);
  const sum = (k: 'lines' | 'sourceFirst' | 'linkedFirst' | 'verdictRight' | 'invented') => byKind.reduce((n, s) => n + s[k], 0);
  return {
    engine: engine.name,
    quotes: quotes.length,
    lines: variants.length,
    byKind,
    total: { lines: sum('lines'), sourceFirst: sum('sourceFirst'), linkedFirst: sum('linkedFirst'), verdictRight: sum('verdictRight'), invented: sum('invented'), medianMs: percentile(allTimes, 0.5), p95Ms: percentile(allTimes, 0.95) },
    misses,
  };
}
