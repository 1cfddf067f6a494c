/**
 * Plain-text transcripts with speaker labels at the start of the lines they begin: `Name: text`,
 * `NAME, ROLE: text`, Rev's `Name (00:01:02):`, Descript's `[00:00:00] Name: text`, Otter's
 * `Name  0:05` header lines, `Speaker 1:` from automatic transcription. A marker that carries a
 * timestamp at the end of a paragraph ends nothing by itself: the next label starts the next turn.
 */
import { analyse, firstLineTitle } from './labels/analysis.ts';
import { assembleTurns } from './labels/assemble.ts';
import { chatFile, type ChatFile } from './labels/chat.ts';
import { result, type Reader, type ReadInput, type ReadResult } from './reader.ts';
import type { SourceKind } from '../model.ts';
import type { LabelModes } from './labels/modes.ts';
import { noSmallLetters } from '../names/casing.ts';
import { rosterNames } from './labels/roster.ts';
import { takeHeaderFields } from './labels/header.ts';
import { readDate } from '../metadata/dates.ts';
import { answeredByWitness, examinationHeading, nameExaminations, namesExaminer, PAGE_HEADER } from './labels/examination.ts';

/** How sure a label reader is, from the share of labels written the way it reads best. */
export function labelScore(input: ReadInput, share: number): number {
  const a = analyse(input);
  if (!a.labelled) return 0;
  return 0.55 + 0.35 * share;
}

export const labelled: Reader = {
  name: 'labelled',
  sniff(input) {
    const { labels, styles } = analyse(input);
    if (labels.length === 0) return 0;
    const inline = (styles.inline + styles.header + styles.time - styles.markdown) / labels.length;
    return labelScore(input, Math.max(0, inline));
  },
  read: readLabelledTurns,
};

/**
 * An oral history when most labels are `Q:`/`A:`; a play (the kind a script is, as a screenplay is a
 * film's); else an interview, as a hearing's testimony and a call are.
 */
function kindOf(mostlyQA: boolean, modes: LabelModes): SourceKind {
  if (mostlyQA) return 'oral-history';
  return modes.play && !modes.hearing ? 'film' : 'interview';
}

/**
 * A hearing's heading, in capitals: set in the middle of the page (`      WITNESS STATEMENTS`), or a
 * line of three words or more from the margin (`STATEMENT OF LINDA STIFF, ACTING COMMISSIONER, …`) —
 * not a wrapped line of speech that is one word in capitals (`IRS.`). A name's own small letters
 * (`MacLEAN`) still count as capitals.
 */
function hearingHeading(line: string): string | null {
  const centred = line.startsWith('      ');
  const text = line.trim();
  if (text.length < 3 || text.length > 160 || (!centred && text.split(' ').length < 3)) return null;
  return noSmallLetters(text) && /\p{Lu}[^\n]*\p{Lu}/u.test(text) ? text : null;
}

/** The title GPO's text wraps in HTML: `<title> - FLYING UNDER THE RADAR: …</title>`. */
function gpoTitle(head: string): string | undefined {
  const title = /<title>([^<\n]{3,300})<\/title>/.exec(head)?.[1]?.trim().replace(/^-\s/, '');
  return title || undefined;
}

/** How a court transcript lays out what is not speech: a witness called, an examination begun, a page's running head, a reporter's note. */
const COURT_LAYOUT = { heading: examinationHeading, skip: (line: string) => PAGE_HEADER.test(line) || REPORTER_NOTE.test(line) };
/** The reporter's note on a line of its own: `(Witness sworn)`, `(Jury present)`, `(Recess)`. */
const REPORTER_NOTE = /^\s*\([^()\n]{1,80}\)\s*$/;

/** An earnings call's lists of who takes part, which `Operator` ends where they head the call. */
const ROSTER = /^(?:(?:call|company|conference call|corporate) participants|participants|executives|analysts):?$/i;
const CALL_LAYOUT = { roster: { heads: (line: string) => line.length <= 80 && ROSTER.test(line.trim()), ends: (label: string) => /^operator$/i.test(label) } };

/** How a hearing lays out what is not speech: its headings end a turn and start a section. */
const HEARING_LAYOUT = { heading: hearingHeading };

/** A broadcast transcript's line of when it aired, over its speech: `Aired December 14, 2005 - 08:00   ET`. */
const AIRED = /^\s{0,20}(?:Aired|Air date:?|Broadcast(?: on)?:|First broadcast:?)\s{1,5}([^\n]{4,40}?)(?:\s{1,10}-\s[^\n]{0,40})?\s*$/i;

/** The date a broadcast transcript's head says it aired, among the lines before its first label. */
function airedDate(lines: Array<{ text: string }>, firstLabel: number): string | null {
  for (let i = 0; i < Math.min(firstLabel, 40); i++) {
    const m = AIRED.exec(lines[i]!.text);
    const date = m ? readDate(m[1]!.trim()) : null;
    if (date) return date;
  }
  return null;
}

/** CHAT's speaker codes as the people `@Participants:` names (`CHI` → Eve, target child), and its `@Date:`. */
function namedByParticipants(out: ReadResult, chat: ChatFile): void {
  for (const turn of out.turns) {
    const who = turn.label === undefined ? undefined : chat.participants.get(turn.label.toUpperCase());
    if (!who) continue;
    if (who.name) turn.label = who.name;
    turn.labelRole = who.role;
  }
  if (chat.date) out.meta.date = chat.date;
}

/**
 * Turns of a plain-text file by its labels, inline or on their own lines (the labelled and news
 * readers differ only in which layout they are surest of), its kind (`kindOf`), and the first line
 * as title when it reads like one.
 */
export function readLabelledTurns(given: ReadInput): ReadResult {
  // CHAT (TalkBank, CHILDES): its headers and dependent tiers blanked out, offsets kept (`chat.ts`).
  const chat = chatFile(given.text, given.from);
  const input = chat ? { ...given, text: chat.text } : given;
  const a = analyse(input);
  const mostlyQA = a.styles.qa > a.labels.length / 2;
  // A court reporter's transcript (numbered lines) is testimony, not an oral history.
  const out = result('transcript', kindOf(mostlyQA && !a.gutter, a.modes));
  const { hearing, call } = a.modes;
  // Lines numbered down the margin are a court reporter's, and so is a Q and A under a `BY MR. …:`
  // heading, whatever share of the labels are Q and A (a trial day is much argument, little testimony).
  const court = (mostlyQA || a.gutter || (a.styles.qa > 0 && namesExaminer(a.lines))) && !hearing;
  out.turns = assembleTurns(a.lines, a.labels, { ...(hearing ? HEARING_LAYOUT : court ? COURT_LAYOUT : call ? CALL_LAYOUT : {}), breaks: a.breaks, play: a.modes.play && !hearing && a.labels.some((l) => l.match.bracketed) });
  // A trial's examinations name who asks and who answers; it is then no oral history.
  if (court && nameExaminations(a.lines, out.turns)) out.kind = 'interview';
  // A page without the heading that names them: still a court reporter's, so its answers are the witness's.
  else if (a.gutter) for (const turn of out.turns) answeredByWitness(turn);
  if (chat) namedByParticipants(out, chat);
  takeHeaderFields(out);
  const aired = out.meta.date === undefined ? airedDate(a.lines, a.labels[0]?.index ?? 0) : null;
  if (aired) out.meta.date = aired;
  // A cover's list of who takes part gives the full names behind later surnames (`WALSH:`).
  const roster = rosterNames(a.lines, a.labels[0]?.index ?? a.lines.length);
  // So does a member's name given with the seat (`Mr. Tony Banks (Newham, North-West)`), though they
  // only rose there: Hansard's later `Mr. Banks` is theirs.
  for (const l of a.labels) if (l.match.style === 'bare' && l.match.role !== undefined) roster.push(l.match.label!);
  if (roster.length > 0) out.roster = [...new Set(roster)];
  const title = (hearing ? gpoTitle(input.text.slice(input.from, input.from + 2000)) : undefined) ?? firstLineTitle(a);
  if (title) out.meta.title = title;
  return out;
}
