/**
 * The public JSON form of quotes and search results — what the API answers and exports — with an
 * absolute permalink (`<base URL>/q/<id>`) for every quote. It lives with the engines so that a search
 * run on another thread can be serialized there (`SearchEngine.searchJson`).
 */
import type { QuoteDocument, SourceRef, SpeakerRef } from '../corpus/model.ts';
import type { SearchHit, SearchResult } from './engine.ts';

export interface QuoteJson {
  id: string;
  text: string;
  kind: QuoteDocument['kind'];
  speaker: SpeakerRef | null;
  attribution: QuoteDocument['attribution'];
  source: SourceRef;
  position: { ordinal: number; line: number };
  time?: { start: number; end: number };
  url: string;
}

export interface HitJson extends QuoteJson {
  /** HTML-safe text with `<mark>` around the matched words, cropped around the best match. */
  highlight: string;
}

export function permalink(baseUrl: string, id: string): string {
  return `${baseUrl}/q/${encodeURIComponent(id)}`;
}

export function quoteJson(quote: QuoteDocument, baseUrl: string): QuoteJson {
  return {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    attribution: quote.attribution,
    source: quote.sourceRef,
    position: { ordinal: quote.position.ordinal, line: quote.position.line },
    ...(quote.time ? { time: quote.time } : {}),
    url: permalink(baseUrl, quote.id),
  };
}

export function hitJson(hit: SearchHit, baseUrl: string): HitJson {
  return { ...quoteJson(hit.quote, baseUrl), highlight: hit.highlight };
}

export function searchJson(query: string, result: SearchResult, baseUrl: string) {
  return {
    query,
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    dropped: result.dropped,
    hits: result.hits.map((h) => hitJson(h, baseUrl)),
    facets: result.facets,
  };
}
