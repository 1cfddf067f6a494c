/**
 * The permalink of a quote, /q/:id: the quote, who said it and where, the lines around it, where
 * else it is quoted, and its citations with downloads (/q/:id/cite.bib, /q/:id/cite.json). A moved
 * id redirects (301) to its new permalink; a gone one is a 410 linking to its source (`quote-data.ts`).
 */
import type { Request, Response } from 'express';
import type { Config } from '../config.ts';
import type { SearchEngine } from '../search/engine.ts';
import { citeSection, excerptRedirect, quoteCitation } from './citations/page.ts';
import { provenanceOf } from './provenance.ts';
import { quoteCardTags } from './cards/tags.ts';
import { clock, displayDate, shorten, shownRole } from './format.ts';
import { permalink } from '../search/wire.ts';
import { SOURCE_KIND_LABELS, isUnnamed, labelsFor } from './labels.ts';
import { anchorInSource, quoteInSource, quotePath, searchHref, sourcePath, speakerPath } from './links.ts';
import { lookupQuote, type QuoteContext } from './quote-data.ts';
import { quoteView } from './view-models.ts';
import { givenOnce } from './params.ts';
import { quoteTitle, titleText } from './page-meta.ts';
import { nestQuotes, quoted } from './quote-marks.ts';
import { allowRecording, playerView } from './media.ts';
import { turnParagraphs } from './source-text.ts';
import { pageOf } from '../search/source-pages.ts';
import type { AttributionMethod } from '../corpus/model.ts';

/** How each attribution rule decided the speaker, said for readers who want to check. */
const METHODS: Record<AttributionMethod, string> = {
  label: 'From the speaker label in the transcript',
  metadata: 'From the source’s metadata: these are the writer’s own words',
  'self-introduction': 'The speaker introduces themselves',
  introduction: 'From the host’s introduction of the guests',
  vocative: 'The previous speaker addresses this person by name',
  'turn-taking': 'From the turn-taking between host and guests',
  cue: 'A said-clause in the text names the speaker',
  pronoun: 'A said-clause refers to the speaker by a pronoun',
  context: 'It continues a quotation already attributed',
  link: 'The same words appear in a transcript where the speaker is labelled',
  none: 'No rule could tell who is speaking, so no one is named',
};

/** Looks the quote up; answers the 301 itself and returns null when the id moved. */
async function found(engine: SearchEngine, req: Request, res: Response, suffix = ''): Promise<QuoteContext | null> {
  const result = await lookupQuote(engine, String(req.params.id));
  if (result.status === 'moved') {
    // The query goes along: a cited word range (`?w=4-10`) is part of the link.
    const query = req.originalUrl.indexOf('?');
    res.redirect(301, `${quotePath(result.to)}${suffix}${query === -1 ? '' : req.originalUrl.slice(query)}`);
    return null;
  }
  return result.context;
}

export async function quotePage(engine: SearchEngine, config: Config, req: Request, res: Response): Promise<void> {
  const context = await found(engine, req, res);
  if (!context) return;
  // The cited words are given once: a repeated one is a 400 naming it, not a citation of the whole.
  givenOnce(req, 'w', 'from', 'to');
  const toExcerpt = excerptRedirect(req, context);
  if (toExcerpt) return res.redirect(303, toExcerpt);
  const labels = labelsFor(await engine.catalog());
  const { quote, source, speaker } = context;
  const view = quoteView(quote, labels);
  const { citation, excerpt } = await quoteCitation(engine, context, labels, config.baseUrl, req);
  const player = playerView(labels.source(quote.source)?.meta.media, quote.sourceRef.title, quote.time);
  allowRecording(res, player);
  // A long source is paged: link to the page that shows this quote.
  const sourcePage = source ? pageOf(source, quote.position.ordinal) : 1;
  const canonical = permalink(config.baseUrl, quote.id);
  const who = quote.speaker?.name ?? 'Unattributed';
  const where = [quote.sourceRef.title, quote.sourceRef.outlet, displayDate(quote.sourceRef.date)].filter(Boolean).join(', ');
  res.render('quotes/show', {
    title: quoteTitle(quote.text, who),
    nav: 'search',
    navDetail: true,
    canonical,
    canonicalPath: quotePath(quote.id),
    meta: {
      title: quoted(titleText(quote.text, 180)),
      description: `${who}${shownRole(quote.speaker?.role) ? `, ${shownRole(quote.speaker?.role)}` : ''} — ${shorten(where, 200)}`,
      url: canonical,
    },
    // Shown between curly quotes: the quote's own double marks nest as single ones.
    quote: { ...view, paragraphs: turnParagraphs(quote.text).map(nestQuotes), long: quote.text.length > 320 },
    speaker: quote.speaker
      ? { name: quote.speaker.name, role: shownRole(quote.speaker.role), href: speakerPath(quote.speaker.slug), description: speaker?.description, unnamed: isUnnamed(speaker ?? null) }
      : null,
    source: {
      title: quote.sourceRef.title,
      href: sourcePath(quote.source),
      kindLabel: SOURCE_KIND_LABELS[quote.sourceRef.kind],
      outlet: quote.sourceRef.outlet,
      author: quote.sourceRef.author,
      date: displayDate(quote.sourceRef.date),
      url: quote.sourceRef.url,
      inContext: quoteInSource(quote, sourcePage),
      anchor: anchorInSource(quote, sourcePage),
    },
    attribution: {
      explanation: METHODS[quote.attribution.method] ?? quote.attribution.method,
      label: quote.attribution.label,
      // Rules that infer rather than read a label or metadata are flagged, so readers check the source.
      guessed: quote.attribution.method !== 'none' && quote.attribution.confidence < 0.8,
    },
    timestamp: quote.time ? clock(quote.time.start) : null,
    player,
    context: context.before.length + context.after.length > 0,
    short: shorten(quote.text, 220),
    before: context.before.map((q) => ({ ...quoteView(q, labels), short: shorten(q.text, 220) })),
    after: context.after.map((q) => ({ ...quoteView(q, labels), short: shorten(q.text, 220) })),
    quotedIn: context.quotedIn.map((q) => quoteView(q, labels)),
    reproduces: context.reproduces ? quoteView(context.reproduces, labels) : null,
    ...citeSection(citation, excerpt, quote.id, config.baseUrl, quote.text),
    provenance: source ? { ...provenanceOf(source, labels), citeHref: `${sourcePath(quote.source)}#cite-source` } : null,
    share: quoteCardTags(quote, config.baseUrl, await engine.stats()),
    speakerSearch: quote.speaker ? searchHref({ q: '', filters: { speaker: [quote.speaker.slug], source: [], kind: [], collection: [] }, sort: 'relevance', page: 1, perPage: 20 }) : null,
  });
}

/** GET /q/:id/cite.bib and /q/:id/cite.json: the citation as a file to save or import. */
export async function citationDownload(engine: SearchEngine, config: Config, format: 'bib' | 'json', req: Request, res: Response): Promise<void> {
  const context = await found(engine, req, res, `/cite.${format}`);
  if (!context) return;
  givenOnce(req, 'w');
  const { citation } = await quoteCitation(engine, context, labelsFor(await engine.catalog()), config.baseUrl, req);
  const name = `verbatim-${context.quote.id}`;
  if (format === 'bib') {
    res.set({ 'Content-Type': 'application/x-bibtex; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.bib"` });
    res.send(citation.bibtex);
    return;
  }
  // CSL-JSON is an array of items; one item here.
  res.set({ 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.json"` });
  res.send(`${JSON.stringify([citation.csl], null, 2)}\n`);
}
