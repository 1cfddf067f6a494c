/**
 * "Did you mean": when a search finds nothing, look for a likely misspelling among the words the
 * corpus uses (speaker names and aliases, source titles, collection descriptions and every source's
 * text), and offer the corrected query only if it finds something. Failing that, offer the query
 * without its last word. The vocabulary is built once per index (keyed by its build time).
 */
import { describeParts, parseQuery, type ParsedQuery, type QueryPart } from '../search/query.ts';
import { tokenize } from '../search/tokenize.ts';
import type { Catalog, SearchEngine, SearchFilters } from '../search/engine.ts';
import { editDistance } from '../search/edit-distance.ts';

export { editDistance };

/** A query worth offering, and how many quotes it finds. */
export interface Suggestion {
  q: string;
  total: number;
  /** `spelling`: words corrected; `shorter`: the last word left out. */
  reason: 'spelling' | 'shorter';
  /** True when only a search without the current filters finds it. */
  withoutFilters: boolean;
}

/** Source texts read into the vocabulary at most (characters): bounds memory on a huge corpus. */
const MAX_TEXT = 20_000_000;
const vocabularies = new WeakMap<SearchEngine, { builtAt: string; words: Promise<Map<string, number>> }>();

async function buildVocabulary(engine: SearchEngine, catalog: Catalog): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (text: string | undefined) => {
    for (const { term } of tokenize(text ?? '')) if (term.length > 2) counts.set(term, (counts.get(term) ?? 0) + 1);
  };
  for (const c of catalog.collections) [c.title, c.description, c.director].forEach(add);
  for (const s of catalog.speakers) [s.name, ...s.aliases].forEach(add);
  let read = 0;
  for (const s of catalog.sources) {
    [s.title, s.outlet, s.author].forEach(add);
    if (read > MAX_TEXT) continue;
    const text = await engine.sourceText(s.slug);
    read += text?.text.length ?? 0;
    add(text?.text);
  }
  return counts;
}

function vocabulary(engine: SearchEngine, catalog: Catalog): Promise<Map<string, number>> {
  const cached = vocabularies.get(engine);
  if (cached && cached.builtAt === catalog.builtAt) return cached.words;
  const words = buildVocabulary(engine, catalog);
  vocabularies.set(engine, { builtAt: catalog.builtAt, words });
  return words;
}

/** Typos tolerated when looking for a correction: none for short words, where guesses go wrong. */
const allowed = (term: string) => (term.length < 4 ? 0 : term.length < 7 ? 1 : 2);

/** The closest known word, or null when the word is known or nothing is close enough. */
export function correct(term: string, words: Map<string, number>, prefix = false): string | null {
  if (words.has(term)) return null;
  if (prefix) for (const w of words.keys()) if (w.startsWith(term)) return null;
  const max = allowed(term);
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [word, count] of words) {
    const distance = editDistance(term, word, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word, distance, count };
  }
  return best?.word ?? null;
}

function queryText(parsed: ParsedQuery): string {
  const excluded = describeParts(parsed.excluded).map((p) => `-${p}`);
  return [...describeParts(parsed.parts), ...excluded].join(' ');
}

/** A corrected or shortened query that finds something, or null. */
export async function suggest(engine: SearchEngine, catalog: Catalog | null, q: string, filters: SearchFilters): Promise<Suggestion | null> {
  const parsed = parseQuery(q);
  if (parsed.parts.length === 0 || !catalog) return null;
  const words = await vocabulary(engine, catalog);
  let changed = false;
  const fix = (part: QueryPart, last: boolean): QueryPart => {
    if (part.kind === 'word') {
      const better = correct(part.term, words, last && part.prefix);
      if (better) changed = true;
      return better ? { ...part, term: better, prefix: false } : part;
    }
    return { ...part, terms: part.terms.map((t) => correct(t, words) ?? t) };
  };
  const fixed: ParsedQuery = { ...parsed, parts: parsed.parts.map((p, i) => fix(p, i === parsed.parts.length - 1)) };
  changed ||= fixed.parts.some((p, i) => p.kind === 'phrase' && p.terms.join(' ') !== (parsed.parts[i] as { terms: string[] }).terms.join(' '));
  const tries: Array<[string, Suggestion['reason']]> = [];
  if (changed) tries.push([queryText(fixed), 'spelling']);
  if (parsed.parts.length > 1) tries.push([queryText({ ...parsed, parts: parsed.parts.slice(0, -1) }), 'shorter']);
  const filtered = Object.values(filters).some((v) => v && v.length > 0);
  for (const [candidate, reason] of tries) {
    const result = await engine.search({ q: candidate, filters, perPage: 1 });
    if (result.total > 0) return { q: candidate, total: result.total, reason, withoutFilters: false };
  }
  // The corrected words may exist only outside the current filters: offer them with the filters cleared.
  for (const [candidate, reason] of filtered ? tries : []) {
    const result = await engine.search({ q: candidate, perPage: 1 });
    if (result.total > 0) return { q: candidate, total: result.total, reason, withoutFilters: true };
  }
  return null;
}
