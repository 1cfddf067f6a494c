/**
 * The query language, parsed once and shared by every engine:
 *   words            every word must match (typos tolerated by word length; the word typed last,
 *                    when nothing follows it, also as a prefix)
 *   "a phrase"       these words, exactly and in this order, across punctuation, however many
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
  /** Words and phrases beyond `MAX_QUERY_PARTS`, ignored as Meilisearch ignores them. */
  ignored: string[];
}

/**
 * Meilisearch considers the first ten words of a query, a phrase counting as one however long it
 * is; so do we, and say so.
 */
export const MAX_QUERY_PARTS = 10;

// A segment: optional minus at a word start, then a quoted phrase (closed or running to the end) or a bare word.
const SEGMENT = /(^|\s)(-?)(?:"([^"]*)"?|([^\s"]+))|"([^"]*)"?/g;

export function parseQuery(input: string): ParsedQuery {
  const q = input.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
  const parts: QueryPart[] = [];
  const excluded: QueryPart[] = [];
  const ignored: string[] = [];
  /** Whether the last thing typed was a positive word (only it may be a prefix). */
  let endsWithWord = false;

  const add = (part: QueryPart, negative: boolean, raw: string) => {
    endsWithWord = !negative && part.kind === 'word';
    if (negative) {
      excluded.push(part);
      return;
    }
    if (parts.length >= MAX_QUERY_PARTS) {
      ignored.push(raw);
      endsWithWord = false;
      return;
    }
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
      // A quoted word is whole, never a prefix.
      endsWithWord = false;
      continue;
    }
    for (const term of terms(m[4] ?? '')) add({ kind: 'word', term, prefix: false }, negative, term);
  }

  const last = parts.at(-1);
  // Only a word still being typed is a prefix: the query ends with it (no space, quote or exclusion after).
  if (last?.kind === 'word' && endsWithWord && !/\s$/.test(q)) last.prefix = true;
  return { parts, excluded, ignored };
}

/**
 * Where each part of `query` stands in the query as the engines read it (`formatQuery`), counted in
 * words: the ranking's word-position rule measures how far a matched word is from it. Exclusions
 * come first when the last word is a prefix (it must end the query), last otherwise.
 */
export function queryPositions(query: ParsedQuery): number[] {
  const size = (p: QueryPart) => (p.kind === 'word' ? 1 : p.terms.length);
  let at = query.parts.at(-1)?.kind === 'word' && (query.parts.at(-1) as QueryWord).prefix ? query.excluded.reduce((n, p) => n + size(p), 0) : 0;
  return query.parts.map((p) => {
    const start = at;
    at += size(p);
    return start;
  });
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

/**
 * Canonical text of a parsed query, safe to hand to Meilisearch: only normalised words (written by
 * `spell`), quotes and minus signs. The words to match come first, so that their positions in the query are those the
 * ranking expects (`queryPositions`), and exclusions after them — unless the last word is a prefix,
 * which must end the query.
 */
export function formatQuery(query: ParsedQuery, spell: (term: string) => string = (term) => term): string {
  const part = (p: QueryPart) => (p.kind === 'word' ? spell(p.term) : `"${p.terms.map(spell).join(' ')}"`);
  const last = query.parts.at(-1);
  const prefix = last?.kind === 'word' && last.prefix;
  const positive = query.parts.map(part);
  const negative = query.excluded.map((p) => `-${part(p)}`);
  const out = (prefix ? [...negative, ...positive] : [...positive, ...negative]).join(' ');
  // Meilisearch treats the last word as a prefix unless the query ends with a space.
  return prefix || out === '' ? out : `${out} `;
}
