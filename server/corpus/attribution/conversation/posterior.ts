/**
 * Who speaks each turn, weighing every turn's evidence together: a chain over the turns whose state
 * is who speaks and which guest spoke last. A change of speaker at each turn break is expected (the
 * same speaker twice costs, unless noise came between); a host's turn is usually followed by the
 * guest who answered last, unless the words hand the turn to someone else. The forward–backward
 * algorithm gives each turn the probability of each candidate. Linear in the number of turns (times
 * the square of the number of states, a few dozen at most).
 */

export interface ChainOptions {
  /** Score of the same candidate speaking two turns running (a turn break is a change of speaker). */
  repeat: number;
  /** Turns after which a repeat costs nothing (noise, a clip, a marker came between). */
  free: boolean[];
  /** Candidates that may follow themselves at no cost (clips, one after another). */
  repeatable: number[];
  /** Candidates standing for anyone unnamed (two unnamed hosts may follow each other): a repeat costs this. */
  placeholders: number[];
  placeholderRepeat: number;
  /** Candidates who run the conversation; the others are guests (or "someone else"). */
  hosts: number[];
  /** Candidates who answer: a host's question goes on to the one who answered last. */
  guests: number[];
  /** Score of a host's turn being followed by the guest who answered last. */
  followUp: number;
  /** Score of one guest speaking right after another (in a hosted conversation the host mostly comes between). */
  guestToGuest: number;
  /** Turns that hand the next turn to someone named: no follow-up is assumed after them. */
  handsOn: boolean[];
}

function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max === -Infinity) return max;
  let sum = 0;
  // An impossible term adds exp(-∞) = 0: skipped, as most of a chain's terms are.
  for (let i = 0; i < values.length; i++) if (values[i] !== -Infinity) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/** posterior[i][k]: the probability that candidate k speaks turn i, given every turn's scores. */
export function posteriors(scores: number[][], options: ChainOptions): number[][] {
  const n = scores.length;
  if (n === 0) return [];
  const k = scores[0]!.length;
  // State s = who * L + last, where last is an index into [no guest yet, ...guests].
  const L = options.guests.length + 1;
  const S = k * L;
  const guestSlot = new Map(options.guests.map((g, j) => [g, j + 1]));
  const hosts = new Set(options.hosts);
  const repeatable = new Set(options.repeatable);
  const placeholders = new Set(options.placeholders);
  const who = (s: number) => Math.floor(s / L);
  const last = (s: number) => s % L;
  const score = (from: number, to: number, free: boolean, handedOn: boolean): number => {
    const a = who(from);
    const b = who(to);
    // The last guest changes only when a guest speaks.
    const expected = guestSlot.get(b) ?? last(from);
    if (last(to) !== expected) return -Infinity;
    let t = 0;
    if (a === b && !free && !repeatable.has(a)) t += placeholders.has(a) ? options.placeholderRepeat : options.repeat;
    if (guestSlot.has(a) && guestSlot.has(b) && a !== b && options.hosts.length > 0) t += options.guestToGuest;
    if (hosts.has(a) && !handedOn && guestSlot.has(b) && guestSlot.get(b) === last(from)) t += options.followUp;
    return t;
  };
  // A turn changes the scores only by whether a repeat after it is free and whether the turn before
  // handed on: four tables of S × S scores, made once, rather than every score worked out again for
  // every turn (a file of eighty thousand one-line questions asked for millions).
  const tables = [false, true].flatMap((handedOn) =>
    [false, true].map((free) => {
      const table = new Float64Array(S * S);
      for (let from = 0; from < S; from++) for (let to = 0; to < S; to++) table[from * S + to] = score(from, to, free, handedOn);
      return table;
    }),
  );
  const tableAt = (i: number) => tables[(options.handsOn[i - 1] ? 2 : 0) + (options.free[i] ? 1 : 0)]!;
  const emit = (i: number, s: number) => scores[i]![who(s)]!;
  // Log-sum-exp over `from` (or `to`) without building arrays: two passes, the maximum then the sum.
  const forward: Float64Array[] = [Float64Array.from({ length: S }, (_, s) => (last(s) === (guestSlot.get(who(s)) ?? 0) ? emit(0, s) : -Infinity))];
  const terms = new Float64Array(S);
  for (let i = 1; i < n; i++) {
    const row = new Float64Array(S);
    const prev = forward[i - 1]!;
    const table = tableAt(i);
    for (let to = 0; to < S; to++) {
      for (let from = 0; from < S; from++) terms[from] = prev[from]! + table[from * S + to]!;
      row[to] = logSumExp(terms) + emit(i, to);
    }
    forward.push(row);
  }
  const backward: Float64Array[] = new Array(n);
  backward[n - 1] = new Float64Array(S);
  for (let i = n - 2; i >= 0; i--) {
    const row = new Float64Array(S);
    const next = backward[i + 1]!;
    const table = tableAt(i + 1);
    for (let from = 0; from < S; from++) {
      for (let to = 0; to < S; to++) terms[to] = table[from * S + to]! + emit(i + 1, to) + next[to]!;
      row[from] = logSumExp(terms);
    }
    backward[i] = row;
  }
  return forward.map((f, i) => {
    const joint = f.map((v, s) => v + backward[i]![s]!);
    const z = logSumExp(joint);
    const byWho = new Array<number>(k).fill(0);
    joint.forEach((v, s) => (byWho[who(s)]! += Math.exp(v - z)));
    return byWho;
  });
}
