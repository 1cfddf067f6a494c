/**
 * The home page: a search box, then what the corpus holds — each collection (the film, its year and
 * director, its description rendered from Markdown and sanitized) with its counts, its people and
 * its sources.
 */
import type { Request, Response } from 'express';
import type { SearchEngine } from '../search/engine.ts';
import { displayDate, shownRole } from './format.ts';
import { SOURCE_KIND_LABELS, labelsFor } from './labels.ts';
import { catalogLists, HOME_LIST_SIZE } from './catalog-lists.ts';
import { searchHref, sourcePath, speakerPath } from './links.ts';
import { renderMarkdown } from './markdown.ts';
import { collectionCharts } from './charts/corpus-charts.ts';

export async function homePage(engine: SearchEngine, _req: Request, res: Response): Promise<void> {
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const lists = catalog ? catalogLists(catalog) : null;
  const collections = (catalog?.collections ?? []).map((c) => {
    // The most quoted people and the first sources; the full lists are a link away.
    const allPeople = lists?.peopleByCollection.get(c.slug) ?? [];
    const allSources = lists?.sourcesByCollection.get(c.slug) ?? [];
    const people = allPeople.slice(0, HOME_LIST_SIZE).map((s) => ({ name: s.name, role: shownRole(s.role), href: speakerPath(s.slug), quoteCount: s.quoteCount }));
    const sources = allSources
      .slice(0, HOME_LIST_SIZE)
      .map((s) => ({ title: s.title, href: sourcePath(s.slug), kindLabel: SOURCE_KIND_LABELS[s.kind], outlet: s.outlet, date: displayDate(s.date), quoteCount: s.quoteCount }));
    return {
      slug: c.slug,
      title: c.title,
      year: c.year,
      director: c.director,
      descriptionHtml: renderMarkdown(c.description),
      sourceCount: c.sourceCount,
      quoteCount: c.quoteCount,
      speakerCount: allPeople.length,
      people,
      sources,
      charts: catalog ? collectionCharts(c, catalog, labels) : null,
      morePeople: allPeople.length > people.length ? { count: allPeople.length, href: '/speakers' } : null,
      moreSources: allSources.length > sources.length ? { count: allSources.length, href: `/sources?collection=${encodeURIComponent(c.slug)}` } : null,
      searchHref: searchHref({ q: '', filters: { speaker: [], source: [], kind: [], collection: [c.slug] }, sort: 'source', page: 1, perPage: 20 }),
    };
  });
  const quoteCount = collections.reduce((n, c) => n + c.quoteCount, 0);
  res.render('home', { nav: 'home', hideHeaderSearch: true, collections, quoteCount, empty: collections.length === 0 });
}
