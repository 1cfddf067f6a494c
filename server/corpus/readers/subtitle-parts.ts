/**
 * Who speaks within a cue: its parts at `>>` changes and dialogue dashes, the label a part opens with
 * (`NAME:`, `[Alba]`, a meeting tool's name as typed), and the names meeting tools write outside the
 * cue text (Zoom's cue identifier, an account id as a voice).
 */
import { lineLabel } from './labels/grammar.ts';

/** One speaker's words within a cue, with how the cue marked them. */
export interface Part {
  text: string;
  label?: string;
  /** A `>>` or a dialogue dash said a new speaker starts here. */
  change: boolean;
}

const CHANGE = /(?:^|\s)>>+\s*/g;
/** `[Alba] text`: a name in brackets at the start of a cue (not `[MUSIC]`, not `[dos disparos]`). */
const BRACKET_NAME = /^\[(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\]\s*(?=\S)/u;

/** A cue's text split at `>>` changes and dialogue dashes, line-initial or inline after a sentence. */
export function splitChanges(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  let changed = false;
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(text); m !== null; m = CHANGE.exec(text)) {
    if (text.slice(at, m.index).trim()) parts.push({ text: text.slice(at, m.index), change: changed });
    at = m.index + m[0].length;
    changed = true;
  }
  parts.push({ text: text.slice(at), change: changed });
  return parts.flatMap(splitDashes).filter((p) => p.text.trim() !== '' || p.change);
}

function splitDashes(part: Part): Part[] {
  if (!/^\s*[-–—]\s/.test(part.text) && !/\n\s*[-–—]\s/.test(part.text)) return [part];
  const out: Part[] = [];
  // Each dash at a line start, or after a sentence's end on a line that began with one, starts a turn.
  for (const line of part.text.split('\n')) {
    const dashed = /^\s*[-–—]\s+/.exec(line);
    const pieces = dashed ? line.slice(dashed[0].length).split(/(?<=[.!?…])\s+[-–—]\s+/) : [line];
    pieces.forEach((piece, k) => {
      if (dashed || k > 0 || out.length === 0) out.push({ text: piece, change: dashed !== null || k > 0 || part.change });
      else out.at(-1)!.text += `\n${piece}`;
    });
  }
  return out;
}

/** The label a part starts with, if its first line is one: `NAME: text`, `WOMAN:` alone, `[Alba] text`. */
export function takeLabel(part: Part, accept: (label: string, caps: boolean) => boolean): Part {
  const text = part.text.replace(/^\s+/, '');
  const bracket = BRACKET_NAME.exec(text);
  if (bracket) return { ...part, label: bracket[1]!, text: text.slice(bracket[0].length) };
  const firstLine = text.split('\n', 1)[0]!;
  const m = lineLabel(firstLine);
  // A play's `NAME.` is no caption label: a cue opens with "UTI. This one throws…" as a sentence does.
  if (m?.label !== undefined && !m.dot && (m.style === 'inline' || m.style === 'own-line') && accept(m.label, m.caps)) {
    return { ...part, label: m.label, text: text.slice(m.textStart) };
  }
  return part;
}

/**
 * A meeting tool's label: whatever stands before the first colon of a cue, as Zoom writes the name its
 * users typed (`shruthi:`, `Rishabh kumar:`, `Saurabh Swaroop’s iPad:`) — a few words, no sentence
 * punctuation. Taken only where most cues open so (see `read`), never from one line alone.
 */
const LOOSE_LABEL = /^([^:\n]{1,60}): (?=\S)/;
const NOT_IN_NAME = /[.?!;,"“”…]/;

export function looseLabel(part: Part): Part | null {
  const text = part.text.replace(/^\s+/, '');
  const m = LOOSE_LABEL.exec(text);
  if (!m) return null;
  // `(المشروع): …`: a name in brackets before the colon is the name.
  const written = m[1]!.trim();
  const name = written.length > 2 && written[0] === '(' && written.endsWith(')') ? written.slice(1, -1).trim() : written;
  if (name === '' || NOT_IN_NAME.test(name) || !/\p{L}/u.test(name) || name.split(/\s+/).length > 6) return null;
  return { ...part, label: name, text: text.slice(m[0].length) };
}

/** A cue identifier that names its speaker, as Zoom writes it: a number, the name in quotes, an id. */
export const ZOOM_ID = /^\d{1,6} "([^"\n]{1,80})"(?: \(\d{1,20}\))?\s*$/;
/** A voice named by an account id (Microsoft Stream and older Teams: `<v 68f0e9b4-d6de-…@72f988bf-…>`). */
const ACCOUNT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:@[0-9a-f-]{36})?$/i;

/** Voices as labels: a name as written, an account id as `Speaker 1`, `Speaker 2` … in order of first speech. */
export class VoiceNames {
  private readonly ids = new Map<string, string>();
  of(voice: string): string {
    if (!ACCOUNT_ID.test(voice)) return voice;
    let name = this.ids.get(voice);
    if (!name) this.ids.set(voice, (name = `Speaker ${this.ids.size + 1}`));
    return name;
  }
}

/** Cues that open with a meeting tool's label must be this share of the cues with words (and five or more). */
export const LOOSE_SHARE = 0.6;
/** Where this share of cues name their speaker, a cue that names no one is someone else's, not a carry-on. */
export const NAMED_SHARE = 0.9;
