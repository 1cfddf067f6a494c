/**
 * The CSL-JSON item for a source, per kind, in the variables the official APA, MLA and Chicago
 * style files read (CSL 1.0.2): the styles do all the formatting. What the source does not say is
 * left out — and listed in `missing` — never filled with a guess; Verbatim's permalink appears only
 * as the address where the words were read (with the day they were read), never as the original.
 *
 * | kind          | CSL type                          | who leads                         |
 * | interview     | broadcast (on air) or interview   | host (broadcast) / interviewee    |
 * | podcast       | broadcast, "Audio podcast episode"| host                              |
 * | oral-history  | interview, with archive           | narrator; interviewer             |
 * | film          | motion_picture, "Film"            | director                          |
 * | review        | article-newspaper + reviewed-* (in an outlet), else review | writer, or the outlet |
 * | article       | article-newspaper                 | writer                            |
 */
import { dateParts } from '../format.ts';
import type { CitationFacts, MissingNote } from './facts.ts';
import { splitName } from '../format.ts';
import { sentenceCase } from './sentence-case.ts';

/** A CSL name: family and given parts, or a literal for one-word and organisation names. */
export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string } | { literal: string };
type CslDate = { 'date-parts': number[][] };

/** One CSL-JSON item (CSL 1.0.2 data schema). */
export interface CslItem {
  id: string;
  type: 'interview' | 'broadcast' | 'motion_picture' | 'review' | 'article-newspaper' | 'webpage';
  title?: string;
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  medium?: string;
  number?: string;
  archive?: string;
  author?: CslName[];
  host?: CslName[];
  interviewer?: CslName[];
  director?: CslName[];
  'reviewed-title'?: string;
  'reviewed-genre'?: string;
  'reviewed-author'?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
}

// Particles stay with the family name but sort after it: "de Beauvoir, S." (APA), "Beauvoir, Simone de" (Chicago).
const PARTICLE = /^(?:van|von|de|del|della|der|den|da|di|du|la|le|ter|ten)$/;

export function cslName(name: string): CslName {
  const { family, given } = splitName(name);
  if (!given) return { literal: family };
  const words = family.split(' ');
  const particles: string[] = [];
  while (words.length > 1 && PARTICLE.test(words[0]!)) particles.push(words.shift()!);
  return { family: words.join(' '), given, ...(particles.length ? { 'non-dropping-particle': particles.join(' ') } : {}) };
}

function cslDate(iso: string | null): CslDate | undefined {
  const d = dateParts(iso ?? undefined);
  if (!d) return undefined;
  return { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.month && d.day ? [d.day] : [])]] };
}

export interface ItemContext {
  /** Item id (the quote id). */
  id: string;
  /** The quote's permalink: the address where it was read, used only when the source has none of its own. */
  permalink: string;
  /** Today (ISO date), as the access date of the permalink. */
  today: string;
  /** Words that keep their capitals when a title is put in sentence case (names, places). */
  properWords: ReadonlySet<string>;
}

/**
 * A title's "..." as the ellipsis character. citeproc folds a period after three full stops into
 * them, so a title ending "Live From..." lost the full stop that separates it from what follows
 * ("Live From... CNN"); after "…" the separator stays ("Live From…. CNN", as after "?" it would not).
 */
const ellipsis = (title: string) => title.replace(/(?<!\.)\.\.\.(?!\.)/g, '…');

const BROADCAST_GENRE = { radio: 'Radio broadcast', television: 'Television broadcast' } as const;

export function cslItem(facts: CitationFacts, ctx: ItemContext): { item: CslItem; missing: MissingNote[] } {
  const missing: MissingNote[] = [];
  const item: CslItem = { id: ctx.id, type: 'interview' };
  // Titles are stored in sentence case, as CSL expects: APA prints them so, MLA and Chicago title-case them.
  const title = facts.title ? ellipsis(sentenceCase(facts.title, ctx.properWords)) : null;
  if (title) item.title = title;
  const issued = cslDate(facts.date);
  if (issued) item.issued = issued;
  const people = (names: string[]) => names.map(cslName);
  const onAir = !!(facts.programme || facts.medium || (facts.outlet && facts.kind === 'interview'));

  switch (facts.kind) {
    case 'interview':
      if (onAir) {
        item.type = 'broadcast';
        if (facts.hosts.length) item.host = people(facts.hosts);
        if (facts.medium) item.genre = BROADCAST_GENRE[facts.medium];
        else item.genre = 'Interview';
        if (facts.programme) item['container-title'] = ellipsis(sentenceCase(facts.programme, ctx.properWords));
        if (facts.outlet) item.publisher = facts.outlet;
        if (facts.episode) item.number = facts.episode;
      } else {
        item.genre = 'Interview';
        if (facts.guests.length) item.author = people(facts.guests);
        const by = facts.interviewer ? [facts.interviewer] : facts.hosts;
        if (by.length) item.interviewer = people(by);
        if (facts.outlet) item['container-title'] = facts.outlet;
      }
      break;
    case 'podcast':
      item.type = 'broadcast';
      // `medium`, not `genre`: with an episode number the APA style then prints "(No. 443) [Audio podcast episode]".
      item.medium = 'Audio podcast episode';
      if (facts.hosts.length) item.host = people(facts.hosts);
      // A programme is a work (APA: italic, sentence case), not a periodical: stored in sentence case like titles.
      if (facts.programme) item['container-title'] = ellipsis(sentenceCase(facts.programme, ctx.properWords));
      if (facts.outlet) item.publisher = facts.outlet;
      if (facts.episode) item.number = facts.episode;
      break;
    case 'oral-history':
      item.genre = 'Interview';
      if (facts.guests.length) item.author = people(facts.guests);
      if (facts.interviewer ?? facts.hosts[0]) item.interviewer = people(facts.interviewer ? [facts.interviewer] : facts.hosts);
      if (facts.repository) item.archive = facts.repository;
      break;
    case 'film': {
      item.type = 'motion_picture';
      item.genre = 'Film';
      const director = facts.director ?? facts.work?.director ?? null;
      if (director) item.director = [cslName(director)];
      if (!item.title && facts.work) item.title = ellipsis(sentenceCase(facts.work.title, ctx.properWords));
      if (facts.outlet) item.publisher = facts.outlet;
      if (!item.issued && facts.work?.year) item.issued = { 'date-parts': [[facts.work.year]] };
      break;
    }
    case 'review':
      // The APA style reads a review in a periodical as that article type with reviewed-* variables (full date); `review` alone is dated by year.
      // A `review` without reviewed-* is read as titled by the work it reviews ("Review of <its own title>"):
      // one that names no work and no outlet is a page of its own, described as a review.
      item.type = facts.outlet ? 'article-newspaper' : facts.work ? 'review' : 'webpage';
      if (!facts.outlet && !facts.work) item.genre = 'Review';
      if (facts.author) item.author = [cslName(facts.author)];
      else if (facts.outlet) item.author = [{ literal: facts.outlet }];
      if (facts.outlet) item['container-title'] = facts.outlet;
      if (facts.work) {
        item['reviewed-title'] = ellipsis(facts.work.title);
        item['reviewed-genre'] = 'film';
        if (facts.work.director) item['reviewed-author'] = [cslName(facts.work.director)];
      }
      break;
    case 'article':
      item.type = 'article-newspaper';
      if (facts.author) item.author = [cslName(facts.author)];
      if (facts.outlet) item['container-title'] = facts.outlet;
      break;
  }

  const leads = item.author ?? item.host ?? item.director;
  if (!leads) missing.push({ field: 'author', message: facts.kind === 'interview' || facts.kind === 'podcast' ? 'no host or author in the source — check before citing' : 'no author in the source — check before citing' });
  if (!item.issued) missing.push({ field: 'date', message: 'no date in the source — check before citing' });
  if (!facts.title && facts.kind !== 'film' && !(facts.kind === 'review' && facts.work)) {
    // An untitled work is described: the description goes where the styles put one (APA in brackets in
    // the title's place, MLA and Chicago unformatted), not into the title.
    delete item.title;
    item.genre = item.genre && item.genre !== 'Interview' ? `${facts.description}, ${item.genre.toLowerCase()}` : facts.description;
    missing.push({ field: 'title', message: 'no title in the source — it is described instead' });
  } else if (!facts.title && facts.kind !== 'film') {
    missing.push({ field: 'title', message: 'no title in the source — described as a review of the film' });
  }
  if (facts.url) {
    item.URL = facts.url;
    const accessed = cslDate(facts.accessed);
    if (accessed && !item.issued) item.accessed = accessed;
  } else {
    // The permalink is where the words were read, so it goes with the day they were read ("Retrieved …, from").
    item.URL = ctx.permalink;
    item.accessed = cslDate(ctx.today)!;
    missing.push({ field: 'url', message: 'no original address in the source — the link is where it was read in Verbatim' });
  }
  return { item, missing };
}
