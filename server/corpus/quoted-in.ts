/**
 * "Quoted in": a quotation in a review or article is linked to the interview or film line it
 * reproduces, when both are in the corpus. Reviewers trim and re-punctuate what they quote, so the
 * match is on runs of words: nearly all of the quotation's word runs must appear in one turn, or in a
 * few consecutive turns of the same speaker (a sentence split across subtitle cues).
 */
import type { Quote } from './model.ts';
import { normalizeForId } from './ids.ts';
import { groupBy } from '../util/group-by.ts';

const MIN_WORDS = 4;
/** Share of the quotation's word runs that must be found in the line. */
const MIN_COVERAGE = 0.75;
const MAX_CANDIDATES = 5000;

function words(text: string): string[] {
  return normalizeForId(text).split(' ').filter(Boolean);
}

/** Runs of `n` consecutive words: shared runs show the same words in the same order, close together. */
function shingles(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

/** Share of the quotation's word runs found in the candidate text. */
function coverage(quotation: string[], candidate: string[]): number {
  const n = quotation.length < 6 ? 2 : 3;
  const q = shingles(quotation, n);
  const c = shingles(candidate, n);
  let found = 0;
  for (const s of q) if (c.has(s)) found++;
  return q.size === 0 ? 0 : found / q.size;
}

/** Link quotations to the turns they reproduce; fills `reproduces` and `quotedIn` in place. */
export function linkQuotedIn(quotes: Quote[]): number {
  // Idempotent: links are recomputed from scratch over whatever set of quotes is given.
  for (const q of quotes) {
    q.quotedIn = [];
    delete q.reproduces;
  }
  const quotations = quotes.filter((q) => q.kind === 'quotation').map((q) => ({ q, ws: words(q.text) })).filter((x) => x.ws.length >= MIN_WORDS);
  if (quotations.length === 0) return 0;
  const wanted = new Set(quotations.flatMap((x) => x.ws));
  const turns = quotes.filter((q) => q.kind === 'turn');
  const bySource = groupBy(turns, (t) => t.source);
  const position = new Map<Quote, number>();
  for (const list of bySource.values()) list.forEach((t, i) => position.set(t, i));
  const turnWords = new Map(turns.map((t) => [t, words(t.text)]));
  // Postings only for words that some quotation uses.
  const postings = new Map<string, Set<Quote>>();
  for (const [turn, ws] of turnWords) {
    for (const w of ws) {
      if (!wanted.has(w)) continue;
      const set = postings.get(w);
      if (set) set.add(turn);
      else postings.set(w, new Set([turn]));
    }
  }

  let links = 0;
  for (const { q, ws: qw } of quotations) {
    // Candidates: turns holding the quotation's rarest words.
    const rare = [...new Set(qw)].filter((w) => postings.has(w)).sort((a, b) => postings.get(a)!.size - postings.get(b)!.size).slice(0, 3);
    const candidates = new Set<Quote>();
    for (const w of rare) for (const t of postings.get(w)!) candidates.add(t);
    // Quotations made only of everyday words match everywhere and prove nothing.
    if (candidates.size > MAX_CANDIDATES) continue;
    let best: { turn: Quote; score: number } | null = null;
    for (const turn of candidates) {
      if (turn.source === q.source) continue;
      const siblings = bySource.get(turn.source)!;
      const at = position.get(turn)!;
      // The turn alone, or with its neighbours by the same speaker.
      const window = siblings.slice(Math.max(0, at - 2), at + 3).filter((t) => t.speaker?.slug === turn.speaker?.slug);
      const score = coverage(qw, window.flatMap((t) => turnWords.get(t)!));
      if (score >= MIN_COVERAGE && (!best || score > best.score)) best = { turn, score };
    }
    if (best) {
      q.reproduces = best.turn.id;
      best.turn.quotedIn.push(q.id);
      links++;
      // The line's own speaker is better evidence than a review's said-clause that found nobody.
      if (!q.speaker && best.turn.speaker) {
        q.speaker = best.turn.speaker;
        q.attribution = { method: 'context', confidence: 0.8 };
      }
    }
  }
  return links;
}
