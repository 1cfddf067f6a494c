/**
 * npm run eval:verify [-- --json] [--seed N] [--misses]
 * How well verify finds remembered lines: real lines of the seed corpus and the test fixtures,
 * misremembered in the ways people do, plus lines never said, run through verify on the embedded
 * engine — and on Meilisearch too when MEILI_URL (and MEILI_ADMIN_KEY) are set, in an index of its
 * own (<MEILI_INDEX>_verify_eval, dropped afterwards). Goals: the true source first for ≥ 99% of
 * the lines that were said, the right verdict for ≥ 95%, and no source for a line never said.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { readDebates } from '../server/corpus/evaluate/debates.ts';
import { createEmbeddedEngine } from '../server/search/embedded/index.ts';
import { createEngine } from '../server/search/index.ts';
import type { SearchEngine } from '../server/search/engine.ts';
import { evalCorpus, evaluateVerify, indexEvalCorpus, type EvalReport } from './verify-eval/run.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, seed: { type: 'string', default: '12' }, misses: { type: 'boolean', default: false }, data: { type: 'string', default: '../shared/data/us-presidential-debates-2016.csv' } } });
const config = loadConfig();
const debates = await readFile(values.data!, 'utf8').then(
  (csv) => readDebates(csv).flatMap((d) => d.rows.map((r) => r.text)),
  () => [] as string[],
);

const corpus = await evalCorpus();
const reports: EvalReport[] = [];
const notes: string[] = [];
try {
  const engines: Array<[string, () => Promise<SearchEngine>]> = [['embedded', () => createEmbeddedEngine()]];
  const meili = config.meili;
  if (meili) engines.push(['meilisearch', () => createEngine({ ...config, engine: 'meilisearch', meili: { ...meili, index: `${meili.index}_verify_eval` } }, { role: 'indexer' })]);
  else notes.push('Meilisearch not measured: set MEILI_URL and MEILI_ADMIN_KEY to measure it too.');
  if (debates.length === 0) notes.push(`No debate lines at ${values.data}: lines never said are made from shuffled corpus words only.`);
  for (const [, make] of engines) {
    const engine = await make();
    try {
      const { rejected } = await indexEvalCorpus(engine, corpus.dir);
      if (rejected.length) notes.push(`${engine.name}: ${rejected.length} fixture files rejected by the corpus loader (${rejected.join('; ').slice(0, 300)})`);
      reports.push(await evaluateVerify(engine, debates, { seed: Number(values.seed) }));
    } finally {
      if (engine.name === 'meilisearch') await engine.drop().catch(() => {});
      await engine.close();
    }
  }
} finally {
  await corpus.cleanup();
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ reports: reports.map((r) => (values.misses ? r : { ...r, misses: r.misses.length })), notes }, null, 2)}\n`);
} else {
  for (const r of reports) {
    const said = r.byKind.filter((k) => k.kind !== 'never-said');
    const saidLines = said.reduce((n, k) => n + k.lines, 0);
    process.stdout.write(`\nverify on ${r.engine}: ${r.quotes} quotes indexed, ${r.lines} lines checked\n\n`);
    process.stdout.write(`  ${'variant'.padEnd(17)} ${'lines'.padStart(5)}  ${'source 1st'.padStart(10)}  ${'or linked'.padStart(9)}  ${'verdict'.padStart(7)}  ${'invented'.padStart(8)}  ms p50/p95\n`);
    for (const k of r.byKind) {
      const said = k.kind !== 'never-said';
      process.stdout.write(`  ${k.kind.padEnd(17)} ${String(k.lines).padStart(5)}  ${(said ? pct(k.sourceFirst, k.lines) : '—').padStart(10)}  ${(said ? pct(k.linkedFirst, k.lines) : '—').padStart(9)}  ${pct(k.verdictRight, k.lines).padStart(7)}  ${String(said ? '—' : k.invented).padStart(8)}  ${k.medianMs}/${k.p95Ms}\n`);
    }
    const first = said.reduce((n, k) => n + k.sourceFirst, 0);
    const linked = said.reduce((n, k) => n + k.linkedFirst, 0);
    const never = r.byKind.find((k) => k.kind === 'never-said');
    process.stdout.write(`\n  true source first: ${pct(linked, saidLines)} (the quote itself, another that holds its words, or one the corpus links to it); the very quote: ${pct(first, saidLines)} — goal ≥ 99%\n`);
    process.stdout.write(`  right verdict:     ${pct(r.total.verdictRight, r.total.lines)} — goal ≥ 95%\n`);
    process.stdout.write(`  never said:        ${never ? `${never.invented} of ${never.lines} given a source` : 'none generated'} — goal 0\n`);
    process.stdout.write(`  time per verify:   ${r.total.medianMs} ms median, ${r.total.p95Ms} ms p95\n`);
    if (values.misses) for (const m of r.misses) process.stdout.write(`  miss [${m.kind}] expected ${m.expected}, got ${m.got}${m.sourceRight ? '' : `\n    wrong source: the line is from ${m.source}`}\n    “${m.text}”\n`);
  }
  for (const n of notes) process.stdout.write(`\n${n}\n`);
}
