/**
 * The home page: a search box, then what the corpus holds — each collection (the film, its year and
 * director, its description rendered from Markdown and sanitized) with its counts, its people and
 * its sources.
 */
import type { Request, Response } from 'express';
import type { SearchEngine } from '../search/engine.ts';
import { displayDate } from './format.ts';
import { SOURCE_KIND_LABELS, isUnnamed, labelsFor } from './labels.ts';
import { searchHref, sourcePath, speakerPath } from './links.ts';
import { renderMarkdown } from './markdown.ts';
import { collectionCharts } from './charts/corpus-charts.ts';

export async function homePage(engine: SearchEngine, _req: Request, res: Response): Promise<void> {
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const collections = (catalog?.collections ?? []).map((c) => {
    const people = c.speakers
      .map((slug) => labels.speaker(slug))
      .filter((s) => s !== undefined && !isUnnamed(s))
      .sort((a, b) => b!.quoteCount - a!.quoteCount || a!.name.localeCompare(b!.name))
      .map((s) => ({ name: s!.name, role: s!.role, href: speakerPath(s!.slug), quoteCount: s!.quoteCount }));
    const sources = (catalog?.sources ?? [])
      .filter((s) => s.collection === c.slug)
      .map((s) => ({ title: s.title, href: sourcePath(s.slug), kindLabel: SOURCE_KIND_LABELS[s.kind], outlet: s.outlet, date: displayDate(s.date), quoteCount: s.quoteCount }));
    return {
      slug: c.slug,
      title: c.title,
      year: c.year,
      director: c.director,
      descriptionHtml: renderMarkdown(c.description),
      sourceCount: c.sourceCount,
      quoteCount: c.quoteCount,
      speakerCount: people.length,
      people,
      sources,
      charts: catalog ? collectionCharts(c, catalog, labels) : null,
      searchHref: searchHref({ q: '', filters: { speaker: [], source: [], kind: [], collection: [c.slug] }, sort: 'source', page: 1, perPage: 20 }),
    };
  });
  const quoteCount = collections.reduce((n, c) => n + c.quoteCount, 0);
  res.render('home', { nav: 'home', hideHeaderSearch: true, collections, quoteCount, empty: collections.length === 0 });
}
