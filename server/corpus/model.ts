/**
 * The records Verbatim is built on. Data flows one way: files → these records → a search engine →
 * pages. Nothing here knows about search or the web.
 */

/**
 * How a source reads: as speaker turns (interviews, subtitles, screenplays, structured exports) or as
 * prose (reviews, articles) whose quotations are attributed from the text.
 */
export type SourceLayout = 'transcript' | 'prose';
export const SOURCE_LAYOUTS: readonly SourceLayout[] = ['transcript', 'prose'];

/**
 * The format family whose reader read the file (see `corpus/readers/`). A sidecar's `reader:` may
 * choose one when sniffing would choose wrong.
 */
export type ReaderName =
  | 'subtitles'
  | 'markdown'
  | 'labelled'
  | 'news'
  | 'screenplay'
  | 'podcast-json'
  | 'podcast-html'
  | 'ohms'
  | 'tei'
  | 'unlabelled'
  | 'prose';
export const READER_NAMES: readonly ReaderName[] = ['subtitles', 'markdown', 'labelled', 'news', 'screenplay', 'podcast-json', 'podcast-html', 'ohms', 'tei', 'unlabelled', 'prose'];

/**
 * What a source is. `film` is the work itself (subtitles, a screenplay); an `interview` is a
 * conversation (on air when the metadata names a programme or outlet), a `podcast` an episode, an
 * `oral-history` an archived life-story interview; reviews and articles are written about the rest.
 */
export type SourceKind = 'interview' | 'podcast' | 'oral-history' | 'film' | 'review' | 'article';
export const SOURCE_KINDS: readonly SourceKind[] = ['interview', 'podcast', 'oral-history', 'film', 'review', 'article'];

/** The file type, from its extension (what the reader was given; not how it was read). */
export type SourceFormat = 'text' | 'markdown' | 'srt' | 'vtt' | 'sbv' | 'ass' | 'ttml' | 'json' | 'html' | 'xml' | 'fdx' | 'docx' | 'pdf';
export const SOURCE_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'srt', 'vtt', 'sbv', 'ass', 'ttml', 'json', 'html', 'xml', 'fdx', 'docx', 'pdf'];

/** Metadata fields a source may have; `SourceMeta.inferred` lists those worked out from the text. */
export type MetaField = 'title' | 'kind' | 'date' | 'author' | 'outlet' | 'host' | 'interviewer' | 'speakers';

/**
 * - `turn`: one speaker's uninterrupted speech in a transcript, script or subtitle file.
 * - `quotation`: words a review or article puts in quotation marks and attributes to someone.
 * - `prose`: the writer's own sentence in a review or article.
 */
export type QuoteKind = 'turn' | 'quotation' | 'prose';
export const QUOTE_KINDS: readonly QuoteKind[] = ['turn', 'quotation', 'prose'];

/** A person in a collection's speaker registry (or one met in a source and not registered). */
export interface Speaker {
  /** Stable identifier: ASCII lower-case letters, digits and `-`. */
  slug: string;
  /** Canonical display name, e.g. "Abdalaziz Alhamza". */
  name: string;
  /** director, subject, host, interviewer, critic, moderator, candidate, … (free text, lower case). */
  role: string;
  /** Other names the texts use for this person: "Aziz", "Abdalaziz", "Alhamza". */
  aliases: string[];
  /** One line about the person, from the registry. */
  description?: string;
  /** Pronoun the texts use for the person (he, she, they): helps resolve "he says". */
  pronouns?: 'he' | 'she' | 'they';
  /** True when the speaker is not in any registry and was met in a source's text or metadata. */
  adHoc?: boolean;
}

/** The speaker fields every quote carries (denormalised for search and display). */
export interface SpeakerRef {
  slug: string;
  name: string;
  role: string;
}

/** A film or documentary project: one folder under `transcripts/`. */
export interface Collection {
  slug: string;
  title: string;
  year?: number;
  director?: string;
  /** Markdown; rendered only after sanitising. */
  description?: string;
  /** Slugs of collections whose quotations may be linked to this one's lines ("quoted in"). */
  related?: string[];
  speakers: Speaker[];
}

/** Metadata of one source, from its sidecar `.yml`, its front matter, or inferred from its text. */
export interface SourceMeta {
  title: string;
  kind: SourceKind;
  /** Publisher, broadcaster or network: "NPR", "The Guardian". */
  outlet?: string;
  /** Named programme, series or podcast the source belongs to: "All Things Considered". */
  programme?: string;
  /** Episode number or title within the programme. */
  episode?: string;
  /** `radio` or `television` for a broadcast. */
  medium?: 'radio' | 'television';
  /** Writer of a review or article. */
  author?: string;
  /** Director of a film source (when not the collection's director). */
  director?: string;
  /** Archive or library holding an oral history. */
  repository?: string;
  /** Where the source was published (http or https only). */
  url?: string;
  /** The recording: an audio or video file, or a YouTube, Vimeo or Internet Archive address. */
  media?: string;
  /** ISO 8601 date, possibly partial: `2017`, `2017-07`, `2017-07-21`. */
  date?: string;
  /** When an undated web source was read (ISO date), for citations. */
  accessed?: string;
  /** Slugs of the host or hosts (for interviews), resolved against the registry. */
  host?: string[];
  /** Slug of the interviewer, when distinct from a broadcast host. */
  interviewer?: string;
  /** Slugs of the people the metadata says take part (guests, panelists, the quoted). */
  speakers?: string[];
  /** Which of the fields above were inferred from the text rather than given. */
  inferred: MetaField[];
}

/** One loaded file. Quote offsets index into `text`. */
export interface Source {
  /** Stable identifier, unique across collections. */
  slug: string;
  collection: string;
  /** Path relative to the transcripts folder, with `/` separators. */
  path: string;
  format: SourceFormat;
  /** The format family that read it. */
  reader: ReaderName;
  layout: SourceLayout;
  meta: SourceMeta;
  /**
   * The file's text as decoded (UTF-8, BOM removed, line endings kept). Character offsets are
   * JavaScript string indices (UTF-16 code units) into this text.
   */
  text: string;
  /** Character offset where the content starts (after front matter). */
  contentStart: number;
}

/** How a quote's speaker was decided. */
export type AttributionMethod =
  | 'label' // an explicit speaker label: `NAME:`, `Name (00:01:02):`, `<v Name>`, an Otter header
  | 'metadata' // the source's metadata: the author of a review's own prose
  | 'self-introduction' // "I'm Lester Holt"
  | 'introduction' // the host introduced the guests; hosts ask and guests answer
  | 'vocative' // the previous turn named the next speaker: "So Abdalaziz, …"
  | 'turn-taking' // alternation of host and guest, or the same guest answering a follow-up
  | 'cue' // a said-clause naming the speaker: “…,” Heineman said.
  | 'pronoun' // a said-clause with a pronoun resolved to the most recent compatible person
  | 'context' // a quotation continuing one already attributed
  | 'link' // the same words, exactly, in a transcript line whose speaker is known
  | 'none'; // unattributed: no rule could decide, and nothing is guessed

/** The speaker decision for one quote. */
export interface Attribution {
  /** The kind of evidence, in words a reader understands (shown on quote pages). */
  method: AttributionMethod;
  /** The attribution rule that decided (`quote-verb-mention`, `colon-introduction`, …), for figures per rule. */
  rule?: string;
  /** 0–1: how sure the rule is; 0 when unattributed. */
  confidence: number;
  /** The speaker label as the file wrote it ("UNIDENTIFIED REPORTER #1"), when there was one. */
  label?: string;
  /** The words that named the speaker, when not a label: "she told reporters", "the director". */
  evidence?: string;
}

/** Where a quote sits in its source. */
export interface QuotePosition {
  /** 0-based order of the quote within its source. */
  ordinal: number;
  /** Offsets into `Source.text`: the quote's words lie within [start, end). */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** For a quotation: the sentence(s) around it, said-clause included. */
  context?: { start: number; end: number };
}

/** Time within the recording, in seconds, for timed formats. */
export interface QuoteTime {
  start: number;
  end: number;
  /**
   * For a turn joined from several subtitle cues or segments: where each begins in the quote's text
   * (`at`, a string index) and its own times, so a phrase inside the turn is cited with its time.
   */
  cues?: Array<{ at: number; start: number; end: number }>;
}

/** One attributable line: the unit of search, permalinks and citations. */
export interface Quote {
  /** Derived from the source slug and the normalised text: ASCII letters, digits, `-`, `_`. */
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  attribution: Attribution;
  source: string;
  collection: string;
  position: QuotePosition;
  time?: QuoteTime;
  prev: string | null;
  next: string | null;
  /** For a quotation: the id of the turn it reproduces, when that turn is in the corpus. */
  reproduces?: string;
  /** For a turn: ids of quotations elsewhere that reproduce it. */
  quotedIn: string[];
}

/** The slice of a source's metadata that every search hit carries. */
export interface SourceRef {
  slug: string;
  title: string;
  kind: SourceKind;
  collection: string;
  outlet?: string;
  author?: string;
  date?: string;
  url?: string;
}

/** A quote as stored in an engine: the quote with its source denormalised. */
export interface QuoteDocument extends Quote {
  sourceRef: SourceRef;
  /** Global browse order (collection, source, ordinal), for `sort=source`. */
  order: number;
}

/** A non-fatal problem met while loading: always names the file, and the line where known. */
export interface LoadWarning {
  file: string;
  line?: number;
  message: string;
}

/** Everything the corpus loader produces for the engines and pages. */
export interface Corpus {
  collections: Collection[];
  sources: Source[];
  quotes: Quote[];
  speakers: Speaker[];
  warnings: LoadWarning[];
  /** Files that could not be loaded at all, with why. */
  rejected: LoadWarning[];
}

export function toSourceRef(source: Source): SourceRef {
  const { meta } = source;
  return {
    slug: source.slug,
    title: meta.title,
    kind: meta.kind,
    collection: source.collection,
    ...(meta.outlet ? { outlet: meta.outlet } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  };
}

export function toSpeakerRef(speaker: Speaker): SpeakerRef {
  return { slug: speaker.slug, name: speaker.name, role: speaker.role };
}
