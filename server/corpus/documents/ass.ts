/**
 * Advanced SubStation Alpha (`.ass`) and SubStation Alpha (`.ssa`) subtitles, as Aegisub, fansub
 * groups and ffmpeg write them, read with `ass-compiler` and written out as WebVTT for the subtitle
 * reader. A Dialogue line's Name (Aegisub's "Actor") is who speaks, where the file fills it in; its
 * override tags (`{\i1}`, `{\pos(…)}`) are styling; `\N` breaks a line. Comment lines are notes.
 * What no one says is kept out of speech the way captions mark it: a song's karaoke-timed lines and
 * lines in a song style are set between `♪`, a typesetter's signs (a sign style, or a sign in the
 * Name field) between square brackets.
 */
import { parse, type ParsedASS } from 'ass-compiler';
import { ParseError } from '../errors.ts';
import { lineNumbers } from '../text.ts';
import { writeWebVtt, type CaptionCue } from './webvtt-writer.ts';

type AssEvent = ParsedASS['events']['dialogue'][number];

/**
 * Styles of what is on screen or sung rather than said: signs and typesetting, titles, notes,
 * openings and endings, songs, karaoke — as a style's name opens (`Signs_EpTitle`, `OP1`, `Songs_ED`).
 */
const NOT_SPOKEN_STYLE = /^(?:[Ss]igns?|SIGNS?|TS|[Tt]ypeset(?:ting)?|[Tt]ext|[Ss]creen ?[Tt]ext|[Oo]n-?[Ss]creen|[Tt]itles?|[Tt][ií]tulo|[Ee]p(?:isode)? ?[Tt]itle|EPTITLE|[Nn]otes?|NOTES?|[Nn]ota|NOTA|TL ?[Nn]ote|[Ee]yecatch|[Pp]review|[Nn]ext ?[Ee]p(?:isode)?|[Tt]railer|[Cc]redits?|[Ll]ogo|OP\d*|ED\d*|[Oo]pening|[Ee]nding|[Ii]nsert ?[Ss]ong|[Ss]ongs?|SONGS?|[Ll]yrics?|LYRICS?|[Kk]araoke|KARAOKE|[Kk]ara|KARA|[Rr]omaji|[Kk]fx|KFX|[Kk]anji)(?:[\s_\-\d].*)?$/;
/** Of these, what is sung. */
const SUNG_STYLE = /^(?:OP\d*|ED\d*|[Oo]pening|[Ee]nding|[Ii]nsert ?[Ss]ong|[Ss]ongs?|SONGS?|[Ll]yrics?|LYRICS?|[Kk]araoke|KARAOKE|[Kk]ara|KARA|[Rr]omaji|[Kk]fx|KFX|[Kk]anji)(?:[\s_\-\d].*)?$/;
/**
 * Name fields that are a typesetter's or a karaoke template's, not a speaker: the whole field, so that
 * Ed, Kara or Staff Sergeant Miller still speak (`OP LYRICS`, `SIGN`, `TEXT`, `ED1`, `rom` do not).
 */
const NOT_SPOKEN_NAME = /^(?:signs?|ts|typeset(?:ting)?|text|screen ?text|on-?screen|titles?|titulo|título|episode ?title|eptitle|notes?|nota|tl ?note|translator'?s? note|eyecatch|next ?episode|trailer|credits|logo|op\d*|ed\d+|(?:op|ed)\d* ?(?:lyrics|romaji|english|eng|kanji|rom)|lyrics|songs?|karaoke|romaji|kanji|kfx|fx|rom|eng(?: overlap)?|rom overlap)$/i;
const SUNG_NAME = /^(?:op\d*|ed\d+|(?:op|ed)\d* ?(?:lyrics|romaji|english|eng|kanji|rom)|lyrics|songs?|karaoke|romaji|kanji|kfx)$/i;
/** Karaoke timing tags (`{\k20}`, `\kf`, `\ko`, `\K`): the line is sung. */
const KARAOKE_TAGS = ['k', 'K', 'kf', 'ko'];

/** The event's words as lines: tags gone, drawings left out, `\N`/`\n` line breaks, `\h` a space. */
function linesOf(event: AssEvent): { lines: string[]; karaoke: boolean } {
  let text = '';
  let karaoke = false;
  for (const part of event.Text?.parsed ?? []) {
    for (const tag of part.tags) if (KARAOKE_TAGS.some((k) => k in tag)) karaoke = true;
    // A part in drawing mode (`{\p1}m 0 0 l 100 0`) is a shape's outline, not words.
    if (part.drawing.length > 0) continue;
    text += part.text;
  }
  return { lines: text.replace(/\\h/g, ' ').split(/\\[Nn]|\r?\n/), karaoke };
}

/** The line number of the `k`th Dialogue line in `text` (for an error), or undefined. */
function dialogueLine(text: string, k: number): number | undefined {
  let seen = 0;
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    if (text.startsWith('Dialogue:', i) && seen++ === k) return lineNumbers(text, [i])[0];
  }
  return undefined;
}

/**
 * The WebVTT of an ASS or SSA file. Throws `ParseError` for a file with no `[Events]` of dialogue,
 * naming a Dialogue line whose times cannot be read.
 */
export function assToWebVtt(text: string, file: string): string {
  let parsed: ParsedASS;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new ParseError(file, undefined, `this SubStation Alpha file could not be read (${(error as Error).message})`);
  }
  const events = parsed.events?.dialogue ?? [];
  if (events.length === 0) throw new ParseError(file, undefined, 'no "Dialogue:" lines under [Events]: this SubStation Alpha file has no captions to read');
  const cues: Array<CaptionCue & { order: number }> = [];
  if (!parsed.events.format?.length) throw new ParseError(file, undefined, 'no "Format:" line under [Events]: the Dialogue lines\' fields cannot be told apart');
  events.forEach((event, k) => {
    if (!Number.isFinite(event.Start) || !Number.isFinite(event.End)) {
      throw new ParseError(file, dialogueLine(text, k), 'a Dialogue line\'s start or end time could not be read (times are written h:mm:ss.cc)');
    }
    if (!event.Text) throw new ParseError(file, dialogueLine(text, k), 'this Dialogue line has no text: its Format line names no Text field, or the line has fewer fields than the Format line names');
    const { lines, karaoke } = linesOf(event);
    const style = event.Style?.trim() ?? '';
    const name = event.Name?.trim() ?? '';
    const sung = karaoke || SUNG_STYLE.test(style) || SUNG_NAME.test(name);
    const shown = !sung && (NOT_SPOKEN_STYLE.test(style) || NOT_SPOKEN_NAME.test(name));
    const marked = sung ? lines.map((l) => (l.trim() ? `♪ ${l.trim()} ♪` : l)) : shown ? lines.map((l) => (l.trim() ? `[${l.trim()}]` : l)) : lines;
    const voice = sung || shown || name === '' ? undefined : name;
    cues.push({ start: event.Start, end: event.End, lines: marked, ...(voice ? { voice } : {}), order: k });
  });
  // Typesetting is often written after the dialogue it belongs with: the captions are read in time order.
  cues.sort((a, b) => a.start - b.start || a.order - b.order);
  return writeWebVtt(cues);
}
