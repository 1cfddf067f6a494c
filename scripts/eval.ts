/**
 * npm run eval [-- --polnear DIR] [--split train] [--adjudicated FILE] [--debates CSV] [--json]
 *
 * How well Verbatim reads and attributes, measured on public material in one run:
 *  - reading per format family (the real fixtures in test/fixtures/real, against their gold);
 *  - direct quotations in news per sieve rule and per kind of source, on PolNeAR (`--polnear` points
 *    at a checkout or its data folder; the train split by default — dev and test are reserved for
 *    acceptance and are read only when named with `--split`);
 *  - the seeds; the 2016 debates with their labels (exact) and without (re-attributed);
 *  - real two- and three-person interviews with their labels stripped.
 * Sections whose data is absent are skipped with a notice naming what to pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readAdjudicated, scorePolnear, splitDir, withoutCoreNlp } from './eval/polnear.ts';
import { debates, formats, polnearTables, seeds, strippedInterviews, type Tally } from './eval/sections.ts';
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';

endQuietlyOnClosedPipe();

const { values } = parseArgs({
  options: {
    polnear: { type: 'string' },
    split: { type: 'string', default: 'train' },
    adjudicated: { type: 'string', default: 'test/fixtures/polnear/train-adjudicated.jsonl' },
    debates: { type: 'string', default: '../shared/data/us-presidential-debates-2016.csv' },
    json: { type: 'boolean', default: false },
  },
});

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const out: Record<string, unknown> = {};
const lines: string[] = [];
const say = (line = '') => lines.push(line);

const families = await formats();
out.formats = families;
say('Reading, per format family (real fixtures; a turn is right when its speaker is; placeholders count as no name)');
say(`  ${'family'.padEnd(14)} ${'files'.padStart(5)} ${'turns'.padStart(6)} ${'right'.padStart(7)} ${'wrong name'.padStart(10)} ${'precision'.padStart(9)}  titles`);
for (const f of families) {
  say(`  ${f.family.padEnd(14)} ${String(f.files).padStart(5)} ${String(f.gold).padStart(6)} ${pct(f.right, f.gold).padStart(7)} ${String(f.wrongName).padStart(10)} ${pct(f.named - f.wrongName, f.named).padStart(9)}  ${f.titlesOk}/${f.files}`);
}

/** Gold kinds whose right answer is to name nobody: accuracy is abstaining, precision does not apply. */
const NOBODY = new Set(['none', 'nobody-hand']);
const table = (title: string, rows: Tally[]) => {
  say(title);
  say(`  ${''.padEnd(24)} ${'units'.padStart(6)} ${'attributed'.padStart(10)} ${'precision'.padStart(9)} ${'accuracy'.padStart(8)}`);
  for (const r of rows) {
    const precision = NOBODY.has(r.name) ? '—' : pct(r.right, r.attributed);
    say(`  ${r.name.padEnd(24)} ${String(r.units).padStart(6)} ${pct(r.attributed, r.units).padStart(10)} ${precision.padStart(9)} ${pct(r.right, r.units).padStart(8)}`);
  }
};

say();
const dir = values.polnear ? splitDir(values.polnear, values.split!) : null;
if (!values.polnear) say('PolNeAR: skipped — pass --polnear DIR (a PolNeAR checkout or its data folder) to measure news quotations per rule.');
else if (!dir) say(`PolNeAR: no ${values.split} split with a text/ folder under ${values.polnear}.`);
else {
  const adjudicated = existsSync(values.adjudicated!) ? readAdjudicated(readFileSync(values.adjudicated!, 'utf8')) : new Map();
  const units = await scorePolnear(dir, Infinity, values.split === 'train' ? adjudicated : new Map());
  const t = polnearTables(units);
  const lacking = await withoutCoreNlp(dir);
  out.polnear = { split: values.split, withoutCoreNlp: lacking.missing, ...t };
  say(`PolNeAR ${values.split}: ${units.length} direct quotations; gold speakers named in the text, or read by hand for sampled pronouns and descriptions (${adjudicated.size} units)`);
  table('  per rule (units whose gold is a person):', t.byRule);
  table('  per kind of gold source ("pronoun", "description": CoreNLP silver, not hand-checked):', t.byKind);
  say(`  all person units: precision ${pct(t.person.right, t.person.attributed)}, accuracy ${pct(t.person.right, t.person.units)} of ${t.person.units}`);
  // The train split itself lacks three; more means the checkout lost files, and the figures are not comparable.
  if (lacking.missing > 0) say(`  ${lacking.missing} of ${lacking.articles} articles have no corenlp/*.txt.xml: their pronoun and description sources were read from the span's own words.`);
}

say();
const seed = await seeds();
out.seeds = seed;
say(`Seeds: interview turns ${seed.turns.right}/${seed.turns.gold}; review quotations ${seed.quotations.right}/${seed.quotations.gold} (${seed.quotations.extra} found beyond the gold)`);

say();
if (!existsSync(values.debates!)) say(`Debates: skipped — ${values.debates} is absent (pass --debates CSV).`);
else {
  const d = debates(readFileSync(values.debates!, 'utf8'));
  out.debates = d;
  say(`2016 debates: ${d.debates} debates, ${d.rows} rows`);
  for (const p of d.parse) say(`  with labels, ${p.style.padEnd(22)} ${p.exact}/${p.expected} exact`);
  for (const s of d.stripped) say(`  ${s.variant}: right ${pct(s.right, s.turns)}, wrong name ${pct(s.wrong, s.turns)}, unattributed ${pct(s.abstained, s.turns)} of ${s.turns}`);
}

say();
const stripped = await strippedInterviews();
out.strippedInterviews = stripped;
say('Real interviews with labels stripped (one paragraph a turn, no metadata):');
for (const s of stripped) {
  say(`  ${s.name}: ${s.files} files, ${s.gold} turns — right ${pct(s.right, s.gold)}, wrong name ${s.wrong}, unattributed ${s.abstained}`);
  for (const f of s.perFile) say(`    ${pct(f.right, f.gold).padStart(6)} of ${String(f.gold).padStart(3)}, ${f.wrong} wrong, ${f.people} people, read as ${f.reader.padEnd(10)} ${f.file}`);
}

process.stdout.write(values.json ? `${JSON.stringify(out, null, 2)}\n` : `${lines.join('\n')}\n`);
