/**
 * What is known about a quote's source, for citing it: each field as the metadata gives it, with
 * the names resolved and nothing made up. A field the loader inferred from the text is marked; a
 * field nobody gave is absent, and `missing` says so in words a reader acts on.
 */
import type { MetaField, QuoteDocument, SourceKind } from '../../corpus/model.ts';
import type { CollectionRecord, SourceRecord } from '../../search/engine.ts';
import { isUnnamed, type Labels } from '../labels.ts';

/** The facts a citation is built from. */
export interface CitationFacts {
  kind: SourceKind;
  /** The source's own title; null when none was given (the loader's stand-in is `description`). */
  title: string | null;
  /** What the source is, in words, when it has no title: "Interview with Matthew Heineman …". */
  description: string;
  outlet: string | null;
  programme: string | null;
  episode: string | null;
  medium: 'radio' | 'television' | null;
  /** A review's or article's writer. */
  author: string | null;
  director: string | null;
  repository: string | null;
  /** Where the source was published (never Verbatim's permalink). */
  url: string | null;
  date: string | null;
  accessed: string | null;
  hosts: string[];
  interviewer: string | null;
  /** The people the metadata says take part, other than hosts and interviewer. */
  guests: string[];
  /** The film the collection is about (what a review reviews). */
  work: { title: string; director: string | null; year: number | null } | null;
  inferred: MetaField[];
}

/** A fact a citation lacks, said next to it: "no date in the source — check before citing". */
export interface MissingNote {
  field: 'author' | 'date' | 'url' | 'title';
  message: string;
}

/**
 * Words that stand where a name is not known: the loader's "Unnamed critic", a transcript's
 * "Speaker 2", a byline of "Staff" or "Critic". None names a person, so none is cited as an author
 * (APA 9.12 and MLA 9 cite an unsigned work by its title; "Anonymous" only when the work is so signed).
 */
const PLACEHOLDER = /^(?:unnamed\b.*|anonymous|anon\.?|unknown(?:\s+\w+)?|unidentified(?:\s+\w+)?|n\/?a|none|nobody|no author|(?:the\s+)?(?:critic|reviewer|author|writer|editor|staff|staff writer|staff reporter|correspondent|reporter|host|co-?host|narrator|interviewer|interviewee|guest|moderator|presenter|announcer|admin|administrator|speaker|participant|voice)(?:[\s_#-]*(?:\d{1,3}|[a-z]))?)$/i;

/** Whether `name` is a stand-in for an unknown person rather than a name. */
export function isPlaceholderName(name: string | null | undefined): boolean {
  return !name || PLACEHOLDER.test(name.trim());
}

/** The collection every loose file is loaded into (`corpus/load.ts`): a folder, not a film anyone reviewed. */
const LOOSE_FILES = 'uncollected';

export function citationFacts(quote: QuoteDocument, source: SourceRecord | null, labels: Labels): CitationFacts {
  const ref = quote.sourceRef;
  const meta = source?.meta;
  const found: CollectionRecord | undefined = labels.collection(quote.collection);
  const collection = found && found.slug !== LOOSE_FILES ? found : undefined;
  const name = (slug: string) => {
    const s = labels.speaker(slug);
    // A voice the loader named by its role in this source only ("Speaker 1", "Woman") is no one to cite.
    const ofThisSource = !!ref.slug && slug.startsWith(`${ref.slug}-`);
    return s && !isUnnamed(s) && !ofThisSource && !isPlaceholderName(s.name) ? s.name : null;
  };
  const names = (slugs: string[] | undefined) => (slugs ?? []).map(name).filter((n): n is string => !!n);
  const hosts = names(meta?.host);
  const interviewer = meta?.interviewer ? name(meta.interviewer) : null;
  const inferred = meta?.inferred ?? [];
  const given = (field: MetaField, value: string | undefined) => (value && !inferred.includes(field) ? value : null);
  const byline = given('author', meta?.author ?? ref.author);
  return {
    kind: ref.kind,
    title: given('title', meta?.title ?? ref.title),
    description: ref.title,
    outlet: meta?.outlet ?? ref.outlet ?? null,
    programme: meta?.programme ?? null,
    episode: meta?.episode ?? null,
    medium: meta?.medium ?? null,
    // An "Unnamed critic" is the loader's label for a missing byline, and "Critic" or "Staff" no byline: no author.
    author: byline && !isPlaceholderName(byline) ? byline : null,
    director: meta?.director && !isPlaceholderName(meta.director) ? meta.director : null,
    repository: meta?.repository ?? null,
    url: meta?.url ?? ref.url ?? null,
    date: given('date', meta?.date ?? ref.date),
    accessed: meta?.accessed ?? null,
    hosts,
    interviewer,
    guests: names(meta?.speakers).filter((n) => !hosts.includes(n) && n !== interviewer),
    work: collection ? { title: collection.title, director: collection.director ?? null, year: collection.year ?? null } : null,
    inferred,
  };
}
