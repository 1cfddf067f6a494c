/**
 * Speaker labels as transcripts write them, recognised one line at a time:
 *   MICHEL MARTIN, HOST: text         news style, name and role
 *   HOLT: text   Lester Holt: text    "NAME:" scripts
 *   Lester Holt (00:01:02): text      timestamped (Rev-style), also `[00:01:02] Name:` and `Name: (01:02)`
 *   HOLT                              the name alone on its line, the text below (debate exports)
 *   Matthew Heineman  0:05            Otter.ai exports: name and clock on their own line
 */
import { parseClock } from './types.ts';

/** A label found at the start of a line. */
export interface LabelMatch {
  label: string;
  role?: string;
  /** Seconds, when the label carries a timestamp. */
  time?: number;
  /** Offset (within the line) where the speech starts; equals the line length for own-line labels. */
  textStart: number;
  style: 'inline' | 'own-line' | 'otter';
  /** Written in capitals, as news transcripts and debate exports do. */
  caps: boolean;
}

const TS = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const CAPS_WORD = String.raw`#?[\p{Lu}\d][\p{Lu}\d.'’\-#&]*`;
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}\d.'’\-#&]*(?: ${CAPS_WORD}){0,5}`;
const PARTICLE = String.raw`(?:al|el|de|del|della|da|dos|van|von|der|den|bin|ibn|le|la|du|y|st\.)`;
const TITLE_WORD = String.raw`\p{Lu}[\p{L}.'’\-]*`;
const TITLE_NAME = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|${PARTICLE}|\d{1,2})){0,4}`;
const ROLE = String.raw`\p{Lu}[\p{Lu}\d .,'’\-/&]{0,60}?`;

// Markdown scripts often bold the label: **Lester Holt:** or **HOLT**:
const INLINE = new RegExp(
  String.raw`^[ \t]*(?:>>[ \t]*)?(?:\[(${TS})\][ \t]*)?(?:\*\*|__)?(?:(${CAPS_NAME})(?:,[ \t]*(${ROLE}))?|(${TITLE_NAME}))[ \t]*(?:[(\[](${TS})[)\]])?[ \t]*:(?:\*\*|__)?[ \t]*(?:[(\[](${TS})[)\]][ \t]*)?`,
  'u',
);
const OWN_LINE = new RegExp(
  String.raw`^[ \t]*(?:(${CAPS_NAME})(?:,[ \t]*(${ROLE}))?|(${TITLE_NAME}))[ \t]*(?:[(\[](${TS})[)\]])?[ \t]*:?[ \t]*$`,
  'u',
);
const OTTER = new RegExp(String.raw`^[ \t]*(${TITLE_NAME}|${CAPS_NAME})(?:[ \t]{2,}|[ \t]+)(${TS})[ \t]*$`, 'u');

/** Words that head a line with a colon in prose and are not speakers. */
const NOT_SPEAKERS = new Set(
  [
    'note', 'notes', 'update', 'updated', 'read more', 'more', 'source', 'sources', 'photo', 'photos', 'credit',
    'credits', "editor's note", 'editor’s note', 'editors note', 'warning', 'correction', 'related', 'title',
    'date', 'transcript', 'subject', 'from', 'to', 'cc', 'time', 'location', 'where', 'when', 'what', 'why',
    'how', 'who', 'tags', 'category', 'summary', 'disclaimer', 'filed under', 'watch', 'listen', 'also', 'by',
    'http', 'https', 'see also', 'image', 'video', 'audio', 'caption', 'copyright', 'published', 'posted',
    'runtime', 'running time', 'rating', 'rated', 'director', 'directed by', 'starring', 'cast', 'genre',
    'release date', 'verdict', 'the verdict', 'spoiler', 'spoilers', 'trigger warning', 'content warning',
    'part', 'chapter', 'episode', 'season', 'act', 'scene', 'question', 'answer', 'q', 'a', 'webvtt', 'kind',
    'language', 'style', 'region', 'example', 'for example', 'p.s', 'ps', 'n.b', 'nb', 'tl;dr', 'tldr',
    'keywords', 'abstract', 'introduction', 'conclusion', 'background', 'context', 'sign up', 'subscribe',
    'follow', 'contact', 'email', 'phone', 'fax', 'address', 'website', 'web', 'url', 'link', 'links',
  ],
);

/** Labels that stand for a question and its answer in Q&A interviews. */
export const QA_LABELS = new Set(['q', 'a', 'question', 'answer']);

function accept(label: string): boolean {
  const key = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (QA_LABELS.has(key)) return true;
  if (NOT_SPEAKERS.has(key)) return false;
  if (/^\d/.test(key) || key.length > 60) return false;
  return true;
}

/** The speaker label at the start of `line`, if any. `next` is the following line, for own-line labels. */
/** Longest line that can be a label on its own (a name, perhaps a role and a clock). */
const OWN_LINE_MAX = 120;

export function matchLabel(line: string, next: string | undefined): LabelMatch | null {
  // A label alone on its line is short, and has a line after it: most lines of speech are neither.
  if (line.length <= OWN_LINE_MAX && next !== undefined) {
    const own = ownLineLabel(line, next);
    if (own) return own;
  }
  return inlineLabel(line);
}

function ownLineLabel(line: string, next: string): LabelMatch | null {
  const otter = OTTER.exec(line);
  if (otter && next.trim() !== '' && accept(otter[1]!)) {
    return { label: otter[1]!.trim(), time: parseClock(otter[2]!) ?? undefined, textStart: line.length, style: 'otter', caps: isCaps(otter[1]!) };
  }
  const own = OWN_LINE.exec(line);
  if (own && next.trim() !== '') {
    const label = (own[1] ?? own[3])!.trim();
    if (accept(label) && (own[1] !== undefined || own[4] !== undefined || /:\s*$/.test(line))) {
      return withOptional({ label, role: own[2]?.trim(), time: clock(own[4]), textStart: line.length, style: 'own-line', caps: own[1] !== undefined });
    }
  }
  return null;
}

function inlineLabel(line: string): LabelMatch | null {
  const inline = INLINE.exec(line);
  if (inline && inline[0].length < line.length) {
    const label = (inline[2] ?? inline[4])!.trim();
    if (!accept(label)) return null;
    return withOptional({
      label,
      role: inline[3]?.trim(),
      time: clock(inline[1] ?? inline[5] ?? inline[6]),
      textStart: inline[0].length,
      style: 'inline',
      caps: inline[2] !== undefined,
    });
  }
  return null;
}

/** A bare own-line name ("Lester Holt" with no colon or clock): a label only if it recurs in the file. */
export function matchBareName(line: string): string | null {
  const own = OWN_LINE.exec(line);
  if (!own || own[4] !== undefined || /:\s*$/.test(line)) return null;
  const label = (own[1] ?? own[3])!.trim();
  return accept(label) && label.split(/\s+/).length <= 4 ? label : null;
}

function clock(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (parseClock(text) ?? undefined);
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

function withOptional(match: LabelMatch): LabelMatch {
  if (match.role === undefined) delete match.role;
  if (match.time === undefined) delete match.time;
  return match;
}
