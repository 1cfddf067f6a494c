/**
 * What people read instead of slugs: speaker names (told apart when two share a name, as the
 * "Unnamed critic" of each review does), source titles, quote kinds. Built from the catalog once per
 * index and cached, since every page asks.
 */
import type { QuoteKind, SourceKind } from '../corpus/model.ts';
import type { Catalog, CollectionRecord, SourceRecord, SpeakerRecord } from '../search/engine.ts';
import { shorten } from './format.ts';

/** Facet and filter labels for the three quote kinds. */
export const KIND_LABELS: Record<QuoteKind, string> = {
  turn: 'Spoken in an interview or film',
  quotation: 'Quoted in a review or article',
  prose: 'Written by a critic or journalist',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  interview: 'Interview',
  podcast: 'Podcast',
  'oral-history': 'Oral history',
  review: 'Review',
  article: 'Article',
  film: 'Film',
};

/** Lookups by slug over one catalog. */
export interface Labels {
  catalog: Catalog | null;
  speaker(slug: string): SpeakerRecord | undefined;
  source(slug: string): SourceRecord | undefined;
  collection(slug: string): CollectionRecord | undefined;
  /** The speaker's name, with the source they speak in when another speaker has the same name. */
  speakerName(slug: string): string;
  /** The source's title, shortened for lists and facets. */
  sourceTitle(slug: string, max?: number): string;
}

/** Speakers the loader made up for a voice it could not name ("Unnamed critic", "Unnamed host"). */
export function isUnnamed(speaker: { name: string; adHoc?: boolean } | null | undefined): boolean {
  return !speaker || (speaker.adHoc === true && /^Unnamed\b/.test(speaker.name));
}

const cache = new WeakMap<Catalog, Labels>();
const EMPTY: Catalog = { builtAt: '', collections: [], sources: [], speakers: [] };

export function labelsFor(catalog: Catalog | null): Labels {
  const key = catalog ?? EMPTY;
  const hit = cache.get(key);
  if (hit) return hit;
  const speakers = new Map(key.speakers.map((s) => [s.slug, s]));
  const sources = new Map(key.sources.map((s) => [s.slug, s]));
  const collections = new Map(key.collections.map((c) => [c.slug, c]));
  const sameName = new Map<string, number>();
  for (const s of key.speakers) sameName.set(s.name, (sameName.get(s.name) ?? 0) + 1);

  const sourceTitle = (slug: string, max = 70) => shorten(sources.get(slug)?.title ?? slug, max);
  const names = new Map<string, string>();
  const told = new Map<string, string[]>();
  for (const s of key.speakers) {
    const where = Object.keys(s.sourceCounts);
    const clash = (sameName.get(s.name) ?? 0) > 1 && where.length === 1;
    const label = clash ? `${s.name} (${sourceTitle(where[0]!, 36)})` : s.name;
    names.set(s.slug, label);
    if (clash) told.set(label, [...(told.get(label) ?? []), s.slug]);
  }
  // Titles alike at the start ("Review of City of Ghosts (“Oscar-nominated …”)") are told by what follows.
  for (const slugs of told.values()) {
    if (slugs.length < 2) continue;
    const titles = slugs.map((slug) => sources.get(Object.keys(speakers.get(slug)!.sourceCounts)[0]!)?.title ?? slug);
    let common = 0;
    while (titles.every((t) => t[common] === titles[0]![common]) && common < titles[0]!.length) common++;
    const cut = titles[0]!.lastIndexOf(' ', common) + 1;
    slugs.forEach((slug, i) => names.set(slug, `${speakers.get(slug)!.name} (${shorten(titles[i]!.slice(cut).replace(/^[(“"]+/, ''), 36)})`));
  }
  const labels: Labels = {
    catalog,
    speaker: (slug) => speakers.get(slug),
    source: (slug) => sources.get(slug),
    collection: (slug) => collections.get(slug),
    speakerName: (slug) => names.get(slug) ?? slug,
    sourceTitle,
  };
  cache.set(key, labels);
  return labels;
}
