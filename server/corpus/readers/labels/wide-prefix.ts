/**
 * A play's speaker set off by wide space rather than a colon or a full stop, as a play's web page reads
 * once flattened to text (shakespeare.mit.edu: `BERNARDO  Who's there?`, minor parts in title case,
 * `Ghost  Mark me.`) and as Folger's plain-text editions print it (`ROMEO  Is the day so young?`).
 * One line proves nothing — a dateline, a table's columns, a contract's `WHEREAS  the Client …` look
 * the same — so `select.ts` keeps these only in a file written so throughout (`widePlay`), and there
 * reads any other line that opens with wide space as a turn of someone unknown.
 */
import { endOf, headOf, type Head } from './head.ts';
import { CAPS_WORDS_OF_SPEECH } from './label-names.ts';
import { ABBREVIATED_TITLES, PLAY_WORD } from './play-prefix.ts';

/** A label candidate as `select.ts` holds it, as far as these steps look. */
interface WideCandidate {
  index: number;
  key: string;
  match: { wide?: true; caps: boolean; style: string };
}

/** Where a wide-space name starts and ends in a line's head, and whether it is written in capitals. */
export interface WidePrefix {
  start: number;
  end: number;
  caps: boolean;
}

/**
 * The name at the start of the line, or after a stage direction and its own wide space (`Exit  MARCELLUS
 * Holla!`, `Enter HORATIO and MARCELLUS  HORATIO  Friends …`): in capitals, one to three words, after a
 * title or not (`MR. JONES`), or in title case, one or two words (`Ghost`, `First Sailor`); then two
 * spaces or more, or a tab; then speech: a letter or a quotation mark first, a small letter in it, and
 * no more wide space (justified text and columns have it throughout their lines).
 */
export function widePrefix(line: string, head: Head): WidePrefix | undefined {
  // A head with no run of spaces is the line as it stands: no wide space in it.
  if (typeof head === 'string') return undefined;
  const h = head.text;
  let start = 0;
  if (endOf(STAGE_DIRECTION, h, 0) !== -1) {
    start = nextWide(line, head, 1) + 1;
    if (start === 0 || !isCapital(h.charCodeAt(start))) return undefined;
  }
  const caps = endOf(CAPS_NAME, h, start);
  const nameEnd = caps !== -1 ? caps : endOf(TITLE_NAME, h, start);
  if (nameEnd === -1) return undefined;
  // The first wide space ends the name (`FRANCISCO  I think …` is no `FRANCISCO I`): a space between its words.
  const end = nextWide(line, head, start + 1);
  if (end === -1 || end > nameEnd || end - start < 2) return undefined;
  const name = h.slice(start, end);
  if (name.endsWith('.') || CAPS_WORDS_OF_SPEECH.has(name) || ABBREVIATED_TITLES.has(name) || (caps === -1 && STAGE_WORDS.has(name))) return undefined;
  const speech = end + 1;
  if (!SPEECH_OPENING.test(h[speech] ?? '') || !SMALL_LETTER.test(h.slice(speech)) || nextWide(line, head, speech) !== -1) return undefined;
  return { start, end, caps: caps !== -1 };
}

/**
 * The line opens with a few words and wide space (`Ghost beckons HAMLET  HORATIO  It beckons …`): in a
 * play written with wide-space names, a speaker's line not read as one, whose words are no part of
 * the turn before.
 */
function opensWithWideSpace(line: string, head: Head): boolean {
  if (typeof head === 'string') return false;
  const k = nextWide(line, head, 1);
  return k !== -1 && k <= OPENING;
}

/** How far into a line's head the wide space of an unread name may stand. */
const OPENING = 60;

/** The first space at or after `from` in the head that stands for wide space in the line, or -1. */
function nextWide(line: string, head: Head & object, from: number): number {
  for (let k = head.text.indexOf(' ', from); k !== -1; k = head.text.indexOf(' ', k + 1)) if (wide(line, head, k)) return k;
  return -1;
}

/** The head's space at `k` stands for two characters or more of the line's (a run collapsed there), or a tab. */
function wide(line: string, head: Head & object, k: number): boolean {
  return head.map[k + 1]! - head.map[k - 1]! >= 3 || line[head.map[k]!] === '\t';
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}

/** A stage direction's first word, which a name may follow on its line after wide space. */
const STAGE_DIRECTION = /(?:Enter|Exit|Exeunt|Re-enter|Manet|Flourish)\b/y;
/** Words of a stage direction in title case, which open a line as a minor part's name does. */
const STAGE_WORDS = new Set(['Enter', 'Exit', 'Exeunt', 'Re-enter', 'Manet', 'Flourish', 'Act', 'Scene', 'Alarum', 'Sennet']);
/** One to three words in capitals, after a title or not: `HAMLET`, `FIRST CLOWN`, `MR. JONES`. */
const CAPS_NAME = new RegExp(String.raw`(?:(?:MR|MRS|MS|DR)\. )?${PLAY_WORD}(?: ${PLAY_WORD}){0,2}(?= )`, 'uy');
/** One or two words in title case: `Ghost`, `First Sailor`. */
const TITLE_NAME = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?= )/uy;
const SPEECH_OPENING = /^[\p{L}'‘“"]/u;
const SMALL_LETTER = /\p{Ll}/u;

/** Lines opening with a wide-space name that so opens two lines or more, which make a play (as `NAME.` prefixes do, modes.ts). */
const WIDE_PLAY_LINES = 12;
/** …and the share of the file's lines of text they must be at least: a play's speeches are a few lines each. */
const WIDE_PLAY_SHARE = 0.1;

/**
 * Whether the file is a play written with wide-space names: twelve lines or more open with a name that
 * so opens two lines or more, two such names at least, one in capitals (`HAMLET` and `Ghost`), and such
 * lines are a tenth of the lines of text. A wire story's datelines, a contract's `WHEREAS`, a table's
 * rows are fewer, or one word.
 */
export function isWidePlay(candidates: ReadonlyArray<WideCandidate>, textLines: number): boolean {
  const times = new Map<string, { n: number; caps: boolean }>();
  for (const c of candidates) {
    if (!c.match.wide) continue;
    const t = times.get(c.key);
    if (t) t.n++;
    else times.set(c.key, { n: 1, caps: c.match.caps });
  }
  let lines = 0;
  let names = 0;
  let caps = false;
  for (const t of times.values()) {
    if (t.n < 2) continue;
    lines += t.n;
    names++;
    caps ||= t.caps;
  }
  return names >= 2 && caps && lines >= WIDE_PLAY_LINES && lines >= textLines * WIDE_PLAY_SHARE;
}

/**
 * Takes the wide-space names out of `raw` and `counts`, the file being no play written with them,
 * but for names that also stand alone on their lines above speech.
 */
export function dropWide(raw: WideCandidate[], counts: Map<string, number>): void {
  // Most files have none: nothing to copy.
  if (!raw.some((c) => c.match.wide)) return;
  const alone = new Set<string>();
  for (const c of raw) if (c.match.style === 'bare') alone.add(c.key);
  let kept = 0;
  for (const c of raw) {
    if (c.match.wide && !alone.has(c.key)) counts.set(c.key, counts.get(c.key)! - 1);
    else raw[kept++] = c;
  }
  raw.length = kept;
}

/**
 * In a play written with wide-space names, a line that opens with wide space and was read as no name
 * (`Ghost beckons HAMLET  HORATIO  It beckons …`) starts a turn of someone unknown, not the speech before.
 */
export function breakAtUnreadWideSpace(lines: ReadonlyArray<{ text: string }>, raw: WideCandidate[], turnedDown: number[]): void {
  const read = new Set(raw.map((c) => c.index));
  for (let i = 0; i < lines.length; i++) if (!read.has(i) && opensWithWideSpace(lines[i]!.text, headOf(lines[i]!.text))) turnedDown.push(i);
}
