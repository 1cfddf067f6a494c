/**
 * Citations of a quote. A quote is cited as its source — the interview, review, article or film it
 * comes from — with its speaker: the speaker is the author of an interview turn; a person quoted
 * in a review is named in the in-text form ("as cited in"). Pure functions from our records to
 * strings; the styles are in `citation-styles.ts`, BibTeX and CSL-JSON in `citation-exports.ts`.
 *
 * Nothing made up by the loader is cited as if it were real: an "Unnamed critic" is no author, and
 * a title inferred from the text is replaced by a description ("Review of the film …").
 */
import type { QuoteDocument, QuoteKind, SourceKind } from '../corpus/model.ts';
import type { CollectionRecord, SourceRecord, SpeakerRecord } from '../search/engine.ts';
import { dateParts, type DateParts } from './format.ts';
import { isUnnamed } from './labels.ts';
import { apa, chicago, mla } from './citation-styles.ts';
import { bibtex, cslItem, type CslItem } from './citation-exports.ts';

/** Everything a citation needs, taken from a quote, its source and its collection. */
export interface Citable {
  /** The quote id: BibTeX key and CSL id are derived from it. */
  id: string;
  /** The quoted words. */
  words: string;
  kind: QuoteKind;
  /** The named speaker of the quote; null when unattributed or unnamed. */
  speaker: string | null;
  sourceKind: SourceKind;
  /** The source's own title; null when the loader inferred it from the text. */
  title: string | null;
  /** The title the loader gave the source (used as a description when `title` is null). */
  generatedTitle: string;
  /** The person the source is by: a review's writer, the interviewee for a turn, the director of a film. */
  author: string | null;
  /** For an interview: the named host(s) or interviewer, other than the speaker. */
  interviewers: string[];
  outlet: string | null;
  date: DateParts | null;
  /** The film the collection is about, which a review reviews. */
  work: { title: string; director: string | null; year: number | null } | null;
  /** The permalink (absolute). */
  url: string;
  /** Seconds into the recording, for timed transcripts. */
  time: number | null;
}

/** A formatted citation as text runs, so that pages can italicise titles without raw HTML. */
export type Run = { text: string; italic?: boolean };

export interface StyledCitation {
  /** The reference list (bibliography) entry. */
  reference: Run[];
  /** How the quote is cited in running text: parenthetical (APA, MLA) or a short note (Chicago). */
  inText: string;
}

/** The five citations of a quote, as the permalink page and the quote API give them. */
export interface QuoteCitations {
  apa: StyledCitation;
  mla: StyledCitation;
  chicago: StyledCitation;
  bibtex: string;
  csl: CslItem;
}

export const plain = (runs: Run[]): string => runs.map((r) => r.text).join('');

/** The people of a collection, to resolve the host and interviewer slugs of a source. */
export type SpeakerLookup = (slug: string) => SpeakerRecord | undefined;

/** Our records → a `Citable`. */
export function toCitable(quote: QuoteDocument, source: SourceRecord | null, people: SpeakerLookup, collection: CollectionRecord | undefined, permalinkUrl: string): Citable {
  const ref = quote.sourceRef;
  const meta = source?.meta;
  // A speaker missing from the catalog is judged by name alone ("Unnamed critic" is no one to cite).
  const record = quote.speaker ? (people(quote.speaker.slug) ?? { name: quote.speaker.name, adHoc: true }) : null;
  const named = quote.speaker && !isUnnamed(record) ? quote.speaker.name : null;
  const work = collection ? { title: collection.title, director: collection.director ?? null, year: collection.year ?? null } : null;
  const spoken = ref.kind === 'interview' || ref.kind === 'film';
  const hostSlugs = [...(meta?.host ?? []), ...(meta?.interviewer ? [meta.interviewer] : [])];
  const interviewers = [...new Set(hostSlugs)]
    .map((slug) => people(slug))
    .filter((p): p is SpeakerRecord => !!p && !isUnnamed(p) && p.name !== named)
    .map((p) => p.name);
  let author: string | null = ref.author ?? null;
  if (ref.kind === 'interview') author = named;
  if (ref.kind === 'film') author = ref.author ?? work?.director ?? null;
  return {
    id: quote.id,
    words: quote.text,
    kind: quote.kind,
    speaker: named,
    sourceKind: ref.kind,
    title: meta?.inferred.includes('title') ? null : ref.title,
    generatedTitle: ref.title,
    author,
    interviewers: spoken ? interviewers : [],
    outlet: ref.outlet ?? null,
    date: dateParts(ref.date),
    work,
    url: permalinkUrl,
    time: quote.time ? quote.time.start : null,
  };
}

/** All five citations of one quote. */
export function citeAll(c: Citable): QuoteCitations {
  return { apa: apa(c), mla: mla(c), chicago: chicago(c), bibtex: bibtex(c), csl: cslItem(c) };
}

/**
 * The citations as the quote API gives them: each style's reference entry as plain text, BibTeX,
 * the CSL-JSON item, and the in-text forms apart.
 */
export function citationsJson(all: QuoteCitations) {
  return {
    apa: plain(all.apa.reference),
    mla: plain(all.mla.reference),
    chicago: plain(all.chicago.reference),
    bibtex: all.bibtex,
    csl: all.csl,
    inText: { apa: all.apa.inText, mla: all.mla.inText, chicago: all.chicago.inText },
  };
}
