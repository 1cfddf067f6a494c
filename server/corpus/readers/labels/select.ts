/**
 * Which label-like line starts are speaker labels. One line alone proves little ("Note: …",
 * "However: …"); across a file, labels behave like labels: they recur, they are written in capitals or
 * carry a role or a time, they are names, and they stand where turns begin. Every decision here is a
 * count or a map lookup per line, so a file of twenty thousand distinct labels costs twenty thousand
 * steps.
 */
import type { Span } from '../../text.ts';
import { isFirstName } from '../../lexicon/index.ts';
import { labelModes, type LabelModes } from './modes.ts';
import { lineLabel, SENTENCE_END, type LineLabel } from './grammar.ts';
import { headerFieldsEnd, PARTICIPANT_FIELD } from './header.ts';
import { glossaryTerms } from './glossary.ts';
import { BODIES, LANGUAGE_KEYS, LANGUAGE_MARKER, LIST_HEADING, SURNAME_LANGUAGES, MINUTES_NOTES, NAME_LIST_ROLE, NOT_SPEAKERS, NOTES, REPLIES, SENTENCE_ADVERBS, SPEECH_OPENERS, TALK_ROLES, TITLE_FIELD } from './not-speakers.ts';
import { blankFrom } from './head.ts';
import { namesApart, personLike } from './names-apart.ts';
import { breakAtUnreadWideSpace, dropWide, isWidePlay } from './wide-prefix.ts';
import { credit, CREDIT_ROLES, headline } from './headlines.ts';
import { qaLetters, QA_LABELS } from './qa.ts';

/** How a line that ends a turn ends: a sentence's close, a quotation's or a bracket's. */
const TURN_END = /[.?!…"”’')\]:*_-]\s*$/;
/** Words that head a line with a colon and name no one (`Note:`, `Related:`), for readers of other formats. */
export function notSpeaker(label: string): boolean {
  return NOT_SPEAKERS.has(labelKey(label));
}

/** Who speaks in a call besides its named people. */
const CALL_ROLES = new Set(['operator', 'moderator', 'host', 'coordinator']);

/** A play's or book's divisions, which a full stop follows as it follows a speaker's name: `ACT II.`, `SCENE 3.` */
const DIVISION = /^(?:act|scene|part|chapter|book|volume|canto|prologue|epilogue)\b/;
/** A line that is only a division's heading — `ACT I`, `Chapter 3.`, `PART ONE`, `PROLOGUE` — not a title. */
export const DIVISION_LINE = /^(?:(?:act|scene|part|chapter|book|volume|canto) (?:[ivxlcdm]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)|prologue|epilogue)\.?$/i;


// Whitespace that the key changes: a run of two, at either end, or other than a plain space.
const UNUSUAL_SPACE = /\s\s|^\s|\s$|[^\S ]/;
/**
 * A label as compared: lower case, spaces collapsed. Most labels need only the lower case; the key is
 * worked out again wherever it is asked for, which costs less than remembering it (a file of twenty
 * thousand distinct labels would churn any memo).
 */
export function labelKey(label: string): string {
  const lower = label.toLowerCase();
  return UNUSUAL_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

/** How many words a label key has (its spaces are single). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

const blanksOf = new WeakMap<Span[], Uint8Array>();
/** Which lines are blank, worked out once per file (selecting labels and judging them both ask). */
export function blankLines(lines: Span[]): Uint8Array {
  let out = blanksOf.get(lines);
  if (out) return out;
  out = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (blankFrom(lines[i]!.text, 0)) out[i] = 1;
  blanksOf.set(lines, out);
  return out;
}

/** Candidates `drop` turns away taken out of `raw` in place, in order, each no longer counted for its key. */
function withdraw(raw: Candidate[], counts: Map<string, number>, drop: (c: Candidate, k: number) => boolean): void {
  let kept = 0;
  raw.forEach((c, k) => {
    if (drop(c, k)) counts.set(c.key, (counts.get(c.key) ?? 1) - 1);
    else raw[kept++] = c;
  });
  raw.length = kept;
}

/** Names after Hansard's section mark in a file before they are its labels. */
const MARKED_TURNS = 3;

/** A label (by its key) that is a speaker's name or role by its form alone (before counting). */
function plausible(key: string, label: string): boolean {
  if (QA_LABELS.has(key)) return true;
  const first = key.charCodeAt(0);
  if (NOT_SPEAKERS.has(key) || key.length > 60 || (first >= 48 && first <= 57)) return false;
  // `BY MS. HADDAD:` heads an examination (examination.ts): it names who asks, and is no one's words.
  if (first === 98 && key.startsWith('by ')) return false;
  // A cover's `INTERVIEW OF:  GLENN SIMPSON`, an appearance list's `FOR THE WITNESS:`: no name ends in
  // "of" or opens so.
  if (key.endsWith(' of') || key.startsWith('for the ') || key.startsWith('on behalf of ')) return false;
  // A court index's column heads: `Exhibit No. Received`.
  if (first === 101 && key.startsWith('exhibit ')) return false;
  // A series' part in a page's title (`Mitch Part 4: 'Not A Happy Choice'`, `Episode 12:`): no name ends so.
  if (SERIES_PART.test(key)) return false;
  // The heading of a list of who is there: `SENATE MEMBERS PRESENT:`, `ROUNDTABLE PARTICIPANTS, Continued:`.
  if (LIST_HEADING.has(key.slice(key.lastIndexOf(' ') + 1))) return false;
  return wordCount(key) <= 6 || officeInCapitals(label);
}

/** Words of an office, which a parliament prints in capitals as a speaker's label. */
const OFFICE = /\b(?:MINISTER|SECRETARY|SPEAKER|CHAIR|CHAIRPERSON|CHAIRMAN|DEPUTY|LEADER|WHIP|PRESIDENT|PREMIER|ATTORNEY|COMMISSIONER|CHANCELLOR|CLERK|GOVERNOR|MEMBER)\b/;

/**
 * An office in capitals, longer than a name (`The MINISTER OF JUSTICE AND CONSTITUTIONAL DEVELOPMENT:`):
 * turned down for its length, the minister's speech went on under the speaker before. Never a sentence:
 * every word in capitals after an opening "The", and up to twelve of them.
 */
function officeInCapitals(label: string): boolean {
  const words = label.replace(/^The /, '').split(' ');
  return words.length <= 12 && OFFICE.test(label) && words.every((w) => !LOWER.test(w));
}

/** A title's part of a series, last in a label: `part 4`, `episode 12`, `ep. 3`. */
const SERIES_PART = /(?:^| )(?:part|episode|ep\.?|chapter|season|vol\.?|volume) \d{1,4}$/;

/** The rest of a time of day after its digits, as a header's name: `P.M. EDT`. */
const TIME_OF_DAY = /^[ap]\.m\b/;
/** A label without the title before the name: `Dr. Anthony Fauci` → `Anthony Fauci`. */
function untitled(label: string): string {
  return label.replace(LEADING_TITLE, '');
}
const LEADING_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|Hon)\.? |(?:Senator|Representative|Governor|President|Professor|Judge|Justice|Mayor|General|Secretary|Ambassador) )/i;

/** The label opens with a first name, after any title (`Dr. Anthony Fauci`, `Judy Woodruff`). */
function opensWithFirstName(label: string): boolean {
  return isFirstName(untitled(label).trim().split(/\s+/)[0]!.toLowerCase());
}

/** A label that names a person or a Q&A role: known, `Q`/`A`, or a lone first name. */
function nameLike(label: string, key: string, words: number, known: (name: string) => boolean): boolean {
  return known(label) || QA_LABELS.has(key) || (words === 1 && isFirstName(label));
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** A short line's rest in capitals and without a sentence's end: a heading's (`ME STESSO`). */
function headingInCapitals(rest: string): boolean {
  const t = rest.trim();
  // A heading's subtitle is a few words (`ME STESSO`); shouted speech runs on (`WE ARE NOT GOING ANYWHERE`).
  return t.length > 0 && t.length <= 60 && UPPER.test(t) && !LOWER.test(t) && !/[.?!]$/.test(t) && t.split(' ').length <= 3;
}

// Made once: a pattern literal inside a function is a new object each time, one per label here.
const LINK = /^<?https?:\/\//;
const OPENING_QUOTE = /^[“"«„]/;
/** The characters a link or an opening quotation mark starts with. */
const LINK_OR_QUOTE_FIRST = '<h“"«„';
/** A line that opens a list item, a table row, a fence, a quotation block or a heading in Markdown. */
const LIST_OR_BLOCK = /^\s*(?:[-*+] |\d{1,3}[.)] |\||```|~~~|>|#)/;

/** A label found on one line of a file. */
export interface FoundLabel {
  /** Index of the line among the lines given. */
  index: number;
  match: LineLabel;
}

/** A candidate with its label's key (empty for a time alone), worked out once: keys are compared many times over. */
interface Candidate extends FoundLabel {
  key: string;
}

export interface SelectOptions {
  /** A name the metadata or registry knows: such a label needs no other evidence. */
  isKnownName?: (name: string) => boolean;
  /**
   * Filled with the lines of labels turned down for standing among no others that recur (a summary's
   * `Total Revenue: …`, an unknown caller who asks once in a call): no one's label, but no part of the
   * turn before either — who speaks there is not known.
   */
  breaks?: number[];
  /** Filled with what kind of labelled file the candidates make (see modes.ts). */
  modes?: Partial<LabelModes>;
}


/**
 * Several people named as one label, `Phoebe, Ross, Chandler et Joey :` (read as a name and its role):
 * first names each, not a name and a role with `and` in it (`Jane Doe, Founder and CEO:`).
 */
const LIST_SEPARATOR = /, | (?:and|et|und|y|e|&) /;
function nameList(label: string, role: string): boolean {
  if (!NAME_LIST_ROLE.test(role) || !isFirstName(label.toLowerCase())) return false;
  return role.split(LIST_SEPARATOR).every((name) => isFirstName(name.toLowerCase()));
}

/** Words for everyone at once, said as a label: `**Tous :**`, `ALL:`. */
const EVERYONE = new Set(['all', 'both', 'everyone', 'everybody', 'together', 'tous', 'toutes', 'ensemble', 'alle', 'todos', 'tutti', 'crowd', 'audience', 'chorus', 'others']);

/** Parts in a talk said as one word, by someone who speaks once: `*Announcer:*`, `CALLER:`. */
const ONE_WORD_PARTS = new Set([...TALK_ROLES, 'announcer', 'caller', 'reporter', 'operator', 'anchor', 'correspondent', 'translator', 'interpreter', 'waiter', 'waitress', 'voice']);

/** A word that opens a sentence of speech with a colon rather than naming someone (`Look:`, `Yes:`). */
function speechOpener(key: string): boolean {
  if (EVERYONE.has(key) || ONE_WORD_PARTS.has(key)) return false;
  return SPEECH_OPENERS.has(key) || REPLIES.has(key) || SENTENCE_ADVERBS.has(key) || NOT_SPEAKERS.has(key);
}

/** How a line of speech ends: a sentence's close, or a quotation's. */
const SPEECH_END = /[.?!…"”]\s*$/;

/** Label candidates of the lines, keeping those that behave like speaker labels across the file. */
export function selectLabels(lines: Span[], options: SelectOptions = {}): FoundLabel[] {
  const known = options.isKnownName ?? (() => false);
  const turnedDown: number[] = options.breaks ?? [];
  const raw: Candidate[] = [];
  const quoted: Candidate[] = [];
  const linked: Candidate[] = [];
  const held: Candidate[] = [];
  const counts = new Map<string, number>();
  const listed = new Map<number, string[]>();
  const headingCounts = new Map<string, number>();
  /** Keys of labels that stand inline before words other than a headline's (see `headline`). */
  const spoken = new Set<string>();
  let timed = 0;
  let nonBlank = 0;
  const blanks = blankLines(lines);
  const fieldsEnd = headerFieldsEnd(lines, blanks, (label) => NOT_SPEAKERS.has(labelKey(label)));
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (blanks[i]) continue;
    nonBlank++;
    const match = lineLabel(text);
    if (!match) continue;

    if (match.style === 'time') {
      timed++;
      raw.push({ index: i, match, key: '' });
      continue;
    }
    const key = labelKey(match.label!);
    // A translator's note over a speech (`*English:*`): no one's label (assemble.ts passes over it).
    if (match.style !== 'inline' && LANGUAGE_KEYS.has(key) && LANGUAGE_MARKER.test(text.trim())) continue;
    // In capitals, as the recorder writes them: `Action Items:` in a transcript is someone reading out a list.
    if (((match.caps && NOTES.has(key)) || MINUTES_NOTES.has(key)) && !match.heading) {
      turnedDown.push(i);
      continue;
    }
    // An office with its holder in brackets is as plausible as the holder (`The Secretary of State for the Home Department (Mr. Jack Straw)`).
    if (!plausible(key, match.label!) && !(match.style === 'bare' && match.alias !== undefined && plausible(labelKey(match.alias), match.alias))) continue;
    // A field of the file's header (`SIG: FAAS WG` above `Date:` and `Duration:`) is nobody's label
    // unless it stands again below (`Q:`); the participants' fields are, for takeHeaderFields to read.
    if (i < fieldsEnd && !PARTICIPANT_FIELD.test(key)) {
      held.push({ index: i, match, key });
      continue;
    }
    // A title below the header (`**Titre FR :** …`), or several people named at once: no one's words.
    if (TITLE_FIELD.test(key) || (match.role !== undefined && nameList(match.label!, match.role))) {
      turnedDown.push(i);
      continue;
    }
    // "FIBRE: https://…" is a link list; `Maya Costa, 29, of Lisbon: "…"` a list of voices in prose —
    // unless the same label stands elsewhere before ordinary speech (`**Marc:** "Where did it go?!"`,
    // a chat's `Dora Demszky: https://…`).
    // Both open with one of a few characters: the speech is looked at only when it does.
    const first = text[match.textStart];
    if (first !== undefined && LINK_OR_QUOTE_FIRST.includes(first)) {
      const after = text.slice(match.textStart);
      const link = LINK.test(after);
      if (link || OPENING_QUOTE.test(after)) {
        (link ? linked : quoted).push({ index: i, match, key });
        continue;
      }
    }
    raw.push({ index: i, match, key });
    if (match.role !== undefined && wordCount(key) === 1 && NAME_LIST_ROLE.test(match.role)) listed.set(i, [key, ...match.role.split(LIST_SEPARATOR).map(labelKey)]);
    // A headline stands alone: a line running on into the next (`Chief MacLean. Mr. Chairman, Ranking Member Cummings, and`) is speech.
    if (match.style === 'inline' && (match.caps || match.dot || !blankFrom(lines[i + 1]?.text ?? '', 0) || !headline(text, match.textStart))) spoken.add(key);
    // Headings are counted apart: `# FIBRE` over a section makes no `FIBRE: https://…` a speaker's line.
    const tally = match.heading ? headingCounts : counts;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  // A space before the colon is a file's way of writing its labels (French typography) only where most
  // of its labels are so written; elsewhere `Madame Martin : elle …` is a sentence with a colon in it —
  // unless it is a full name opening the file's first turns (`Devin Becker : And there we go`, then `DB:`).
  let spacedLabels = 0;
  for (const c of raw) if (c.match.spaced) spacedLabels++;
  if (spacedLabels > 0 && spacedLabels * 2 < raw.length) {
    withdraw(raw, counts, (c, k) => c.match.spaced === true && !(k < 3 && wordCount(c.key) >= 2 && opensWithFirstName(c.match.label!)));
  }
  // A doubtful play prefix (`HALLELUJAH. I said …`) stands only where its name opens a speech elsewhere without doubt (`FREDDY. There's …`).
  if (raw.some((c) => c.match.doubtful)) {
    const sure = new Set(raw.filter((c) => c.match.dot && !c.match.doubtful).map((c) => c.key));
    withdraw(raw, counts, (c) => c.match.doubtful === true && !sure.has(c.key));
  }
  // A language that is a surname too, alone on its line (`English:`, a web page's `<em>` lost), is a
  // translator's note where no other label stands alone on its line: there it is no name among others.
  const ownLine = (c: Candidate) => c.match.style === 'own-line';
  const languageNote = (c: Candidate) => ownLine(c) && SURNAME_LANGUAGES.has(c.key);
  if (raw.some(languageNote) && !raw.some((c) => ownLine(c) && !languageNote(c))) withdraw(raw, counts, languageNote);
  // `P. …` and `R. …` are a question and its answer only as a pair (or after `PREGUNTA.` and `RESPUESTA.`);
  // alone, `R. Kelly ha dicho …` opens with an initial.
  if (raw.some((c) => c.match.letter)) {
    const asking = new Map<string, number>();
    for (const c of raw) if (c.match.letter && /[?¿]/.test(lines[c.index]!.text)) asking.set(c.key, (asking.get(c.key) ?? 0) + 1);
    const letters = qaLetters((key) => counts.get(key) ?? 0, (key) => asking.get(key) ?? 0);
    // A letter opening a line that carries on the line before (`… sent by` / `R. Alvarez, the manager?`) is an initial.
    const wrapped = (index: number) => index > 0 && !blanks[index - 1] && !TURN_END.test(lines[index - 1]!.text);
    withdraw(raw, counts, (c) => c.match.letter === true && (!letters.has(c.key) || wrapped(c.index)));
  }
  // A play's names set off by wide space count only in a play written so throughout (wide-prefix.ts),
  // or where the name stands alone above other speeches (Folger's text: `ROMEO` / `…`, `ROMEO  Out--`).
  const widePlay = isWidePlay(raw, nonBlank);
  if (widePlay) breakAtUnreadWideSpace(lines, raw, turnedDown);
  else dropWide(raw, counts);
  const before = raw.length;
  for (const h of held) {
    if ((counts.get(h.key) ?? 0) === 0) continue;
    raw.push(h);
    counts.set(h.key, counts.get(h.key)! + 1);
  }
  // Several one-word names as one label, not all first names the lexicon knows (`Holmes, Watson and
  // Lestrade:`), are a list where each of them speaks alone elsewhere in the file: no one's words.
  // (`Anna, Host and Producer:` is Anna's.)
  if (listed.size > 0) {
    let kept = 0;
    for (const c of raw) {
      const names = listed.get(c.index);
      if (names && names.every((n, j) => (counts.get(n) ?? 0) >= (j === 0 ? 2 : 1))) turnedDown.push(c.index);
      else raw[kept++] = c;
    }
    raw.length = kept;
  }
  for (const q of quoted) if ((counts.get(q.key) ?? 0) >= 2) raw.push(q);
  // A link list's labels stand before nothing else; a chat's speaker also says something.
  for (const q of linked) if ((counts.get(q.key) ?? 0) >= 1) raw.push(q);
  // The labels are in line order already unless quoted ones were added after them.
  if (raw.length > before) raw.sort((a, b) => a.index - b.index);
  const manyTimed = timed >= 3 && timed >= nonBlank * 0.2;
  const blank = (i: number) => i < 0 || i >= lines.length || blanks[i] === 1;
  // Speech below a label: on the next line, or after one blank line.
  const nextText = (i: number) => !blank(i + 1) || !blank(i + 2);
  const { play, hearing, call, dashNames } = labelModes(raw, (key) => counts.get(key) ?? 0);
  if (options.modes) Object.assign(options.modes, { play, hearing, call });
  // A label said once counts by its shape alone (two to four words) only between labels that recur,
  // within three on each side: a run of one-off labels is a glossary or a summary (`Total Revenue:
  // $549 million`, `Net Income: $86 million`), not people taking turns. A name given with the initials
  // used for it later (`Matt Corallo (MC):`) needs no such company.
  const recurs = raw.map(({ match, key }) => match.label !== undefined && (counts.get(key) ?? 0) >= 2);
  const recursBefore = (k: number) => {
    for (let j = Math.max(0, k - 3); j < k; j++) if (recurs[j]) return true;
    return false;
  };
  const recursAfter = (k: number) => {
    for (let j = k + 1; j <= Math.min(raw.length - 1, k + 3); j++) if (recurs[j]) return true;
    return false;
  };
  // Within three of the file's first or last label, one side is enough: a transcript opens with
  // full names said once (`Oliver Scherer:`, then `Oli:`).
  const amongTurns = (k: number) => (k < 3 || recursBefore(k)) && (k > raw.length - 4 || recursAfter(k));
  // Strictly between turns: a recurring label among the three before and the three after.
  const withinTurns = (k: number) => recursBefore(k) && recursAfter(k);

  const glossary = glossaryTerms(lines, raw, recurs);
  const headingSpeakers = new Set<string>();
  for (let k = 0; k < raw.length; k++) if (raw[k]!.match.heading && (headingCounts.get(raw[k]!.key) ?? 0) >= 2) headingSpeakers.add(raw[k]!.key);
  // …among whom someone is a person or a part in a talk: `### Discussion` / `### Decision` in meeting
  // notes, `### Pros` / `### Cons` in a review recur as headings do, but nobody is speaking.
  const headingDialogue = headingSpeakers.size >= 2 && [...headingSpeakers].some((key) => TALK_ROLES.has(key.replace(/ \d{1,3}$/, '')) || isFirstName(key.split(' ')[0]!) || known(key));
  const apart = namesApart(raw, lines, blank, known, (key) => REPLIES.has(key));
  // Hansard's section marks before names run into their speech (hansard.ts): labels where they are the file's way.
  let marked = 0;
  for (const c of raw) if (c.match.marked) marked++;
  // The speech under a name apart is speech, whatever it opens with (`Horatio, Marcellus: come hither`).
  const speechUnderName = new Set<number>();
  // The next line of text ends a sentence: speech, not a list's entry (`Patrick Davis, Counsel,`) or a heading.
  const sentenceBelow = (i: number) => {
    let j = i + 1;
    while (j < lines.length && blank(j)) j++;
    return j < lines.length && SPEECH_END.test(lines[j]!.text);
  };
  // The line below a heading is speech, not a list item, a table, a fence or another heading.
  const speechBelow = (i: number) => i + 1 < lines.length && !blank(i + 1) && !LIST_OR_BLOCK.test(lines[i + 1]!.text);

  const mixedCaseBelow = (i: number) => {
    let j = i + 1;
    while (j < lines.length && blank(j)) j++;
    return j < lines.length && LOWER.test(lines[j]!.text) && UPPER.test(lines[j]!.text);
  };

  return raw.filter(({ index, match, key }, k) => {
    if (match.style === 'time') return manyTimed;
    if (speechUnderName.has(index)) return false;
    // A body's name on a line of its own over a list (`SENATE JUDICIARY COMMITTEE:` over who appeared
    // for it, a cover's `SENATE JUDICIARY COMMITTEE` over `U.S. SENATE`) says nothing, and no one
    // speaks under it. Over speech (`FEDERAL AVIATION ADMINISTRATION:` / `We have reviewed …`) it is a label still.
    if ((match.style === 'own-line' || match.style === 'bare') && wordCount(key) > 1 && BODIES.has(key.slice(key.lastIndexOf(' ') + 1)) && !sentenceBelow(index)) {
      if (match.style === 'own-line') turnedDown.push(index);
      return false;
    }
    // What dropWide kept.
    if (match.wide) return true;
    const label = match.label!;
    const recurring = (counts.get(key) ?? 0) >= 2;
    if (match.marked) return marked >= MARKED_TURNS;
    // A part named by an article (`**Le photographe :**`) is one only where it recurs; said once,
    // someone unknown speaks there (not `**The bottom line:**`'s writer, nor the speaker before).
    if (match.described) {
      if (recurring && amongTurns(k)) return true;
      turnedDown.push(index);
      return false;
    }
    const structured = match.time !== undefined || match.role !== undefined || match.change;
    const words = wordCount(key);
    // A name and a full stop opens many a sentence ("OK. So …"); a play's prefix recurs, and one alone
    // on its line has its speech right below it (Apollo's call "MARK." stands alone between two blank lines).
    // A title and a name and a full stop (`Captain America.`) is a hearing's label only in a hearing.
    if (match.dot && ((!recurring && !play) || (match.style === 'own-line' && blank(index + 1)) || DIVISION.test(key) || (hearing && match.caps) || (!hearing && !match.caps))) return false;
    // A prefix said once opens a turn only where the line before ended one: in hard-wrapped speech
    // `GNP. The staff thinks …` ends the sentence the line before began.
    if (match.dot && !recurring && !blank(index - 1) && !TURN_END.test(lines[index - 1]!.text)) return false;
    // In a play, speech is under `NAME.`; a colon there heads the cast list and the playbill
    // ("John Worthing, J.P.: Mr. George Alexander.", "LONDON: ST. JAMES’S THEATRE").
    if (play && !match.dot) return false;
    if (match.dash && !recurring && !call) return false;
    // In a call, the speakers are the dashed lines' people and the operator: not `Prepared Remarks:`.
    if (call && !match.dash) {
      if ((match.style === 'bare' || match.style === 'inline') && (CALL_ROLES.has(key) || dashNames.has(key)) && nextText(index)) return true;
      // Someone the call does not introduce (`Unidentified Analyst`, `Satya Nadella: …` once): unknown, not the last speaker.
      turnedDown.push(index);
      return false;
    }
    // A glossary's term (`Atlas: MongoDB's … platform`) is said by no one; who speaks there is not known.
    if (glossary[k]) {
      turnedDown.push(index);
      return false;
    }
    // `Unfortunately, Marleau and Montpetit continue to say:` opens a sentence with an adverb, not a name and its role.
    if (!recurring && SENTENCE_ADVERBS.has(key)) return false;
    // A heading holds a speaker's name only in a dialogue of headings (`### Bryan Robinson  0:03`,
    // `### Interviewer`): two names or roles or more that recur as headings, each with speech right
    // below it rather than a list or another heading. A chapter's `## 12:30 Memory Safety` is no one.
    // Otter's own `### Speaker 1  0:03`, a name and a time after it, needs no more than to recur.
    // In such a dialogue a person's name said once as a heading speaks too (`### [00:05:34] Rich`, one
    // turn among forty of the others): a first name first, or a name the metadata knows.
    if (match.heading) return (match.style === 'header' && !match.lead ? headingSpeakers.size >= 2 : headingDialogue) && (headingSpeakers.has(key) || (headingDialogue && personLike(key, known))) && words <= 4 && speechBelow(index) && !SENTENCE_END.test(lines[index]!.text);
    // A hearing's label said once (`Mr. JONES of North Carolina.`, yielded the floor once) is a label
    // by its shape, a title and a surname opening an indented paragraph: no count of its words applies.
    if (match.dot && hearing) return true;
    // Cheapest evidence first: the name lists are consulted only when nothing else has decided.
    switch (match.style) {
      case 'inline':
        // Show notes' credits: `Host: Ezra Klein`, `GUEST: John Roe, ornithologist` name who took part; they say nothing.
        if (CREDIT_ROLES.has(key) && credit(lines[index]!.text, match.textStart)) {
          turnedDown.push(index);
          return false;
        }
        // A title and its subtitle (`Question Time: Last Two Weeks Of Parliament`, a blog's `Paris Review:
        // John Cheever`), wherever the label stands: no one speaks there, and the turn before ends.
        if (!spoken.has(key) && !known(label) && !QA_LABELS.has(key)) {
          turnedDown.push(index);
          return false;
        }
        // A heading in capitals, its rest too (`PRIMA INTERVISTA: ME STESSO`), said once over text in
        // mixed case: no one speaks there. (In captions all in capitals, `ANNA: HELLO.` is Anna's.)
        if (!recurring && match.caps && headingInCapitals(lines[index]!.text.slice(match.textStart)) && mixedCaseBelow(index)) {
          turnedDown.push(index);
          return false;
        }
        // Names joined by `&` are a line said together where one of them speaks alone too, or before
        // speech that opens as a sentence does (`Kids & Kramer: Yay!`); `Research & Development: up ten
        // percent` is a figure read out.
        if (key.includes(' & ') && !key.split(' & ').some((part) => (counts.get(part) ?? 0) > 0) && !/^["“]?\p{Lu}/u.test(lines[index]!.text.slice(match.textStart))) return false;
        // A question's or answer's letter (`P.`, `R.`) left here is one of a pair (see above).
        if (recurring || structured || match.letter || nameLike(label, key, words, known) || (match.caps && words <= 4)) return true;
        // A surname with its party in brackets, said once among labels that recur (`Reuschenbach (SPD):`
        // in the Bundestag's record, called on by the chair the line before), is a speaker.
        if (words === 1 && match.alias !== undefined && amongTurns(k)) return true;
        // An office said once among labels that recur (`The MINISTER OF JUSTICE AND CONSTITUTIONAL
        // DEVELOPMENT:` in a parliament's record) is a speaker: turned down, the minister's speech was the speaker's before.
        if (words > 4 && officeInCapitals(label) && amongTurns(k)) return true;
        if (words < 2 || words > 4) {
          // One word said once among labels that recur (`**Tous :**` in a play's scene, `Nurse:`, `Okonkwo:`)
          // is someone's who is not known: not the speaker before. Only a word that opens a sentence of
          // speech (`Look:`, `Remember:`, `Update:`) leaves the line on the turn it is in.
          // (A file's head, before its speech, holds fields said once, `Beginn:`, `Moderators:`: only those
          // words there.)
          if (words === 1 && amongTurns(k) && (EVERYONE.has(key) || ONE_WORD_PARTS.has(key) || isFirstName(key) || (withinTurns(k) && !speechOpener(key)))) turnedDown.push(index);
          return false;
        }
        if ((match.alias !== undefined && counts.has(labelKey(match.alias))) || amongTurns(k)) return true;
        turnedDown.push(index);
        return false;
      case 'own-line':
        // A full name said once is a label among others that recur (`**Judy Woodruff:**` opening a report),
        // if it opens with a first name: `Action Items:` between two turns is a list's heading.
        return nextText(index) && (recurring || structured || nameLike(label, key, words, known) || match.caps || (words >= 2 && words <= 4 && opensWithFirstName(label) && amongTurns(k)));
      case 'header':
        // A time before a name and nothing else is an agenda's or a chapter's (`**10:30 Budget Review**`) unless the name recurs.
        // (A time of day, `2:25 P.M. EDT`, stays a line of its own, as it was: no one's words.)
        // A person's name said once is a speaker still (`1:05 Robert Johnson`).
        if (match.lead && !recurring && !TIME_OF_DAY.test(key) && !opensWithFirstName(label)) {
          // Who speaks under it is not known: not the speaker before (`**00:05:43 TEXT MESSAGE READ ALOUD**`).
          turnedDown.push(index);
          return false;
        }
        return nextText(index) || match.textStart < lines[index]!.text.length;
      case 'bare':
        // A name alone on its line ("Lester Holt", no colon) is a label only when it recurs, starts a
        // paragraph, has speech below it, and is not a one-word reply ("Yeah.", "Right?"). The speech
        // is right below it, or a blank line below where the file's names stand apart throughout.
        if ((!blank(index - 1) && match.role === undefined && index !== 1) || (words > 4 && match.alias === undefined) || SENTENCE_END.test(lines[index]!.text) || REPLIES.has(key)) return false;
        if (!blank(index + 1)) return recurring || known(label);
        // Or a blank line below, in a dialogue of names apart (names-apart.ts).
        if (!apart || !apart.lines.has(index) || LIST_OR_BLOCK.test(lines[index + 2]!.text)) return false;
        // A person seen once or twice (`Horatio`) speaks too, unless another name stands right after:
        // then it is a one-word answer (`Where did you grow up?` / `Austin`).
        // (A titled name in Hansard is a person whatever its first word: names-apart.ts puts it among the people.)
        const person = personLike(key, known) || apart.people.has(key);
        if (person && (apart.people.has(key) || !apart.lines.has(index + 2))) {
          speechUnderName.add(index + 2);
          return true;
        }
        if (person) return false;
        // Anything else standing apart before speech (`Advertisement`, a photo credit, a part nobody
        // names twice) is no one, and no part of the turn before.
        if (!apart.lines.has(index + 2)) turnedDown.push(index);
        return false;
      default:
        return false;
    }
  });
}
