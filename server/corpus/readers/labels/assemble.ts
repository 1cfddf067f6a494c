/**
 * Lines and the labels chosen on them → speaker turns. A label starts a turn (the same label again
 * with a new time carries the turn on, as exports that split a long answer into timed blocks do); lines without a
 * label continue it, blank lines keep its paragraphs; a line with only a timestamp (`00:00:05 …`,
 * Rev's `(05:23):`) marks a time inside the turn; a line of markers alone (`(SOUNDBITE OF …)`,
 * `[crosstalk 00:12:07]`) ends it, and unlabelled speech after it belongs to nobody we can name; a
 * heading ends it and starts a section. One pass over the lines.
 */
import { isFirstName } from '../../lexicon/index.ts';
import type { Span } from '../../text.ts';
import { CLOCK, fillEndTimes, parseClock } from '../clock.ts';
import { directionEnd, nextNonBlank } from './directions.ts';
import { removeMarkers, tidy, type MarkerOptions } from '../markers.ts';
import { passageEnds } from '../passages.ts';
import type { CueTime, RawTurn } from '../reader.ts';
import type { LineLabel } from './grammar.ts';
import { LANGUAGE_LINE } from './not-speakers.ts';
import { labelKey, type FoundLabel } from './select.ts';
import { ROSE, SPOKEN_PERSON } from './names-apart.ts';

export interface AssembleOptions {
  /** The title of a heading line (Markdown `#`), or null when the line is not a heading. */
  heading?: (line: string) => string | null;
  /** The plain words of a line of speech (Markdown markup and escapes undone). */
  plain?: (line: string) => string;
  markers?: MarkerOptions;
  /** A line that is no part of the text (a court reporter's page header): passed over, the turn going on. */
  skip?: (line: string) => boolean;
  /**
   * A list of who takes part (an earnings call's `Call participants:`): the line that heads it, and
   * the label that ends it (`Operator`). Its entries are labels with nothing said, and what follows
   * the list unlabelled (a site's footer) is no one's.
   */
  roster?: { heads: (line: string) => boolean; ends: (label: string) => boolean };
  /** Lines that open a turn of someone unknown: labels turned down (`SelectOptions.breaks`), kept as words. */
  breaks?: number[];
  /** A play set as Shaw's (names with their directions in brackets): a paragraph without a name is a direction, no one's words. */
  play?: boolean;
}

interface Piece {
  start: number;
  end: number;
  text: string;
  /** A blank line came before this piece within the turn. */
  paragraph: boolean;
  /** Undefined when the piece carries no time (always present, so every piece has one shape). */
  time: number | undefined;
}

/**
 * A turn being read. Its pieces are joined as they come rather than kept for the end: a turn of
 * forty thousand timed lines then holds one growing text, not forty thousand pieces.
 */
interface Open {
  label: LineLabel | undefined;
  anonymous: boolean;
  section: string | undefined;
  /** How many pieces the turn has had. */
  pieces: number;
  /** The text so far (concatenated as it grows: cheaper than joining its parts at the end). */
  text: string;
  cues: CueTime[];
  /** Offsets of the first and last piece with words (-1 before any). */
  start: number;
  end: number;
}

// Made once: a pattern literal inside a function is a new object each time, one per line here.
const MARKUP_LINE = /^_[a-z_]+:/;
/** A printed page's number on a line of its own (`[[Page H6184]]`, `[Page 12]`), or the Record's clock (`{time}  2015`). */
const PAGE_MARK = /^\s{0,40}(?:\[\[?Page [A-Z]{0,2}\d{1,6}\]\]?|\{time\} {1,4}\d{4})\s*$/;
/** A time alone on its line in brackets (`(00:54):`, `[12:03]`), as podcast sites set one inside a turn. */
// Minutes and seconds in two digits each at least (`(3:16)` alone on a line is a verse of scripture).
const LONE_TIME = /^\s{0,40}[[(]((?:\d{1,2}:)?\d{2}:\d{2}(?:[.,]\d{1,3})?)[\])]:?\s*$/;
/** What such lines open with, tested before the patterns: most lines are speech and open otherwise. */
const ADVERT_FIRST = 'AaSsCc';
const REACTION_FIRST = '[(*_';
/** A page's advertisement slot alone on a line: `Advertisement`, `Story continues below advertisement`. */
const ADVERT_LINE = /^(?:advertisement|skip advertisement|story continues below(?: advertisement)?|continue reading (?:below|the main story)|article continues below(?: advertisement)?)$/i;
const TOOL_SIGNATURE = /^Transcribed by (?:https?:\/\/)?(?:www\.)?(?:otter\.ai|rev\.com|descript\.com|temi\.com|trint\.com|sonix\.ai|happyscribe\.com)\/?\s*$/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const INITIALS = /^\p{Lu}{1,4}$/u;
/** Broadcasters a role's brackets may name instead of a person: `REPORTER (FOX)`. */
const NETWORKS = new Set(['FOX', 'CNN', 'NBC', 'ABC', 'CBS', 'BBC', 'NPR', 'PBS', 'ITV', 'SKY', 'CBC']);
/** A label that names a part in the talk, not a person: the name in brackets after it is who plays it. */
const ROLE_LABEL = /^(?:the )?(?:moderator|host|co-host|anchor|interviewer|presenter|narrator|reporter|correspondent|announcer|panelist|chair|chairman|chairwoman)$/i;

/** Turns of the lines, given the labels `selectLabels` kept. */
export function assembleTurns(lines: Span[], labels: FoundLabel[], options: AssembleOptions = {}): RawTurn[] {
  // Labels by line index: an array, as cheap to fill and read as the lines themselves.
  const byLine: Array<LineLabel | undefined> = new Array<LineLabel | undefined>(lines.length).fill(undefined);
  // Times with no name anywhere (a video site's transcript, `00:48 J'ai 19 ans.` line by line): the
  // sentence is the unit, as in captions naming no one, not one turn of the whole file.
  let named = false;
  for (let i = 0; i < labels.length; i++) {
    byLine[labels[i]!.index] = labels[i]!.match;
    if (labels[i]!.match.label !== undefined) named = true;
  }
  const plain = options.plain ?? ((t: string) => t);
  const turns: RawTurn[] = [];
  let current: Open | null = null;
  let afterMarkers = false;
  let section: string | undefined;
  let headingLine = -2;
  let gap = false;
  let listing = false;
  const breaks = new Uint8Array(lines.length);
  for (const b of options.breaks ?? []) breaks[b] = 1;

  const markers = options.markers;
  const flush = () => {
    if (current) {
      const turn = build(current);
      if (turn) turns.push(turn);
    }
    current = null;
  };
  const open = (label: LineLabel | undefined, anonymous: boolean): Open => ({ label, anonymous, section, pieces: 0, text: '', cues: [], start: -1, end: -1 });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const match = byLine[i];
    if (match && listing) {
      if (match.label === undefined || !options.roster!.ends(match.label)) {
        // An entry of the list: nobody speaks here, and what follows it unlabelled is nobody's.
        flush();
        afterMarkers = true;
        continue;
      }
      listing = false;
    }
    if (match) {
      const speech = line.text.slice(match.textStart);
      // Only timed blocks carry a turn on under the same label; "CLINTON: …" twice is two statements.
      const sameSpeaker = current?.label && match.label !== undefined && match.time !== undefined && labelKey(current.label.label ?? '') === labelKey(match.label);
      if (match.style === 'time' && !named && current !== null && current.pieces > 0 && passageEnds(current.text, current.text.length, true)) {
        flush();
        current = open(undefined, afterMarkers);
      } else if (match.style === 'time' || sameSpeaker) {
        current ??= open(undefined, afterMarkers);
      } else {
        flush();
        current = open(match, false);
        afterMarkers = false;
      }
      if (speech.trim() !== '' || match.time !== undefined) add(current, { start: line.start + match.textStart, end: line.end, text: plain(speech), paragraph: gap || sameSpeaker === true, time: match.time }, markers);
      gap = false;
      continue;
    }
    if (line.text.trim() === '') {
      gap = current !== null && current.pieces > 0;
      continue;
    }
    // A translator's note over a speech (`*English:*`): the speech goes on under it.
    if (options.skip?.(line.text) || (line.text.length < 40 && line.text.includes(':') && LANGUAGE_LINE.test(line.text.trim()))) continue;
    if (breaks[i] === 1 && !listing) {
      // A label turned down: someone unknown speaks from here, not whoever spoke before.
      flush();
      current = open(undefined, true);
      add(current, { start: line.start, end: line.end, text: plain(line.text), paragraph: false, time: undefined }, markers);
      afterMarkers = false;
      gap = false;
      continue;
    }
    if (options.roster?.heads(line.text)) {
      flush();
      listing = true;
      continue;
    }
    const title = options.heading?.(line.text) ?? null;
    if (title !== null) {
      flush();
      // A heading set over two lines is one heading (a Markdown heading is one line, and the next its subheading).
      section = headingLine === i - 1 && section && line.text.trimStart()[0] !== '#' ? `${section} ${title}` : title;
      headingLine = i;
      afterMarkers = false;
      gap = false;
      continue;
    }
    // `_comment: …`, `_lang: en`: markup of the transcript, not speech.
    if (line.text[0] === '_' && MARKUP_LINE.test(line.text)) continue;
    // The printed page's number (`[[Page H6184]]`, the Congressional Record's) falls where it falls,
    // mid-sentence as often as not, and so does the Record's clock: the speech goes on past them.
    if (PAGE_MARK.test(line.text)) continue;
    // A time alone inside a turn (`Speaker 3 (00:31):` … `(00:54):` … `Speaker 2 (01:01):`) times the
    // words after it; it is none of them.
    // Above a label it is the next turn's (and not read as one here, as it was not before).
    const lone = current !== null && line.text.includes(':') && !byLine[nextNonBlank(lines, i)] ? LONE_TIME.exec(line.text) : null;
    if (lone) {
      add(current!, { start: line.start, end: line.end, text: '', paragraph: false, time: parseClock(lone[1]!) ?? undefined }, markers);
      continue;
    }
    // "Transcribed by https://otter.ai": the tool's signature at the end of its export, not speech.
    if (line.text[0] === 'T' && TOOL_SIGNATURE.test(line.text)) continue;
    // A news page's advertisement slot, copied with the text (`Advertisement` between an answer's
    // paragraphs): the page's, no one's words, and the answer goes on past it.
    if (line.text.length < 60 && ADVERT_FIRST.includes(line.text.trimStart()[0] ?? ' ') && ADVERT_LINE.test(line.text.trim())) continue;
    // A direction in brackets set over lines of its own (`[New scene.` / `J. Peterman's office.]`), as
    // fan transcripts write a change of scene: no one's words, and the turn before ends there.
    const closing = line.text.trimStart()[0] === '[' ? directionEnd(lines, i, byLine) : -1;
    if (closing !== -1) {
      flush();
      afterMarkers = true;
      gap = false;
      i = closing;
      continue;
    }
    const text = plain(line.text);
    // A line of markup alone (Markdown's `<laughs>` or `<br>` on a line of its own) is nothing said:
    // the turn goes on past it, as past a blank line. (A comment, `<!--break-->`, divides the page.)
    if (text !== line.text && text.trim() === '' && !line.text.includes('<!--')) continue;
    // The words without markers, worked out once: to tell a line of markers alone, then to join.
    const words = removeMarkers(text, markers);
    // The House's noise alone on a line (`[Interjections.]`, `(APPLAUSE)`): the speaker goes on over it.
    if (current !== null && line.text.length < 40 && REACTION_FIRST.includes(line.text.trimStart()[0] ?? ' ') && REACTION_LINE.test(line.text.trim())) {
      gap = current.pieces > 0;
      continue;
    }
    if (!WORD_CHAR.test(words)) {
      // A direction between a speaker's name and their words (`NORA.` / `_[playing with his coat
      // buttons]_.` / `If you really …`) belongs to the turn that has not begun.
      if (current?.label !== undefined && current.text === '') continue;
      // "(SOUNDBITE OF …)" between turns: what follows unlabelled is someone else, unnamed.
      flush();
      afterMarkers = true;
      gap = false;
      continue;
    }
    // Hansard records a member standing to speak as `rose` under the name: no words of theirs.
    if (current?.label !== undefined && current.text === '' && line.text.length < 12 && ROSE.test(line.text.trim())) continue;
    // In a play set as Shaw's is every speech opens with its name: a paragraph without one is the author's
    // direction (`Freddy rushes in out of the rain …`), no part of the speech before it — unless it
    // speaks as speech does, to or of the speaker (a letter read out, a speech of two paragraphs).
    if (options.play && gap && current?.label !== undefined && !SPOKEN_PERSON.test(text)) {
      flush();
      current = open(undefined, true);
    }
    current ??= open(undefined, afterMarkers);
    add(current, { start: line.start, end: line.end, text, paragraph: gap, time: undefined }, markers, words);
    afterMarkers = false;
    gap = false;
  }
  flush();
  fillEndTimes(turns);
  return turns;
}

/** What the audience does, alone on a line in brackets, whatever the case: `[Interjections.]`, `(LAUGHTER)`. */
const REACTION_LINE = /^[*_]?[[(](?:interjections?|applause|laughter|cheers|cheering|interruptions?|hear,? hear!?)[.!]?[\])][.]?[*_]?$/i;

/** A stage direction in emphasis, `_[…]_`, within a joined turn. */
const SPANNING_DIRECTION = /_\[[^\][\n]{1,600}\]_/g;

/** A timestamp in brackets inside speech (`[04:14]`, Markdown's `\\[04:14\\]` once unescaped): a time, not words. */
const INNER_TIME = new RegExp(String.raw`\[(${CLOCK})\]`, 'g');

/**
 * A piece of speech joined to its turn: split at the bracketed timestamps inside it, each part's
 * words added with markers removed, each timed part's place kept.
 */
function add(open: Open, piece: Piece, markers: MarkerOptions | undefined, words?: string): void {
  open.pieces++;
  // Most speech holds no bracketed timestamp (no colon, or no bracket): one part, the whole piece
  // (its words perhaps known already).
  if (!piece.text.includes(':') || !piece.text.includes('[')) {
    addPart(open, piece, piece.text, piece.time, 0, markers, words);
    return;
  }
  let at = 0;
  let time = piece.time;
  let k = 0;
  INNER_TIME.lastIndex = 0;
  for (let m = INNER_TIME.exec(piece.text); m !== null; m = INNER_TIME.exec(piece.text)) {
    addPart(open, piece, piece.text.slice(at, m.index), time, k++, markers);
    time = parseClock(m[1]!) ?? undefined;
    at = m.index + m[0].length;
  }
  addPart(open, piece, piece.text.slice(at), time, k, markers);
}

/** Part `k` of a piece, with the time before it. */
function addPart(open: Open, piece: Piece, part: string, time: number | undefined, k: number, markers: MarkerOptions | undefined, known?: string): void {
  const words = known ?? removeMarkers(part, markers);
  const joiner = open.text && words ? (piece.paragraph && k === 0 ? '\n\n' : ' ') : '';
  if (time !== undefined && (k > 0 || piece.time !== undefined)) open.cues.push({ at: open.text.length + joiner.length, start: time, end: time });
  if (!words) return;
  if (open.start === -1) open.start = piece.start;
  open.end = piece.end;
  if (joiner) open.text += joiner;
  open.text += words;
}

/** The turn its pieces made, or null when they hold no words. */
function build(open: Open): RawTurn | null {
  const { cues } = open;
  // A play's direction set over two lines (`_[Puts the bag of macaroons into her pocket and wipes her`
  // / `mouth.]_`) was no marker on either line alone; joined, it is one (untimed turns only: cue
  // places would move).
  const text = cues.length === 0 && open.text.includes('_[') ? tidy(open.text.replace(SPANNING_DIRECTION, ' ')) : open.text;
  if (!WORD_CHAR.test(text)) return null;
  const turn: RawTurn = { start: open.start, end: open.end, text };
  const label = open.label;
  if (label?.label !== undefined) {
    // The person behind a call sign is who speaks: `Dawn 1 (Kamanin):` is Kamanin.
    // So is the person behind a role: `MODERATOR (TOM)` is Tom, though `TOM` could be initials elsewhere.
    turn.label = label.alias && (!INITIALS.test(label.alias) || (ROLE_LABEL.test(label.label) && isFirstName(label.alias.toLowerCase()) && !NETWORKS.has(label.alias.toUpperCase()))) ? label.alias : label.label;
    if (label.role) turn.labelRole = label.role;
  }
  if (cues.length > 0) {
    turn.time = { start: cues[0]!.start };
    if (cues.length > 1) {
      for (let k = 0; k + 1 < cues.length; k++) cues[k]!.end = cues[k + 1]!.start;
      // The cues are this turn's own: clamped in place rather than copied.
      for (let k = 0; k < cues.length; k++) cues[k]!.at = Math.min(cues[k]!.at, text.length);
      turn.cues = cues;
    }
  }
  if (open.anonymous) turn.anonymous = true;
  if (open.section) turn.section = open.section;
  return turn;
}
