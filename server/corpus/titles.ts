/**
 * A source's title when its metadata gives none, in this order: a headline or first heading the file
 * states; "Interview with …" from the people who speak; a readable title from the file name; the kind
 * and the collection ("Review of City of Ghosts"). Never a format word, a number, raw front matter,
 * or a sentence cut off with "…".
 */
import type { SourceKind } from './model.ts';

/** Words that name a file's format or version, not its content. */
const FORMAT_WORDS = new Set(
  'webvtt vtt srt sbv ssa ass ttml dfxp fdx subtitles subtitle subs sub captions caption cc transcript transcripts transcription final draft copy v1 v2 v3 en eng english fr es de txt md json html xml fountain export excerpt edited raw auto generated sdh'.split(' '),
);
const FILE_NAME = /^[^\s/]+\.(?:pdf|docx?|rtf|odt|txt|md|html?|srt|vtt|sbv|json|xml|fdx|fountain)$/i;
const SMALL = new Set('a an the of in on at to for and or but by with from as vs'.split(' '));

const NON_SPACE = /\S/g;

/** More than `max` characters of `text` are not whitespace. */
function nonSpaceOver(text: string, max: number): boolean {
  NON_SPACE.lastIndex = 0;
  for (let n = 0; n <= max; n++) if (!NON_SPACE.test(text)) return false;
  return true;
}

/** A title a file states, if it is one: not a format word, a number, front matter or a timestamp. */
export function usableTitle(title: string | undefined): string | undefined {
  // A line of megabytes is no title: turned away before its spaces are collapsed (a copy, and a match
  // for every run of them), by counting at most 301 of its other characters.
  if (title !== undefined && nonSpaceOver(title, 300)) return undefined;
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 300) return undefined;
  if (/^(?:---|\+\+\+|\{|<)/.test(t) || /-->/.test(t)) return undefined;
  // A file's name is no title (`19910201_transcript.pdf`, a PDF converter's first heading).
  if (FILE_NAME.test(t)) return undefined;
  const words = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.every((w) => FORMAT_WORDS.has(w) || /^\d+$/.test(w))) return undefined;
  return t;
}

/** A readable title from a file name ("npr-heineman_interview.txt" → "Npr Heineman Interview"), or undefined. */
export function titleFromFileName(path: string): string | undefined {
  const base = path.split('/').at(-1)!.replace(/\.[^.]+$/, '');
  const words = base.split(/[\s_\-.]+/).filter(Boolean);
  // Hashes, dates and numbering are not words a reader can use ("000_acea1c6f1abc6d80").
  const readable = words.filter((w) => /^\p{L}{2,}$/u.test(w) && !/^[0-9a-f]{6,}$/i.test(w) && !FORMAT_WORDS.has(w.toLowerCase()));
  if (readable.length < 2 || readable.length < words.length / 2) return undefined;
  const kept = words.filter((w) => !FORMAT_WORDS.has(w.toLowerCase()) && !/^[0-9a-f]{8,}$/i.test(w));
  return kept.map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

const KIND_TITLES: Record<SourceKind, (collection: string) => string> = {
  interview: (c) => `Interview about ${c}`,
  podcast: (c) => `Podcast episode about ${c}`,
  'oral-history': (c) => `Oral history from ${c}`,
  film: (c) => c,
  review: (c) => `Review of ${c}`,
  article: (c) => `Article about ${c}`,
};
const UNCOLLECTED: Record<SourceKind, string> = {
  interview: 'Untitled interview',
  podcast: 'Untitled podcast episode',
  'oral-history': 'Untitled oral history',
  film: 'Untitled film',
  review: 'Untitled review',
  article: 'Untitled article',
};

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface TitleInput {
  /** A title the file itself states (headline, first heading, OHMS or HTML title). */
  stated?: string;
  kind: SourceKind;
  /** Named people who speak, hosts last or left out. */
  speakers: string[];
  path: string;
  collection?: string;
}

/** The best title we can give a source without inventing one. */
export function inferTitle(input: TitleInput): string {
  const stated = usableTitle(input.stated);
  if (stated) return stated;
  const conversation = input.kind === 'interview' || input.kind === 'podcast' || input.kind === 'oral-history';
  if (conversation && input.speakers.length >= 1 && input.speakers.length <= 3) return `Interview with ${list(input.speakers)}`;
  const fromName = titleFromFileName(input.path);
  if (fromName) return fromName;
  return input.collection ? KIND_TITLES[input.kind](input.collection) : UNCOLLECTED[input.kind];
}
