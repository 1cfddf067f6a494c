/**
 * Speaker labels as transcripts write them, recognised at the start of one line:
 *   MICHEL MARTIN, HOST: text           news style, name and role (inline, or alone on its line);
 *                                       NPR's `DAVE DAVIES, host:` and `Mr. ED HELMS (Actor):`
 *   HOLT: text   Lester Holt: text      "NAME:" transcripts; **Lester Holt:** in Markdown
 *   Lester Holt (00:01:02): text        Rev-style, also `[00:01:02] Name:` and `Name: (01:02)`
 *   Matthew Heineman  0:05              Otter.ai header lines; **Name** 0:00 and **Name** [0:06] text
 *   @0:25 - Ann Lee (ann@example.org)   a meeting recorder's (Fathom's) header line
 *   >> HOLT: text                       caption speaker changes
 *   00:00:05 text                       a line that starts with a timestamp
 *   HOLT                                a name alone on its line (kept only if it recurs: see select.ts)
 *   ALGERNON. text   MR. PRELL. text    a play's or an FOMC transcript's prefix (play-prefix.ts)
 *   BERNARDO  text   Ghost  text        a play's name and wide space: a web page as text, Folger's (wide-prefix.ts)
 *   Mr. CUMMINGS. text                  a hearing's title and name, indented (hearing.ts)
 *   Amy Hood--Chief Financial Officer   an earnings call's speaker line (call.ts)
 *
 * Linear by construction: a label lives in a line's first few dozen characters, so only a bounded head
 * of each line is examined, with whitespace runs collapsed first; every pattern is anchored and no two
 * adjacent quantifiers range over the same characters.
 */
import { CLOCK, parseClock } from '../clock.ts';
import { blankFrom, emphasisClose, endOf, HEAD, headOf, match, matchFrom, opensWith, PARTICLE, startAt } from './head.ts';
import { callLabel } from './call.ts';
import { CAPS_WORDS_OF_SPEECH, isCaps, tidyName } from './label-names.ts';
import { bracketPrefix, doubtfulPrefix, playPrefix } from './play-prefix.ts';
import { widePrefix } from './wide-prefix.ts';
import { hearingLabel } from './hearing.ts';
import { markedName, QUESTION_NUMBER, SEAT, standingName } from './hansard.ts';
import { AFFILIATION, dashAfterName, EMAIL, GROUP_ROLE, INITIALS_ONLY, MANNER, PAREN_ROLE, PARTY, ROLE, SMALL_ROLE, TITLED_NAME } from './after-name.ts';

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
  /** A play's speaker prefix, a name in capitals and a full stop (`ALGERNON. Did you …`): kept only when it recurs. */
  dot: boolean;
  /** An earnings call's `Amy Hood--Chief Financial Officer` or `Keith Weiss - Morgan Stanley` alone on its line: kept only when such lines recur. */
  dash: boolean;
  /** A Markdown heading holds the name (`### Bryan Robinson  0:03`, `### Interviewer`): set only there. */
  heading?: true;
  /** A header whose only time stands before its name (`0:05 Matthew Heineman`, `**00:01:39 SPANBERGER**`): set only there. */
  lead?: true;
  /** One space before the colon (`Jean Dupont : Bonjour`): set only there. */
  spaced?: true;
  /** A part named by an article and a noun (`**Le photographe :**`): kept only where it recurs. Set only there. */
  described?: true;
  /** A play's name set off by wide space (`BERNARDO  Who's there?`, wide-prefix.ts): set only there. */
  wide?: true;
  /** A question's or answer's letter other than Q and A, with a full stop (`P. ¿Y ahora?`): kept only as a pair. Set only there. */
  letter?: true;
  /** A play's name with its direction in brackets after it and no full stop (`THE MOTHER [on her daughter's right] Not so long.`). Set only there. */
  bracketed?: true;
  /** A name after Hansard's section mark, run into the speech (`§ Mr. SpeakerOrder.`, hansard.ts). Set only there. */
  marked?: true;
  /** A play's prefix that reads as a sentence too (`FREDDY. I …`): kept only where the name opens a speech elsewhere without that doubt. */
  doubtful?: true;
}

const CAPS_WORD = String.raw`#?\p{Lu}(?:\p{Ll}{1,2}(?=\p{Lu}))?[\p{Lu}\d.'’&#_\-]*`;
const NUMBER = String.raw`#?\d{1,3}(?!\d|:\d)`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?: (?:${CAPS_WORD}|${NUMBER}|[a-z]{1,3}(?= \p{Lu}))){0,5}`;
const TITLE_WORD = String.raw`(?:\p{Lu}|(?:al|el|ad|ar|as|an|at|az|abu|bin|ibn|ben|ould|de|di|da|du|le|la)-\p{L})[\p{L}.'’\-]*`;
// A particle is a whole word: without the lookahead `Awesome. Thank you.` gave the name `Awesome. Thank y`.
// Two names joined by `&` are one label (`Kids & Kramer:`, a line said together), read as no one's.
const TITLE_NAME = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|${PARTICLE}(?!\p{L})|${NUMBER}|&(?= \p{Lu})))*`;
/** An article and one or two nouns, then the colon and the emphasis closing: `Le photographe :**`, `The waitress:**`. */
const DESCRIBED_LABEL = /(?:Le |La |Les |L['’]|The |El |Il |Der |Die |Das )\p{Ll}[\p{Ll}-]{2,20}(?: \p{Ll}[\p{Ll}-]{2,20})?(?= ?:(?:\*\*|__))/uy;
/** Initials alone (`J.`, `P. J.`), which open a name in title case rather than make one in capitals. */
const INITIALS_RUN = /^(?:\p{Lu}\. ?){1,3}$/u;
const TIME = String.raw`(?:\[(${CLOCK})\]|\((${CLOCK})\)|(${CLOCK})(?= |$))`;

// A meeting recorder's `@0:25 - Name` (Fathom) opens with an at sign before the time.
const PREFIX = new RegExp(String.raw`(?:> ?(?=[*_\p{Lu}]))?(>>+ ?)?(?:@?${TIME} ?(?:[-–—] )?)?(?:[-*+] (?=\*\*|__))?(\*\*|__|\*(?=\p{Lu})|_(?=\p{Lu}))?`, 'uy');
/**
 * `Q.` and `A.` (with a full stop), as legal and oral-history transcripts write them; the press of
 * other languages writes `Pregunta.`/`Respuesta.` and `P.`/`R.` (or `D.`/`R.`, `F.`/`A.`). The other
 * letters are kept only as a pair (select.ts).
 */
const QA_DOT = /(Q|A|[PRDF]|Pregunta|PREGUNTA|Respuesta|RESPUESTA|Pergunta|PERGUNTA|Resposta|RESPOSTA|Domanda|DOMANDA|Risposta|RISPOSTA|Frage|FRAGE|Antwort|ANTWORT)\. (?=\S)(?!\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}:)/uy;
/** A name in capitals (`HOLT`, `MICHEL MARTIN`, `McCAIN`) followed by what may follow a label's name. */
const CAPS_LABEL = new RegExp(String.raw`${CAPS_NAME}(?=$|[ ,:(\[*_])`, 'uy');
/** A name in title case (`Lester Holt`, `al-Hamza`), tried when there is no name in capitals. */
const TITLE_LABEL = new RegExp(TITLE_NAME, 'uy');
const AFTER_NAME_TIME = new RegExp(String.raw` ?(?:\[(${CLOCK})\]|\((${CLOCK})\))`, 'uy');
const AFTER_COLON = new RegExp(String.raw`(?:\*\*|__|\*|_)? ?(?:(?:[\[(](${CLOCK})[\])]|(${CLOCK})(?= |$)) ?)?`, 'uy');
/** Initials given with a name, to be used as its label later (`Adam Jonas (AJ):`), or the person behind a call sign (`Dawn 1 (Kamanin):`). */
const ALIAS = new RegExp(String.raw`(?: ?\((\p{Lu}{1,4}|${TITLE_NAME})\))`, 'uy');
/** A name in square brackets followed by a time or a colon: `[Speaker 1] [00:17] text`. */
const BRACKETED_NAME = new RegExp(String.raw`\[(${TITLE_NAME}|${CAPS_NAME})\](?= ?(?:\[${CLOCK}\]|:)| ${CLOCK}$)`, 'uy');
/** What opens a sentence, not a role: `I`, `we`, `you` as its subject. */
const SUBJECT_PRONOUN = /^(?:I|We|You|They|He|She|It)(?: |['’])/;
/** The end of a sentence: a name alone after a time, or on its line, does not end so. */
export const SENTENCE_END = /[.?!,;…]\s*$/;
/** A time opening the emphasis, before a name: `**0:01:12 MODERATOR (TOM)**`. */
const STRONG_TIME = new RegExp(String.raw`(${CLOCK}) (?=\p{L})`, 'uy');
const BARE_TIME = new RegExp(String.raw` (${CLOCK})(?= |$)`, 'uy');

/** The characters a non-empty `PREFIX` opens with: quote and caption marks, a time, a bullet, emphasis. */
const PREFIX_FIRST = '>[(0123456789-*+_@';
/** The characters a non-empty `AFTER_COLON` opens with. */
const AFTER_COLON_FIRST = '*_ [(0123456789';
/** The characters a time after the colon's space opens with. */
const TIME_OPENING = '[(0123456789';
/** The last character of a name alone on its line, its emphasis or its initials (a superset). */
const BARE_END = /[\p{L}\p{N}.'’&#_\-*)\]]$/u;
/** The head could end a name alone on its line (tested on its last character, or last two: a surrogate pair). */
function endsLikeName(h: string): boolean {
  const last = h.charCodeAt(h.length - 1);
  if (last < 128) return BARE_END_ASCII.includes(h[h.length - 1]!);
  return BARE_END.test(last >= 0xdc00 && last <= 0xdfff ? h.slice(-2) : h[h.length - 1]!);
}
const BARE_END_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.'&#_-*)]";
/** Press briefings' bare `Q` or `A` and wide space. */
const BARE_QA = /^[ \t]*([QA])(?:\u00a0+[ \t]*|[ \t]{2,}|\t)(?=\S)/;
/**
 * The White House's `Q` with its wide space lost in a copy, before its transcriber's note of a question
 * not heard: `Q (Inaudible.)`, `Q (Off-mic.)` (a physics note's `Q (the quality factor)` is words).
 */
const BARE_Q_BRACKET = /^[ \t]*(Q) (?=\((?:inaudible|off[- ]mic|off[- ]microphone|crosstalk|cross-talk|laughter)\b)/i;

/** The line's first character after spaces and tabs is `Q` or `A` (all `BARE_QA` can match). */
function startsWithQA(line: string): boolean {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return line[i] === 'Q' || line[i] === 'A';
}

const DIGITS = '0123456789';

/** The line has exactly one space before its character at `i`. */
function oneSpaceBefore(line: string, i: number): boolean {
  return line[i - 1] === ' ' && line[i - 2] !== ' ' && line[i - 2] !== '\t';
}

/** Seconds of the first timestamp given. */
function seconds(a: string | undefined, b?: string, c?: string): number | undefined {
  const t = a ?? b ?? c;
  return t === undefined ? undefined : (parseClock(t) ?? undefined);
}

/**
 * Initials or a name in brackets may follow at `at` (all `ALIAS` can match): an opening bracket, after
 * at most one space, and no digit after it — a time in brackets, `(00:01:02)`, is the usual thing there.
 */
function aliasMayFollow(text: string, at: number): boolean {
  const open = text[at] === ' ' ? at + 1 : at;
  if (text[open] !== '(') return false;
  const c = text.charCodeAt(open + 1);
  return !(c >= 48 && c <= 57);
}

/**
 * A label with every field present (undefined where the line gives none), all made by this one
 * literal: on a file of tens of thousands of labelled lines, labels that share one layout and need no
 * fields added later cost far less to make, to keep and to read than ones assembled piece by piece.
 */
function labelOf(label: string | undefined, role: string | undefined, alias: string | undefined, time: number | undefined, textStart: number, style: LabelStyle, caps: boolean, change: boolean, dot = false, dash = false): LineLabel {
  return { label, role, alias, time, textStart, style, caps, change, dot, dash };
}

/** Characters of a Markdown heading's marks and the space after them (`### `), or 0. */
function headingMarks(line: string): number {
  let n = 0;
  while (n < 7 && line[n] === '#') n++;
  return n >= 1 && n <= 6 && line[n] === ' ' ? n + 1 : 0;
}

/**
 * A Markdown heading that is a speaker's label: Otter's `### Bryan Robinson  0:03` with the speech
 * below, or a role alone (`### Interviewer`). Only a name alone, with a time, or with a colon and
 * nothing after it: `## Question: how …` is a heading that asks, not someone speaking.
 */
function headingLabel(line: string, marks: number): LineLabel | null {
  // One heading's marks only: `# # # …` is no name (and must not be read again and again).
  if (line[marks] === '#') return null;
  const inner = lineLabel(line.slice(marks));
  if (inner === null || inner.label === undefined || inner.style === 'inline' || inner.style === 'time' || inner.dot || inner.dash) return null;
  return { ...inner, textStart: inner.textStart + marks, heading: true };
}

/** Two words or more, the first no word of speech: `OK, host:` and `ALL RIGHT, host:` are speech. */
function fullName(label: string): boolean {
  const space = label.indexOf(' ');
  if (space <= 0) return false;
  const first = label.slice(0, space);
  return !CAPS_WORDS_OF_SPEECH.has(first.toUpperCase()) && first !== 'ALL';
}

/** The label at the start of `line`, if the line starts like one. */
export function lineLabel(line: string): LineLabel | null {
  if (line[0] === '#') {
    const marks = headingMarks(line);
    return marks === 0 ? null : headingLabel(line, marks);
  }
  // Hansard's section mark, the name run into the speech (a flattened page): `§ Mr. SpeakerOrder.`
  if (line[0] === '§') {
    const marked = markedName(line);
    return marked ? { ...labelOf(marked.label, marked.role, marked.alias, undefined, marked.textStart, 'inline', false, false), marked: true } : null;
  }
  // Press briefings write a reporter's question as `Q` and wide space, no colon.
  const bareQ = startsWithQA(line) ? (BARE_QA.exec(line) ?? BARE_Q_BRACKET.exec(line)) : null;
  if (bareQ) return labelOf(bareQ[1]!, undefined, undefined, undefined, bareQ[0].length, 'inline', false, false);
  const head = headOf(line);
  const h = typeof head === 'string' ? head : head.text;
  if (h.length === 0) return null;
  // Most lines open with the name itself: no prefix to look for. Markdown's `**Name:**` and `__Name:__`
  // open with the emphasis alone (no caption mark, time or bullet can come before it there).
  const strong = (h[0] === '*' || h[0] === '_') && h[1] === h[0];
  const prefix = !strong && PREFIX_FIRST.includes(h[0]!) ? match(PREFIX, h, 0)! : null;
  const change = prefix !== null && prefix[1] !== undefined;
  let leadTime = prefix === null ? undefined : seconds(prefix[2], prefix[3], prefix[4]);
  let at = strong ? 2 : prefix === null ? 0 : prefix[0].length;
  // The time inside the emphasis, before the name: `**00:01:39 LT. GOV. EARLE-SEARS**`.
  const strongTime = strong && DIGITS.includes(h[2] ?? ' ') ? match(STRONG_TIME, h, 2) : null;
  if (strongTime) {
    leadTime = seconds(strongTime[1]);
    at += strongTime[0].length;
  }
  if (leadTime !== undefined && h[at] === ':') at += 1;
  // Hansard numbers an oral question before the member's name: `Q4. Mr. Janner`.
  if (at === 0 && h[0] === 'Q') {
    const n = QUESTION_NUMBER.exec(h);
    if (n && TITLED_NAME.test(h.slice(n[0].length))) at = n[0].length;
  }
  // Hansard's names alone on their lines that the name patterns do not take: an office with its holder
  // (`The Secretary of State for Health (Mr. Frank Dobson)`) and a peer's title (`Lord Falconer of Thoroton`).
  const standing = h.length < HEAD ? standingName(h, at) : null;
  if (standing) return labelOf(standing.label, undefined, standing.alias, undefined, line.length, 'bare', false, change);
  const qa = matchFrom(QA_DOT, h, at, 'QAPRDF');
  if (qa) {
    const found = labelOf(qa[1]!, undefined, undefined, leadTime, startAt(line, head, at + qa[0].length), 'inline', false, change);
    if (qa[1]!.length === 1 && qa[1] !== 'Q' && qa[1] !== 'A') found.letter = true;
    return found;
  }
  // An earnings call's `Amy Hood--Chief Financial Officer` alone on its line: a name, a dash, a role or a firm.
  const dashed = at === 0 ? callLabel(h) : null;
  if (dashed) return labelOf(dashed.name, dashed.role, undefined, undefined, line.length, 'own-line', isCaps(dashed.name), false, false, true);
  // A hearing's `    Mr. CUMMINGS. Thank you`: a title before the name, a full stop after it.
  const hearing = hearingLabel(line, h, at);
  if (hearing) {
    const own = blankFrom(h, hearing.end);
    return labelOf(hearing.label, undefined, undefined, leadTime, own ? line.length : startAt(line, head, hearing.end + 1), own ? 'own-line' : 'inline', false, change, true);
  }
  // A play's speaker prefix: `ALGERNON. Did you hear …`, `HELMER.` alone on its line; also the Federal
  // Reserve's `MR. PRELL. I have …`. Looked for before anything else that reads names: the speech after
  // it may end as speech ends (`HAMLET. Who's there?`), or open with a word in capitals (`I`).
  const dotEnd = playPrefix(h, at);
  if (dotEnd !== -1) {
    const dotLabel = tidyName(h.slice(at, dotEnd - 1));
    const start = dotEnd === h.length ? line.length : startAt(line, head, dotEnd + 1);
    const found = labelOf(dotLabel, undefined, undefined, leadTime, start, dotEnd === h.length ? 'own-line' : 'inline', isCaps(dotLabel), change, true);
    if (doubtfulPrefix(h, at, dotEnd)) found.doubtful = true;
    return found;
  }
  // The same prefix with a direction in brackets after it instead: `THE MOTHER [on her daughter's right] Not so long.`
  const bracketEnd = at === 0 ? bracketPrefix(h) : -1;
  if (bracketEnd !== -1) {
    // A colon after the direction makes it a script's label with its manner (`MARCUS [whispering]: I told you`),
    // not a play's prefix: the speech starts after the colon.
    const close = h.indexOf(']', bracketEnd);
    if (close !== -1 && h[close + 1] === ':') return labelOf(tidyName(h.slice(0, bracketEnd)), undefined, undefined, leadTime, startAt(line, head, close + (h[close + 2] === ' ' ? 3 : 2)), 'inline', true, change);
    return { ...labelOf(tidyName(h.slice(0, bracketEnd)), undefined, undefined, leadTime, startAt(line, head, bracketEnd + 1), 'inline', true, change, true), bracketed: true };
  }
  // The same prefix with wide space after it instead of a full stop: `BERNARDO  Who's there?`.
  const wide = at === 0 ? widePrefix(line, head) : undefined;
  if (wide) return { ...labelOf(h.slice(wide.start, wide.end), undefined, undefined, undefined, startAt(line, head, wide.end + 1), 'inline', wide.caps, false), wide: true };
  // With no colon in the head, all a line can still be is a name alone on it, which ends as a name
  // ends: a line of speech ("Why?", "Yes, sir.") is turned away before the name pattern runs.
  if (!h.includes(':') && !endsLikeName(h) && !h.includes('. –')) return null;
  const bracketed = matchFrom(BRACKETED_NAME, h, at, '[');
  if (bracketed) {
    at += bracketed[0].length;
    // Zoom's saved chat and transcript: `[Johnny Doe] 11:02:09`, the time bare, the speech below.
    const after = match(AFTER_NAME_TIME, h, at) ?? (h[at] === ' ' ? match(BARE_TIME, h, at) : null);
    const time = leadTime ?? seconds(after?.[1]);
    if (after) at += after[0].length;
    if (h[at] === ':') at += 1;
    const label = tidyName(bracketed[1]!);
    return labelOf(label, undefined, undefined, time, startAt(line, head, at), at < h.length ? 'inline' : 'own-line', isCaps(label), change);
  }
  // A part named by an article and a noun in emphasis: `**Le photographe :**`, `**The waitress:**`.
  const describedEnd = strong && at === 2 ? endOf(DESCRIBED_LABEL, h, at) : -1;
  if (describedEnd !== -1) {
    const spacedColon = h[describedEnd] === ' ';
    const speech = describedEnd + (spacedColon ? 4 : 3);
    const found: LineLabel = { ...labelOf(h.slice(at, describedEnd), undefined, undefined, leadTime, startAt(line, head, speech), blankFrom(h, speech) ? 'own-line' : 'inline', false, change), described: true };
    if (spacedColon) found.spaced = true;
    return found;
  }
  // The name, in capitals (NAME's first way) or else in title case (its second): found by where it
  // ends, tested rather than matched, so that no match is built for every line.
  const nameAt = at;
  let capsEnd = endOf(CAPS_LABEL, h, at);
  // An initial before a name in title case (`J. Peterman:`) is no name in capitals (`J.`) with speech after it.
  if (capsEnd !== -1 && h[capsEnd] === ' ' && h[capsEnd - 1] === '.' && INITIALS_RUN.test(h.slice(at, capsEnd))) capsEnd = -1;
  const nameEnd = capsEnd !== -1 ? capsEnd : endOf(TITLE_LABEL, h, at);
  if (nameEnd === -1) {
    return leadTime !== undefined && at < h.length ? labelOf(undefined, undefined, undefined, leadTime, startAt(line, head, at), 'time', false, change) : null;
  }
  const label = tidyName(h.slice(at, nameEnd));
  at = nameEnd;
  // NPR's `DAVE DAVIES, host:` gives a full name in capitals a role in small letters.
  // A member's party and state before the role: `SEN. TIM SCOTT (R-SC), BANKING COMMITTEE:`.
  const party = h[at] === ' ' && h[at + 1] === '(' ? match(PARTY, h, at) : null;
  if (party) at += party[0].length;
  const commaRole = matchFrom(ROLE, h, at, ',') ?? (capsEnd !== -1 && fullName(label) ? matchFrom(SMALL_ROLE, h, at, ',') : null) ?? matchFrom(GROUP_ROLE, h, at, ',');
  // A role is a noun phrase: `Mr. Speaker, I ask for unanimous consent …:` is speech to the Speaker.
  if (commaRole && SUBJECT_PRONOUN.test(commaRole[1]!)) return null;
  // A court paper's caption names parties, not speakers: `UNITED STATES, ET AL.,   :`.
  if (commaRole && /^et\.? al\b/i.test(commaRole[1]!)) return null;
  if (commaRole) at += commaRole[0].length;
  // `CATHERINE HERRIDGE, FOX CORRESPONDENT (voice-over):` — how the words reach us, not who says them.
  const manner = h[at] === ' ' || h[at] === '(' ? match(MANNER, h, at) : null;
  if (manner) at += manner[0].length;
  // A meeting recorder's `@0:25 - Ann Lee (Acme Corp)`: what the brackets hold is whose account or
  // firm spoke, never the name (nor a role): stepped over.
  const recorder = h[0] === '@' && leadTime !== undefined && !commaRole && h[at] === ' ' && h[at + 1] === '(' ? match(AFFILIATION, h, at) : null;
  if (recorder) at += recorder[0].length;
  // After a title and a name (NPR's `Mr. ED HELMS (Actor):`) the brackets hold a role, not the person behind a call sign.
  // Initials in brackets are initials still (`Mr Adam Jonas (AJ):`), and a title opening them names the
  // person in the chair (`Mr Deputy Speaker (Mr Lindsay Hoyle):`, `Mr. Chairman (Senator Warner):`).
  const titled = TITLED_NAME.test(label);
  const inBrackets = commaRole || recorder || !aliasMayFollow(h, at) ? null : match(ALIAS, h, at);
  const alias = inBrackets && (!titled || INITIALS_ONLY.test(inBrackets[1]!) || TITLED_NAME.test(inBrackets[1]!)) ? inBrackets : null;
  if (alias) at += alias[0].length;
  // Hansard's office, riding or party in brackets before the colon: `Mr. Gar Knutson (Parliamentary Secretary to Prime Minister, Lib.):`.
  const role = commaRole ?? (alias || recorder || !aliasMayFollow(h, at) ? null : match(PAREN_ROLE, h, at));
  if (role && !commaRole) at += role[0].length;
  // An address after the name is whose account spoke, not a role (`@0:25 - Ann Lee (ann@example.org)`).
  if (!role && !alias && h[at] === ' ' && h[at + 1] === '(') {
    const email = match(EMAIL, h, at);
    if (email) at += email[0].length;
  }
  // `**Name** [0:06]` closes the emphasis before the time, `**Name [0:06]**` after it.
  const closeBefore = emphasisClose(h, at);
  at += closeBefore;
  const timeAt = at;
  const timeEnd = opensWith(h, at, '[(', true) ? endOf(AFTER_NAME_TIME, h, at) : -1;
  if (timeEnd !== -1) at = timeEnd;
  if (closeBefore === 0) at += emphasisClose(h, at);
  // The time inside the brackets: after the optional space and the bracket, before the closing one.
  let time = leadTime ?? (timeEnd === -1 ? undefined : seconds(h.slice(timeAt + (h[timeAt] === ' ' ? 2 : 1), timeEnd - 1)));
  // Whether the name is in capitals is worked out only for a line that turns out to be a label.
  const capsForm = capsEnd !== -1;
  const roleText = role ? role[1]!.trim() : undefined;
  const aliasText = alias ? alias[1]! : undefined;

  // One space before the colon, as French typography and some transcribers set it: `Devin Becker : And …`
  // (not a column of colons further out, as a court paper's caption sets them: `Petitioners     :`).
  // Markdown closes its emphasis after that colon: `**Monica :** D'accord.`
  const closes = strong && h[at + 2] === h[0] && h[at + 3] === h[0];
  const spaced = h[at] === ' ' && h[at + 1] === ':' && (h[at + 2] === ' ' || at + 2 === h.length || closes) && oneSpaceBefore(line, startAt(line, head, at + 1));
  if (spaced) at += 1;
  // The European Parliament's full stop and dash, where others write a colon.
  const stopInName = h[at - 1] === '.' && !roleText && !aliasText;
  const speechAt = time === undefined ? dashAfterName(h, at, stopInName) : -1;
  if (speechAt !== -1) {
    const name = stopInName && label.endsWith('.') ? label.slice(0, -1) : label;
    return labelOf(name, roleText, aliasText, undefined, startAt(line, head, speechAt), 'inline', capsForm && isCaps(name), change);
  }
  if (h[at] === ':') {
    at += 1;
    // Whatever may follow the colon (emphasis closing, a space, a time) opens with one of these; a
    // space before speech, the usual case, is stepped over without running the pattern.
    const c = h[at];
    if (c === ' ' && !TIME_OPENING.includes(h[at + 1] ?? '\n')) at += 1;
    else if (c !== undefined && AFTER_COLON_FIRST.includes(c)) {
      const after = match(AFTER_COLON, h, at)!;
      at += after[0].length;
      time ??= seconds(after[1], after[2]);
    }
    const found = labelOf(label, roleText, aliasText, time, startAt(line, head, at), blankFrom(h, at) ? 'own-line' : 'inline', capsForm && isCaps(label), change);
    // select.ts keeps such labels only where they are the file's way of writing labels.
    if (spaced) found.spaced = true;
    return found;
  }
  // The header's own time follows its name (`Michael Kennedy  00:13`), even where every line also opens
  // with one (a reworked export's `0:00 Michael Kennedy  00:13`): the time after the name is the turn's.
  const bare = timeEnd === -1 && h[at] === ' ' && DIGITS.includes(h[at + 1] ?? ' ') ? match(BARE_TIME, h, at) : null;
  if (bare) {
    at += bare[0].length;
    time = seconds(bare[1]);
  }
  // A role or initials stand before a colon, or in a header line of a name and its time alone
  // (`**0:01:12 MODERATOR (TOM)**`): `Smith, Jones (00:01) went home` is speech.
  if ((role || alias) && (time === undefined || !blankFrom(h, at + emphasisClose(h, at)))) {
    // The chair or an office named in brackets, alone on its line (`Mr. Deputy Speaker (Mr. Geoffrey
    // Lofthouse)`, `The Lord Privy Seal (Viscount Cranborne)`): a name alone (below).
    if (!((titled || label.startsWith('The ')) && alias && time === undefined && at === h.length && h.length < HEAD)) return null;
    return labelOf(label, undefined, aliasText, undefined, line.length, 'bare', false, change);
  }
  // Hansard sets a member's seat in brackets after a titled name alone on its line (`Mr. Tony Banks
  // (Newham, North-West)`, the speech in the paragraph below): a name alone, which only a dialogue of
  // names apart makes a label (names-apart.ts).
  if (titled && time === undefined && !role && !alias && h[at] === ' ' && h[at + 1] === '(' && h.length < HEAD) {
    const seat = match(SEAT, h, at);
    if (seat && at + seat[0].length === h.length) return labelOf(label, seat[1]!.trim(), undefined, undefined, line.length, 'bare', false, change);
  }
  // A time before the name and speech after it, with no colon, no time after the name and no emphasis
  // around it, is a timed line of speech whose first words are capitalised (`0:00 Hello, and welcome …`),
  // not a header: a header's name stands alone after its time (`0:05 Matthew Heineman`), has a time of
  // its own, or is set apart in emphasis (`0:00:14.2 **Adam Garrett-Harris** Welcome …`).
  // So is such a line that ends a sentence with its capitalised words (`0:00 And I'm Adam Hopkins.`).
  // A name in capitals is set apart by its capitals (`[00:00:05] ANN LEE Welcome back`).
  const leadOnly = time !== undefined && bare === null && timeEnd === -1;
  // (Not a sentence's own first word in capitals: `[00:00:09] I think …`, `OK so …`.)
  const capsName = capsEnd !== -1 && !CAPS_WORDS_OF_SPEECH.has(label);
  if (leadOnly && !strong && prefix?.[5] === undefined && !capsName && (!blankFrom(h, at) || SENTENCE_END.test(h))) return labelOf(undefined, undefined, undefined, time, startAt(line, head, nameAt), 'time', false, change);
  if (time !== undefined) {
    const header = labelOf(label, roleText, aliasText, time, startAt(line, head, at), 'header', capsForm && isCaps(label), change);
    // Its only time stands before the name: select.ts asks such a label to recur (`**10:30 Budget Review**` is an agenda's).
    if (leadOnly) header.lead = true;
    return header;
  }
  // A name and nothing else: perhaps a label alone on its line, if the head holds the whole line.
  if (at === h.length && h.length < HEAD) return labelOf(label, roleText, aliasText, undefined, line.length, 'bare', capsForm && isCaps(label), change);
  return null;
}
