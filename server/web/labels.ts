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
  /**
   * The source's title, shortened for lists and facets; with its file name when another source has
   * the same title (two reviews both titled "Review of City of Ghosts").
   */
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

  const sameTitle = new Map<string, number>();
  for (const s of key.sources) sameTitle.set(s.title, (sameTitle.get(s.title) ?? 0) + 1);
  /** The source's file name, when its title alone does not tell it from another source. */
  const fileOf = (slug: string) => {
    const source = sources.get(slug);
    return source && (sameTitle.get(source.title) ?? 0) > 1 ? source.path.slice(source.path.lastIndexOf('/') + 1) : null;
  };
  const sourceTitle = (slug: string, max = 70) => {
    const title = shorten(sources.get(slug)?.title ?? slug, max);
    const file = fileOf(slug);
    return file ? `${title} (${file})` : title;
  };
  const names = new Map<string, string>();
  for (const s of key.speakers) {
    const where = Object.keys(s.sourceCounts);
    const clash = (sameName.get(s.name) ?? 0) > 1 && where.length === 1;
    const file = clash ? fileOf(where[0]!) : null;
    const title = clash ? shorten(sources.get(where[0]!)?.title ?? where[0]!, 36) : '';
    names.set(s.slug, clash ? `${s.name} (${file ? `${title}, ${file}` : title})` : s.name);
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
