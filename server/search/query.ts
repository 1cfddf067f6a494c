/**
 * The query language, parsed once and shared by every engine:
 *   words            every word must match (typos tolerated by word length, the last word as a prefix)
 *   "a phrase"       these words, exactly and in this order
 *   -word  -"a b"    quotes containing this word or phrase are excluded
 * Words are normalised like indexed text, so a parsed query holds only letters and digits: it can be
 * written back for Meilisearch without any user character reaching its syntax.
 */
import { terms } from './tokenize.ts';

export interface QueryWord {
  kind: 'word';
  term: string;
  /** Matches as a prefix: only the last word, when the query does not end with a space. */
  prefix: boolean;
}

export interface QueryPhrase {
  kind: 'phrase';
  terms: string[];
}

export type QueryPart = QueryWord | QueryPhrase;

export interface ParsedQuery {
  /** Words and phrases that must match, in the order typed. */
  parts: QueryPart[];
  /** Words and phrases that must not match. */
  excluded: QueryPart[];
  /** Words beyond `MAX_QUERY_WORDS`, ignored as Meilisearch ignores them. */
  ignored: string[];
}

/** Meilisearch considers the first ten words of a query; so do we, and say so. */
export const MAX_QUERY_WORDS = 10;

// A segment: optional minus at a word start, then a quoted phrase (closed or running to the end) or a bare word.
const SEGMENT = /(^|\s)(-?)(?:"([^"]*)"?|([^\s"]+))|"([^"]*)"?/g;

export function parseQuery(input: string): ParsedQuery {
  const q = input.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
  const parts: QueryPart[] = [];
  const excluded: QueryPart[] = [];
  const ignored: string[] = [];
  let words = 0;

  const add = (part: QueryPart, negative: boolean, raw: string) => {
    if (negative) {
      excluded.push(part);
      return;
    }
    const size = part.kind === 'word' ? 1 : part.terms.length;
    if (words + size > MAX_QUERY_WORDS) {
      ignored.push(raw);
      return;
    }
    words += size;
    parts.push(part);
  };

  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(q); m !== null; m = SEGMENT.exec(q)) {
    if (m[0].length === 0) {
      SEGMENT.lastIndex++;
      continue;
    }
    const negative = m[2] === '-';
    const phrase = m[3] ?? m[5];
    if (phrase !== undefined) {
      const ts = terms(phrase);
      if (ts.length === 1) add({ kind: 'word', term: ts[0]!, prefix: false }, negative, phrase);
      else if (ts.length > 1) add({ kind: 'phrase', terms: ts }, negative, phrase);
      continue;
    }
    for (const term of terms(m[4] ?? '')) add({ kind: 'word', term, prefix: false }, negative, term);
  }

  const last = parts.at(-1);
  const typedLast = ignored.length === 0 && !/\s$/.test(q) && !/"\s*$/.test(q);
  if (last?.kind === 'word' && typedLast) last.prefix = true;
  return { parts, excluded, ignored };
}

/** True when the query has nothing to match: a browse of everything (filters still apply). */
export function isPlaceholder(query: ParsedQuery): boolean {
  return query.parts.length === 0;
}

/** The query without its last `n` parts: "drop words from the end when nothing matches". */
export function dropLast(query: ParsedQuery, n: number): ParsedQuery {
  const parts = query.parts.slice(0, Math.max(0, query.parts.length - n)).map((p) => ({ ...p }));
  const last = parts.at(-1);
  // Only the word typed last is a prefix; once it is dropped, the new last word is matched whole.
  if (last?.kind === 'word' && n > 0) last.prefix = false;
  return { parts, excluded: query.excluded, ignored: query.ignored };
}

/** The dropped parts as the user would read them. */
export function describeParts(parts: QueryPart[]): string[] {
  return parts.map((p) => (p.kind === 'word' ? p.term : `"${p.terms.join(' ')}"`));
}

/** Canonical text of a parsed query, safe to hand to Meilisearch: only normalised words, quotes and minus signs. */
export function formatQuery(query: ParsedQuery): string {
  const part = (p: QueryPart) => (p.kind === 'word' ? p.term : `"${p.terms.join(' ')}"`);
  // Exclusions first, so that the last word of the string is the last word to match.
  const out = [...query.excluded.map((p) => `-${part(p)}`), ...query.parts.map(part)].join(' ');
  const last = query.parts.at(-1);
  // Meilisearch treats the last word as a prefix unless the query ends with a space.
  return last?.kind === 'word' && !last.prefix ? `${out} ` : out;
}
