/**
 * A column chart over time: quotes per year (or per month when they all fall within one year),
 * columns placed by a d3-scale band scale in percent of the width and sized by a linear scale, so
 * the SVG fits any screen; labels thin out when there are many columns.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { MONTHS } from '../format.ts';
import { SERIES_COLOUR } from './palette.ts';
import { cell, type DataTable } from './table.ts';

const HEIGHT = 140;
const LABELS_AT_MOST = 8;

export interface Column {
  x: number;
  w: number;
  y: number;
  h: number;
  label: string;
  showLabel: boolean;
  tip: string;
  count: number;
}

export interface ColumnChart {
  id: string;
  title: string;
  summary: string;
  height: number;
  base: number;
  colour: string;
  columns: Column[];
  table: DataTable;
}

/**
 * Counts per period from ISO dates (`2017`, `2017-07`, `2017-07-21`), every period between shown;
 * null when there are no dates or they all fall in one period.
 */
export function columnChart(id: string, title: string, dated: Array<{ date: string; count: number }>, undated: number, noun: [string, string]): ColumnChart | null {
  if (dated.length === 0) return null;
  const years = dated.map((d) => Number(d.date.slice(0, 4)));
  const oneYear = Math.min(...years) === Math.max(...years) && dated.every((d) => d.date.length >= 7);
  const key = (date: string) => (oneYear ? date.slice(0, 7) : date.slice(0, 4));
  const counts = new Map<string, number>();
  for (const d of dated) counts.set(key(d.date), (counts.get(key(d.date)) ?? 0) + d.count);
  // Every period from the first to the last, empty ones included: gaps in time are part of the picture.
  const periods: string[] = [];
  if (oneYear) {
    const months = [...counts.keys()].map((k) => Number(k.slice(5, 7))).sort((a, b) => a - b);
    for (let m = months[0]!; m <= months.at(-1)!; m++) periods.push(`${years[0]}-${String(m).padStart(2, '0')}`);
  } else {
    for (let y = Math.min(...years); y <= Math.max(...years); y++) periods.push(String(y));
  }
  const label = (p: string) => (oneYear ? `${MONTHS[Number(p.slice(5, 7)) - 1]!.slice(0, 3)} ${p.slice(0, 4)}` : p);
  // One period is a sentence, not a chart (the caller says it); a few periods get narrow columns.
  if (periods.length < 2) return null;
  const x = scaleBand<string>().domain(periods).range([0, Math.min(100, periods.length * 12)]).paddingInner(0.2).paddingOuter(0.1);
  const most = Math.max(...counts.values());
  const h = scaleLinear().domain([0, most]).range([0, HEIGHT]);
  const every = Math.ceil(periods.length / LABELS_AT_MOST);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const plural = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? noun[0] : noun[1]}`;
  return {
    id,
    title,
    summary: `${plural(total)} from ${label(periods[0]!)}${periods.length > 1 ? ` to ${label(periods.at(-1)!)}` : ''}, most in ${label([...counts].sort((a, b) => b[1] - a[1])[0]![0])}${undated ? `; ${plural(undated)} from undated sources are not shown` : ''}.`,
    height: HEIGHT + 24,
    base: HEIGHT,
    colour: SERIES_COLOUR,
    columns: periods.map((p, i) => {
      const count = counts.get(p) ?? 0;
      const height = count > 0 ? Math.max(2, Math.round(h(count))) : 0;
      return { x: Math.round(x(p)! * 100) / 100, w: Math.round(x.bandwidth() * 100) / 100, y: HEIGHT - height, h: height, label: label(p), showLabel: i % every === 0, tip: `${label(p)}: ${plural(count)}`, count };
    }),
    table: {
      caption: title,
      head: [{ text: oneYear ? 'Month' : 'Year' }, { text: noun[1][0]!.toUpperCase() + noun[1].slice(1), num: true }],
      rows: periods.filter((p) => counts.has(p)).map((p) => [cell(label(p)), cell(counts.get(p)!)]),
      ...(undated ? { note: `Not shown: ${plural(undated)} from undated sources.` } : {}),
    },
  };
}
