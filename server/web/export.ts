/**
 * Search results as a CSV download: every result of the search (up to `MAX_EXPORT_ROWS`), one row a
 * quote, with a header row naming the columns.
 */
import { stringify } from 'csv-stringify/sync';
import type { SearchEngine, SearchRequest } from '../search/engine.ts';
import { permalink } from '../search/wire.ts';
import { clock } from './format.ts';

export const MAX_EXPORT_ROWS = 10_000;
const PAGE = 100;
export const CSV_COLUMNS = ['id', 'text', 'speaker', 'role', 'kind', 'source', 'source_title', 'outlet', 'date', 'timestamp', 'permalink'] as const;

export async function exportCsv(engine: SearchEngine, request: SearchRequest, baseUrl: string): Promise<{ csv: string; total: number; truncated: boolean }> {
  const rows: string[][] = [];
  let total = 0;
  for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
    const result = await engine.search({ ...request, page, perPage: PAGE });
    total = result.total;
    for (const { quote } of result.hits) {
      rows.push([
        quote.id,
        quote.text,
        quote.speaker?.name ?? '',
        quote.speaker?.role ?? '',
        quote.kind,
        quote.source,
        quote.sourceRef.title,
        quote.sourceRef.outlet ?? '',
        quote.sourceRef.date ?? '',
        quote.time ? clock(quote.time.start) : '',
        permalink(baseUrl, quote.id),
      ]);
    }
    if (result.hits.length < PAGE || rows.length >= total) break;
  }
  const kept = rows.slice(0, MAX_EXPORT_ROWS);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = kept.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return { csv: stringify(safe, { header: true, columns: [...CSV_COLUMNS], bom: true }), total, truncated: total > kept.length };
}
