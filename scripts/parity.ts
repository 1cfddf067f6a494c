/**
 * npm run parity -- --quotes N --queries Q [--json] [--show K] [--keep]   (needs MEILI_URL, MEILI_ADMIN_KEY)
 *
 * Do the two engines agree? The benchmark's generated corpus (same generator, same seed) is indexed
 * into both (the embedded engine in memory; Meilisearch into `<MEILI_INDEX>_parity`, deleted after
 * unless --keep), Q queries of the benchmark's mix go through both engines' `search`, and the
 * agreement is reported: the mean share of the embedded top 10 that Meilisearch's top 10 also holds,
 * the share of queries with the same total, the queries where one engine finds nothing and the other
 * something, and the share with identical speaker facet counts. --show K lists K disagreements.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, parseDecimal } from '../server/config.ts';
import { explainFailure } from '../server/failures.ts';
import { runIndex } from '../server/indexer/run.ts';
import { createEmbeddedEngine } from '../server/search/embedded/index.ts';
import type { SearchEngine } from '../server/search/engine.ts';
import { createMeilisearchEngine } from '../server/search/meilisearch/engine.ts';
import { compareResults, requestOfPath, summarize, type QueryComparison } from './bench/compare.ts';
import { generateCorpus } from './bench/corpus.ts';
import { buildQueries } from './bench/queries.ts';
import { Random } from './bench/random.ts';
import { CORPUS_SEED, QUERY_SEED, trainMarkov } from './bench/training.ts';

const USAGE = 'Usage: npm run parity -- --quotes N --queries Q [--json] [--show K] [--keep]  (with MEILI_URL and MEILI_ADMIN_KEY set)';
let values: { quotes: string; queries: string; json: boolean; show: string; keep: boolean };
try {
  ({ values } = parseArgs({
    options: { quotes: { type: 'string', default: '20000' }, queries: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false }, show: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false } },
  }) as { values: typeof values });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
const quotes = parseDecimal(values.quotes);
const queries = parseDecimal(values.queries);
const show = parseDecimal(values.show);
if (quotes === null || quotes < 100 || queries === null || queries < 1 || show === null) {
  process.stderr.write(`--quotes must be a whole number ≥ 100, --queries ≥ 1 and --show ≥ 0.\n${USAGE}\n`);
  process.exit(2);
}
let base;
try {
  base = loadConfig();
} catch (error) {
  process.stderr.write(`${explainFailure(error).message}\n`);
  process.exit(2);
}
if (!base.meili?.adminKey) {
  process.stderr.write(`npm run parity compares the embedded engine with Meilisearch: set MEILI_URL and MEILI_ADMIN_KEY.\n${USAGE}\n`);
  process.exit(2);
}
const say = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

const work = await mkdtemp(path.join(tmpdir(), 'verbatim-parity-'));
const meiliConfig = { ...base.meili, index: `${base.meili.index}_parity`, taskTimeoutMs: Math.max(base.meili.taskTimeoutMs, 600_000) };
// The same key for both roles: the parity index is the script's own, and a search-only key is scoped to the live one.
const meili = createMeilisearchEngine({ config: { ...meiliConfig, searchKey: meiliConfig.adminKey }, role: 'indexer' });
const meiliSearch = createMeilisearchEngine({ config: { ...meiliConfig, searchKey: meiliConfig.adminKey, timeoutMs: 30_000 }, role: 'server' });
const embedded: SearchEngine = await createEmbeddedEngine();
try {
  const markov = trainMarkov(say);
  const corpus = await generateCorpus(path.join(work, 'transcripts'), quotes, markov, new Random(CORPUS_SEED));
  say(`Generated ${corpus.sources} sources (${corpus.speakers} people); indexing into both engines…`);
  const a = await runIndex({ transcriptsDir: path.join(work, 'transcripts'), engine: embedded });
  await meili.drop();
  const b = await runIndex({ transcriptsDir: path.join(work, 'transcripts'), engine: meili });
  say(`Indexed ${a.quotes} quotes into the embedded engine and ${b.quotes} into Meilisearch (${meiliConfig.index}).`);

  const paths = buildQueries(corpus.sample, queries, new Random(QUERY_SEED));
  const comparisons: QueryComparison[] = [];
  for (const p of paths) {
    const request = requestOfPath(p);
    comparisons.push(compareResults(request, await embedded.search(request), await meiliSearch.search(request)));
  }
  const agreement = summarize(comparisons);
  if (values.json) process.stdout.write(`${JSON.stringify({ quotes: a.quotes, ...agreement })}\n`);
  else {
    say(`Queries: ${agreement.queries}`);
    say(`Mean share of the embedded top 10 also in Meilisearch's top 10: ${agreement.meanTop10Overlap.toFixed(3)}`);
    say(`Queries with the same total: ${(100 * agreement.sameTotalShare).toFixed(1)}%`);
    say(`Queries where one engine finds nothing and the other something: ${agreement.oneEmptyQueries}`);
    say(`Queries with identical speaker facet counts: ${(100 * agreement.sameSpeakerFacetsShare).toFixed(1)}%`);
    const differing = comparisons.filter((c) => c.oneEmpty || !c.sameTotal || (c.overlap ?? 1) < 1 || !c.sameSpeakerFacets);
    for (const c of differing.slice(0, show)) {
      say(`  ${JSON.stringify(c.request.q)}${c.request.filters ? ` ${JSON.stringify(c.request.filters)}` : ''}: totals ${c.totals[0]} / ${c.totals[1]}, top-10 overlap ${c.overlap?.toFixed(2) ?? '—'}${c.sameSpeakerFacets ? '' : ', speaker facets differ'}`);
    }
  }
} catch (error) {
  process.stderr.write(`${explainFailure(error).message}\n`);
  process.exitCode = 1;
} finally {
  await embedded.close();
  if (!values.keep) await Promise.all([rm(work, { recursive: true, force: true }), meili.drop().catch(() => {})]);
  else say(`Kept the corpus in ${work} and the Meilisearch index ${meiliConfig.index}.`);
}
