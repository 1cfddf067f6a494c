/**
 * "Who speaks when": a transcript's turns in order as one strip, each segment as long as the turn
 * (in time where every turn has a time, else in words), coloured by speaker and linked to the turn.
 * Positions are percentages from a d3-scale linear scale, so the strip fits any width; ticks come
 * from the same scale. Consecutive turns of one speaker are one segment; a very long transcript is
 * drawn in at most `MAX_SEGMENTS` equal slices, each in the colour of whoever speaks most in it.
 */
import { scaleLinear } from 'd3-scale';
import { clock } from '../format.ts';
import { cell, type DataTable } from './table.ts';

export const MAX_SEGMENTS = 400;
/** Rows of the data table at most (the transcript itself is the full text). */
const MAX_TABLE_ROWS = 300;

/** One turn, as the strip needs it. */
export interface StripTurn {
  id: string;
  speaker: string | null;
  name: string;
  words: number;
  start?: number;
  end?: number;
}

export interface StripSegment {
  /** The first turn's id: the segment links to it. */
  id: string;
  x: number;
  w: number;
  colour: string;
  tip: string;
}

export interface StripChart {
  id: string;
  title: string;
  summary: string;
  /** What the strip's length measures: "time" or "words". */
  measure: 'time' | 'words';
  segments: StripSegment[];
  ticks: Array<{ x: number; label: string; anchor: 'start' | 'middle' | 'end' }>;
  legend: Array<{ name: string; colour: string }>;
  table: DataTable;
}

interface Run {
  first: StripTurn;
  turns: number;
  from: number;
  to: number;
  words: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function stripChart(id: string, turns: StripTurn[], colour: (slug: string | null) => string): StripChart | null {
  if (turns.length === 0) return null;
  const timed = turns.every((t) => t.start !== undefined && t.end !== undefined && t.end >= t.start);
  // Extents along the strip: the turn's time, or its words counted from the start.
  let at = 0;
  const extents = turns.map((t) => {
    const from = timed ? t.start! : at;
    const to = timed ? t.end! : at + Math.max(1, t.words);
    at = to;
    return { t, from, to };
  });
  const runs: Run[] = [];
  for (const { t, from, to } of extents) {
    const last = runs.at(-1);
    if (last && last.first.speaker === t.speaker) {
      last.to = Math.max(last.to, to);
      last.turns++;
      last.words += t.words;
    } else runs.push({ first: t, turns: 1, from, to, words: t.words });
  }
  const lo = runs[0]!.from;
  const hi = Math.max(lo + 1, ...runs.map((r) => r.to));
  const x = scaleLinear().domain([lo, hi]).range([0, 100]);
  const span = (r: Run) => (timed ? `${clock(r.from)}–${clock(r.to)}` : `${r.words.toLocaleString('en')} words`);
  const tip = (r: Run) => `${r.first.name}, ${span(r)}${r.turns > 1 ? ` (${r.turns} turns)` : ''}`;

  let segments: StripSegment[] = runs.map((r) => ({ id: r.first.id, x: round(x(r.from)), w: round(Math.max(0.15, x(r.to) - x(r.from))), colour: colour(r.first.speaker), tip: tip(r) }));
  if (runs.length > MAX_SEGMENTS) segments = slices(runs, x, colour, tip);

  // Few enough ticks for a phone's width: time labels are short, word counts longer.
  const ticks = x
    .ticks(timed ? 5 : 3)
    .map((v) => ({ x: round(x(v)), label: timed ? clock(v) : v.toLocaleString('en'), anchor: 'middle' as 'start' | 'middle' | 'end' }))
    .filter((t, i, all) => i === 0 || t.x - all[i - 1]!.x >= 12);
  if (ticks[0] && ticks[0].x < 5) ticks[0].anchor = 'start';
  const lastTick = ticks.at(-1);
  if (lastTick && lastTick.x > 95) lastTick.anchor = 'end';

  const seen = new Map<string, { name: string; colour: string }>();
  for (const t of turns) if (!seen.has(String(t.speaker))) seen.set(String(t.speaker), { name: t.name, colour: colour(t.speaker) });
  const names = [...new Set(turns.map((t) => t.name))];
  const measure = timed ? 'time' : 'words';
  return {
    id,
    title: 'Who speaks when',
    // (The strip's caption under it says what its length measures.)
    summary: `${turns.length.toLocaleString('en')} turns by ${names.length === 1 ? names[0] : `${names.length} voices`}, in order${timed ? `, over ${clock(hi - lo)}` : ', each as long as its words'}.`,
    measure,
    segments,
    ticks,
    legend: [...seen.values()],
    table: {
      caption: 'Who speaks when, turn by turn',
      head: [{ text: 'Speaker' }, { text: timed ? 'From' : 'Words', num: true }, ...(timed ? [{ text: 'To', num: true }] : []), { text: 'Turns', num: true }],
      rows: runs
        .slice(0, MAX_TABLE_ROWS)
        .map((r) => [cell(r.first.name, `#${r.first.id}`), ...(timed ? [cell(clock(r.from)), cell(clock(r.to))] : [cell(r.words)]), cell(r.turns)].map((c, i) => (i > 0 ? { ...c, num: true } : c))),
      ...(runs.length > MAX_TABLE_ROWS ? { note: `The first ${MAX_TABLE_ROWS} of ${runs.length.toLocaleString('en')} stretches; the transcript below has them all.` } : {}),
    },
  };
}

/** `MAX_SEGMENTS` equal slices of the strip, each coloured by its main speaker and linked to its first run. */
function slices(runs: Run[], x: (v: number) => number, colour: (slug: string | null) => string, tip: (r: Run) => string): StripSegment[] {
  const width = 100 / MAX_SEGMENTS;
  const out: StripSegment[] = [];
  let k = 0;
  for (let s = 0; s < MAX_SEGMENTS; s++) {
    const from = s * width;
    const to = from + width;
    const share = new Map<string | null, number>();
    let first: Run | null = null;
    while (k < runs.length && x(runs[k]!.to) <= from) k++;
    for (let j = k; j < runs.length && x(runs[j]!.from) < to; j++) {
      const r = runs[j]!;
      first ??= r;
      const overlap = Math.min(to, x(r.to)) - Math.max(from, x(r.from));
      share.set(r.first.speaker, (share.get(r.first.speaker) ?? 0) + overlap);
    }
    if (!first) continue;
    const main = [...share].sort((a, b) => b[1] - a[1])[0]![0];
    out.push({ id: first.first.id, x: round(from), w: round(width), colour: colour(main), tip: tip(first) });
  }
  return out;
}
