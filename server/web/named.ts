/**
 * Speakers and sources a search names. Names and titles are not searched as a quote's words (a hit
 * always shows the words it matched, and counts are counts of quotes that say the words); instead,
 * when a query word (other than a function word such as "the") is a speaker's name or alias, or the
 * words are all in a source's title, the search page offers that filter: "Matthew Heineman is a speaker: his quotes with “camera”".
 * The word → speakers and word → sources tables are built once per index build.
 */
import type { Catalog } from '../search/engine.ts';
import { describeParts, parseQuery, type QueryPart } from '../search/query.ts';
import { terms } from '../search/tokenize.ts';
import { isContentWord } from '../search/verify/words.ts';
import { isUnnamed, type Labels } from './labels.ts';
import { searchHref, sourcePath, speakerPath, type SearchState } from './links.ts';
import { nestQuotes } from './quote-marks.ts';

/** Speakers or sources offered at most, each. */
const MAX_OFFERED = 3;
/** Words shorter than this name nobody ("al", "de"). */
const MIN_WORD = 3;

interface Tables {
  speakers: Map<string, Set<string>>;
  sources: Map<string, Set<string>>;
}

// Keyed by build time, not by object: an engine on another thread hands out a fresh catalog copy per call.
let cached: { builtAt: string; tables: Tables } | null = null;

function tablesFor(catalog: Catalog): Tables {
  if (cached?.builtAt === catalog.builtAt) return cached.tables;
  const t: Tables = { speakers: new Map(), sources: new Map() };
  const add = (map: Map<string, Set<string>>, text: string, slug: string) => {
    for (const term of terms(text)) if (term.length >= MIN_WORD) (map.get(term) ?? map.set(term, new Set()).get(term)!).add(slug);
  };
  for (const s of catalog.speakers) if (!isUnnamed(s) && s.quoteCount > 0) for (const name of [s.name, ...s.aliases]) add(t.speakers, name, s.slug);
  for (const s of catalog.sources) if (s.quoteCount > 0 && !s.meta.inferred.includes('title')) add(t.sources, s.title, s.slug);
  cached = { builtAt: catalog.builtAt, tables: t };
  return t;
}

/** One filter a search names, as a link to apply it. */
export interface NamedFilter {
  kind: 'speaker' | 'source';
  label: string;
  /** The speaker's or source's own page. */
  page: string;
  /** The search with this filter, without the words that named it. */
  href: string;
  /** The words left to search within it ('' when the query was only the name). */
  rest: string;
  /** The same, for showing inside quotation marks. */
  restShown: string;
}

/** The query text without the parts whose words all name the filter. */
function restOf(parts: QueryPart[], excluded: QueryPart[], naming: Set<string>): string {
  const kept = parts.filter((p) => !(p.kind === 'word' ? naming.has(p.term) : p.terms.every((t) => naming.has(t))));
  return [...describeParts(kept), ...describeParts(excluded).map((p) => `-${p}`)].join(' ');
}

/** Speakers whose name has a word of the query, and sources whose title has every word of it. */
export function namedFilters(q: string, state: SearchState, labels: Labels): NamedFilter[] {
  const catalog = labels.catalog;
  const parsed = parseQuery(q);
  if (!catalog || parsed.parts.length === 0) return [];
  const t = tablesFor(catalog);
  const words = parsed.parts.flatMap((p) => (p.kind === 'word' ? [p.term] : p.terms));
  const out: NamedFilter[] = [];

  // Function words ("the", "of") are in many names and titles and name none of them: a speaker or
  // source is offered for the other words only ("the" offering every title with "The" in it helps nobody).
  const naming = words.filter((w) => w.length >= MIN_WORD && isContentWord(w));
  const speakers = new Map<string, Set<string>>();
  for (const word of naming) for (const slug of t.speakers.get(word) ?? []) (speakers.get(slug) ?? speakers.set(slug, new Set()).get(slug)!).add(word);
  for (const [slug, naming] of [...speakers].slice(0, MAX_OFFERED)) {
    if ((state.filters.speaker as string[]).includes(slug)) continue;
    const rest = restOf(parsed.parts, parsed.excluded, naming);
    out.push({ kind: 'speaker', label: labels.speakerName(slug), page: speakerPath(slug), rest, restShown: nestQuotes(rest), href: searchHref({ ...state, q: rest, page: 1, filters: { ...state.filters, speaker: [slug] } }) });
  }

  // Every word must be in the title (function words too), and one at least must say something.
  const [first, ...others] = words.filter((w) => w.length >= MIN_WORD);
  if (first && naming.length > 0) {
    const titled = [...(t.sources.get(first) ?? [])].filter((slug) => others.every((w) => t.sources.get(w)?.has(slug)));
    for (const slug of titled.slice(0, MAX_OFFERED)) {
      if ((state.filters.source as string[]).includes(slug)) continue;
      const rest = restOf(parsed.parts, parsed.excluded, new Set(words));
      out.push({ kind: 'source', label: labels.sourceTitle(slug, 90), page: sourcePath(slug), rest, restShown: nestQuotes(rest), href: searchHref({ ...state, q: rest, page: 1, filters: { ...state.filters, source: [slug] } }) });
    }
  }
  return out;
}
