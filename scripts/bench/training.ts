/**
 * The benchmark corpus's language model and seeds, shared by `npm run bench` and `npm run parity` so
 * that both measure the same generated corpus and the same query mix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Markov } from './markov.ts';

/** Seeds of the corpus generator and of the query mix. */
export const CORPUS_SEED = 20161009;
export const QUERY_SEED = 7;

/**
 * A Markov model of real speech: the 2016 debates when `../shared/data` is there, and the seed
 * transcripts always. `say` is told when the debates are missing.
 */
export function trainMarkov(say: (line: string) => void = () => {}): Markov {
  const markov = new Markov();
  // `../shared` beside the checkout, or two levels up from a worktree under it.
  const debates = ['../shared/data', '../../shared/data'].map((d) => path.resolve(d, 'us-presidential-debates-2016.csv')).find((f) => existsSync(f));
  if (debates) for (const row of parse(readFileSync(debates, 'utf8'), { columns: true }) as Array<{ Text: string }>) markov.train(row.Text);
  else say('(../shared/data is absent: training on the seed transcripts only)');
  for (const dir of readdirSync('transcripts', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join('transcripts', dir.name)).filter((f) => f.endsWith('.txt'))) markov.train(readFileSync(path.join('transcripts', dir.name, f), 'utf8'));
  }
  return markov;
}
