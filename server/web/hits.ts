/**
 * How quotes and search results leave the server: one JSON shape for a quote, shared by the search
 * API, the quote API and the CSV export, with an absolute permalink.
 */
import type { QuoteDocument, SourceRef, SpeakerRef } from '../corpus/model.ts';
import type { SearchHit, SearchResult } from '../search/engine.ts';

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

/** "1:02:03" or "2:03" from seconds. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
