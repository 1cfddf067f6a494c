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
  // Speakers sharing a name ("Unnamed critic" of each review) are told apart by their source's title;
  // titles alike at the start ("Review of City of Ghosts (Oscar-nominated …)") by where they differ.
  const byName = new Map<string, SpeakerRecord[]>();
  for (const s of key.speakers) {
    names.set(s.slug, s.name);
    const where = Object.keys(s.sourceCounts);
    if ((sameName.get(s.name) ?? 0) > 1 && where.length === 1) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  }
  const sharedStart = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  for (const group of byName.values()) {
    const titles = group.map((s) => sources.get(Object.keys(s.sourceCounts)[0]!)?.title ?? s.slug);
    group.forEach((s, i) => {
      const title = titles[i]!;
      const common = Math.max(0, ...titles.map((t, j) => (j === i ? 0 : sharedStart(title, t))));
      // Only a shared start of a few words is worth skipping.
      const cut = common >= 12 ? title.lastIndexOf(' ', common) + 1 : 0;
      names.set(s.slug, `${s.name} (${shorten(title.slice(cut).replace(/^[(“"]+/, '').replace(/\)$/, ''), 36)})`);
    });
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
