/**
 * Permalinks that survive change. Ids of unchanged quotes are stable by construction (see
 * `corpus/ids.ts`). When a quote's text is edited its id changes, so at index time every id of the
 * previous index that is no longer present is re-anchored: to the most similar new quote of the same
 * source and speaker (a 301), or, when nothing is similar enough, recorded as gone (a 410 that links
 * to its source). Earlier records are carried forward and kept pointing at a live quote.
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

/** Dice coefficient of word pairs: 1 for the same words in the same order, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const pa = pairs(a);
  const pb = pairs(b);
  if (pa.size === 0 || pb.size === 0) return 0;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return (2 * shared) / (pa.size + pb.size);
}

type Anchorable = Pick<Quote, 'id' | 'text' | 'source' | 'speaker'>;

/** Records for every id that the new index no longer holds. */
export function reanchor(previous: Anchorable[], earlier: PermalinkRecord[], current: Anchorable[], at: string): PermalinkRecord[] {
  if (previous.length === 0 && earlier.length === 0) return [];
  const live = new Map(current.map((q) => [q.id, q]));
  const candidates = new Map<string, Anchorable[]>();
  for (const q of current) {
    const key = `${q.source}\u0000${q.speaker?.slug ?? ''}`;
    candidates.set(key, [...(candidates.get(key) ?? []), q]);
  }
  const records = new Map<string, PermalinkRecord>();

  for (const old of previous) {
    if (live.has(old.id)) continue;
    let best: { quote: Anchorable; score: number } | null = null;
    for (const q of candidates.get(`${old.source}\u0000${old.speaker?.slug ?? ''}`) ?? []) {
      const score = similarity(old.text, q.text);
      if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { quote: q, score };
    }
    records.set(
      old.id,
      best
        ? { id: old.id, status: 'moved', to: best.quote.id, source: old.source, text: old.text, similarity: Math.round(best.score * 100) / 100, at }
        : { id: old.id, status: 'gone', source: old.source, text: old.text, at },
    );
  }

  // Earlier records: drop ids that are live again, and follow moves to where their target went.
  for (const record of earlier) {
    if (live.has(record.id) || records.has(record.id)) continue;
    if (record.status === 'moved' && record.to && !live.has(record.to)) {
      const next = records.get(record.to);
      records.set(record.id, next?.status === 'moved' ? { ...record, to: next.to!, at } : { id: record.id, status: 'gone', source: record.source, text: record.text, at });
    } else records.set(record.id, record);
  }
  return [...records.values()];
}
