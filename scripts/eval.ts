/**
 * npm run eval [-- --data PATH] [--json]
 * Attribution accuracy on real labelled text: the 2016 debates parsed with their labels, and
 * re-attributed with the labels stripped.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readDebates, scoreLabelledParse, scoreReattribution } from '../server/corpus/evaluate.ts';

const DEFAULT_DATA = '../shared/data/us-presidential-debates-2016.csv';
const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA }, json: { type: 'boolean', default: false } } });

let csv: string;
try {
  csv = await readFile(values.data!, 'utf8');
} catch {
  process.stderr.write(`The labelled debates are not at ${values.data}: pass --data PATH to the CSV (Line,Speaker,Text,Date).\n`);
  process.exit(1);
}

const debates = readDebates(csv);
const parse = scoreLabelledParse(debates);
const stripped = [scoreReattribution(debates, false), scoreReattribution(debates, true)];
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ debates: debates.length, rows: debates.reduce((n, d) => n + d.rows.length, 0), parse, reattribution: stripped }, null, 2)}\n`);
} else {
  process.stdout.write(`2016 debates: ${debates.length} debates, ${debates.reduce((n, d) => n + d.rows.length, 0)} rows\n\nParsed with labels (turns with the right label and words, in order):\n`);
  for (const p of parse) process.stdout.write(`  ${p.style.padEnd(22)} ${p.exact}/${p.expected} exact (${pct(p.exact, p.expected)}), ${p.parsed} turns parsed\n`);
  process.stdout.write('\nRe-attributed with the labels stripped (speech turns):\n');
  for (const s of stripped) {
    process.stdout.write(`  ${s.variant}\n    accuracy ${s.correct}/${s.turns} (${pct(s.correct, s.turns)}); attributed ${pct(s.attributed, s.turns)} of turns; precision ${pct(s.correct, s.attributed)}\n`);
    for (const d of s.byDebate) process.stdout.write(`      ${d.date.padEnd(11)} ${pct(d.correct, d.turns)} of ${d.turns}\n`);
  }
}
