/**
 * Search results as a CSV download: every result of the search (up to `MAX_EXPORT_ROWS`), one row a
 * quote, with a header row naming the columns. Streamed: results are fetched a page at a time and
 * written as the client reads them, so an export never sits whole in memory and never holds the
 * event loop for longer than one page takes to format.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { QuoteDocument } from '../corpus/model.ts';
import type { SearchEngine, SearchRequest, SearchResult } from '../search/engine.ts';
import { permalink } from '../search/wire.ts';
import { clock, shownRole } from './format.ts';

export const MAX_EXPORT_ROWS = 10_000;
/** Results fetched per engine request (the engines' largest page). */
const PAGE = 100;
export const CSV_COLUMNS = ['id', 'text', 'speaker', 'role', 'kind', 'source', 'source_title', 'outlet', 'date', 'timestamp', 'permalink'] as const;

/** One CSV row. A leading =, +, - or @ would run as a formula in a spreadsheet: it is quoted with an apostrophe. */
export function csvRow(quote: QuoteDocument, baseUrl: string): string[] {
  return [
    quote.id,
    quote.text,
    quote.speaker?.name ?? '',
    shownRole(quote.speaker?.role),
    quote.kind,
    quote.source,
    quote.sourceRef.title,
    quote.sourceRef.outlet ?? '',
    quote.sourceRef.date ?? '',
    quote.time ? clock(quote.time.start) : '',
    permalink(baseUrl, quote.id),
  ].map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
}

/**
 * The CSV of every result, one chunk per page of results (header and byte order mark first): a
 * chunk per page rather than per row keeps the writes few, and each page's formatting short.
 */
async function* csvChunks(engine: SearchEngine, request: SearchRequest, first: SearchResult, baseUrl: string): AsyncGenerator<string> {
  let sent = 0;
  let result = first;
  for (let page = 1; ; ) {
    const rows = result.hits.slice(0, MAX_EXPORT_ROWS - sent).map(({ quote }) => csvRow(quote, baseUrl));
    sent += rows.length;
    yield stringify(rows, { header: page === 1, bom: page === 1, columns: [...CSV_COLUMNS] });
    if (result.hits.length < PAGE || sent >= Math.min(result.total, MAX_EXPORT_ROWS)) return;
    result = await engine.search({ ...request, page: ++page, perPage: PAGE, facets: false, highlight: false });
  }
}

/**
 * Answer `res` with the CSV of a search. The first page is fetched before anything is sent, so that
 * a bad request or an unreachable engine is still a proper error answer; after that, a failing engine
 * aborts the download (the client sees an incomplete transfer, never a silently short file).
 */
export async function sendCsv(res: Response, engine: SearchEngine, request: SearchRequest, baseUrl: string): Promise<void> {
  // Rows only: no facets to count, no highlights to mark.
  const first = await engine.search({ ...request, page: 1, perPage: PAGE, facets: false, highlight: false });
  const truncated = first.total > MAX_EXPORT_ROWS;
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="verbatim-search.csv"',
    'X-Total-Count': String(first.total),
    ...(truncated ? { 'X-Export-Truncated': `only the first ${MAX_EXPORT_ROWS} results` } : {}),
  });
  try {
    await pipeline(Readable.from(csvChunks(engine, request, first, baseUrl), { objectMode: false }), res);
  } catch (error) {
    // A client that went away ends the export; anything else is logged by the error handler (the
    // response is already under way, so it only ends the connection).
    if (res.destroyed && (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}
