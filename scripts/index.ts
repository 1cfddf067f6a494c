/**
 * npm run index [-- --dry-run] [--json]
 * Loads and attributes the corpus and replaces the search index in one step.
 * Exit status: 0 indexed; 1 some file was rejected (the rest is indexed and published) or indexing
 * failed (the previous index keeps serving); 2 configuration error.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, type Config } from '../server/config.ts';
import { explainFailure } from '../server/failures.ts';
import { QUOTE_KINDS } from '../server/corpus/model.ts';
import { checkTranscriptsDir, runIndex, type IndexSummary } from '../server/indexer/run.ts';
import { createEngine, embeddedIndexPath } from '../server/search/index.ts';
import type { SearchEngine } from '../server/search/engine.ts';

const USAGE = 'Usage: npm run index [-- --dry-run] [--json]';
let values: { 'dry-run'?: boolean; json?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let config: Config;
let engine: SearchEngine;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`${explainFailure(error).message}\n`);
  process.exit(2);
}
const context = { dataDir: config.dataDir, transcriptsDir: config.transcriptsDir };
try {
  await checkTranscriptsDir(config.transcriptsDir);
  engine = await createEngine(config, { role: 'indexer' });
} catch (error) {
  // Whatever stops the engine from opening is a setting to fix (a key, a folder, a URL).
  process.stderr.write(`${explainFailure(error, context).message}\n`);
  process.exit(2);
}

const tty = process.stderr.isTTY && !values.json;
const bar = tty ? new cliProgress.SingleBar({ format: '{task} [{bar}] {value}/{total} {detail}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
let phase = '';
const progress = (task: string) => (done: number, total: number, detail = '') => {
  if (bar) {
    if (phase !== task) {
      if (phase) bar.stop();
      bar.start(total, 0, { task, detail: '' });
      phase = task;
    }
    bar.update(done, { detail });
  } else if (!values.json && (phase !== task || done === total)) {
    process.stderr.write(`${task}: ${done}/${total}\n`);
    phase = task;
  }
};

let summary: IndexSummary;
try {
  summary = await runIndex({
    transcriptsDir: config.transcriptsDir,
    engine,
    dryRun: values['dry-run'] ?? false,
    onLoadProgress: progress('Reading files'),
    onWriteProgress: progress('Writing quotes'),
    onLockWait: (holder) => process.stderr.write(`Another indexer holds the index (${holder}): waiting for it to finish.\n`),
  });
} catch (error) {
  bar?.stop();
  const { message, exitCode } = explainFailure(error, context);
  process.stderr.write(`Indexing failed: ${message}\nThe previous index, if any, is unchanged and still serving.\n`);
  await engine.close().catch(() => {});
  process.exit(exitCode);
}
bar?.stop();
await engine.close();

/** A quotation shortened for one line of the summary. */
function clip(text: string): string {
  return text.length <= 70 ? text : `${text.slice(0, 67).trimEnd()}…`;
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const where = config.engine === 'embedded' ? `the embedded engine (${embeddedIndexPath(config.dataDir)})` : `Meilisearch index "${config.meili!.index}"`;
  const noun = { turn: 'turns', quotation: 'quotations', prose: 'prose lines' } as const;
  const kinds = QUOTE_KINDS.filter((k) => summary.byKind[k]).map((k) => `${summary.byKind[k]} ${noun[k]}`).join(', ');
  const seconds = ((summary.timings.loadMs + summary.timings.writeMs) / 1000).toFixed(1);
  const out = [
    `${summary.dryRun ? 'Dry run — would index' : 'Indexed'} ${summary.sources} sources, ${summary.quotes} quotes (${kinds}) by ${summary.speakers} speakers into ${where} in ${seconds} s.`,
    `Unattributed lines: ${summary.unattributed}. Quotations linked to the line they reproduce: ${summary.linked}${summary.quotedIn.named ? ` (${summary.quotedIn.named} named by it)` : ''}.`,
    ...summary.quotedIn.sample.map((l) => `  “${clip(l.quotation)}” (${l.quotationSource}) is ${l.speaker ?? 'a line'} in ${l.lineSource}`),
    `Permalinks of quotes changed by this run: ${summary.permalinks.moved} redirected, ${summary.permalinks.gone} gone${summary.permalinks.earlier ? ` (and ${summary.permalinks.earlier} from earlier runs, still answered)` : ''}.`,
  ];
  if (summary.skipped.length) out.push(`Skipped files (${summary.skipped.length}):`, ...summary.skipped.map((w) => `  ${w.file}: ${w.message}`));
  if (summary.warnings.length) out.push(`Warnings (${summary.warnings.length}):`, ...summary.warnings.map((w) => `  ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`));
  if (summary.rejected.length) {
    out.push(`Rejected files (${summary.rejected.length}):`, ...summary.rejected.map((r) => `  ${r.file}${r.line ? `:${r.line}` : ''}: ${r.message}`));
    for (const c of summary.carried) out.push(`  kept ${c.quotes} quotes of "${c.source}" from the previous index`);
  }
  if (summary.dryRun) out.push('Nothing was written.');
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(summary.rejected.length > 0 ? 1 : 0);
