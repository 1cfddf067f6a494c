/**
 * Page titles, descriptions and share tags (og:title, og:description) for the pages people link to:
 * a speaker, a source, a search. Titles are cut at a word boundary, never inside a word, and
 * descriptions say what the page holds in one sentence.
 */
import type { SourceRecord, SpeakerRecord } from '../search/engine.ts';
import { displayDate, listAnd, shownRole } from './format.ts';
import { SOURCE_KIND_LABELS, type Labels } from './labels.ts';
import { quoted } from './quote-marks.ts';

/** What the layout's <head> shows for one page. */
export interface PageMeta {
  title: string;
  description: string;
  url: string;
}

/**
 * At most `max` characters, cut after the last whole word that fits (with "…"); a first word longer
 * than `max` is kept whole rather than cut. Trailing punctuation before the cut is dropped.
 */
export function titleText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const space = clean.lastIndexOf(' ', max - 1);
  const cut = space > 0 ? clean.slice(0, space) : clean.split(' ')[0]!;
  return `${cut.replace(/[\s,;:.…—–-]+$/, '')}…`;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A speaker page: "Matthew Heineman, director: 7 quotes in 2 sources (City of Ghosts). Director of …" */
export function speakerMeta(speaker: SpeakerRecord, name: string, labels: Labels, url: string): PageMeta {
  const collections = speaker.collections.map((c) => labels.collection(c)?.title ?? c);
  const sources = Object.keys(speaker.sourceCounts).length;
  const counts = speaker.quoteCount > 0 ? `${plural(speaker.quoteCount, 'quote', 'quotes')} in ${plural(sources, 'source', 'sources')}` : 'no quotes yet';
  const where = collections.length ? ` (${listAnd(collections)})` : '';
  const about = speaker.description ? ` ${speaker.description}` : '';
  return { title: titleText(name, 70), description: titleText(`${name}${shownRole(speaker.role) ? `, ${shownRole(speaker.role)}` : ''}: ${counts}${where}.${about}`, 200), url };
}

/** A source page: "Review by …, The Guardian, July 21, 2017: 24 quotes by 5 speakers." */
export function sourceMeta(source: SourceRecord, labels: Labels, url: string): PageMeta {
  const kind = SOURCE_KIND_LABELS[source.kind];
  const by = source.author ? ` by ${source.author}` : '';
  const facts = [source.outlet, displayDate(source.date)].filter(Boolean).join(', ');
  const speakers = Object.keys(source.speakerCounts).length;
  const collection = labels.collection(source.collection)?.title;
  const description = `${kind}${by}${facts ? `, ${facts}` : ''}${collection ? `, about ${collection}` : ''}: ${plural(source.quoteCount, 'quote', 'quotes')} by ${plural(speakers, 'speaker', 'speakers')}, each with a permanent link.`;
  return { title: titleText(source.title, 70), description: titleText(description, 200), url };
}

/** A search page's title: the query in quotation marks, cut at a word. */
export function searchTitle(q: string, filters: string[] = []): string {
  // What the filters chose, so that a tab or a bookmark of `?speaker=…` says whose quotes it holds.
  const chosen = filters.length ? ` — ${titleText(filters.join(', '), 60)}` : '';
  return q ? `${quoted(titleText(q, 60))}${chosen}` : filters.length ? `Quotes — ${titleText(filters.join(', '), 60)}` : 'All quotes';
}

/** A quote page's title: its opening words in quotation marks, and who said them. */
export function quoteTitle(text: string, who: string): string {
  return `${quoted(titleText(text, 60))} — ${who}`;
}
