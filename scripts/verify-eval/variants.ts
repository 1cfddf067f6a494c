/**
 * Lines as people misremember them, made from real lines of the corpus, each with the verdict a
 * careful reader would give it:
 * - exact: the line verbatim; trimmed at either end; with a stretch cut out and marked "…"; with its
 *   case and punctuation lost;
 * - close: one or two words dropped, added, or swapped for a WordNet synonym (the `synonyms` package);
 * - paraphrase: its clauses reordered (split at a comma or conjunction, the halves swapped);
 * - not-found: lines never said (`neverSaid.ts`).
 * Everything is drawn from a seeded generator: the same seed makes the same test set.
 */
import synonyms from 'synonyms';
import { Random } from '../bench/random.ts';
import type { Verdict } from '../../server/search/verify/judge.ts';
import { isContentWord } from '../../server/search/verify/words.ts';
import { normalizeTerm } from '../../server/search/tokenize.ts';

export type VariantKind = 'verbatim' | 'trimmed' | 'ellipsis' | 'case-punctuation' | 'dropped' | 'added' | 'synonym' | 'reordered' | 'never-said';

export interface Variant {
  kind: VariantKind;
  text: string;
  expected: Verdict;
  /** The quote the line was taken from (null for a line never said). */
  source: string | null;
  /** The line as it was said (before it was misremembered). */
  original: string | null;
}

const FILLERS = ['really', 'just', 'actually', 'very', 'certainly', 'truly', 'simply'];
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const bare = (w: string) => normalizeTerm(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/** A WordNet synonym of a word that differs from it, or null. */
function synonym(word: string, random: Random): string | null {
  const found = synonyms(bare(word)) as Record<string, string[]> | undefined;
  if (!found) return null;
  const options = Object.values(found)
    .flat()
    .filter((s) => !s.includes(' ') && !s.includes('_') && bare(s) !== bare(word) && /^[a-z]+$/.test(s));
  return options.length ? random.pick(options) : null;
}

/** Indices of words that are content words, away from the ends. */
function inner(ws: string[], content = true): number[] {
  return ws.map((w, i) => i).filter((i) => i > 0 && i < ws.length - 1 && (!content || isContentWord(bare(ws[i]!))));
}

export function variantsOf(line: string, source: string, random: Random): Variant[] {
  const ws = words(line);
  const out: Variant[] = [];
  const add = (kind: VariantKind, list: string[] | string, expected: Verdict) => out.push({ kind, text: Array.isArray(list) ? list.join(' ') : list, expected, source, original: line });
  add('verbatim', ws, 'exact');
  const cut = random.int(1, Math.min(3, Math.floor(ws.length / 4)));
  add('trimmed', ws.slice(cut, ws.length - random.int(0, cut)), 'exact');
  if (ws.length >= 12) {
    const at = random.int(3, ws.length - 7);
    add('ellipsis', [...ws.slice(0, at), '…', ...ws.slice(at + random.int(2, 4))], 'exact');
  }
  // Punctuation lost as people type it: a dash or hyphen becomes a space, an apostrophe stays.
  add('case-punctuation', line.toLowerCase().replace(/[^\p{L}\p{N}\s'’]+/gu, ' ').replace(/\s+/g, ' ').trim(), 'exact');
  const drop = inner(ws, false);
  if (drop.length >= 2 && ws.length >= 8) {
    const i = random.pick(drop);
    add('dropped', ws.filter((_, k) => k !== i && (ws.length < 14 || k !== i + 2)), 'close');
  }
  if (ws.length >= 8) {
    const at = random.int(1, ws.length - 1);
    add('added', [...ws.slice(0, at), random.pick(FILLERS), ...ws.slice(at)], 'close');
  }
  const swappable = inner(ws).filter((i) => synonym(ws[i]!, new Random(i)) !== null);
  if (swappable.length && ws.length >= 8) {
    const i = random.pick(swappable);
    const copy = ws.slice();
    copy[i] = synonym(ws[i]!, random)!;
    add('synonym', copy, 'close');
  }
  // Clauses: split at a comma or a conjunction near the middle, and swap the halves.
  const splits = ws.map((w, i) => i).filter((i) => i >= 3 && i <= ws.length - 4 && (/,$/.test(ws[i - 1]!) || /^(?:and|but|because|so|when|while)$/i.test(ws[i]!)));
  if (splits.length && ws.length >= 10) {
    const i = random.pick(splits);
    const first = ws.slice(0, i).join(' ').replace(/,$/, '');
    const second = ws.slice(i).join(' ').replace(/[.?!]$/, '');
    add('reordered', `${second}, ${first}`, 'paraphrase');
  }
  return out;
}

/** A stretch of 8 to 30 words of a quote, starting at a sentence start when there is one. */
export function lineOf(text: string, random: Random): string | null {
  const sentences = text.split(/(?<=[.?!])\s+/).filter((s) => words(s).length >= 8);
  if (sentences.length === 0) return null;
  const sentence = random.pick(sentences);
  const ws = words(sentence);
  return ws.slice(0, Math.min(ws.length, random.int(12, 30))).join(' ');
}
