/**
 * Candidate quotes for a pasted line, found through the engine's own `search`, so that verify works
 * the same on every engine and never depends on how long a phrase an engine can match. Each query
 * is a few words (well under the ten an engine considers): the pasted line's rarest words (their
 * frequency measured by the engine), and short runs of its content words, so that a run the user
 * remembered right finds the quote even when other words are wrong. Words the corpus never uses
 * (misremembered or added ones) are left out of every query.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { SearchEngine, SearchRequest } from '../engine.ts';
import type { PastedLine } from './input.ts';
import { isContentWord } from './words.ts';

/** Most distinct words whose frequency is looked up, longest first (long words are the telling ones). */
const MAX_FREQUENCY_LOOKUPS = 16;
/** Words per query: enough to narrow, few enough that one wrong word rarely spoils all queries. */
const RUN = 3;
const MAX_RUN_QUERIES = 8;
const HITS_PER_QUERY = 20;

export interface Candidates {
  quotes: QuoteDocument[];
  /** How many queries found each candidate (id → count), a weak prior for ordering ties. */
  found: Map<string, number>;
  /** Document frequency of the looked-up words (0: the corpus never uses it). */
  frequency: Map<string, number>;
}

/** Spreads `count` picks evenly over `list`. */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]!);
}

// A trailing space: the last word is matched whole, not as a prefix.
const query = (words: string[]) => `${words.join(' ')} `;

export async function findCandidates(engine: SearchEngine, line: PastedLine, speakers: string[] = []): Promise<Candidates> {
  const all = line.parts.flatMap((p) => p.tokens.map((t) => t.term));
  const content = [...new Set(all.filter(isContentWord))];
  const looked = content.slice().sort((a, b) => b.length - a.length).slice(0, MAX_FREQUENCY_LOOKUPS);
  const totals = await Promise.all(looked.map((term) => engine.search({ q: `"${term}"`, perPage: 1, facets: false, highlight: false }).then((r) => r.total)));
  const frequency = new Map(looked.map((t, i) => [t, totals[i]!]));
  // A word not looked up is kept (it is short, so probably common, and an engine will find it).
  const known = (t: string) => (frequency.get(t) ?? 1) > 0;

  const requests: SearchRequest[] = [];
  const rare = looked.filter((t) => frequency.get(t)! > 0).sort((a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length).slice(0, RUN);
  if (rare.length) requests.push({ q: query(rare), perPage: HITS_PER_QUERY });
  const runs: string[][] = [];
  for (const part of line.parts) {
    const words = part.tokens.map((t) => t.term).filter((t) => isContentWord(t) && known(t));
    if (words.length <= RUN) {
      if (words.length) runs.push(words);
      continue;
    }
    // Overlapping runs: a wrong word spoils at most two of them.
    for (let i = 0; i + RUN <= words.length; i += RUN - 1) runs.push(words.slice(i, i + RUN));
  }
  for (const run of spread(runs, MAX_RUN_QUERIES)) requests.push({ q: query(run), perPage: HITS_PER_QUERY });
  // Only function words ("it is what it is"): search them as they are.
  if (requests.length === 0 && all.length) requests.push({ q: query(all.slice(0, 8)), perPage: HITS_PER_QUERY });
  // The speaker the user named gets a look of their own, so their lines are weighed even when others rank higher.
  if (speakers.length && rare.length) requests.push({ q: query(rare.slice(0, 2)), filters: { speaker: speakers }, perPage: HITS_PER_QUERY });

  const results = await Promise.all(requests.map((r) => engine.search(r)));
  const quotes = new Map<string, QuoteDocument>();
  const found = new Map<string, number>();
  for (const result of results) {
    for (const hit of result.hits) {
      quotes.set(hit.quote.id, hit.quote);
      found.set(hit.quote.id, (found.get(hit.quote.id) ?? 0) + 1);
    }
  }
  return { quotes: [...quotes.values()], found, frequency };
}
