/**
 * Meilisearch filter expressions, built so that no value can change an expression's structure:
 * every value is written as a double-quoted string with backslashes and double quotes escaped, and
 * attribute names come only from the constants below, never from a request.
 */
import type { SearchFilters } from '../engine.ts';
import { QUOTE_FIELDS } from './documents.ts';

/**
 * A value as a Meilisearch filter string literal: `"…"` with `\` and `"` escaped (backslashes first,
 * so the escapes added for quotes are not doubled). Newlines and other characters are kept as they
 * are: inside double quotes they are plain text to Meilisearch's filter parser.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute = "value"`. */
export function equals(attribute: string, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}

/** `attribute IN ["a", "b"]`; a single value is written as an equality. */
export function oneOf(attribute: string, values: readonly string[]): string {
  if (values.length === 1) return equals(attribute, values[0]!);
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** Clauses AND-ed; `undefined` when there are none (Meilisearch rejects an empty filter string). */
export function allOf(clauses: ReadonlyArray<string | undefined>): string | undefined {
  const present = clauses.filter((c): c is string => c !== undefined && c.length > 0);
  if (present.length === 0) return undefined;
  return present.map((c) => (present.length > 1 ? `(${c})` : c)).join(' AND ');
}

/**
 * The request's filters as one expression: values within a field OR-ed, fields AND-ed. An empty list
 * for a field means "no constraint on that field", as an absent one does.
 */
export function searchFilter(filters: SearchFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const clause = (attribute: string, values: readonly string[] | undefined) =>
    values && values.length > 0 ? oneOf(attribute, values) : undefined;
  return allOf([
    clause(QUOTE_FIELDS.speaker, filters.speaker),
    clause(QUOTE_FIELDS.source, filters.source),
    clause(QUOTE_FIELDS.kind, filters.kind),
    clause(QUOTE_FIELDS.collection, filters.collection),
  ]);
}
