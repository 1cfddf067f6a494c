/**
 * Horizontal bar charts, drawn by the server as SVG: one row per item, its label on a line of text
 * above its bar or bars, each bar's figure written inside its end (long bars) or just after it.
 * Bar lengths are percentages of the chart's width from a d3-scale linear scale, so the SVG
 * stretches to any screen while its text keeps its size; rows are placed by a band scale.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DataTable } from './table.ts';

/** One bar of a row: its length as a share of the largest value, and how it is drawn. */
export interface Bar {
  /** Width in percent of the chart. */
  pct: number;
  colour: string;
  /** Drawn paler: a second measure of the same item (time beside words). */
  light: boolean;
  /** Shown on hover: "Matthew Heineman: 45% of the words". */
  tip: string;
  /** The figure written at the bar: "45% of words". */
  text: string;
  /** Written inside the bar's end (a long bar) rather than after it. */
  inside: boolean;
  /** y of the bar within its row, in px. */
  y: number;
}

export interface BarRow {
  label: string;
  bars: Bar[];
  /** y of the row's top, in px. */
  y: number;
}

export interface BarChart {
  id: string;
  title: string;
  /** One sentence that says what the chart shows (the SVG's description and the caption). */
  summary: string;
  height: number;
  rows: BarRow[];
  /** What each bar of a row means, when rows have more than one. */
  key: Array<{ label: string; colour: string; light: boolean }>;
  /** Null when the page shows the same figures in a table of its own beside the chart. */
  table: DataTable | null;
}

/** The input: per item a label, and one or two values with their colour and figure. */
export interface BarSpec {
  label: string;
  values: Array<{ value: number; colour: string; light?: boolean; tip: string; text: string }>;
}

const LABEL_LINE = 20;
export const BAR_HEIGHT = 18;
const BAR_GAP = 4;
const ROW_GAP = 12;
/** Labels longer than this (characters) are cut at a word: a label line must fit a phone's width. */
export const LABEL_MAX = 34;
/** Bars longer than this (percent) carry their figure inside; shorter ones after their end. */
const INSIDE_FROM = 55;

export function barChart(id: string, title: string, summary: string, specs: BarSpec[], table: DataTable | null, key: BarChart['key'] = []): BarChart {
  const most = Math.max(1, ...specs.flatMap((s) => s.values.map((v) => v.value)));
  // Lengths in percent of the width; a non-zero value is always at least visible.
  const x = scaleLinear().domain([0, most]).range([0, 100]);
  const bars = Math.max(1, ...specs.map((s) => s.values.length));
  const rowHeight = LABEL_LINE + bars * (BAR_HEIGHT + BAR_GAP);
  // Each row's step holds its label, its bars and the gap after it.
  const y = scaleBand<number>()
    .domain(specs.map((_, i) => i))
    .range([0, specs.length * (rowHeight + ROW_GAP)]);
  const rows = specs.map((spec, i) => ({
    label: spec.label,
    y: Math.round(y(i)!),
    bars: spec.values.map((v, k) => {
      const pct = v.value > 0 ? Math.max(0.5, Math.round(x(v.value) * 10) / 10) : 0;
      return { pct, colour: v.colour, light: v.light ?? false, tip: v.tip, text: v.text, inside: pct >= INSIDE_FROM, y: LABEL_LINE + k * (BAR_HEIGHT + BAR_GAP) };
    }),
  }));
  return { id, title, summary, height: Math.max(0, Math.round(y.range()[1]! - ROW_GAP)), rows, key, table };
}
