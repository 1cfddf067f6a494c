/**
 * Who speaks within a cue: its parts at `>>` changes and dialogue dashes, the label a part opens with
 * (`NAME:`, `[Alba]`, a meeting tool's name as typed), and the names meeting tools write outside the
 * cue text (Zoom's cue identifier, an account id as a voice).
 */
import { isFirstName } from '../lexicon/index.ts';
import { lineLabel } from './labels/grammar.ts';

/** One speaker's words within a cue, with how the cue marked them. */
export interface Part {
  text: string;
  label?: string;
  /** A `>>` or a dialogue dash said a new speaker starts here. */
  change: boolean;
  /**
   * The label is a name in square brackets (`[Alba]`), as SDH captions name a speaker who is off screen
   * or not yet known: it names this line's speaker, not whoever speaks after (see the subtitle reader).
   */
  bracketed?: boolean;
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

/**
 * How a line is said, written as a label (the BBC's style: `WHISPERS:`, `CHUCKLING:`, `SARCASTICALLY:`,
 * `ON PHONE:`, `IN FRENCH:`): words for a way of speaking or a sound made, from closed lists, so that
 * no surname is one (SCULLY, HAWKING, KEATING, CONNOLLY speak). Who says it is not named, so the
 * part starts a new, unnamed speaker's words.
 */
const MANNER_WORDS = new Set(
  (
    // A verb of speaking or a sound made, as written in the third person and as going on.
    'whispers whispering shouts shouting sings singing sighs sighing laughs laughing screams screaming yells ' +
    'yelling mutters muttering murmurs murmuring cries crying sobs sobbing gasps gasping groans groaning ' +
    'mumbles mumbling stammers stammering stutters stuttering sniffs sniffing sniffles sniffling chuckles ' +
    'chuckling giggles giggling snickers snickering coughs coughing snorts snorting hums humming reads ' +
    'reading calls calling echoes echoing slurs slurring growls growling grunts grunting moans moaning pants ' +
    'panting wails wailing shrieks shrieking hisses hissing howls howling barks barking sneers sneering ' +
    'scoffs scoffing exclaims exclaiming continues continuing chants chanting cheers cheering whimpers ' +
    'whimpering gulps gulping hesitates hesitating imitates imitating mimics mimicking mocks mocking narrates ' +
    'narrating raps rapping whistles whistling yawns yawning wheezes wheezing chokes choking splutters ' +
    'spluttering mouths mouthing strains straining pleads pleading begs begging prays praying whines whining ' +
    'grumbles grumbling translates translating interprets interpreting' +
    ' ' +
    // How: an adverb.
    'quietly softly loudly sarcastically angrily sadly tearfully nervously excitedly calmly mockingly sternly ' +
    'firmly gently urgently breathlessly hesitantly slowly quickly sheepishly hoarsely sleepily drunkenly ' +
    'faintly weakly defensively coldly bitterly playfully teasingly awkwardly cheerfully innocently ironically ' +
    'wearily proudly brightly'
  ).split(' '),
);
const WHENCE = /^(?:on|over|in|through|via|into|from) (?:the )?(?:phone|radio|pa|tannoy|tv|television|screen|speaker|speakerphone|intercom|loudspeaker|megaphone|video|recording|tape|headset|walkie-talkie|english|french|german|spanish|italian|russian|arabic|welsh|gaelic|irish|polish|portuguese|chinese|mandarin|cantonese|japanese|korean|hindi|urdu|latin|sign language)$/;
const DIVISION_LABEL =
  /^(?:(?:act|scene|part|chapter|book|volume|episode|section) (?:[ivxlcdm]+|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|one more) (?:question|answer|point|step|reason|rule|lesson|problem|option|example|tip|part|chapter))$/;

function isMannerLabel(label: string): boolean {
  const key = label.toLowerCase().trim();
  return MANNER_WORDS.has(key) || WHENCE.test(key);
}

/**
 * One word that may be a manner the lists do not hold (`GRUMBLING:`, `CHEERFULLY:`): in -ING or -LY,
 * its stem three letters or more with a vowel, and no first name. The reader takes such a label for a
 * name only where the captions' words also write it as one (SCULLY and `Scully, …`); else for a manner.
 */
function mayBeManner(label: string): boolean {
  const key = label.toLowerCase().trim();
  if (!/^\p{L}+$/u.test(key) || isFirstName(label.trim())) return false;
  const stem = key.endsWith('ing') ? key.slice(0, -3) : key.endsWith('ly') ? key.slice(0, -2) : '';
  return stem.length >= 3 && /[aeiouy]/.test(stem);
}

/** A label that is a title card's division (`Part One:`, `EPISODE 12:`) or an item of a list (`Third Question:`), not a speaker. */
function isDivisionLabel(label: string): boolean {
  return DIVISION_LABEL.test(label.toLowerCase().trim());
}

/** The label a part starts with, if its first line is one: `NAME: text`, `WOMAN:` alone, `[Alba] text`. */
export function takeLabel(part: Part, accept: (label: string, caps: boolean) => boolean, recurs: (label: string) => boolean = () => true): Part {
  const text = part.text.replace(/^\s+/, '');
  const bracket = BRACKET_NAME.exec(text);
  if (bracket) return { ...part, label: bracket[1]!, text: text.slice(bracket[0].length), bracketed: true };
  const firstLine = text.split('\n', 1)[0]!;
  const m = lineLabel(firstLine);
  // A play's `NAME.` is no caption label: a cue opens with "UTI. This one throws…" as a sentence does.
  if (m?.label !== undefined && !m.dot && (m.style === 'inline' || m.style === 'own-line') && !isDivisionLabel(m.label)) {
    if (isMannerLabel(m.label) || (mayBeManner(m.label) && !recurs(m.label))) return { ...part, text: text.slice(m.textStart), change: true };
    if (accept(m.label, m.caps)) return { ...part, label: m.label, text: text.slice(m.textStart) };
  }
  return part;
}

/**
 * A meeting tool's label: whatever stands before the first colon of a cue, as Zoom writes the name its
 * users typed (`shruthi:`, `Rishabh kumar:`, `Saurabh Swaroop’s iPad:`) — a few words, no sentence
 * punctuation. Taken only where most cues open so (see `read`), never from one line alone.
 */
const LOOSE_LABEL = /^([^:\n]{1,60}): (?=\S)/;
const TRAILING_BRACKETS = /^[^()]*\([^()]{1,30}\)$/;
const NOT_IN_NAME = /[.?!;,"“”…]/;

export function looseLabel(part: Part): Part | null {
  const text = part.text.replace(/^\s+/, '');
  const m = LOOSE_LABEL.exec(text);
  if (!m) return null;
  // `(المشروع): …`: a name in brackets before the colon is the name.
  const written = m[1]!.trim();
  const name = written.length > 2 && written[0] === '(' && written.endsWith(')') ? written.slice(1, -1).trim() : written;
  if (name === '' || NOT_IN_NAME.test(name) || !/\p{L}/u.test(name) || name.split(/\s+/).length > 6) return null;
  // A sign or sound in brackets before a colon (`[Episode 1: The Journey's End]`) is no name; a name
  // with pronouns or a role after it in brackets (`Jane Doe (she/her)`), as Zoom users write, is one.
  if (/[[\]]/.test(name) || (name.includes('(') && !TRAILING_BRACKETS.test(name))) return null;
  if (isDivisionLabel(name) || isMannerLabel(name)) return null;
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
