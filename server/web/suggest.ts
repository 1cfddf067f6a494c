/**
 * "Did you mean": when a search finds nothing, ask the engine for the closest indexed word to each
 * word of the query (`SearchEngine.correctWords`: worked out where the vocabulary lives, never on
 * this event loop), and offer the corrected query only if it finds something. Failing that, offer
 * the query without its last word.
 */
import { describeParts, parseQuery, type ParsedQuery, type QueryPart } from '../search/query.ts';
import type { SearchEngine, SearchFilters } from '../search/engine.ts';

/** A query worth offering, and how many quotes it finds. */
export interface Suggestion {
  q: string;
  total: number;
  /** `spelling`: words corrected; `shorter`: the last word left out. */
  reason: 'spelling' | 'shorter';
  /** True when only a search without the current filters finds it. */
  withoutFilters: boolean;
}

function queryText(parsed: ParsedQuery): string {
  const excluded = describeParts(parsed.excluded).map((p) => `-${p}`);
  return [...describeParts(parsed.parts), ...excluded].join(' ');
}

/** A corrected or shortened query that finds something, or null. */
export async function suggest(engine: SearchEngine, q: string, filters: SearchFilters): Promise<Suggestion | null> {
  const parsed = parseQuery(q);
  if (parsed.parts.length === 0) return null;
  // Every word of the query, phrases' words included, corrected in one call to the engine.
  const words = parsed.parts.flatMap((part, i) =>
    part.kind === 'word' ? [{ term: part.term, prefix: i === parsed.parts.length - 1 && part.prefix }] : part.terms.map((term) => ({ term, prefix: false })),
  );
  const corrections = await engine.correctWords(words);
  let next = 0;
  const fix = (part: QueryPart): QueryPart => {
    if (part.kind === 'word') {
      const better = corrections[next++];
      return better ? { ...part, term: better, prefix: false } : part;
    }
    return { ...part, terms: part.terms.map((t) => corrections[next++] ?? t) };
  };
  const fixed: ParsedQuery = { ...parsed, parts: parsed.parts.map(fix) };
  const changed = corrections.some((c) => c !== null);
  const tries: Array<[string, Suggestion['reason']]> = [];
  if (changed) tries.push([queryText(fixed), 'spelling']);
  if (parsed.parts.length > 1) tries.push([queryText({ ...parsed, parts: parsed.parts.slice(0, -1) }), 'shorter']);
  const filtered = Object.values(filters).some((v) => v && v.length > 0);
  for (const [candidate, reason] of tries) {
    const result = await engine.search({ q: candidate, filters, perPage: 1, facets: false, highlight: false });
    if (result.total > 0) return { q: candidate, total: result.total, reason, withoutFilters: false };
  }
  // The corrected words may exist only outside the current filters: offer them with the filters cleared.
  for (const [candidate, reason] of filtered ? tries : []) {
    const result = await engine.search({ q: candidate, perPage: 1, facets: false, highlight: false });
    if (result.total > 0) return { q: candidate, total: result.total, reason, withoutFilters: true };
  }
  return null;
}
