/**
 * Gold turns against what was read: each gold turn is found by its first words in the stream of the
 * quotes' words (in order, searching forward), and is right when the quote holding those words has
 * the gold's speaker. A turn whose words are not found, or found inside another speaker's quote, is
 * wrong; boundaries are counted apart. Names compare as people do: "Travis" is "Travis Albritton", "Ron Duarte"
 * is "Ronald Duarte"; case and accents do not matter.
 */
import { idWords } from '../ids.ts';
import { nameTokens } from '../speakers.ts';

/** One gold turn: who speaks and how the turn begins. */
export interface GoldTurn {
  speaker: string | null;
  text: string;
}

/** A quote as read: its words and who it was attributed to. */
export interface ReadTurn {
  text: string;
  speaker: string | null;
}

export interface TurnScore {
  gold: number;
  /** Gold turns whose words were found in what was read. */
  found: number;
  /** Found, and attributed to the gold speaker (or to nobody when the gold says nobody). */
  right: number;
  /** Found at the start of a quote. */
  boundaries: number;
  /** Attributed to someone other than the gold speaker (a wrong name, not an abstention). */
  wrongName: number;
  /** Gold names a speaker; nobody was named. */
  abstained: number;
  /** Found turns that were given a name (right or wrong): precision is (named − wrongName) / named. */
  named: number;
  /** The first few disagreements, for reading. */
  misses: Array<{ gold: GoldTurn; got: string | null | undefined }>;
}

/** Same person by name: equal, or one name's words all within the other's (a first name or surname alone). */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length > 0 && short.every((t) => long.includes(t))) return true;
  // A short form of the first name with the same surname: "Ron Duarte" is "Ronald Duarte".
  const [a0, b0] = [x[0]!, y[0]!].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 2 && y.length >= 2 && x.at(-1) === y.at(-1) && a0.length >= 3 && b0.startsWith(a0);
}

/** How many of a gold turn's first words must match, in order. */
const PREFIX = 6;

export function alignTurns(gold: GoldTurn[], read: ReadTurn[]): TurnScore {
  const stream: string[] = [];
  const owner: number[] = [];
  const starts = new Set<number>();
  read.forEach((q, i) => {
    starts.add(stream.length);
    for (const w of idWords(q.text)) {
      stream.push(w);
      owner.push(i);
    }
  });
  const score: TurnScore = { gold: gold.length, found: 0, right: 0, boundaries: 0, wrongName: 0, abstained: 0, named: 0, misses: [] };
  const matches = (want: string[], i: number) => stream[i] === want[0] && want.every((w, k) => stream[i + k] === w);
  const first = (want: string[], from: number, atStart: boolean) => {
    for (let i = from; want.length > 0 && i + want.length <= stream.length; i++) if ((!atStart || starts.has(i)) && matches(want, i)) return i;
    return -1;
  };
  let cursor = 0;
  gold.forEach((g, index) => {
    const want = idWords(g.text).slice(0, PREFIX);
    const anywhere = first(want, cursor, false);
    const atStart = anywhere === -1 ? -1 : first(want, anywhere, true);
    // Words said often ("Yeah.", "Burnet.") may come up inside an earlier turn: the match where a quote
    // begins is taken unless taking it would skip where the next gold turn begins.
    const next = gold[index + 1] ? first(idWords(gold[index + 1]!.text).slice(0, PREFIX), anywhere + 1, false) : -1;
    const at = atStart !== -1 && (next === -1 || next >= atStart) ? atStart : anywhere;
    if (at === -1) {
      if (score.misses.length < 12) score.misses.push({ gold: g, got: undefined });
      return;
    }
    cursor = at + want.length;
    score.found++;
    if (starts.has(at)) score.boundaries++;
    const got = read[owner[at]!]!.speaker;
    if (got !== null) score.named++;
    if (sameName(g.speaker, got)) score.right++;
    else {
      if (got !== null) score.wrongName++;
      else score.abstained++;
      if (score.misses.length < 12) score.misses.push({ gold: g, got });
    }
  });
  return score;
}
