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
import { IntTable } from '../util/int-table.ts';

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

/** A 31-bit hash of a word's letters and digits, lower-cased: `wordHash('Camera') === wordHash('camera')`. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

/**
 * Call `fn` with the hash of each word of a text, as `words` would split it, without building the
 * words (ASCII text; other text goes through `words`).
 */
function forEachWordHash(text: string, fn: (hash: number) => void): void {
  if (!ASCII.test(text)) {
    for (const w of words(text)) fn(wordHash(w));
    return;
  }
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      fn(h >>> 1);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
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

/**
 * Every turn's words as vocabulary ids (0: a word no quotation has, which no run can cross), end to
 * end in one array: turn t's are `ids[start[t] .. start[t + 1])`.
 */
function wordIds(turns: Quote[], vocabulary: IntTable): { ids: Int32Array; start: Uint32Array } {
  const start = new Uint32Array(turns.length + 1);
  let ids = new Int32Array(1024);
  let used = 0;
  turns.forEach((turn, t) => {
    start[t] = used;
    forEachWordHash(turn.text, (h) => {
      if (used === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[used++] = vocabulary.get(h);
    });
  });
  start[turns.length] = used;
  return { ids, start };
}

/** Postings: run → the turns holding it, only for runs some quotation has (pairs and triples). */
function runPostings(ids: Int32Array, start: Uint32Array, pairs: IntTable, triples: IntTable): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  const add = (key: number, t: number) => {
    // A run repeated within a turn is listed twice: harmless, and cheaper than a set per turn.
    const list = postings.get(key);
    if (list) list.push(t);
    else postings.set(key, [t]);
  };
  for (let t = 0; t + 1 < start.length; t++) {
    for (let i = start[t]! + 1, end = start[t + 1]!; i < end; i++) {
      const b = ids[i - 1]!;
      const c = ids[i]!;
      if (b === 0 || c === 0) continue;
      if (pairs.size > 0) {
        const pair = runHash(b, c, 0);
        if (pairs.has(pair)) add(pair, t);
      }
      const a = i - 2 >= start[t]! ? ids[i - 2]! : 0;
      if (a !== 0) {
        const triple = runHash(a, b, c);
        if (triples.has(triple)) add(triple, t);
      }
    }
  }
  return postings;
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
  // Words are looked up by a hash of their letters, so that scanning the turns allocates no strings.
  const vocabulary = new IntTable();
  const idOf = (w: string) => {
    const h = wordHash(w);
    let id = vocabulary.get(h);
    if (id === 0) vocabulary.set(h, (id = vocabulary.size + 1));
    return id;
  };
  const wanted = quotations.map(({ q, ws }) => {
    const n = runLength(ws.length);
    return { q, ws, n, runs: [...runsOf(ws.map(idOf), n)] };
  });
  const pairs = new IntTable();
  const triples = new IntTable();
  for (const w of wanted) for (const run of w.runs) (w.n === 2 ? pairs : triples).set(run);

  const turns = quotes.filter((q) => q.kind === 'turn');
  const turnIndex = new Map(turns.map((t, i) => [t, i]));
  const { ids, start } = wordIds(turns, vocabulary);
  const postings = runPostings(ids, start, pairs, triples);
  const bySource = groupBy(turns, (t) => t.source);
  const position = new Map<Quote, number>();
  for (const list of bySource.values()) list.forEach((t, i) => position.set(t, i));
  // Candidate turns' words, split when first needed.
  const turnWords = new Map<Quote, string[]>();
  const wordsOf = (turn: Quote) => {
    let ws = turnWords.get(turn);
    if (!ws) turnWords.set(turn, (ws = words(turn.text)));
    return ws;
  };

  let links = 0;
  for (const { q, ws, n, runs } of wanted) {
    // Candidates: the turns holding the quotation's rarest run (a neighbouring cue may hold the rest).
    let rarest: number[] | undefined;
    for (const key of runs) {
      const list = postings.get(key);
      if (list && (!rarest || list.length < rarest.length)) rarest = list;
    }
    // A quotation made only of everyday phrases matches everywhere and proves nothing.
    if (!rarest || rarest.length > MAX_CANDIDATES) continue;
    // Share of the quotation's runs the turns hold, read off their word ids.
    const runIndex = new IntTable(runs.length);
    runs.forEach((key, k) => runIndex.set(key, k + 1));
    const seen = new Uint8Array(runs.length);
    const share = (turnsHere: Quote[]) => {
      seen.fill(0);
      let found = 0;
      for (const turn of turnsHere) {
        const t = turnIndex.get(turn)!;
        for (let i = start[t]! + n - 1, end = start[t + 1]!; i < end; i++) {
          const a = ids[i - n + 1]!;
          const b = ids[i - n + 2]!;
          const c = n === 3 ? ids[i]! : 0;
          if (a === 0 || b === 0 || (n === 3 && c === 0)) continue;
          const k = runIndex.get(runHash(a, b, c));
          if (k !== 0 && seen[k - 1] === 0) {
            seen[k - 1] = 1;
            found++;
          }
        }
      }
      return 1 - (runs.length - found) / runs.length;
    };
    const candidates: Array<{ turn: Quote; words: string[]; score: number }> = [];
    for (const t of new Set(rarest)) {
      const turn = turns[t]!;
      if (turn.source === q.source) continue;
      const alone = share([turn]);
      if (alone >= MIN_COVERAGE) {
        candidates.push({ turn, words: wordsOf(turn), score: alone });
        continue;
      }
      // The turn with its neighbours by the same speaker: a sentence split across subtitle cues,
      // which only a line shorter than the quotation can be.
      if (start[t + 1]! - start[t]! >= ws.length) continue;
      const siblings = bySource.get(turn.source)!;
      const at = position.get(turn)!;
      const window = siblings.slice(Math.max(0, at - WINDOW), at + WINDOW + 1).filter((t) => t.speaker?.slug === turn.speaker?.slug);
      const together = window.length > 1 ? share(window) : 0;
      if (together >= MIN_COVERAGE) candidates.push({ turn, words: window.flatMap(wordsOf), score: together });
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
