/**
 * The long lists pages draw from the catalog — sources by collection, speakers by importance — worked
 * out once per catalog (the catalog changes only with a re-index), and paged: a corpus of a hundred
 * thousand sources must not make any page render a hundred thousand entries.
 */
import type { Catalog, SourceRecord, SpeakerRecord } from '../search/engine.ts';
import { groupBy } from '../util/group-by.ts';
import { isUnnamed } from './labels.ts';

/** Entries on one page of /sources and /speakers. */
export const LIST_PAGE_SIZE = 60;
/** Speakers and sources the home page shows per collection before "all of them" links. */
export const HOME_LIST_SIZE = 12;

interface Lists {
  sourcesByCollection: Map<string, SourceRecord[]>;
  /** Each collection's named speakers, the most quoted first. */
  peopleByCollection: Map<string, SpeakerRecord[]>;
  /** Registered people first (most quoted first), then the voices the loader could not name. */
  speakers: SpeakerRecord[];
}

const cache = new WeakMap<Catalog, Lists>();

function byImportance(a: SpeakerRecord, b: SpeakerRecord): number {
  return Number(isUnnamed(a)) - Number(isUnnamed(b)) || b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
}

export function catalogLists(catalog: Catalog): Lists {
  let lists = cache.get(catalog);
  if (!lists) {
    const bySlug = new Map(catalog.speakers.map((s) => [s.slug, s]));
    const people = new Map(
      catalog.collections.map((c) => [
        c.slug,
        c.speakers
          .map((slug) => bySlug.get(slug))
          .filter((s): s is SpeakerRecord => s !== undefined && !isUnnamed(s))
          .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name)),
      ]),
    );
    lists = { sourcesByCollection: groupBy(catalog.sources, (s) => s.collection), peopleByCollection: people, speakers: [...catalog.speakers].sort(byImportance) };
    cache.set(catalog, lists);
  }
  return lists;
}

/** One page of a list: its entries, and how many pages there are. */
export function pageOfList<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): { items: T[]; pages: number } {
  return { items: items.slice((page - 1) * size, page * size), pages: Math.max(1, Math.ceil(items.length / size)) };
}
