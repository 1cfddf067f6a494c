/**
 * A label's name as the grammar hands it on: written in capitals or not (McCAIN counts), and without
 * trailing punctuation. Each keeps the last answer: a transcript's lines repeat a few labels many
 * times in a row.
 */
import { NAME_PREFIX } from '../../names/casing.ts';

// Made once: a pattern literal inside a function is a new object on every call, one per line here.
const NOT_LETTERS = /[^\p{L}]/gu;
// Run over the letters alone (`JOHNMcCAIN`), where no word boundary is left to anchor on.
const NAME_PREFIXES = new RegExp(NAME_PREFIX, 'gu');
const TRAILING_MARK = /['’\-]$/;
const TRAILING_MARKS = /['’\-]+$/;
/** The full stop of an initial or abbreviation, which stays. */
const INITIAL_STOP = /(?:^|\s)(?:\p{L}|Jr|Sr|Dr|Mr|Mrs|Ms|St)\.$/u;
const TRAILING_STOPS = /\.+$/;

// The last name asked about: a transcript's lines repeat a few labels many times in a row.
let lastCapsText = '';
let lastCaps = false;

/** Written in capitals; a name's own small letters (McCAIN, DeSANTIS) do not count. */
export function isCaps(text: string): boolean {
  if (text === lastCapsText) return lastCaps;
  const letters = text.replace(NOT_LETTERS, '');
  const core = letters.replace(NAME_PREFIXES, '');
  lastCapsText = text;
  lastCaps = letters.length > 1 && core === core.toUpperCase();
  return lastCaps;
}

// The last name tidied: the same label heads line after line, and its tidy form is kept, not remade.
let lastName = '';
let lastTidy = '';

/** A name without trailing punctuation, keeping the full stop of an initial or abbreviation ("Jr.", "J."). */
export function tidyName(name: string): string {
  if (name === lastName) return lastTidy;
  lastName = name;
  lastTidy = trimName(name);
  return lastTidy;
}

function trimName(name: string): string {
  const trimmed = TRAILING_MARK.test(name) ? name.replace(TRAILING_MARKS, '') : name;
  return trimmed.endsWith('.') && !INITIAL_STOP.test(trimmed) ? trimmed.replace(TRAILING_STOPS, '') : trimmed;
}

/** Words in capitals that open speech rather than name someone. */
export const CAPS_WORDS_OF_SPEECH = new Set(['I', 'A', 'OK', 'OKAY', 'SO', 'NO', 'YES', 'AND', 'BUT', 'THE', 'WE', 'YOU', 'IT', 'OH', 'WELL', 'YEAH', "I'M", 'I’M']);
