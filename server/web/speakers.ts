/**
 * /speakers lists everyone who speaks in the corpus; /speakers/:slug shows one person: role, aliases,
 * description, how much they say in each source, their quotes page by page, and a search box that
 * searches only their words (a GET form to /search with the speaker filter).
 */
import { shownRole } from './format.ts';
import type { Request, Response } from 'express';
import type { Config } from '../config.ts';
import { speakerCardTags } from './cards/tags.ts';
import { notFound } from '../errors.ts';
import type { SearchEngine } from '../search/engine.ts';
import { SOURCE_KIND_LABELS, isUnnamed, labelsFor } from './labels.ts';
import { searchHref, sourcePath, speakerPath } from './links.ts';
import { speakerCharts } from './charts/speaker-charts.ts';
import { speakerMeta } from './page-meta.ts';
import { DEFAULT_PER_PAGE, pageParam, redirectPastLast } from './params.ts';
import { catalogLists, LIST_PAGE_SIZE, pageOfList } from './catalog-lists.ts';
import { pager, quoteView } from './view-models.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const noFilters = { speaker: [] as string[], source: [] as string[], kind: [], collection: [] as string[] };

/** /speakers[?page=n]: registered people first (most quoted first), then the voices the loader could not name. */
export async function speakersIndex(engine: SearchEngine, req: Request, res: Response): Promise<void> {
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const all = catalog ? catalogLists(catalog).speakers : [];
  const pages = Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE));
  const page = pageParam(req);
  const href = (n: number) => (n > 1 ? `/speakers?page=${n}` : '/speakers');
  if (redirectPastLast(res, page, pages, href)) return;
  const speakers = pageOfList(all, page).items.map((s) => ({
    name: labels.speakerName(s.slug),
    href: speakerPath(s.slug),
    role: shownRole(s.role),
    description: s.description,
    quoteCount: s.quoteCount,
    sourceCount: Object.keys(s.sourceCounts).length,
    unnamed: isUnnamed(s),
  }));
  res.render('speakers/index', {
    title: 'Speakers',
    nav: 'speakers',
    speakers,
    named: speakers.filter((s) => !s.unnamed),
    unnamed: speakers.filter((s) => s.unnamed),
    total: all.length,
    pager: pager(page, pages, 1, href),
  });
}

export async function speakerPage(engine: SearchEngine, config: Config, req: Request, res: Response): Promise<void> {
  const slug = String(req.params.slug);
  const page = pageParam(req);
  const catalog = SLUG.test(slug) ? await engine.catalog() : null;
  const labels = labelsFor(catalog);
  const speaker = labels.speaker(slug);
  if (!speaker) throw notFound('There is no speaker at this address. The list of speakers may help.');
  const perPage = DEFAULT_PER_PAGE;
  const listed = await engine.list({ speaker: slug }, { offset: (page - 1) * perPage, limit: perPage });
  const href = (n: number) => (n > 1 ? `${speakerPath(slug)}?page=${n}` : speakerPath(slug));
  // A page past the last one: the last page, never "Quotes 1961–1960 of 7" over an empty list.
  if (redirectPastLast(res, page, Math.ceil(listed.total / perPage), href)) return;
  const sources = Object.entries(speaker.sourceCounts)
    .sort((a, b) => b[1] - a[1])
    .map(([source, count]) => {
      const record = labels.source(source);
      return {
        title: labels.sourceTitle(source, 90),
        href: sourcePath(source),
        kindLabel: record ? SOURCE_KIND_LABELS[record.kind] : '',
        count,
        searchHref: searchHref({ q: '', filters: { ...noFilters, speaker: [slug], source: [source] }, sort: 'source', page: 1, perPage: 20 }),
      };
    });
  const collections = speaker.collections.map((c) => labels.collection(c)?.title ?? c);
  const canonical = `${config.baseUrl}${speakerPath(slug)}`;
  const meta = speakerMeta(speaker, labels.speakerName(slug), labels, canonical);
  res.render('speakers/show', {
    title: meta.title,
    meta,
    canonical: page === 1 ? canonical : null,
    nav: 'speakers',
    navDetail: true,
    speaker: {
      slug,
      name: labels.speakerName(slug),
      role: shownRole(speaker.role),
      aliases: speaker.aliases,
      description: speaker.description,
      quoteCount: speaker.quoteCount,
      unnamed: isUnnamed(speaker),
      collections,
    },
    sources,
    quotes: listed.quotes.map((q) => quoteView(q, labels)),
    range: { first: listed.total === 0 ? 0 : (page - 1) * perPage + 1, last: (page - 1) * perPage + listed.quotes.length, total: listed.total },
    pager: pager(page, listed.total, perPage, href),
    charts: speakerCharts(speaker, labels.speakerName(slug), labels),
    allHref: searchHref({ q: '', filters: { ...noFilters, speaker: [slug] }, sort: 'source', page: 1, perPage: 20 }),
    share: speakerCardTags(slug, speaker.name, config.baseUrl, await engine.stats()),
  });
}
