/**
 * A pasted line, read the way a critic writes one: surrounding quotation marks dropped, a trailing
 * attribution (`"…" — Heineman`) set apart, and the words split at ellipses ("…", "...", "[…]") into
 * parts that must appear in order, as in a published quotation. Pure text work; no engine here.
 */
import { tokenize, type Token } from '../tokenize.ts';

/** One stretch of the pasted words between ellipses. */
export interface PastedPart {
  /** The part as typed (for display). */
  text: string;
  /** Its words, normalised, with offsets into `text`. */
  tokens: Token[];
}

export interface PastedLine {
  /** The line without its quotation marks and attribution. */
  text: string;
  parts: PastedPart[];
  /** The name after a closing dash, when there was one ("Heineman"). */
  attributedTo: string | null;
}

/** Longest line verify reads: about a long paragraph. */
export const MAX_VERIFY_LENGTH = 2000;

// "…", "...", ". . .", optionally in brackets: the marks of an omission inside a quotation.
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.)\s*/g;
// A dash (em, en, horizontal bar, a double hyphen, or a spaced hyphen) and a short name after it.
const ATTRIBUTION = /^([\s\S]*?)\s*(?:[—―–]|--|\s-)\s*([^\s—―–"“”«»][^—―–"“”«»\n]{0,59})$/;
const OPENING = /^[\s"“”„«'‘]+/;
/** Small words a name may hold (`Ursula von der Leyen`, `Vincent van Gogh`). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'y', 'dos', 'das']);
/** Titles and initials with their full stops, which a name may hold. */
const ABBREVIATION = /\b(?:Mrs|Mr|Ms|Dr|St|Jr|Sr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Rev|Hon|\p{Lu})\./gu;
const CLOSING = /[\s"“”»'’]+$/;

/**
 * Splits the attribution off: `"words" — Name` or `words — Name`. A dash inside the words is left
 * alone unless what follows it looks like a name (at most six words, no sentence punctuation), and
 * the words before it are not empty.
 */
function attribution(input: string): { words: string; name: string | null } {
  const m = ATTRIBUTION.exec(input.trim());
  if (!m) return { words: input, name: null };
  const name = m[2]!.trim().replace(/[.,;:]+$/, '');
  const before = m[1]!.trim();
  const quoted = /["”»'’]$/.test(before) || /^["“„«'‘]/.test(before);
  // A title's or an initial's full stop (`Mrs. Ross`, `J. Peterman`) ends no sentence.
  // Every word of it capitalised but a particle (`Plan B. We go tonight` is words, not a name).
  const nameLike = name.split(/\s+/).length <= 6 && !/[.?!]\s/.test(name.replace(ABBREVIATION, '')) && /^\p{Lu}/u.test(name) && name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
  if (!before || !nameLike || (!quoted && name.split(/\s+/).length > 3)) return { words: input, name: null };
  return { words: before, name };
}

export function readPastedLine(input: string): PastedLine {
  const { words, name } = attribution(input.replace(/\r\n?/g, '\n'));
  const text = words.trim().replace(OPENING, '').replace(CLOSING, '');
  const parts = text
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => tokenize(part).length > 0)
    .map((part) => ({ text: part, tokens: tokenize(part) }));
  return { text, parts, attributedTo: name };
}
