/**
 * Permalinks that survive change. Ids of unchanged quotes are stable by construction (see
 * `corpus/ids.ts`). When a quote's text is edited its id changes, so at index time every id of the
 * previous index that is no longer present is re-anchored: to the most similar new quote of the same
 * source and speaker (a 301), or, when nothing is similar enough, recorded as gone (a 410 that links
 * to its source). A renamed or moved file's quotes follow it to its new name. Earlier records are
 * carried forward and kept pointing at a live quote.
 */
import type { Quote } from '../corpus/model.ts';
import { idWords } from '../corpus/ids.ts';
import type { PermalinkRecord } from '../search/engine.ts';

/** How alike two texts must be (word-pair Dice coefficient) for an old link to follow the edit. */
export const MIN_SIMILARITY = 0.5;

function pairs(text: string): Set<string> {
  const words = idWords(text);
  if (words.length === 1) return new Set(words);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** How many word pairs two texts share, and how many each has. */
function overlap(a: string, b: string): { shared: number; sizeA: number; sizeB: number } {
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return { shared, sizeA: pa.size, sizeB: pb.size };
}

/** Dice coefficient of word pairs: 1 for the same words in the same order, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const { shared, sizeA, sizeB } = overlap(a, b);
  if (sizeA === 0 || sizeB === 0) return 0;
  return (2 * shared) / (sizeA + sizeB);
}

/**
 * The similarity an old quote follows to a new one by, or 0. Short lines reach MIN_SIMILARITY by one
 * shared word pair (`+1 to pandoc :)` and `+1 to mccool.` score 0.5 on `1 to` alone): one pair is
 * another line that happens to begin alike, not the same line edited, unless it is the whole of the
 * shorter line (`Thank you` → `Thank you all`).
 */
function followScore(a: string, b: string): number {
  const { shared, sizeA, sizeB } = overlap(a, b);
  if (shared === 0 || (shared < 2 && shared < Math.min(sizeA, sizeB))) return 0;
  return (2 * shared) / (sizeA + sizeB);
}

type Anchorable = Pick<Quote, 'id' | 'text' | 'source' | 'speaker'>;

/** Words a line needs to tell a renamed file by (shorter lines are said in many). */
const TELLING_WORDS = 6;
/** Lines of that length a renamed file must share with its new name, when it has that many. */
const MIN_SHARED = 2;

/** What an id says of its words, whatever its source: the part after the source's slug (`ids.ts`). */
function wordsPart(id: string): string {
  return id.slice(id.lastIndexOf('_') + 1);
}

/**
 * Sources of the previous index that are gone, each with the new source it was renamed to (a file
 * moved or renamed gets a new slug): the new source that holds most of its quotes' words unchanged,
 * at least half of them. A source deleted outright has none.
 */
export function renamedSources(previous: Anchorable[], current: Anchorable[]): Map<string, string> {
  const before = new Set(previous.map((q) => q.source));
  const now = new Set(current.map((q) => q.source));
  // Where each id's words stand in a source new to this index.
  const fresh = new Map<string, Set<string>>();
  for (const q of current) {
    if (before.has(q.source)) continue;
    const part = wordsPart(q.id);
    fresh.set(part, (fresh.get(part) ?? new Set()).add(q.source));
  }
  // Only lines of some length tell: `Thank you for having me.` stands in many a file.
  const tallies = new Map<string, { total: number; to: Map<string, number> }>();
  for (const q of previous) {
    if (now.has(q.source) || idWords(q.text).length < TELLING_WORDS) continue;
    const tally = tallies.get(q.source) ?? { total: 0, to: new Map<string, number>() };
    tallies.set(q.source, tally);
    tally.total++;
    for (const to of fresh.get(wordsPart(q.id)) ?? []) tally.to.set(to, (tally.to.get(to) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [from, { total, to }] of tallies) {
    let best: [string, number] | undefined;
    for (const entry of to) if (!best || entry[1] > best[1]) best = entry;
    if (best && best[1] * 2 >= total && best[1] >= Math.min(total, MIN_SHARED)) out.set(from, best[0]);
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records for every id that the new index no longer holds. */
export function reanchor(previous: Anchorable[], earlier: PermalinkRecord[], current: Anchorable[], at: string): PermalinkRecord[] {
  if (previous.length === 0 && earlier.length === 0) return [];
  const live = new Map(current.map((q) => [q.id, q]));
  const candidates = new Map<string, Anchorable[]>();
  // Only quotes new to this index are candidates: a quote that was there before under its own id is
  // not where a vanished one went (a deleted `+1 to pandoc :)` was sent to the `+1 to mccool.` beside it).
  const existed = new Set(previous.map((q) => q.id));
  // Except one saying the very same words: of a line said twice, the copy left is where the other went.
  const sameWords = new Map<string, Anchorable>();
  // Pushed, not spread: a copy per quote made a source of a hundred thousand quotes quadratic.
  for (const q of current) {
    const key = `${q.source}\u0000${q.speaker?.slug ?? ''}`;
    if (!existed.has(q.id)) push(candidates, key, q);
    else if (!sameWords.has(`${key}\u0000${q.text}`)) sameWords.set(`${key}\u0000${q.text}`, q);
  }
  // A renamed file's quotes follow it to its new name: the same words to the same words, an edited
  // quote to its most similar one there (its speaker's slug may differ: the name is told apart by source).
  const renamed = renamedSources(previous, current);
  const renamedTo = new Set(renamed.values());
  const byWords = new Map<string, Anchorable>();
  const inRenamed = new Map<string, Anchorable[]>();
  for (const q of current) {
    byWords.set(`${q.source}\u0000${wordsPart(q.id)}`, q);
    if (renamedTo.has(q.source)) push(inRenamed, q.source, q);
  }
  const records = new Map<string, PermalinkRecord>();

  for (const old of previous) {
    if (live.has(old.id)) continue;
    const to = renamed.get(old.source);
    const same = to === undefined ? sameWords.get(`${old.source}\u0000${old.speaker?.slug ?? ''}\u0000${old.text}`) : byWords.get(`${to}\u0000${wordsPart(old.id)}`);
    let best: { quote: Anchorable; score: number } | null = same ? { quote: same, score: 1 } : null;
    const pool = to === undefined ? (candidates.get(`${old.source}\u0000${old.speaker?.slug ?? ''}`) ?? []) : (inRenamed.get(to) ?? []).filter((q) => q.speaker?.name === old.speaker?.name);
    if (!best) {
      for (const q of pool) {
        const score = followScore(old.text, q.text);
        if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { quote: q, score };
      }
    }
    records.set(
      old.id,
      best
        ? { id: old.id, status: 'moved', to: best.quote.id, source: old.source, text: old.text, similarity: Math.round(best.score * 100) / 100, at }
        : // A quote gone from a renamed file links to the file under its new name.
          { id: old.id, status: 'gone', source: to ?? old.source, text: old.text, at },
    );
  }

  // Earlier records: drop ids that are live again, and follow moves to where their target went (a quote
  // gone since is gone from its target's source); a quote gone from a file renamed since links to it by its new name.
  for (const record of earlier) {
    if (live.has(record.id) || records.has(record.id)) continue;
    if (record.status === 'moved' && record.to && !live.has(record.to)) {
      const next = records.get(record.to);
      records.set(record.id, next?.status === 'moved' ? { ...record, to: next.to!, at } : { id: record.id, status: 'gone', source: next?.source ?? renamed.get(record.source) ?? record.source, text: record.text, at });
    } else if (record.status === 'gone' && renamed.has(record.source)) records.set(record.id, { ...record, source: renamed.get(record.source)! });
    else records.set(record.id, record);
  }
  return [...records.values()];
}
