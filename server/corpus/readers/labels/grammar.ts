/**
 * Speaker labels as transcripts write them, recognised at the start of one line:
 *   MICHEL MARTIN, HOST: text           news style, name and role (inline, or alone on its line)
 *   HOLT: text   Lester Holt: text      "NAME:" transcripts; **Lester Holt:** in Markdown
 *   Lester Holt (00:01:02): text        Rev-style, also `[00:01:02] Name:` and `Name: (01:02)`
 *   Matthew Heineman  0:05              Otter.ai header lines; **Name** 0:00 and **Name** [0:06] text
 *   >> HOLT: text                       caption speaker changes
 *   00:00:05 text                       a line that starts with a timestamp
 *   HOLT                                a name alone on its line (kept only if it recurs: see select.ts)
 *
 * Linear by construction: a label lives in a line's first few dozen characters, so only a bounded head
 * of each line is examined, with whitespace runs collapsed first; every pattern is anchored and no two
 * adjacent quantifiers range over the same characters.
 */
import { CLOCK, parseClock } from '../clock.ts';

/** How a label sits on its line. */
export type LabelStyle =
  | 'inline' // NAME: speech
  | 'own-line' // NAME: (nothing after)
  | 'header' // Name 0:05, **Name** [0:06] speech: name and time without a colon
  | 'bare' // Name (nothing else on the line)
  | 'time'; // 00:00:05 speech (no name)

/** What the start of a line says about who speaks and when. */
export interface LineLabel {
  /** The name as written, without role, time or Markdown emphasis; absent for `time`. */
  label?: string;
  role?: string;
  /** Initials the line gives for the name (`Adam Jonas (AJ):`), or a name behind a call sign (`Dawn 1 (Kamanin):`). */
  alias?: string;
  /** Seconds, when the line carries a timestamp. */
  time?: number;
  /** Offset within the original line where the speech starts (the line's length when none). */
  textStart: number;
  style: LabelStyle;
  /** The name is written in capitals, as news transcripts and debate exports do. */
  caps: boolean;
  /** The line starts with `>>`, a caption speaker change. */
  change: boolean;
}

/** Characters of a line looked at for a label. */
const HEAD = 200;

const CAPS_WORD = String.raw`#?\p{Lu}(?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}\d.'’&#_\-]*`;
const NUMBER = String.raw`#?\d{1,3}(?!\d|:\d)`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?: (?:${CAPS_WORD}|${NUMBER}|[a-z]{1,3}(?= \p{Lu}))){0,5}`;
const PARTICLE = String.raw`(?:al|el|de|del|della|da|das|do|dos|van|von|der|den|ter|bin|ibn|le|la|du|y|st\.|zu)`;
const TITLE_WORD = String.raw`(?:\p{Lu}|(?:al|el|ad|ar|as|an|at|az|abu|bin|ibn|ben|ould|de|di|da|du|le|la)-\p{L})[\p{L}.'’\-]*`;
const TITLE_NAME = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|${PARTICLE}|${NUMBER}))*`;
const TIME = String.raw`(?:\[(${CLOCK})\]|\((${CLOCK})\)|(${CLOCK})(?= |$))`;

const PREFIX = new RegExp(String.raw`(?:> ?(?=[*_\p{Lu}]))?(>>+ ?)?(?:${TIME} ?(?:[-–—] )?)?(?:[-*+] (?=\*\*|__))?(\*\*|__|\*(?=\p{Lu})|_(?=\p{Lu}))?`, 'uy');
/** `Q.` and `A.` (with a full stop), as legal and oral-history transcripts write them. */
const QA_DOT = /([QA])\. (?=\S)/y;
const NAME = new RegExp(String.raw`(${CAPS_NAME})(?=$|[ ,:(\[*_])|(${TITLE_NAME})`, 'uy');
const ROLE = new RegExp(String.raw`, ?(\p{Lu}[\p{L}\d .,'’&/\-]{0,80}?)(?=(?:\*\*|__)?:| ?[(\[]\d)`, 'uy');
const AFTER_NAME_TIME = new RegExp(String.raw` ?(?:\[(${CLOCK})\]|\((${CLOCK})\))`, 'uy');
const EMPHASIS_CLOSE = /(?:\*\*|__|\*|_)/y;
const COLON = /:/y;
const AFTER_COLON = new RegExp(String.raw`(?:\*\*|__|\*|_)? ?(?:(?:[\[(](${CLOCK})[\])]|(${CLOCK})(?= |$)) ?)?`, 'uy');
/** Initials given with a name, to be used as its label later (`Adam Jonas (AJ):`), or the person behind a call sign (`Dawn 1 (Kamanin):`). */
const ALIAS = new RegExp(String.raw`(?: ?\((\p{Lu}{1,4}|${TITLE_NAME})\))`, 'uy');
/** A name in square brackets followed by a time or a colon: `[Speaker 1] [00:17] text`. */
const BRACKETED_NAME = new RegExp(String.raw`\[(${TITLE_NAME}|${CAPS_NAME})\](?= ?(?:\[${CLOCK}\]|:))`, 'uy');
/** The colon after a time with no name: Rev's `(05:23):` continuation header. */
const TIME_COLON = /:/y;
const BARE_TIME = new RegExp(String.raw` (${CLOCK})(?= |$)`, 'uy');

/** Leading whitespace, a run of two, a tab or a no-break space: what the head collapses. */
const LOOSE_SPACE = /^\s|\s\s|[\t\u00a0]/;

/** The line's first characters with whitespace runs collapsed to one space, and where each came from. */
function headOf(line: string): { text: string; map: number[] | null } {
  // Most lines have no run of whitespace to collapse: the head is their start, position for position.
  const start = line.slice(0, HEAD + 1);
  if (!LOOSE_SPACE.test(start)) return { text: line.slice(0, HEAD), map: null };
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i++;
  let space = false;
  for (; i < line.length && text.length < HEAD; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') {
      space = true;
      continue;
    }
    if (space) {
      text += ' ';
      map.push(i - 1);
      space = false;
    }
    text += c;
    map.push(i);
  }
  map.push(space ? line.length : i);
  return { text, map };
}

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function seconds(...texts: Array<string | undefined>): number | undefined {
  for (const t of texts) if (t !== undefined) return parseClock(t) ?? undefined;
  return undefined;
}

/** Written in capitals; a name's own small letters (McCAIN, DeSANTIS) do not count. */
function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const core = letters.replace(/(?:Mc|Mac|De|La|Le|Di|Da)(?=\p{Lu})/gu, '');
  return letters.length > 1 && core === core.toUpperCase();
}

/** A name without trailing punctuation, keeping the full stop of an initial or abbreviation ("Jr.", "J."). */
function tidyName(name: string): string {
  const trimmed = name.replace(/['’\-]+$/, '');
  return /\.$/.test(trimmed) && !/(?:^|\s)(?:\p{L}|Jr|Sr|Dr|Mr|Mrs|Ms|St)\.$/u.test(trimmed) ? trimmed.replace(/\.+$/, '') : trimmed;
}

/** Where the speech starts in the original line, from a position in the head (skipping spaces). */
function startAt(line: string, head: { text: string; map: number[] | null }, at: number): number {
  const map = head.map;
  let i = map === null ? Math.min(at, line.length) : at >= head.text.length ? map[head.text.length]! : map[at]!;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** The name part of a label, as the line gives it. */
type NamePart = Pick<LineLabel, 'label' | 'role' | 'alias'>;

/**
 * A label built field by field rather than by spreading optional parts: on a file of tens of
 * thousands of short labelled lines, the spreads cost more than the patterns that find the label.
 */
function labelOf(name: NamePart, time: number | undefined, textStart: number, style: LabelStyle, caps: boolean, change: boolean): LineLabel {
  const out = name as LineLabel;
  out.caps = caps;
  out.change = change;
  if (time !== undefined) out.time = time;
  out.textStart = textStart;
  out.style = style;
  return out;
}

/** The label at the start of `line`, if the line starts like one. */
export function lineLabel(line: string): LineLabel | null {
  // Press briefings write a reporter's question as `Q` and wide space, no colon.
  const bareQ = /^[ \t]*([QA])(?:\u00a0+[ \t]*|[ \t]{2,}|\t)(?=\S)/.exec(line);
  if (bareQ) return { label: bareQ[1]!, textStart: bareQ[0].length, style: 'inline', caps: false, change: false };
  const head = headOf(line);
  const h = head.text;
  if (h.length === 0) return null;
  const prefix = match(PREFIX, h, 0)!;
  const change = prefix[1] !== undefined;
  const leadTime = seconds(prefix[2], prefix[3], prefix[4]);
  let at = prefix[0].length;
  if (leadTime !== undefined && match(TIME_COLON, h, at)) at += 1;
  const qa = match(QA_DOT, h, at);
  if (qa) return labelOf({ label: qa[1]! }, leadTime, startAt(line, head, at + qa[0].length), 'inline', false, change);
  const bracketed = match(BRACKETED_NAME, h, at);
  const name = bracketed ? null : match(NAME, h, at);
  if (bracketed) {
    at += bracketed[0].length;
    const time = leadTime ?? seconds(match(AFTER_NAME_TIME, h, at)?.[1]);
    const after = match(AFTER_NAME_TIME, h, at);
    if (after) at += after[0].length;
    if (match(COLON, h, at)) at += 1;
    const label = tidyName(bracketed[1]!);
    return labelOf({ label }, time, startAt(line, head, at), at < h.length ? 'inline' : 'own-line', isCaps(label), change);
  }
  if (!name) {
    return leadTime !== undefined && at < h.length ? { time: leadTime, textStart: startAt(line, head, at), style: 'time', caps: false, change } : null;
  }
  const label = tidyName((name[1] ?? name[2])!);
  at += name[0].length;
  const role = match(ROLE, h, at);
  if (role) at += role[0].length;
  const alias = role ? null : match(ALIAS, h, at);
  if (alias) at += alias[0].length;
  // `**Name** [0:06]` closes the emphasis before the time, `**Name [0:06]**` after it.
  const closeBefore = match(EMPHASIS_CLOSE, h, at);
  if (closeBefore) at += closeBefore[0].length;
  const afterName = match(AFTER_NAME_TIME, h, at);
  if (afterName) at += afterName[0].length;
  const close = closeBefore ? null : match(EMPHASIS_CLOSE, h, at);
  if (close) at += close[0].length;
  let time = leadTime ?? seconds(afterName?.[1], afterName?.[2]);
  const caps = name[1] !== undefined && isCaps(label);
  const named: NamePart = { label };
  if (role) named.role = role[1]!.trim();
  if (alias) named.alias = alias[1]!;

  if (match(COLON, h, at)) {
    at += 1;
    const after = match(AFTER_COLON, h, at)!;
    at += after[0].length;
    time ??= seconds(after[1], after[2]);
    const rest = h.slice(at).trim();
    return labelOf(named, time, startAt(line, head, at), rest ? 'inline' : 'own-line', caps, change);
  }
  if (role || alias) return null;
  const bare = time === undefined ? match(BARE_TIME, h, at) : null;
  if (bare) {
    at += bare[0].length;
    time = seconds(bare[1]);
  }
  if (time !== undefined) return labelOf(named, time, startAt(line, head, at), 'header', caps, change);
  // A name and nothing else: perhaps a label alone on its line, if the head holds the whole line.
  if (at === h.length && h.length < HEAD) return labelOf(named, undefined, line.length, 'bare', caps, change);
  return null;
}
