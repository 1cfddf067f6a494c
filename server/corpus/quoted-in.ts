/**
 * "Quoted in": a quotation in a review or article is linked to the interview or film line it
 * reproduces. A link is a claim that these are the same words, so it is made only when they are:
 * the quotation's normalised words (case, accents and punctuation aside; a "…" may leave words out)
 * appear in order in one line, or in a few consecutive lines of the same speaker (a sentence split
 * across subtitle cues), and the quotation is at least eight words long or is the whole of a short
 * line (or of one sentence of a line). Links stay within a collection unless its registry names related collections.
 *
 * A link never changes an attribution a said-clause made (a link whose line has another named
 * speaker is not made at all); it names the speaker of an unattributed quotation only when the
 * words match exactly, with nothing left out.
 *
 * Linear in the words: word triples are indexed only where some quotation has them.
 */
import type { Collection, Quote } from './model.ts';
import { idWords } from './ids.ts';
import { groupBy } from '../util/group-by.ts';

/** Fewest words of a quotation linked to part of a line. */
const MIN_WORDS = 8;
/** Fewest words of a quotation linked to a whole line ("a complete short line"). */
const MIN_LINE_WORDS = 3;
/** Neighbouring lines (each side) a quotation split across cues may span. */
const WINDOW = 2;
/** A run of words found in more lines than this is everyday language: it proves nothing. */
const MAX_CANDIDATES = 200;

/** What linking found, for the index summary. */
export interface QuotedInResult {
  links: number;
  /** Unattributed quotations given the speaker of the line they reproduce exactly. */
  named: number;
  /** A few links, for reading: the quotation's words and where they were said. */
  sample: Array<{ quotation: string; quotationSource: string; line: string; lineSource: string; speaker: string | null }>;
}

/** A quotation's words in the pieces an ellipsis or a bracketed insertion leaves ("… [the film] …"). */
function segments(text: string): string[][] {
  return text
    .split(/…|\.\s?\.\s?\.|\[[^\]]{0,80}\]/)
    .map(idWords)
    .filter((w) => w.length > 0);
}

/** Whether each segment appears contiguously, in order, in `line`. */
function inOrder(parts: string[][], line: string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = indexOfRun(line, part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

function indexOfRun(line: string[], run: string[], from: number): number {
  outer: for (let i = from; i + run.length <= line.length; i++) {
    for (let k = 0; k < run.length; k++) if (line[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

function sentencesOf(text: string): string[][] {
  return text.split(/(?<=[.!?…]["”’)]?)\s+/).map(idWords).filter((w) => w.length > 0);
}

/**
 * Quotations by a word triple, looked up word by word: every triple of every line is looked up, and
 * nearly all miss, so none of them is built as a string.
 */
class Triples {
  private readonly first = new Map<string, Map<string, Map<string, number[]>>>();

  add(ws: string[], i: number, value: number): void {
    let second = this.first.get(ws[i]!);
    if (!second) this.first.set(ws[i]!, (second = new Map()));
    let third = second.get(ws[i + 1]!);
    if (!third) second.set(ws[i + 1]!, (third = new Map()));
    const list = third.get(ws[i + 2]!);
    if (list) list.push(value);
    else third.set(ws[i + 2]!, [value]);
  }

  get(ws: string[], i: number): number[] | undefined {
    return this.first.get(ws[i]!)?.get(ws[i + 1]!)?.get(ws[i + 2]!);
  }
}

/** `make` for a line (by its number among the turns), made the first time it is asked for. */
function perLine<T>(make: (t: number) => T): (t: number) => T {
  const made = new Map<number, T>();
  return (t) => {
    let out = made.get(t);
    if (out === undefined) made.set(t, (out = make(t)));
    return out;
  };
}

/** Collections whose quotations may link to each collection's lines: itself, and what its registry relates. */
function scopes(collections: Collection[]): (from: string, to: string) => boolean {
  const related = new Map<string, Set<string>>();
  for (const c of collections) {
    for (const other of c.related ?? []) {
      if (!related.has(c.slug)) related.set(c.slug, new Set());
      if (!related.has(other)) related.set(other, new Set());
      related.get(c.slug)!.add(other);
      related.get(other)!.add(c.slug);
    }
  }
  return (from, to) => from === to || (related.get(from)?.has(to) ?? false);
}

/** Link quotations to the lines they reproduce; fills `reproduces` and `quotedIn` in place. */
export function linkQuotedIn(quotes: Quote[], collections: Collection[] = []): QuotedInResult {
  // Idempotent: links are recomputed from scratch over whatever set of quotes is given.
  for (const q of quotes) {
    q.quotedIn = [];
    delete q.reproduces;
  }
  const result: QuotedInResult = { links: 0, named: 0, sample: [] };
  const quotations = quotes
    .filter((q) => q.kind === 'quotation')
    .map((q) => ({ q, parts: segments(q.text) }))
    .map((x) => ({ ...x, count: x.parts.reduce((n, p) => n + p.length, 0) }))
    .filter((x) => x.count >= MIN_LINE_WORDS && x.parts.some((p) => p.length >= 3));
  if (quotations.length === 0) return result;

  // Each quotation is looked up by the first triple of its longest piece.
  const wanted = new Triples();
  quotations.forEach((x, i) => {
    const longest = x.parts.reduce((a, b) => (b.length > a.length ? b : a));
    wanted.add(longest, 0, i);
  });
  const turns = quotes.filter((q) => q.kind === 'turn');
  const turnWords = turns.map((t) => idWords(t.text));
  const candidates = new Map<number, Set<number>>();
  turnWords.forEach((ws, t) => {
    for (let i = 0; i + 2 < ws.length; i++) {
      const hit = wanted.get(ws, i);
      if (!hit) continue;
      for (const qi of hit) {
        let lines = candidates.get(qi);
        if (!lines) candidates.set(qi, (lines = new Set()));
        // Past the limit the quotation is everyday words and is not linked: no need to count further.
        if (lines.size <= MAX_CANDIDATES) lines.add(t);
      }
    }
  });
  const inScope = scopes(collections);
  const bySource = groupBy(turns.map((t, i) => ({ t, i })), (x) => x.t.source);
  const position = new Map<number, { list: Array<{ t: Quote; i: number }>; at: number }>();
  for (const list of bySource.values()) list.forEach((x, at) => position.set(x.i, { list, at }));

  // A line's sentences and its window, each made once: a line that shares words with many quotations is tried for each.
  const sentencesAt = perLine((t) => sentencesOf(turns[t]!.text));
  // The window: the line with its neighbours by the same speaker, in one list of words (a sentence split across subtitle cues).
  const windowAt = perLine((t) => {
    const { list, at } = position.get(t)!;
    const slug = turns[t]!.speaker?.slug;
    return list.slice(Math.max(0, at - WINDOW), at + WINDOW + 1).filter((x) => x.t.speaker?.slug === slug).flatMap((x) => turnWords[x.i]!);
  });
  quotations.forEach(({ q, parts, count }, qi) => {
    const found = [...(candidates.get(qi) ?? [])];
    if (found.length === 0 || found.length > MAX_CANDIDATES) return;
    const matches: Array<{ line: Quote; exact: boolean }> = [];
    for (const t of found) {
      const line = turns[t]!;
      if (line.source === q.source || !inScope(q.collection, line.collection)) continue;
      // A complete short line: the whole of the line, or one whole sentence of it (subtitle cues are
      // joined into turns, so a short line is often one sentence of a longer turn).
      const whole = parts.length === 1 && sentencesAt(t).some((ws) => ws.length === parts[0]!.length && inOrder(parts, ws));
      if (whole) {
        matches.push({ line, exact: true });
        continue;
      }
      if (count < MIN_WORDS) continue;
      if (inOrder(parts, turnWords[t]!) || inOrder(parts, windowAt(t))) matches.push({ line, exact: parts.length === 1 });
    }
    // Lines said by different people: the words do not tell whose they are.
    const speakers = new Set(matches.map((m) => m.line.speaker?.slug ?? null));
    if (matches.length === 0 || speakers.size > 1) return;
    const { line, exact } = matches[0]!;
    // One person, whose slugs differ only because each collection scopes the people its texts name
    // (`samir` and `samir-reviews`): the same name is the same speaker here, the words being the same.
    if (q.speaker && line.speaker && q.speaker.slug !== line.speaker.slug && q.speaker.name.toLowerCase() !== line.speaker.name.toLowerCase()) return;
    q.reproduces = line.id;
    line.quotedIn.push(q.id);
    result.links++;
    if (!q.speaker && line.speaker && exact) {
      q.speaker = line.speaker;
      q.attribution = { method: 'link', rule: 'quoted-in', confidence: 0.95, evidence: line.id };
      result.named++;
    }
    if (result.sample.length < 5) result.sample.push({ quotation: q.text, quotationSource: q.source, line: line.text, lineSource: line.source, speaker: line.speaker?.name ?? null });
  });
  return result;
}
