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
import { searchHref, sourcePagePath, sourcePath, speakerPath } from './links.ts';
import { sourceCharts } from './charts/source-charts.ts';
import { allowRecording, playerView, turnSeek } from './media.ts';
import { sourceMeta } from './page-meta.ts';
import { pageParam, redirectPastLast } from './params.ts';
import { pageCount, pageQuotes } from '../search/source-pages.ts';
import { catalogLists, LIST_PAGE_SIZE, pageOfList } from './catalog-lists.ts';
import { groupBy } from '../util/group-by.ts';
import { proseParagraphs, turnParagraphs } from './source-text.ts';
import { pager, quoteView } from './view-models.ts';

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

/** /sources[?collection=slug][&page=n]: every source by collection, a page at a time. */
export async function sourcesIndex(engine: SearchEngine, req: Request, res: Response): Promise<void> {
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const only = typeof req.query.collection === 'string' ? req.query.collection : undefined;
  if (only !== undefined && !labels.collection(only)) throw notFound('There is no collection with this name. The list of sources may help.');
  const lists = catalog ? catalogLists(catalog) : null;
  const shown = (catalog?.collections ?? []).filter((c) => only === undefined || c.slug === only);
  const ordered = shown.flatMap((c) => lists?.sourcesByCollection.get(c.slug) ?? []);
  const pages = Math.max(1, Math.ceil(ordered.length / LIST_PAGE_SIZE));
  const page = pageParam(req);
  const href = (n: number) => `/sources${only || n > 1 ? `?${new URLSearchParams({ ...(only ? { collection: only } : {}), ...(n > 1 ? { page: String(n) } : {}) })}` : ''}`;
  if (redirectPastLast(res, page, pages, href)) return;
  const onPage = groupBy(pageOfList(ordered, page).items, (s) => s.collection);
  const collections = shown
    .filter((c) => onPage.has(c.slug))
    .map((c) => ({ title: c.title, year: c.year, sources: onPage.get(c.slug)!.map((s) => sourceSummary(s, labels)) }));
  res.render('sources/index', {
    title: only ? `Sources: ${labels.collection(only)!.title}` : 'Sources',
    nav: 'sources',
    collections,
    total: ordered.length,
    pager: pager(page, pages, 1, href),
    allHref: only ? '/sources' : null,
    // What the last index build could not read, on the list's first page: a source a user looks for may be there.
    unread: !only && page === 1 ? (catalog?.unread ?? []).map((u) => ({ at: u.line ? `${u.file}:${u.line}` : u.file, message: u.message, carried: u.carried })) : [],
  });
}

export async function sourcePage(engine: SearchEngine, config: Config, req: Request, res: Response): Promise<void> {
  const slug = String(req.params.slug);
  const catalog = SLUG.test(slug) ? await engine.catalog() : null;
  const labels = labelsFor(catalog);
  const record = labels.source(slug);
  if (!record) throw notFound('There is no source at this address. The list of sources may help.');
  // A long source is read a page at a time (pages chosen when indexing: `search/source-pages.ts`).
  const pages = pageCount(record);
  const page = pageParam(req);
  // Past the last page (a link from before the source shrank): the last page. The browser keeps a
  // `#<quote id>` fragment across the redirect, so an anchor still lands if its quote is there.
  if (redirectPastLast(res, page, pages, (n) => sourcePagePath(slug, n))) return;
  const { offset, limit } = pageQuotes(record, page);
  // Laid out as prose (reviews, articles) → paragraphs of the text; anything else is speaker turns.
  const transcript = record.layout !== 'prose';
  // Prose: one quote more, the first of the next page, which says where this page's text ends.
  const listed = await engine.list({ source: slug }, { offset, limit: transcript || page === pages ? limit : limit + 1 });
  const shown = listed.quotes.slice(0, limit);
  let paragraphs = null;
  if (!transcript) {
    const from = page === 1 ? 0 : (shown[0]?.position.start ?? 0);
    const to = page === pages ? Infinity : (listed.quotes[limit]?.position.start ?? Infinity);
    const text = await engine.sourceTextRange(slug, from, to);
    if (text) paragraphs = proseParagraphs(text.text, Math.max(text.start, page === 1 ? text.contentStart : 0), shown, { base: text.start, to: text.end });
  }
  const speakers = Object.entries(record.speakerCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([s, count]) => ({ name: labels.speakerName(s), href: speakerPath(s), count, unnamed: isUnnamed(labels.speaker(s)) }));
  const player = playerView(record.meta.media, record.title);
  allowRecording(res, player);
  const canonical = `${config.baseUrl}${sourcePath(slug)}`;
  const meta = sourceMeta(record, labels, canonical);
  res.render('sources/show', {
    title: pages > 1 ? `${meta.title} (page ${page} of ${pages})` : meta.title,
    meta,
    // As on a speaker's pages: the first page is the source's address; later pages are parts of it.
    canonical: page === 1 ? canonical : null,
    nav: 'sources',
    navDetail: true,
    source: sourceSummary(record, labels),
    speakers,
    transcript,
    turns: transcript
      ? shown.map((q) => ({ ...quoteView(q, labels), paragraphs: turnParagraphs(q.text), unattributed: q.speaker === null, seek: turnSeek(record.meta.media, player, q.time) }))
      : null,
    paragraphs,
    pager: pager(page, pages, 1, (n) => sourcePagePath(slug, n)),
    pageNote: pages > 1 ? { page, pages, first: (offset + 1).toLocaleString('en'), last: (offset + shown.length).toLocaleString('en'), total: record.quoteCount.toLocaleString('en') } : null,
    searchHref: searchHref({ q: '', filters: { speaker: [], source: [slug], kind: [], collection: [] }, sort: 'source', page: 1, perPage: 20 }),
    slug,
    ...(await sourceExtras(engine, record, labels, config)),
    player,
    // Drawn from the quotes shown: a long source's page has its own (the strip links to its turns).
    charts: transcript ? sourceCharts(shown, labels) : null,
  });
}
