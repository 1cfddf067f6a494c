/**
 * npm run inspect -- FILE [--json] [--kind interview|podcast|oral-history|film|review|article]
 * Shows how one file parses: a table of its quotes, or with --json exactly
 * { "source": {…}, "quotes": [ … ] } on stdout and nothing else.
 */
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { inspectFile } from '../server/corpus/inspect.ts';
import { ParseError } from '../server/corpus/errors.ts';
import { SOURCE_KINDS, type SourceKind } from '../server/corpus/model.ts';
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';

endQuietlyOnClosedPipe();

const USAGE = `Usage: npm run inspect -- FILE [--json] [--kind ${SOURCE_KINDS.join('|')}]`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(`Expected exactly one FILE.\n${USAGE}`, 2);
const kind = args.values.kind;
if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind)) fail(`--kind must be one of ${SOURCE_KINDS.join(', ')}, got "${kind}".`, 2);

try {
  const parsed = await inspectFile(file, kind ? { kind: kind as SourceKind } : {});
  for (const w of parsed.warnings) process.stderr.write(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}\n`);
  const { text: _text, ...source } = parsed.source;
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ source, quotes: parsed.quotes }, null, 2)}\n`);
  } else {
    const { meta } = source;
    const inferred = meta.inferred.length ? ` (inferred: ${meta.inferred.join(', ')})` : '';
    // The reader says how the file was read ("labelled transcript", "unlabelled transcript", "prose").
    const readAs = source.reader === source.layout ? source.reader : `${source.reader} ${source.layout}`;
    process.stdout.write(`${meta.title}\n${meta.kind} · ${readAs} · ${source.format} · ${parsed.quotes.length} quotes${inferred}\n`);
    const width = Math.max(40, (process.stdout.columns || 120) - 62);
    const plain = !process.stdout.isTTY;
    const table = new Table({
      head: ['#', 'kind', 'speaker', 'how', 'line', 'text'],
      colWidths: [5, 11, 22, 16, 7, width],
      wordWrap: true,
      ...(plain ? { style: { head: [], border: [] } } : {}),
    });
    for (const q of parsed.quotes) {
      const who = q.speaker ? `${q.speaker.name}\n(${q.speaker.role})` : '— unattributed';
      const how = `${q.attribution.method} ${q.attribution.confidence}`;
      const time = q.time ? ` @${q.time.start.toFixed(1)}s` : '';
      table.push([q.position.ordinal, q.kind, who, how, `${q.position.line}${time}`, q.text.length > 400 ? `${q.text.slice(0, 400)}…` : q.text]);
    }
    process.stdout.write(`${table.toString()}\n`);
  }
} catch (error) {
  if (error instanceof ParseError) fail(`error: ${error.message}`, 1);
  throw error;
}
