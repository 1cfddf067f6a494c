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

export function citationFacts(quote: QuoteDocument, source: SourceRecord | null, labels: Labels): CitationFacts {
  const ref = quote.sourceRef;
  const meta = source?.meta;
  const collection: CollectionRecord | undefined = labels.collection(quote.collection);
  const name = (slug: string) => {
    const s = labels.speaker(slug);
    return s && !isUnnamed(s) ? s.name : null;
  };
  const names = (slugs: string[] | undefined) => (slugs ?? []).map(name).filter((n): n is string => !!n);
  const hosts = names(meta?.host);
  const interviewer = meta?.interviewer ? name(meta.interviewer) : null;
  const inferred = meta?.inferred ?? [];
  const given = (field: MetaField, value: string | undefined) => (value && !inferred.includes(field) ? value : null);
  return {
    kind: ref.kind,
    title: given('title', meta?.title ?? ref.title),
    description: ref.title,
    outlet: meta?.outlet ?? ref.outlet ?? null,
    programme: meta?.programme ?? null,
    episode: meta?.episode ?? null,
    medium: meta?.medium ?? null,
    // An "Unnamed critic" is the loader's label for a missing byline: no author.
    author: given('author', meta?.author ?? ref.author) && !/^Unnamed\b/.test(meta?.author ?? ref.author ?? '') ? (meta?.author ?? ref.author)! : null,
    director: meta?.director ?? null,
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
