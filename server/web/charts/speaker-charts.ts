/**
 * The pictures of a speaker page: their quotes by source, and over time (by the source's date).
 */
import type { SpeakerRecord } from '../../search/engine.ts';
import { displayDate } from '../format.ts';
import type { Labels } from '../labels.ts';
import { barChart, LABEL_MAX, type BarChart } from './bars.ts';
import { columnChart, type ColumnChart } from './columns.ts';
import { SERIES_COLOUR } from './palette.ts';
import { percent } from './table.ts';

/** Sources drawn at most; the page's table lists them all. */
const MAX_BARS = 15;

export interface SpeakerCharts {
  bySource: BarChart | null;
  overTime: ColumnChart | null;
  /** When there is no chart over time: what the dates say, in a sentence. */
  timeNote: string | null;
}

const quotes = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'quote' : 'quotes'}`;

export function speakerCharts(speaker: SpeakerRecord, name: string, labels: Labels): SpeakerCharts {
  const counts = Object.entries(speaker.sourceCounts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (counts.length === 0) return { bySource: null, overTime: null, timeNote: null };
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const [topSlug, topCount] = counts[0]!;
  const bySource = barChart(
    'chart-by-source',
    'Quotes by source',
    counts.length === 1
      ? `${total === 1 ? `The one quote of ${name} is` : `All ${quotes(total)} of ${name} are`} in ${labels.sourceTitle(topSlug, 80)}.`
      : `${name} is quoted in ${counts.length} sources, most in ${labels.sourceTitle(topSlug, 80)} (${quotes(topCount)}, ${percent(topCount, total)}).`,
    counts.slice(0, MAX_BARS).map(([slug, count]) => ({
      label: labels.sourceTitle(slug, LABEL_MAX),
      values: [{ value: count, colour: SERIES_COLOUR, tip: `${labels.sourceTitle(slug, 90)}: ${quotes(count)}`, text: quotes(count) }],
    })),
    // The page lists the same counts per source in a table beside the chart.
    null,
  );
  const dated = counts.flatMap(([slug, count]) => {
    const date = labels.source(slug)?.date;
    return date ? [{ date, count }] : [];
  });
  const undated = total - dated.reduce((n, d) => n + d.count, 0);
  const overTime = columnChart('chart-over-time', 'Quotes over time', dated, undated, ['quote', 'quotes']);
  // No chart: no dates, or all in one period (one month, or one year when months differ or are missing).
  const months = [...new Set(dated.map((d) => displayDate(d.date.slice(0, 7))))];
  const period = months.length === 1 ? months[0] : dated[0]?.date.slice(0, 4);
  const datedCount = total - undated;
  const timeNote = overTime
    ? null
    : datedCount === 0
      ? `None of the sources that quote ${name} is dated, so there is no picture over time.`
      : `${datedCount === 1 ? 'Their one dated quote is' : datedCount === 2 ? 'Both their dated quotes are' : `All ${datedCount} of their dated quotes are`} from ${period}${undated ? `; ${quotes(undated)} come from undated sources` : ''}.`;
  return { bySource, overTime, timeNote };
}
