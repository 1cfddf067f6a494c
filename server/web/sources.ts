/**
 * /sources lists every source by collection; /sources/:slug shows one in full. A transcript
 * (interview, film) reads as speaker turns with timestamps; a review or article as its paragraphs,
 * every quotation and sentence anchored by its quote id (`id="<quote id>"`) and linked to its
 * permalink, so that /q/:id can link into the page with `#<id>` or a text fragment.
 */
import type { Request, Response } from 'express';
import type { Config } from '../config.ts';
import { sourceExtras } from './source-extras.ts';
import { notFound } from '../errors.ts';
import type { SearchEngine, SourceRecord } from '../search/engine.ts';
import { displayDate } from './format.ts';
import { SOURCE_KIND_LABELS, isUnnamed, labelsFor, type Labels } from './labels.ts';
import { searchHref, sourcePath, speakerPath } from './links.ts';
import { sourceCharts } from './charts/source-charts.ts';
import { allowRecording, playerView, turnSeek } from './media.ts';
import { sourceMeta } from './page-meta.ts';
import { proseParagraphs, turnParagraphs } from './source-text.ts';
import { quoteView } from './view-models.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What lists and the source page's header show about a source. */
function sourceSummary(s: SourceRecord, labels: Labels) {
  return {
    slug: s.slug,
    title: s.title,
    href: sourcePath(s.slug),
    kindLabel: SOURCE_KIND_LABELS[s.kind],
    outlet: s.outlet,
    author: s.author,
    date: displayDate(s.date),
    url: s.url,
    quoteCount: s.quoteCount,
    titleInferred: s.meta.inferred.includes('title'),
    collection: labels.collection(s.collection)?.title ?? s.collection,
  };
}

export async function sourcesIndex(engine: SearchEngine, _req: Request, res: Response): Promise<void> {
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const collections = (catalog?.collections ?? []).map((c) => ({
    title: c.title,
    year: c.year,
    sources: (catalog?.sources ?? []).filter((s) => s.collection === c.slug).map((s) => sourceSummary(s, labels)),
  }));
  res.render('sources/index', { title: 'Sources', nav: 'sources', collections });
}

export async function sourcePage(engine: SearchEngine, config: Config, req: Request, res: Response): Promise<void> {
  const slug = String(req.params.slug);
  const catalog = SLUG.test(slug) ? await engine.catalog() : null;
  const record = catalog?.sources.find((s) => s.slug === slug);
  if (!record) throw notFound('There is no source at this address. The list of sources may help.');
  const labels = labelsFor(catalog);
  // Every quote of the source, in order: a source page is the whole text.
  const [listed, text] = await Promise.all([engine.list({ source: slug }, { offset: 0, limit: Math.max(record.quoteCount, 1) }), engine.sourceText(slug)]);
  // Laid out as prose (reviews, articles) → paragraphs of the text; anything else is speaker turns.
  const transcript = record.layout !== 'prose';
  const speakers = Object.entries(record.speakerCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([s, count]) => ({ name: labels.speakerName(s), href: speakerPath(s), count, unnamed: isUnnamed(labels.speaker(s)) }));
  const player = playerView(record.meta.media, record.title);
  allowRecording(res, player);
  const canonical = `${config.baseUrl}${sourcePath(slug)}`;
  const meta = sourceMeta(record, labels, canonical);
  res.render('sources/show', {
    title: meta.title,
    meta,
    canonical,
    nav: 'sources',
    navDetail: true,
    source: sourceSummary(record, labels),
    speakers,
    transcript,
    turns: transcript
      ? listed.quotes.map((q) => ({ ...quoteView(q, labels), paragraphs: turnParagraphs(q.text), unattributed: q.speaker === null, seek: turnSeek(record.meta.media, player, q.time) }))
      : null,
    paragraphs: !transcript && text ? proseParagraphs(text.text, text.contentStart, listed.quotes) : null,
    searchHref: searchHref({ q: '', filters: { speaker: [], source: [slug], kind: [], collection: [] }, sort: 'source', page: 1, perPage: 20 }),
    slug,
    ...(await sourceExtras(engine, record, labels, config)),
    player,
    charts: transcript ? sourceCharts(listed.quotes, labels) : null,
  });
}
