/**
 * Where pasted words sit in a quote, and how they differ from it, word by word. The quote's words
 * near the pasted ones are found first (a window around the densest run of shared words), then the
 * two word sequences are aligned by jsdiff's `diffArrays` (Myers' diff) on normalised words: case,
 * punctuation and diacritics never count as differences. Parts split at ellipses are aligned in
 * order, each after the one before.
 */
import { diffArrays } from 'diff';
import type { Token } from '../tokenize.ts';
import type { PastedPart } from './input.ts';
import { isContentWord } from './words.ts';

/**
 * One step of the comparison, in the source's words:
 * - `same`: words the source has, as pasted;
 * - `omitted`: words of the source left out of the pasted line;
 * - `added`: pasted words the source does not have (`text` is the pasted words);
 * - `changed`: source words the pasted line replaces (`text`) with others (`pasted`).
 */
export interface DiffOp {
  op: 'same' | 'omitted' | 'added' | 'changed';
  text: string;
  /** For `changed`: the pasted words in place of `text`. */
  pasted?: string;
  /** Which ellipsis part of the pasted line (0-based). */
  part: number;
  /** For ops in the source's words: their character offsets in the quote text. */
  start?: number;
  end?: number;
}

export interface Alignment {
  ops: DiffOp[];
  /** Pasted words matched exactly, pasted words in all, and source words in the aligned region. */
  same: number;
  pasted: number;
  region: number;
  /** Character range of the aligned region in the quote text (first part's start to last part's end). */
  start: number;
  end: number;
  /** Pasted words not aligned but found in the quote near the region: words moved, as in reordered clauses. */
  moved: number;
}

/** Diffs longer than this many edits per pasted word are not worth finishing: no close match. */
const MAX_EDITS_PER_WORD = 1;

/**
 * The start of the window of `size` source words holding the most pasted words (content words count
 * fully, function words a little; a word counts no more often than it was pasted), searched from
 * `from` on. Linear: one sliding count.
 */
function bestWindow(source: Token[], pasted: Token[], from: number, size: number): number {
  const want = new Map<string, number>();
  for (const t of pasted) want.set(t.term, (want.get(t.term) ?? 0) + 1);
  const weight = (term: string) => (isContentWord(term) ? 1 : 0.2);
  const have = new Map<string, number>();
  let score = 0;
  const add = (term: string) => {
    const n = have.get(term) ?? 0;
    have.set(term, n + 1);
    if (n < (want.get(term) ?? 0)) score += weight(term);
  };
  const remove = (term: string) => {
    const n = have.get(term)! - 1;
    have.set(term, n);
    if (n < (want.get(term) ?? 0)) score -= weight(term);
  };
  const end = Math.min(source.length, from + size);
  for (let i = from; i < end; i++) add(source[i]!.term);
  let best = from;
  let lastBest = from;
  let bestScore = score;
  for (let i = from + 1; i + size <= source.length; i++) {
    remove(source[i - 1]!.term);
    add(source[i + size - 1]!.term);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = lastBest = i;
    } else if (Math.abs(score - bestScore) <= 1e-9 && lastBest === i - 1) lastBest = i;
  }
  // Equally good neighbouring windows hold the same words: the middle one leaves room on both sides.
  return Math.round((best + lastBest) / 2);
}

type Step = { kind: 'same' | 'removed' | 'added'; src: Token[]; typed: Token[] };

/** jsdiff's changes as steps holding the tokens on each side; null past the edit budget. */
function diffSteps(source: Token[], pasted: Token[], budget: number): Step[] | null {
  if (source.length === 0 || pasted.length === 0) {
    const out: Step[] = [];
    if (source.length) out.push({ kind: 'removed', src: source, typed: [] });
    if (pasted.length) out.push({ kind: 'added', src: [], typed: pasted });
    return out;
  }
  const changes = diffArrays(
    source.map((t) => t.term),
    pasted.map((t) => t.term),
    { maxEditLength: budget },
  );
  if (!changes) return null;
  const out: Step[] = [];
  let s = 0;
  let p = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) out.push({ kind: 'added', src: [], typed: pasted.slice(p, (p += n)) });
    else if (c.removed) out.push({ kind: 'removed', src: source.slice(s, (s += n)), typed: [] });
    else out.push({ kind: 'same', src: source.slice(s, (s += n)), typed: pasted.slice(p, (p += n)) });
  }
  return out;
}

const reversed = (list: Step[]): Step[] => list.reverse().map((st) => ({ ...st, src: st.src.slice().reverse(), typed: st.typed.slice().reverse() }));

/**
 * The alignment, compact: a diff has many equally short answers, and for "It would take…" in a window
 * that says "it" and "would" earlier too, it may match those. So the longest run of matched words is
 * kept as the anchor, and the words before it are aligned again from the anchor backwards (a diff of
 * the reversed words), those after it from the anchor forwards: each matches as near the anchor as
 * it can, and stray matches far away become words outside the quotation.
 */
function steps(source: Token[], pasted: Token[]): Step[] | null {
  // The window's extra words are edits too (they lie outside the quotation): budget them, plus the pasted words.
  const budget = source.length + Math.max(8, pasted.length * MAX_EDITS_PER_WORD);
  const first = diffSteps(source, pasted, budget);
  if (!first) return null;
  let anchor = -1;
  for (let i = 0; i < first.length; i++) if (first[i]!.kind === 'same' && (anchor < 0 || first[i]!.typed.length > first[anchor]!.typed.length)) anchor = i;
  if (anchor < 0) return first;
  const a = first[anchor]!;
  const srcStart = source.indexOf(a.src[0]!);
  const typedStart = pasted.indexOf(a.typed[0]!);
  const before = diffSteps(source.slice(0, srcStart).reverse(), pasted.slice(0, typedStart).reverse(), budget);
  const after = diffSteps(source.slice(srcStart + a.src.length), pasted.slice(typedStart + a.typed.length), budget);
  if (!before || !after) return first;
  return merge([...reversed(before), a, ...after]);
}

/** Neighbouring steps of one kind as one. */
function merge(list: Step[]): Step[] {
  const out: Step[] = [];
  for (const st of list) {
    const last = out.at(-1);
    if (last && last.kind === st.kind) out[out.length - 1] = { kind: st.kind, src: [...last.src, ...st.src], typed: [...last.typed, ...st.typed] };
    else out.push(st);
  }
  return out;
}

/**
 * Source words before the first and after the last pasted word lie outside the quotation: they are
 * trimmed, except as many as pasted words replace at that edge (a changed first or last word).
 */
function trimEdges(list: Step[]): Step[] {
  const out = list.slice();
  // "many, many billions" against "many billions": the diff may keep the first "many" and omit the
  // second. The same words either way, but only an omission at the edge lies outside the quotation.
  const sameTerms = (a: Token[], b: Token[]) => a.length === b.length && a.every((t, i) => t.term === b[i]!.term);
  if (out[0]?.kind === 'same' && out[1]?.kind === 'removed' && sameTerms(out[0].src, out[1].src)) [out[0], out[1]] = [{ ...out[1] }, { ...out[0], src: out[1].src }];
  const n = out.length;
  if (out[n - 1]?.kind === 'same' && out[n - 2]?.kind === 'removed' && sameTerms(out[n - 1]!.src, out[n - 2]!.src)) [out[n - 2], out[n - 1]] = [{ ...out[n - 1]!, src: out[n - 2]!.src }, { ...out[n - 2]! }];
  const edge = (i: number, j: number, keepFromEnd: boolean) => {
    const removed = out[i];
    if (!removed || removed.kind !== 'removed') return;
    const typed = out[j]?.kind === 'added' ? out[j]!.typed.length : 0;
    if (typed === 0) out[i] = { ...removed, src: [] };
    else out[i] = { ...removed, src: keepFromEnd ? removed.src.slice(-typed) : removed.src.slice(0, typed) };
  };
  // jsdiff puts a removal before the addition that replaces it.
  edge(0, 1, true);
  const last = out.length - 1;
  if (out[last]?.kind === 'removed') edge(last, last - 1, false);
  else if (out[last]?.kind === 'added' && out[last - 1]?.kind === 'removed') edge(last - 1, last, false);
  return out.filter((st) => st.src.length + st.typed.length > 0);
}

const slice = (text: string, tokens: Token[]) => text.slice(tokens[0]!.start, tokens.at(-1)!.end);

/** Steps → ops: a removal next to an addition is one change; the rest keep their kind. */
function toOps(list: Step[], quote: string, part: PastedPart, index: number): DiffOp[] {
  const ops: DiffOp[] = [];
  for (let i = 0; i < list.length; i++) {
    const st = list[i]!;
    const next = list[i + 1];
    if (st.kind === 'removed' && next?.kind === 'added') {
      ops.push({ op: 'changed', text: slice(quote, st.src), pasted: slice(part.text, next.typed), part: index, start: st.src[0]!.start, end: st.src.at(-1)!.end });
      i++;
    } else if (st.kind === 'added' && next?.kind === 'removed') {
      ops.push({ op: 'changed', text: slice(quote, next.src), pasted: slice(part.text, st.typed), part: index, start: next.src[0]!.start, end: next.src.at(-1)!.end });
      i++;
    } else if (st.kind === 'added') ops.push({ op: 'added', text: slice(part.text, st.typed), part: index });
    else ops.push({ op: st.kind === 'same' ? 'same' : 'omitted', text: slice(quote, st.src), part: index, start: st.src[0]!.start, end: st.src.at(-1)!.end });
  }
  return ops;
}

/**
 * Aligns the pasted parts with one quote, in order. The alignment is null when a part cannot be
 * aligned within the edit budget (the words are too different for a word-by-word comparison to mean
 * anything); `around` is the stretch of the quote's words where the parts were looked for.
 */
export function align(quoteText: string, source: Token[], parts: PastedPart[]): { alignment: Alignment | null; around: Token[] } {
  const ops: DiffOp[] = [];
  let first = -1;
  let last = 0;
  const fail = () => ({ alignment: null, around: source.slice(Math.max(0, first), Math.max(last, first + 1)) });
  let from = 0;
  let same = 0;
  let pasted = 0;
  let region = 0;
  let start = -1;
  let end = -1;
  let moved = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (from >= source.length) return fail();
    // Room on both sides: the alignment, not the window, decides where the quotation starts and ends.
    const size = part.tokens.length + Math.max(8, part.tokens.length);
    const at = bestWindow(source, part.tokens, from, size);
    // The window only locates the words; the diff gets a margin around it, so that a quotation at
    // the window's edge is not cut (trimming and the anchored diff keep the margin out of the match).
    const margin = Math.ceil(part.tokens.length / 2) + 4;
    const lo = Math.max(from, at - margin);
    const hi = Math.min(source.length, at + size + margin);
    if (first < 0) first = at;
    last = Math.min(source.length, at + size);
    const window = source.slice(lo, hi);
    const found = steps(window, part.tokens);
    if (!found) return fail();
    const trimmed = trimEdges(found);
    const partOps = toOps(trimmed, quoteText, part, k);
    const used = trimmed.flatMap((st) => st.src);
    if (used.length > 0) {
      if (start < 0) start = used[0]!.start;
      end = used.at(-1)!.end;
      from = source.indexOf(used.at(-1)!) + 1;
    }
    same += trimmed.filter((st) => st.kind === 'same').reduce((n, st) => n + st.typed.length, 0);
    // Added words the window has outside the aligned stretch were moved, not added.
    const alignedSrc = new Set(used);
    const elsewhere = new Map<string, number>();
    for (const t of window) if (!alignedSrc.has(t)) elsewhere.set(t.term, (elsewhere.get(t.term) ?? 0) + 1);
    for (const st of trimmed) {
      if (st.kind !== 'added') continue;
      for (const t of st.typed) {
        const left = elsewhere.get(t.term) ?? 0;
        if (left > 0) {
          moved++;
          elsewhere.set(t.term, left - 1);
        }
      }
    }
    pasted += part.tokens.length;
    region += used.length;
    ops.push(...partOps);
  }
  return { alignment: { ops, same, pasted, region, start: Math.max(0, start), end: Math.max(0, end), moved }, around: source.slice(Math.max(0, first), last) };
}
