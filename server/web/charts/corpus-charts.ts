/**
 * The pictures of a collection (on the home page): its quotes per source and per speaker. Counts
 * per speaker are within the collection (from its sources' speaker counts), not across the corpus.
 */
import type { Catalog, CollectionRecord } from '../../search/engine.ts';
import { isUnnamed, type Labels } from '../labels.ts';
import { titleText } from '../page-meta.ts';
import { barChart, LABEL_MAX, type BarChart } from './bars.ts';
import { speakerColours, SERIES_COLOUR } from './palette.ts';
import { cell, percent } from './table.ts';

const MAX_BARS = 12;
/** Rows of a chart's data table on the home page: a corpus of many thousand sources must not list them all there. */
const MAX_ROWS = 60;

export interface CollectionCharts {
  perSource: BarChart | null;
  perSpeaker: BarChart | null;
}

const quotes = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'quote' : 'quotes'}`;
const shown = (n: number, what: string) =>
  n > MAX_BARS ? { note: `The chart shows the ${MAX_BARS} ${what} with the most quotes${n > MAX_ROWS ? `, the table the ${MAX_ROWS}` : ''}.` } : {};

/** Charts per catalog and collection: the catalog changes only with a re-index. */
const cache = new WeakMap<Catalog, Map<string, CollectionCharts>>();

export function collectionCharts(collection: CollectionRecord, catalog: Catalog, labels: Labels): CollectionCharts {
  let charts = cache.get(catalog);
  if (!charts) cache.set(catalog, (charts = new Map()));
  let drawn = charts.get(collection.slug);
  if (!drawn) charts.set(collection.slug, (drawn = drawCollectionCharts(collection, catalog, labels)));
  return drawn;
}

function drawCollectionCharts(collection: CollectionRecord, catalog: Catalog, labels: Labels): CollectionCharts {
  const sources = catalog.sources.filter((s) => s.collection === collection.slug && s.quoteCount > 0).sort((a, b) => b.quoteCount - a.quoteCount || a.title.localeCompare(b.title));
  if (sources.length === 0) return { perSource: null, perSpeaker: null };
  const total = sources.reduce((n, s) => n + s.quoteCount, 0);
  const id = `chart-${collection.slug}`;
  const perSource = barChart(
    `${id}-sources`,
    'Quotes per source',
    `${quotes(total)} in ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}; the most in ${labels.sourceTitle(sources[0]!.slug, 80)} (${percent(sources[0]!.quoteCount, total)}).`,
    sources.slice(0, MAX_BARS).map((s) => ({ label: labels.sourceTitle(s.slug, LABEL_MAX), values: [{ value: s.quoteCount, colour: SERIES_COLOUR, tip: `${labels.sourceTitle(s.slug, 90)}: ${quotes(s.quoteCount)}`, text: quotes(s.quoteCount) }] })),
    {
      caption: `Quotes per source in ${collection.title}`,
      head: [{ text: 'Source' }, { text: 'Quotes', num: true }, { text: 'Share', num: true }],
      rows: sources.slice(0, MAX_ROWS).map((s) => [cell(labels.sourceTitle(s.slug, 90), `/sources/${encodeURIComponent(s.slug)}`), cell(s.quoteCount), { ...cell(percent(s.quoteCount, total)), num: true }]),
      ...shown(sources.length, 'sources'),
    },
  );

  const counts = new Map<string, number>();
  for (const s of sources) for (const [slug, n] of Object.entries(s.speakerCounts)) counts.set(slug, (counts.get(slug) ?? 0) + n);
  const people = [...counts].filter(([slug]) => !isUnnamed(labels.speaker(slug))).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (people.length === 0) return { perSource, perSpeaker: null };
  const colour = speakerColours(people.map(([slug]) => slug));
  const spoken = people.reduce((n, [, c]) => n + c, 0);
  const [topSlug, topCount] = people[0]!;
  const perSpeaker = barChart(
    `${id}-speakers`,
    'Quotes per speaker',
    `${people.length} named ${people.length === 1 ? 'speaker' : 'speakers'}; ${labels.speakerName(topSlug)} has the most (${quotes(topCount)}, ${percent(topCount, spoken)} of theirs).`,
    people.slice(0, MAX_BARS).map(([slug, n]) => ({ label: titleText(labels.speakerName(slug), LABEL_MAX), values: [{ value: n, colour: colour(slug), tip: `${labels.speakerName(slug)}: ${quotes(n)}`, text: quotes(n) }] })),
    {
      caption: `Quotes per named speaker in ${collection.title}`,
      head: [{ text: 'Speaker' }, { text: 'Role' }, { text: 'Quotes', num: true }],
      rows: people.slice(0, MAX_ROWS).map(([slug, n]) => [cell(labels.speakerName(slug), `/speakers/${encodeURIComponent(slug)}`), cell(labels.speaker(slug)?.role ?? ''), cell(n)]),
      ...shown(people.length, 'speakers'),
    },
  );
  return { perSource, perSpeaker };
}
