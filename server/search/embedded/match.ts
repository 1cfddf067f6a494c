/**
 * Which documents a query matches: every positive part (all of them, Meilisearch's
 * `matchingStrategy: "all"`), none of the excluded parts, and the filters. Alongside, for each
 * matching document, the typos and exact words it matched with (the scratch `typos` and `exact`
 * arrays), which the ranking's typo and exactness rules read.
 *
 * Each part is applied the cheaper of two ways: reading its postings (cost: their length) or
 * scanning the forward index of the documents still in the running (cost: their count × mean
 * document length). A rare word therefore narrows the set first and a common word is then checked
 * document by document rather than by walking its huge postings list.
 */
import type { QueryPart } from '../query.ts';
import type { SearchFilters } from '../engine.ts';
import { deriveWord, Via, type Derivation } from './derive.ts';
import { allowedValues, applyFilters, placeholderDocs } from './filters.ts';
import { attributeOf, POSITION_LIMIT, positionCosts, positionOf, type EmbeddedIndex } from './layout.ts';

/** A query part resolved against the vocabulary. */
export interface PreparedPart {
  part: QueryPart;
  /** For a word: the terms it matches, best first. Empty when it matches nothing. */
  derivations: Derivation[];
  /** For a phrase: its term ids in order; null for a word. A phrase with an unknown word has `[]`. */
  phrase: number[] | null;
  /** Query words this part holds. */
  words: number;
  /** Postings entries that applying this part by its postings would read. */
  cost: number;
  /** Word-position costs by position for this part, from its place in the query (`positionCosts`). */
  positionCost: Uint8Array;
}

/** Resolve a part. Excluded parts match exactly (no typo, no prefix), as in Meilisearch. */
export function preparePart(index: EmbeddedIndex, part: QueryPart, exactOnly = false, queryPosition = 0): PreparedPart {
  const positionCost = positionCosts(queryPosition);
  const { vocab, postingStart } = index;
  const length = (t: number) => postingStart[t + 1]! - postingStart[t]!;
  if (part.kind === 'word') {
    let derivations: Derivation[];
    if (exactOnly) {
      const id = vocab.ids.get(part.term);
      derivations = id === undefined ? [] : [{ term: id, typos: 0, via: Via.Exact }];
    } else {
      derivations = deriveWord(vocab, part);
    }
    let cost = 0;
    for (const d of derivations) cost += length(d.term);
    return { part, derivations, phrase: null, words: 1, cost, positionCost };
  }
  const ids = part.terms.map((t) => vocab.ids.get(t));
  if (ids.some((id) => id === undefined)) return { part, derivations: [], phrase: [], words: part.terms.length, cost: 0, positionCost };
  const phrase = ids as number[];
  let cost = Infinity;
  for (const t of phrase) cost = Math.min(cost, length(t));
  return { part, derivations: [], phrase, words: phrase.length, cost, positionCost };
}

/** True when the part can match no document at all. */
function isEmpty(p: PreparedPart): boolean {
  return p.phrase ? p.phrase.length === 0 : p.derivations.length === 0;
}

function nextGeneration(index: EmbeddedIndex): number {
  const s = index.scratch;
  if (s.generation >= 0xfffffff0) {
    s.stamp.fill(0);
    s.generation = 0;
  }
  return ++s.generation;
}

/**
 * Where doc `d` first contains the phrase — consecutive, in order, within one attribute — as a
 * `firstPosition` code, or -1 when it does not. `notBefore`, a `firstPosition` code, is where the
 * phrase is known not to start earlier (from where one of its words first occurs).
 */
export function findPhrase(index: EmbeddedIndex, d: number, phrase: number[], notBefore = 0): number {
  const { tokens, tokenStart, textEnd, nameEnd } = index;
  const first = phrase[0]!;
  const len = phrase.length;
  const skipAttr = attributeOf(notBefore);
  let from = tokenStart[d]!;
  for (let attr = 0; attr < 3; attr++) {
    const end = attr === 0 ? textEnd[d]! : attr === 1 ? nameEnd[d]! : tokenStart[d + 1]!;
    if (attr < skipAttr) {
      from = end;
      continue;
    }
    for (let i = attr === skipAttr ? from + positionOf(notBefore) : from; i + len <= end; i++) {
      if (tokens[i] !== first) continue;
      let k = 1;
      while (k < len && tokens[i + k] === phrase[k]) k++;
      if (k === len) return attr * POSITION_LIMIT + Math.min(i - from, POSITION_LIMIT - 1);
    }
    from = end;
  }
  return -1;
}

// Term codes while a word is matched document by document: 1 exact, 2 prefix, 3 one typo, 4 two typos.
const codeOf = (d: Derivation) => (d.via === Via.Exact ? 1 : d.typos === 0 ? 2 : 2 + d.typos);

/**
 * The documents matching all `parts`, none of `excluded`, and the filters, ascending. The scratch
 * arrays `typos`, `exact`, `attribute` and `position` hold each returned document's figures for
 * the ranking rules (for a single word, `best` holds its `firstPosition` code instead of
 * `attribute`/`position`). The result is a view of the scratch `list`: valid until the next match.
 */
export function matchDocuments(
  index: EmbeddedIndex,
  parts: PreparedPart[],
  excluded: PreparedPart[],
  filters: SearchFilters | undefined,
): Uint32Array {
  const allowed = allowedValues(index, filters);
  if (allowed === null) return new Uint32Array(0);
  const list = index.scratch.list;
  let count: number;
  if (parts.length === 0) {
    count = placeholderDocs(index, allowed).length;
  } else {
    if (parts.some(isEmpty)) return new Uint32Array(0);
    // Rarest part first: every later step only narrows its result.
    const ordered = parts.slice().sort((a, b) => a.cost - b.cost);
    const first = ordered[0]!;
    let g = nextGeneration(index);
    // A single word leaves its figures as `best` codes: ranking reads them only for the docs it needs.
    count = first.phrase ? startWithPhrase(index, first, g) : startWithWord(index, first, g, parts.length > 1);
    count = applyFilters(list, count, allowed);
    for (let p = 1; p < ordered.length && count > 0; p++) {
      const part = ordered[p]!;
      if (part.phrase) {
        count = narrowByPhrase(index, part, count);
      } else if (count * index.meanTokens < postingsCost(index, part, count)) {
        count = narrowByScan(index, part, count);
      } else {
        const g2 = nextGeneration(index);
        count = narrowByPostings(index, part, count, g, g2);
        g = g2;
      }
    }
  }
  for (const part of excluded) {
    if (count === 0) break;
    if (!isEmpty(part)) count = exclude(index, list, count, part);
  }
  return list.subarray(0, count);
}

/** The documents containing the phrase, into the scratch list; returns their count. */
function startWithPhrase(index: EmbeddedIndex, part: PreparedPart, g: number): number {
  const { stamp, typos, exact, attribute, position, list } = index.scratch;
  const { postings, postingStart, firstPosition } = index;
  const phrase = part.phrase!;
  const rarest = rarestTerm(index, phrase);
  // The phrase holds the rarest word `offset` words in, so it cannot start more than `offset` words
  // before that word's first occurrence.
  const offset = phrase.indexOf(rarest);
  let count = 0;
  for (let i = postingStart[rarest]!, end = postingStart[rarest + 1]!; i < end; i++) {
    const d = postings[i]!;
    const code = firstPosition[i]!;
    const at = findPhrase(index, d, phrase, code - Math.min(offset, positionOf(code)));
    if (at < 0) continue;
    stamp[d] = g;
    typos[d] = 0;
    exact[d] = part.words;
    attribute[d] = attributeOf(at);
    position[d] = part.positionCost[positionOf(at)]!;
    list[count++] = d;
  }
  return count;
}

/**
 * The documents containing any derivation of the word, ascending, into the scratch list. Their
 * `firstPosition` codes are left in `best`, and also added to `attribute`/`position` when `fold`.
 */
function startWithWord(index: EmbeddedIndex, part: PreparedPart, g: number, fold: boolean): number {
  const { stamp, typos, exact, attribute, position, best, list } = index.scratch;
  const { postings, postingStart, firstPosition } = index;
  const n = index.docs.length;
  let count = 0;
  // Best derivations first: a document's first hit sets its typos and exactness.
  for (const dv of part.derivations) {
    const isExact = dv.via === Via.Exact ? 1 : 0;
    const typo = dv.typos;
    for (let i = postingStart[dv.term]!, end = postingStart[dv.term + 1]!; i < end; i++) {
      const d = postings[i]!;
      if (stamp[d] !== g) {
        stamp[d] = g;
        typos[d] = typo;
        exact[d] = isExact;
        best[d] = firstPosition[i]!;
        list[count++] = d;
      } else if (firstPosition[i]! < best[d]!) {
        best[d] = firstPosition[i]!;
      }
    }
  }
  if (part.derivations.length > 1) {
    // Unions of several postings lists come out unordered: reorder by the stamps when dense.
    if (count * 16 > n) {
      count = 0;
      for (let d = 0; d < n; d++) if (stamp[d] === g) list[count++] = d;
    } else {
      list.subarray(0, count).sort();
    }
  }
  if (fold) {
    for (let i = 0; i < count; i++) {
      const d = list[i]!;
      const at = best[d]!;
      attribute[d] = attributeOf(at);
      position[d] = part.positionCost[positionOf(at)]!;
    }
  }
  return count;
}

/** Keep the candidates containing the phrase. */
function narrowByPhrase(index: EmbeddedIndex, part: PreparedPart, count: number): number {
  const { exact, attribute, position, list } = index.scratch;
  const phrase = part.phrase!;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const d = list[i]!;
    const at = findPhrase(index, d, phrase);
    if (at < 0) continue;
    exact[d]! += part.words;
    attribute[d]! += attributeOf(at);
    position[d]! += part.positionCost[positionOf(at)]!;
    list[kept++] = d;
  }
  return kept;
}

/** Keep the candidates containing a derivation of the word, found by scanning their words. */
function narrowByScan(index: EmbeddedIndex, part: PreparedPart, count: number): number {
  const { typos, exact, attribute, position, list, termCode: code } = index.scratch;
  const { tokens, tokenStart, textEnd, nameEnd } = index;
  for (const dv of part.derivations) code[dv.term] = codeOf(dv);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const d = list[i]!;
    let found = 255;
    let at = -1;
    const start = tokenStart[d]!;
    for (let k = start, end = tokenStart[d + 1]!; k < end; k++) {
      const c = code[tokens[k]!]!;
      if (c === 0) continue;
      if (at < 0) at = k;
      if (c < found) found = c;
    }
    if (at < 0) continue;
    typos[d]! += found <= 2 ? 0 : found - 2;
    exact[d]! += found === 1 ? 1 : 0;
    // The first matching token is the best placed one: tokens are laid out by attribute, then position.
    const tEnd = textEnd[d]!;
    const nEnd = nameEnd[d]!;
    attribute[d]! += at < tEnd ? 0 : at < nEnd ? 1 : 2;
    position[d]! += part.positionCost[Math.min(at < tEnd ? at - start : at < nEnd ? at - tEnd : at - nEnd, POSITION_LIMIT - 1)]!;
    list[kept++] = d;
  }
  for (const dv of part.derivations) code[dv.term] = 0;
  return kept;
}

/**
 * Keep the candidates (stamped `g`) found in the postings of a derivation of the word; they are
 * stamped `g2`.
 */
function narrowByPostings(index: EmbeddedIndex, part: PreparedPart, count: number, g: number, g2: number): number {
  const { stamp, typos, exact, attribute, position, best, list } = index.scratch;
  const { postings, postingStart, firstPosition } = index;
  for (const dv of part.derivations) {
    const isExact = dv.via === Via.Exact ? 1 : 0;
    const typo = dv.typos;
    const lo = postingStart[dv.term]!;
    const hi = postingStart[dv.term + 1]!;
    // Posting i names document d: a candidate still in the running matches this part.
    const visit = (i: number, d: number) => {
      const s = stamp[d];
      if (s === g) {
        stamp[d] = g2;
        typos[d]! += typo;
        exact[d]! += isExact;
        best[d] = firstPosition[i]!;
      } else if (s === g2 && firstPosition[i]! < best[d]!) {
        best[d] = firstPosition[i]!;
      }
    };
    if (count * GALLOP_FACTOR < hi - lo) {
      // Few candidates against a long list: look each one up rather than read the whole list.
      gallop(postings, lo, hi, list, count, visit);
      continue;
    }
    for (let i = lo; i < hi; i++) visit(i, postings[i]!);
  }
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const d = list[i]!;
    if (stamp[d] !== g2) continue;
    const at = best[d]!;
    attribute[d]! += attributeOf(at);
    position[d]! += part.positionCost[positionOf(at)]!;
    list[kept++] = d;
  }
  return kept;
}

const GALLOP_FACTOR = 8;

/** What applying `part` by its postings costs against `count` candidates, in list entries read. */
function postingsCost(index: EmbeddedIndex, part: PreparedPart, count: number): number {
  const { postingStart } = index;
  let cost = 0;
  for (const dv of part.derivations) {
    const length = postingStart[dv.term + 1]! - postingStart[dv.term]!;
    cost += count * GALLOP_FACTOR < length ? count * (2 + Math.log2(length / count)) : length;
  }
  return cost;
}

/**
 * Call `visit(i, d)` for each doc `d` of `list[0..count)` (ascending) found in `postings[lo..hi)`
 * (ascending), with `i` its position there: an exponential then binary search from the last find.
 */
function gallop(
  postings: Uint32Array,
  lo: number,
  hi: number,
  list: Uint32Array,
  count: number,
  visit: (i: number, d: number) => void,
): void {
  let p = lo;
  for (let k = 0; k < count && p < hi; k++) {
    const d = list[k]!;
    if (postings[p]! < d) {
      let step = 1;
      let q = p + 1;
      while (q < hi && postings[q]! < d) {
        p = q;
        step *= 2;
        q = p + step;
      }
      let a = p + 1;
      let b = Math.min(q, hi);
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (postings[mid]! < d) a = mid + 1;
        else b = mid;
      }
      p = a;
    }
    if (p < hi && postings[p] === d) visit(p, d);
  }
}

function rarestTerm(index: EmbeddedIndex, phrase: number[]): number {
  const { postingStart } = index;
  let best = phrase[0]!;
  for (const t of phrase) if (postingStart[t + 1]! - postingStart[t]! < postingStart[best + 1]! - postingStart[best]!) best = t;
  return best;
}

/** Drop from `list[0..count)` the documents containing `part`; keeps the order. Returns the new count. */
function exclude(index: EmbeddedIndex, list: Uint32Array, count: number, part: PreparedPart): number {
  const { stamp } = index.scratch;
  const { postings, postingStart, tokens, tokenStart } = index;
  const term = part.phrase ? rarestTerm(index, part.phrase) : part.derivations[0]!.term;
  const postingsLength = postingStart[term + 1]! - postingStart[term]!;
  let kept = 0;
  if (count * index.meanTokens < postingsLength) {
    for (let i = 0; i < count; i++) {
      const d = list[i]!;
      let found = false;
      if (part.phrase) found = findPhrase(index, d, part.phrase) >= 0;
      else for (let k = tokenStart[d]!, end = tokenStart[d + 1]!; k < end && !found; k++) found = tokens[k] === term;
      if (!found) list[kept++] = d;
    }
    return kept;
  }
  const g = nextGeneration(index);
  for (let i = postingStart[term]!, end = postingStart[term + 1]!; i < end; i++) {
    const d = postings[i]!;
    if (!part.phrase || findPhrase(index, d, part.phrase) >= 0) stamp[d] = g;
  }
  for (let i = 0; i < count; i++) if (stamp[list[i]!] !== g) list[kept++] = list[i]!;
  return kept;
}
