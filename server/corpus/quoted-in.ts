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

/** Runs of 2 words for short quotations, else 3. */
const runLength = (words: number) => (words < 6 ? 2 : 3);

/**
 * A 31-bit hash of a run of word ids (`c` is 0 for a pair; ids start at 1): a small integer, fast as
 * a set or map key. Collisions are possible and harmless: a link is confirmed on the words themselves.
 */
function runHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 1;
}

function runsOf(ids: number[], n: number): Set<number> {
  const keys = new Set<number>();
  for (let i = 0; i + n <= ids.length; i++) keys.add(runHash(ids[i]!, ids[i + 1]!, n === 3 ? ids[i + 2]! : 0));
  return keys;
}

/** Exact share of a quotation's word runs found in a text (the check behind every link). */
function coverage(quotation: string[], text: string[], n: number): number {
  const runs = (ws: string[]) => new Set(ws.slice(0, ws.length - n + 1).map((_, i) => ws.slice(i, i + n).join(' ')));
  const wanted = runs(quotation);
  const found = runs(text);
  let hit = 0;
  for (const r of wanted) if (found.has(r)) hit++;
  return wanted.size === 0 ? 0 : hit / wanted.size;
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
  const vocabulary = new Map<string, number>();
  const idOf = (w: string) => {
    let id = vocabulary.get(w);
    if (id === undefined) vocabulary.set(w, (id = vocabulary.size + 1));
    return id;
  };
  const wanted = quotations.map(({ q, ws }) => {
    const n = runLength(ws.length);
    return { q, ws, n, runs: [...runsOf(ws.map(idOf), n)] };
  });
  const pairs = new Set(wanted.filter((w) => w.n === 2).flatMap((w) => w.runs));
  const triples = new Set(wanted.filter((w) => w.n === 3).flatMap((w) => w.runs));

  // Postings: run → turns holding it, only for runs some quotation has, in one pass over the turns.
  const turns = quotes.filter((q) => q.kind === 'turn');
  const turnWords = new Map<Quote, string[]>();
  const postings = new Map<number, Quote[]>();
  const add = (key: number, turn: Quote) => {
    // A run repeated within a turn is listed twice: harmless, and cheaper than a set per turn.
    const list = postings.get(key);
    if (list) list.push(turn);
    else postings.set(key, [turn]);
  };
  for (const turn of turns) {
    const ws = words(turn.text);
    turnWords.set(turn, ws);
    // Word ids two and one back; 0 for a word no quotation uses, which no run can cross.
    let a = 0;
    let b = 0;
    for (const w of ws) {
      const c = vocabulary.get(w) ?? 0;
      if (c !== 0 && b !== 0) {
        if (pairs.size > 0) {
          const pair = runHash(b, c, 0);
          if (pairs.has(pair)) add(pair, turn);
        }
        if (a !== 0) {
          const triple = runHash(a, b, c);
          if (triples.has(triple)) add(triple, turn);
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
  const runCache = [new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>(), new Map<Quote, Set<number>>()];
  const turnRuns = (turn: Quote, n: number) => {
    let set = runCache[n]!.get(turn);
    if (!set) runCache[n]!.set(turn, (set = runsOf(turnWords.get(turn)!.map((w) => vocabulary.get(w) ?? 0), n)));
    return set;
  };

  let links = 0;
  for (const { q, ws, n, runs } of wanted) {
    // Candidates: the turns holding the quotation's rarest run (a neighbouring cue may hold the rest).
    let rarest: Quote[] | undefined;
    for (const key of runs) {
      const list = postings.get(key);
      if (list && (!rarest || list.length < rarest.length)) rarest = list;
    }
    // A quotation made only of everyday phrases matches everywhere and proves nothing.
    if (!rarest || rarest.length > MAX_CANDIDATES) continue;
    const share = (turnsHere: Quote[]) => runs.filter((key) => turnsHere.some((t) => turnRuns(t, n).has(key))).length / runs.length;
    const candidates: Array<{ turn: Quote; words: string[]; score: number }> = [];
    for (const turn of new Set(rarest)) {
      if (turn.source === q.source) continue;
      const alone = share([turn]);
      if (alone >= MIN_COVERAGE) {
        candidates.push({ turn, words: turnWords.get(turn)!, score: alone });
        continue;
      }
      // The turn with its neighbours by the same speaker: a sentence split across subtitle cues.
      const siblings = bySource.get(turn.source)!;
      const at = position.get(turn)!;
      const window = siblings.slice(Math.max(0, at - WINDOW), at + WINDOW + 1).filter((t) => t.speaker?.slug === turn.speaker?.slug);
      const together = window.length > 1 ? share(window) : 0;
      if (together >= MIN_COVERAGE) candidates.push({ turn, words: window.flatMap((t) => turnWords.get(t)!), score: together });
    }
    candidates.sort((x, y) => y.score - x.score);
    const best = candidates.find((c) => coverage(ws, c.words, n) >= MIN_COVERAGE);
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
