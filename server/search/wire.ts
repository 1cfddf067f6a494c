/**
 * The public JSON form of quotes and search results — what the API answers and exports — with an
 * absolute permalink (`<base URL>/q/<id>`) for every quote. It lives with the engines so that a search
 * run on another thread can be serialized there (`SearchEngine.searchJson`).
 */
import type { QuoteDocument, SourceRef, SpeakerRef } from '../corpus/model.ts';
import type { FacetCounts, SearchHit, SearchResult } from './engine.ts';

export interface QuoteJson {
  id: string;
  text: string;
  kind: QuoteDocument['kind'];
  speaker: SpeakerRef | null;
  attribution: QuoteDocument['attribution'];
  source: SourceRef;
  position: { ordinal: number; line: number };
  url: string;
  time?: { start: number; end: number };
}

export interface HitJson extends QuoteJson {
  /** HTML-safe text with `<mark>` around the matched words, cropped around the best match. */
  highlight: string;
  /** Query words matched through a typo, and the word each matched. */
  corrected?: SearchHit['corrected'];
}

export function permalink(baseUrl: string, id: string): string {
  return `${baseUrl}/q/${encodeURIComponent(id)}`;
}

// Built as literals, property by property: these run for every hit of every API search.
export function quoteJson(quote: QuoteDocument, baseUrl: string): QuoteJson {
  const json: QuoteJson = {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    attribution: quote.attribution,
    source: quote.sourceRef,
    position: { ordinal: quote.position.ordinal, line: quote.position.line },
    url: permalink(baseUrl, quote.id),
  };
  if (quote.time) json.time = quote.time;
  return json;
}

export function hitJson(hit: SearchHit, baseUrl: string): HitJson {
  const json = quoteJson(hit.quote, baseUrl) as HitJson;
  json.highlight = hit.highlight;
  if (hit.corrected) json.corrected = hit.corrected;
  return json;
}

const FACET_ORDER: ReadonlyArray<keyof FacetCounts> = ['speaker', 'source', 'kind', 'collection'];

/** A string JSON can hold as it is: no quote, backslash, control character or lone surrogate half to escape. */
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/**
 * Facet counts as JSON objects (value → count), written directly: `JSON.stringify` is slow on objects
 * of hundreds of keys. Values are slugs, which need no escaping; `forEach` rather than `for … of`, which
 * would allocate an entry per value.
 */
export function facetsJson(facets: FacetCounts): string {
  let out = '{';
  for (const name of FACET_ORDER) {
    out += `${out.length > 1 ? ',' : ''}"${name}":{`;
    let first = true;
    facets[name].forEach((count, value) => {
      out += `${first ? '' : ','}${PLAIN.test(value) ? `"${value}"` : JSON.stringify(value)}:${count}`;
      first = false;
    });
    out += '}';
  }
  return `${out}}`;
}

/** The API's answer to a search, as JSON text: query, total, paging, dropped words, hits, facets. */
export function searchJsonText(query: string, result: SearchResult, baseUrl: string): string {
  const head = JSON.stringify({
    query,
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    dropped: result.dropped,
    hits: result.hits.map((h) => hitJson(h, baseUrl)),
  });
  return `${head.slice(0, -1)},"facets":${facetsJson(result.facets)}}`;
}
