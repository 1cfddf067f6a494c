/**
 * "Quoted in": a quotation in a review or article is linked to the interview or film line it
 * reproduces, when both are in the corpus. Reviewers trim and re-punctuate what they quote, so the
 * match is on runs of words: nearly all of the quotation's word runs must appear in one turn, or in a
 * few consecutive turns of the same speaker (a sentence split across subtitle cues).
 *
 * Runs are indexed only where a quotation could use them, with words as integers, so linking costs
 * little more than reading the turns once.
 */
import type { Quote } from './model.ts';
import { normalizeForId } from './ids.ts';
import { groupBy } from '../util/group-by.ts';

const MIN_WORDS = 4;
/** Share of the quotation's word runs that must be found in the line. */
const MIN_COVERAGE = 0.75;
/** Neighbouring turns (each side) a quotation split across cues may span. */
const WINDOW = 2;
const MAX_CANDIDATES = 2000;

const ASCII = /^[\x00-\x7F]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** The words of a text as ids see them (lower case, no diacritics); ASCII text takes a one-pass path. */
function words(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return normalizeForId(text).split(' ').filter(Boolean);
}

/** Word runs of length 2 (short quotations) or 3, as numbers: word ids are below 2^17. */
const runLength = (words: number) => (words < 6 ? 2 : 3);
const runKey = (ids: number[], i: number, n: number) => (n === 2 ? ids[i]! * 131072 + ids[i + 1]! : (ids[i]! * 131072 + ids[i + 1]!) * 131072 + ids[i + 2]!);

/** Link quotations to the turns they reproduce; fills `reproduces` and `quotedIn` in place. */
export function linkQuotedIn(quotes: Quote[]): number {
  // Idempotent: links are recomputed from scratch over whatever set of quotes is given.
  for (const q of quotes) {
    q.quotedIn = [];
    delete q.reproduces;
  }
  const vocabulary = new Map<string, number>();
  const quotations = quotes
    .filter((q) => q.kind === 'quotation')
    .map((q) => ({ q, ws: words(q.text) }))
    .filter((x) => x.ws.length >= MIN_WORDS && vocabulary.size < 131071);
  if (quotations.length === 0) return 0;
  const idOf = (w: string) => {
    let id = vocabulary.get(w);
    if (id === undefined) vocabulary.set(w, (id = vocabulary.size + 1));
    return id;
  };
  const runsOf = (ids: number[], n: number) => {
    const keys = new Set<number>();
    for (let i = 0; i + n <= ids.length; i++) keys.add(runKey(ids, i, n));
    return keys;
  };
  const wanted = quotations.map(({ q, ws }) => {
    const n = runLength(ws.length);
    return { q, n, runs: [...runsOf(ws.map(idOf), n)] };
  });
  const wantedRuns = [new Set<number>(), new Set<number>(), new Set(wanted.filter((w) => w.n === 2).flatMap((w) => w.runs)), new Set(wanted.filter((w) => w.n === 3).flatMap((w) => w.runs))];

  // Postings: run → turns holding it, only for runs some quotation has.
  const turns = quotes.filter((q) => q.kind === 'turn');
  const postings = new Map<number, Quote[]>();
  const add = (key: number, turn: Quote) => {
    // A run repeated within a turn is listed twice: harmless, and cheaper than a set per turn.
    const list = postings.get(key);
    if (list) list.push(turn);
    else postings.set(key, [turn]);
  };
  const [, , pairs, triples] = wantedRuns as [unknown, unknown, Set<number>, Set<number>];
  for (const turn of turns) {
    // Word ids two and one back; 0 for a word no quotation uses, which no run can cross.
    let a = 0;
    let b = 0;
    for (const w of words(turn.text)) {
      const c = vocabulary.get(w) ?? 0;
      if (c !== 0 && b !== 0) {
        const pair = b * 131072 + c;
        if (pairs.has(pair)) add(pair * 4 + 2, turn);
        if (a !== 0) {
          const triple = (a * 131072 + b) * 131072 + c;
          if (triples.has(triple)) add(triple * 4 + 3, turn);
        }
      }
      a = b;
      b = c;
    }
  }
  const bySource = groupBy(turns, (t) => t.source);
  const position = new Map<Quote, number>();
  for (const list of bySource.values()) list.forEach((t, i) => position.set(t, i));

  // A turn's runs, computed when it first becomes a candidate.
  const turnIds = new Map<Quote, number[]>();
  const runCache = [new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>()];
  const turnRuns = (turn: Quote, n: number) => {
    let set = runCache[n]!.get(turn);
    if (!set) {
      let ids = turnIds.get(turn);
      if (!ids) turnIds.set(turn, (ids = words(turn.text).map((w) => vocabulary.get(w) ?? 0)));
      runCache[n]!.set(turn, (set = runsOf(ids, n)));
    }
    return set;
  };

  let links = 0;
  for (const { q, n, runs } of wanted) {
    // Candidates: the turns holding the quotation's rarest run (a neighbouring cue may hold the rest).
    let rarest: Quote[] | undefined;
    for (const key of runs) {
      const list = postings.get(key * 4 + n);
      if (list && (!rarest || list.length < rarest.length)) rarest = list;
    }
    // A quotation made only of everyday phrases matches everywhere and proves nothing.
    if (!rarest || rarest.length > MAX_CANDIDATES) continue;
    const share = (turn: Quote) => runs.filter((key) => turnRuns(turn, n).has(key)).length / runs.length;
    let best: { turn: Quote; score: number } | null = null;
    for (const turn of new Set(rarest)) {
      if (turn.source === q.source) continue;
      let score = share(turn);
      if (score < MIN_COVERAGE) {
        const siblings = bySource.get(turn.source)!;
        const at = position.get(turn)!;
        const window = siblings.slice(Math.max(0, at - WINDOW), at + WINDOW + 1).filter((t) => t.speaker?.slug === turn.speaker?.slug);
        score = runs.filter((key) => window.some((t) => turnRuns(t, n).has(key))).length / runs.length;
      }
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
