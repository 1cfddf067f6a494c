/**
 * Everything a permalink shows, gathered once for the quote page and the quote API: the quote, the
 * lines around it, where else it is quoted, its source and speaker. An id that moved or is gone is
 * answered here too, so both the page and the API treat old links the same way.
 */
import type { QuoteDocument } from '../corpus/model.ts';
import { gone, notFound } from '../errors.ts';
import type { SearchEngine, SourceRecord, SpeakerRecord } from '../search/engine.ts';
import { QUOTE_ID_PATTERN } from '../corpus/ids.ts';
import { labelsFor } from './labels.ts';

export interface QuoteContext {
  quote: QuoteDocument;
  /** Up to two lines before and after, in transcript order. */
  before: QuoteDocument[];
  after: QuoteDocument[];
  /** Quotations elsewhere that reproduce this line. */
  quotedIn: QuoteDocument[];
  /** The line this quotation reproduces. */
  reproduces: QuoteDocument | null;
  source: SourceRecord | null;
  speaker: SpeakerRecord | null;
}

export type QuoteLookup = { status: 'found'; context: QuoteContext } | { status: 'moved'; to: string };

const CONTEXT = 2;

/** The quote behind a permalink id; throws 404 for an unknown id and 410 for a quote that is gone. */
export async function lookupQuote(engine: SearchEngine, id: string): Promise<QuoteLookup> {
  if (!QUOTE_ID_PATTERN.test(id)) throw notFound('There is no quote with this id.');
  const resolution = await engine.resolve(id);
  if (resolution.status === 'unknown') throw notFound('There is no quote with this id. It may have been mistyped.');
  if (resolution.status === 'moved') return { status: 'moved', to: resolution.to };
  if (resolution.status === 'gone') {
    const source = labelsFor(await engine.catalog()).source(resolution.record.source);
    // A source deleted with its quote has no page to link to.
    throw gone(
      source ? `This quote was removed from “${source.title}” when the transcript was edited.` : 'This quote was removed with its source, which is no longer in the collection.',
      { slug: resolution.record.source, ...(source ? { title: source.title, url: `/sources/${encodeURIComponent(resolution.record.source)}` } : {}) },
    );
  }
  const { quote } = resolution;
  const from = Math.max(0, quote.position.ordinal - CONTEXT);
  const [around, catalog, quotedIn, reproduces] = await Promise.all([
    engine.list({ source: quote.source }, { offset: from, limit: quote.position.ordinal - from + CONTEXT + 1 }),
    engine.catalog(),
    quote.quotedIn.length ? engine.getMany(quote.quotedIn) : Promise.resolve([]),
    quote.reproduces ? engine.get(quote.reproduces) : Promise.resolve(null),
  ]);
  return {
    status: 'found',
    context: {
      quote,
      before: around.quotes.filter((q) => q.position.ordinal < quote.position.ordinal),
      after: around.quotes.filter((q) => q.position.ordinal > quote.position.ordinal),
      quotedIn,
      reproduces,
      source: labelsFor(catalog).source(quote.source) ?? null,
      speaker: quote.speaker ? (labelsFor(catalog).speaker(quote.speaker.slug) ?? null) : null,
    },
  };
}
