/**
 * A play's speaker prefix, as Project Gutenberg sets plays and the Federal Reserve its FOMC
 * transcripts: a name in capitals and a full stop opening the line (`ALGERNON. Did you hear …`,
 * `HELMER.` alone, `CHAIRMAN GREENSPAN. There was …`, `MR. PRELL. I have …`). Checked before the
 * grammar's other label shapes (`grammar.ts`): the speech after it may end as speech ends, or open
 * with a word in capitals. `select.ts` keeps such prefixes only where they recur or a play is read.
 */
import { endOf } from './head.ts';
import { CAPS_WORDS_OF_SPEECH } from './label-names.ts';

const DIGITS = '0123456789';
/** `McNALLY`: a capital, one or two small letters, capitals. */
const MIXED_CAPS = /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;
const MONTHS = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/;

/**
 * A play's prefix at `at`: a name in capitals of one to four words (`HELMER`, `FIRST CITIZEN`,
 * `VICE CHAIRMAN CORRIGAN`) with no full stop inside it (not `U.S.`) but after a title in capitals
 * (`MR. PRELL`), then a full stop and a space or the head's end. Where the full stop ends, or -1.
 */
export function playPrefix(h: string, at: number): number {
  const c = h.charCodeAt(at);
  if (!(c >= 65 && c <= 90) && c < 128) return -1;
  const end = endOf(PLAY_PREFIX, h, at);
  // Three characters at least (`I.` and `A.` number a list); no word of speech (`OK. So …`, `NO. I …`).
  if (end === -1 || end - at < 3) return -1;
  const name = h.slice(at, end - 1);
  if (CAPS_WORDS_OF_SPEECH.has(name) || ABBREVIATED_TITLES.has(name)) return -1;
  // A title, an initial or a name going on in capitals is no prefix (`MR. FINKEL:`, `LT. GOV. EARLE-SEARS`,
  // `THOMAS A. SAENZ, ESQ.`); a word of speech may follow (`MS. SEGER. I have …`).
  let k = end + 1;
  if (MIXED_CAPS.test(h.slice(k, k + 4))) return -1;
  // A number after it is a date's or a volume's (`JAN. 12, 2021`, `VOL. 3`, `SEPT. 4`): after a word of
  // up to four letters or a month's name; a character's speech may start with one (`HIGGINS. 27A Wimpole Street.`).
  if (DIGITS.includes(h[k] ?? ' ') && (end - at <= 5 || MONTHS.test(name))) return -1;
  // Speech in capitals is a caption's (`>> THANK YOU. I WAS OUT ON ROUTE 9`): no prefix stands out there.
  if (end < h.length && !SMALL_LETTER.test(h.slice(end))) return -1;
  while (k < h.length && ((h.charCodeAt(k) >= 65 && h.charCodeAt(k) <= 90) || h[k] === "'" || h[k] === '’' || h[k] === '-')) k++;
  const next = h.slice(end + 1, k);
  const lower = h.charCodeAt(k) >= 97 && h.charCodeAt(k) <= 122;
  if (next.length === 0 || lower) return end;
  // Speech may open with `I` after a title and a name or a name of two words (`MS. SEGER. I have`,
  // `CHAIRMAN GREENSPAN. I …`); after one word it is a sentence (`LOL. I can't`, `LONDON. I arrived`).
  // After one word it is a sentence (`LOL. I can't`, `LONDON. I arrived`), unless that word is a play's
  // prefix elsewhere in the file: `FREDDY. I tell you …` (select.ts keeps it only where it recurs).
  return CAPS_WORDS_OF_SPEECH.has(next) && (name.includes(' ') || next === 'I') ? end : -1;
}

/**
 * The prefix ending at `end` stands only by the doubt `playPrefix` allows (`FREDDY. I tell you …`,
 * `HIGGINS. 27A Wimpole Street`): it reads as a sentence too (`HALLELUJAH. I said …`, `LOL. I know`),
 * and select.ts keeps it only where the same name opens a speech elsewhere without that doubt.
 */
export function doubtfulPrefix(h: string, at: number, end: number): boolean {
  const name = h.slice(at, end - 1);
  return DIGITS.includes(h[end + 1] ?? ' ') || (!name.includes(' ') && h[end + 1] === 'I' && !/[\p{Lu}'’-]/u.test(h[end + 2] ?? ' '));
}

/**
 * A play's name in capitals and then its direction in brackets, no full stop between, as Project
 * Gutenberg sets Shaw (`THE DAUGHTER [in the space between the central pillars] I'm getting chilled`):
 * where the name ends (the direction and the speech after it are the turn's), or -1. The direction
 * opens in small letters, as a direction does (`NOTE [1]` is no name).
 */
export function bracketPrefix(h: string): number {
  const c = h.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || !h.includes(' [')) return -1;
  const end = endOf(BRACKET_PREFIX, h, 0);
  if (end === -1 || end < 3) return -1;
  const name = h.slice(0, end);
  return CAPS_WORDS_OF_SPEECH.has(name) || ABBREVIATED_TITLES.has(name) ? -1 : end;
}

/** Titles abbreviated in capitals, which stand before a name rather than for one (`MR.`, `LT. GOV.`). */
export const ABBREVIATED_TITLES = new Set(['MR', 'MRS', 'MS', 'DR', 'LT', 'GEN', 'GOV', 'SEN', 'REP', 'COL', 'CAPT', 'SGT', 'ST', 'JR', 'SR', 'REV', 'PROF', 'HON', 'ESQ', 'ADM', 'MAJ', 'CPL', 'PVT', 'SUPT', 'INSP', 'DET', 'CMDR', 'ATTY', 'AMB', 'PRES', 'SEC', 'VS', 'NO']);
export const PLAY_WORD = String.raw`\p{Lu}(?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}\d'’&\-]*`;
const PLAY_PREFIX = new RegExp(String.raw`(?:(?:MR|MRS|MS|DR)\. )?${PLAY_WORD}(?: (?:${PLAY_WORD}|\d{1,3})){0,3}\.(?= |$)`, 'uy');
const BRACKET_PREFIX = new RegExp(String.raw`(?:(?:MR|MRS|MS|DR)\. )?${PLAY_WORD}(?: ${PLAY_WORD}){0,3}(?= \[\p{Ll})`, 'uy');
