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
  let bestScore = score;
  for (let i = from + 1; i + size <= source.length; i++) {
    remove(source[i - 1]!.term);
    add(source[i + size - 1]!.term);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

type Step = { kind: 'same' | 'removed' | 'added'; src: Token[]; typed: Token[] };

/** jsdiff's changes as steps holding the tokens on each side. */
function steps(source: Token[], pasted: Token[]): Step[] | null {
  const changes = diffArrays(
    source.map((t) => t.term),
    pasted.map((t) => t.term),
    { maxEditLength: Math.max(8, pasted.length * MAX_EDITS_PER_WORD) },
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

/**
 * Source words before the first and after the last pasted word lie outside the quotation: they are
 * trimmed, except as many as pasted words replace at that edge (a changed first or last word).
 */
function trimEdges(list: Step[]): Step[] {
  const out = list.slice();
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
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (from >= source.length) return fail();
    const size = part.tokens.length + Math.max(6, Math.ceil(part.tokens.length / 2));
    const at = bestWindow(source, part.tokens, from, size);
    if (first < 0) first = at;
    last = Math.min(source.length, at + size);
    const window = source.slice(at, at + size);
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
    pasted += part.tokens.length;
    region += used.length;
    ops.push(...partOps);
  }
  return { alignment: { ops, same, pasted, region, start: Math.max(0, start), end: Math.max(0, end) }, around: source.slice(Math.max(0, first), last) };
}
