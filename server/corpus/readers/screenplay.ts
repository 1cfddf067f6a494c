/**
 * Screenplays, in Fountain or as plain text: a character cue (`FELIX`, `2ND GUARD`, `CLARA'S VOICE`
 * for Clara, `DUARTE (To Felix)`, `EDWARD (V.O.)(CONT'D)`, `@McCLANE`) above its dialogue. The
 * dialogue is the speech; parentheticals, action, scene headings and transitions stay in the source
 * text and are attributed to no one. A Fountain title page gives the title.
 */
import { headingTitle, plainInline } from './markdown-inline.ts';
import { result, type Reader, type RawTurn, type ReadInput, type ReadResult } from './reader.ts';
import { eachLine, type Span } from '../text.ts';
import { removeMarkers } from './markers.ts';
import { titleCaseName } from '../names/casing.ts';

const SCENE = /^\s*(?:\.(?!\.)\S|(?:INT|EXT|EST|INT\.?\/EXT|EXT\.?\/INT|I\/E)[.\s])/i;
const TRANSITION = /^(?:[\p{Lu}\s]+TO:\s*$|(?:FADE (?:OUT|IN|TO BLACK)|CUT TO BLACK|THE END|END CREDITS|BLACKOUT)\.?:?\s*$)/u;
/** Words a cue line may hold that make it direction, not a character (`BLACK.` alone, not `WHITE HOUSE #1`). */
const NOT_CHARACTERS = /^(?:CONTINUED|CONT'D|MORE|FADE|CUT|DISSOLVE|SMASH|MATCH|THE END|INTERCUT|MONTAGE|SERIES OF SHOTS|BACK TO|LATER|CLOSE ON|ANGLE ON|INSERT|SUPER|TITLE|POV|FLASHBACK|END FLASHBACK|BEGIN|END|CREDITS|OMITTED|SCENE|ACT|TEASER|TAG|COLD OPEN|FREEZE FRAME|TIME CUT|JUMP CUT|SPLIT SCREEN)\b|^(?:SILENCE|BLACK|WHITE)\.?$/;
const EXTENSIONS = /\s*\((?:[^()\n]{0,40})\)/g;
/** A cue: capitals (with the small letters of McCLANE), an optional extension, nothing else. */
const CUE = /^\s*(@)?([\p{Lu}\d](?:[\p{Lu}\d .'’\-#&]|(?<=\bMa?c)\p{Ll}){0,40}?)\s*((?:\([^()\n]{0,40}\)\s*){0,3})\^?\s*$/u;
/** A Fountain note, `[[…]]`: the writer's, not the character's. */
const NOTE = /\[\[[^\]\n]{0,500}\]\]/g;
const TITLE_KEY = /^(Title|Credit|Author|Authors|Source|Draft date|Contact|Notes|Copyright|Revision|Format|Date)\s*:/i;

/**
 * Characters of a cue or transition line looked at: a cue is a name and up to three short extensions,
 * a transition a few words. A longer line is neither, and is not tried: the patterns' runs of spaces
 * backtrack over each other (a line of spaces between two letters once took 51 s at 40 kB).
 */
const CUE_MAX = 200;

/** A transition: `CUT TO:`, `FADE OUT.`, Fountain's forced `> …` (not centred text, `> … <`). */
function isTransition(line: string): boolean {
  const t = line.trim();
  if (t[0] === '>') return !t.endsWith('<');
  return t.length <= CUE_MAX && TRANSITION.test(t);
}

/** The character a cue names: extensions and "'S VOICE" removed, `@` forced cues kept as written. */
export function characterName(cue: string): string | null {
  const line = cue.trim();
  if (line.length > CUE_MAX) return null;
  const m = CUE.exec(line);
  if (!m) return null;
  let name = m[2]!.replace(EXTENSIONS, '').trim();
  if (!m[1]) {
    if (!/\p{Lu}/u.test(name) || NOT_CHARACTERS.test(name) || /\bTO:?$/.test(name)) return null;
    // `CLARA'S VOICE` and `BURNS' VOICE` are Clara and Burns; `REPORTERS AD LIB` is the reporters.
    name = name
      .replace(/['’]S? (?:VOICE|VOICE OVER|THOUGHTS)$/, '')
      .replace(/^VOICE OF /, '')
      .replace(/ \(?V\.?O\.?\)?$/, '')
      .replace(/ AD[ -]LIBS?$/, '');
  }
  return name.length > 0 && name.length <= 40 ? name : null;
}

/** A Fountain title page's title and author, and where the text after it starts. */
function titlePage(text: string, from: number): { title?: string; author?: string; body: number } {
  let title: string | undefined;
  let author: string | undefined;
  // Past the end: a title page with no blank line after it is the whole file.
  let body = text.length + 1;
  let key = '';
  let first = true;
  // `Key: value` lines (values may continue indented) up to the first blank line.
  eachLine(text, from, text.length, (start, _end, line) => {
    if (first) {
      first = false;
      if (!TITLE_KEY.test(line)) {
        body = from;
        return false;
      }
    }
    if (line.trim() === '') {
      body = start;
      return false;
    }
    // The value is the rest of the line (`s`: a stray carriage return in it made `\s*(.*)$` backtrack).
    const kv = /^([A-Za-z ]+):(.*)$/s.exec(line);
    if (kv && !/^\s/.test(line)) key = kv[1]!.toLowerCase();
    const value = plainInline(kv && !/^\s/.test(line) ? kv[2]!.trimStart() : line.trim()).trim();
    if (!value) return true;
    if (key === 'title') title = title ? `${title} ${value}` : value;
    if (key === 'author' || key === 'authors') author ??= value;
    return true;
  });
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), body };
}

/**
 * Each block of non-blank lines from `body` on, the boneyard left out, handed to `visit` as it ends:
 * a block is looked at and let go, so a file of fifty thousand one-line blocks keeps none of them.
 */
function eachBlock(input: ReadInput, body: number, visit: (block: Span[]) => void): void {
  let current: Span[] = [];
  let boneyard = false;
  // Line by line without a Span for every line: most of a file of short blocks is blank lines.
  eachLine(input.text, body, input.text.length, (start, end, line) => {
    // Fountain's boneyard (`/* … */`) is text the writer cut: skipped whole lines at a time.
    if (boneyard) {
      if (line.includes('*/')) boneyard = false;
    } else if (line.includes('/*')) {
      boneyard = !line.includes('*/', line.indexOf('/*'));
    } else if (line.trim() === '') {
      // A new array only when a block ended: a run of blank lines needs none.
      if (current.length) {
        visit(current);
        current = [];
      }
    } else current.push({ start, end, text: line });
  });
  if (current.length) visit(current);
}

// Made once: a pattern literal inside a function is a new object each time, one per block here.
const PARENTHETICAL = /^\s*\(.*\)\s*$/;
/** A parenthetical that goes on to the next line: `(looks up; then a` … `glowing smile)`. */
const OPENS_PARENTHETICAL = /^\s*\([^)]*$/;
/** A page number a PDF conversion left between the lines of a speech. */
const PAGE_NUMBER = /^\s*\d{1,4}\.?\s*$/;
const FORCED_SCENE = /^\./;
const CENTRED = /^~/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How far a line is indented. */
function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * How far a typed script (IMSDb's text, a PDF's) indents its action, when it indents its cues: speech
 * stands further in than action, so capitals above lines at the action's margin are a title card or a
 * heading (`MACHINEGUN PREACHER` over "… AND THEN THE ECHOED VOICES …"), not a cue. Undefined for
 * Fountain and other unindented scripts.
 */
function actionIndent(input: ReadInput, body: number): number | undefined {
  const action = new Map<number, number>();
  let indentedCues = 0;
  let cues = 0;
  eachBlock(input, body, (b) => {
    const first = b[0]!.text;
    if (SCENE.test(first) || isTransition(first)) return;
    if (b.length > 1 && characterName(first)) {
      cues++;
      if (indentOf(first) >= 10) indentedCues++;
    } else if (SMALL_LETTER.test(first)) {
      const indent = indentOf(first);
      action.set(indent, (action.get(indent) ?? 0) + 1);
    }
  });
  if (cues < 3 || indentedCues < cues / 2 || action.size === 0) return undefined;
  return [...action.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Dialogue blocks: a cue line, then speech and parentheticals (indented past the action, in a typed script). */
function dialogue(block: Span[], action?: number): { name: string; speech: Span[] } | null {
  // A block of one line (most action) is no dialogue: decided before copying its lines.
  if (block.length < 2) return null;
  const [first, ...rest] = block;
  if (!first || SCENE.test(first.text) || isTransition(first.text)) return null;
  if (action !== undefined && indentOf(rest[0]!.text) <= action) return null;
  const name = characterName(first.text);
  if (!name) return null;
  const speech: Span[] = [];
  let inParenthetical = false;
  for (const l of rest) {
    if (inParenthetical) inParenthetical = !l.text.includes(')');
    else if (OPENS_PARENTHETICAL.test(l.text)) inParenthetical = true;
    else if (!PARENTHETICAL.test(l.text) && !PAGE_NUMBER.test(l.text)) speech.push(l);
  }
  return speech.length > 0 ? { name, speech } : null;
}

export const screenplay: Reader = {
  name: 'screenplay',
  sniff(input) {
    if (input.ext === '.fountain' || input.ext === '.spmd') return 0.97;
    let scenes = 0;
    let cues = 0;
    let directions = 0;
    eachBlock(input, titlePage(input.text, input.from).body, (b) => {
      const first = b[0]!.text;
      if (SCENE.test(first)) scenes++;
      else if (isTransition(first)) directions++;
      else if (dialogue(b)) {
        cues++;
        if (b.some((l) => PARENTHETICAL.test(l.text))) directions++;
      }
    });
    if (cues < 3) return 0;
    return scenes > 0 ? 0.9 : directions > 0 ? 0.6 : 0;
  },
  read(input): ReadResult {
    const out = result('transcript', 'film');
    const page = titlePage(input.text, input.from);
    if (page.title) out.meta.title = page.title;
    let section: string | undefined;
    const action: string[] = [];
    const margin = actionIndent(input, page.body);
    eachBlock(input, page.body, (b) => {
      const first = b[0]!.text;
      if (SCENE.test(first)) {
        section = first.trim().replace(FORCED_SCENE, '');
        return;
      }
      const heading = headingTitle(first);
      if (heading) section = heading;
      const d = dialogue(b, margin);
      if (!d) {
        action.push(b.length === 1 ? first : b.map((l) => l.text).join(' '));
        return;
      }
      const text = removeMarkers(d.speech.map((l) => plainInline(l.text.trim().replace(CENTRED, '').replace(NOTE, ''))).join(' '));
      if (!WORD_CHAR.test(text)) return;
      const turn: RawTurn = { start: d.speech[0]!.start, end: d.speech.at(-1)!.end, text, label: d.name };
      if (section) turn.section = section;
      out.turns.push(turn);
    });
    out.names = introducedNames(action, new Set(out.turns.map((t) => t.label!.toLowerCase())));
    return out;
  },
};

const SMALL_LETTER = /\p{Ll}/u;
/** Words of a run of capitals that make it something other than a name: "NINETEEN IN CONSTANT FIRE MODE", "SHOT OF COP". */
const NOT_NAME_WORDS = new Set('AND OR OF IN ON AT TO THE A AN WITH FROM FOR BY INTO SHOT ANGLE VIEW CLOSE POV INSERT'.split(' '));

/** A character's full name where the action introduces them in capitals: "his father EDWARD BLOOM, 40's". */
function introducedNames(action: string[], cues: Set<string>): string[] {
  const found = new Set<string>();
  // Words of at most 40 characters, tried from their start only (not after the apostrophe of
  // O'BRIEN): unbounded and from anywhere, a run of `'AA'AA…` was rescanned from each of its words.
  const run = /\b(?<!\p{Lu}['’\-])(\p{Lu}[\p{Lu}'’\-]{1,39}(?: \p{Lu}[\p{Lu}'’\-]{1,39}){1,2})\b/gu;
  for (const text of action) {
    // A line all in capitals is a heading (`CLOSE SHOT BURNS`, `CLOSE SHOT - HILDY AND COOLEY`), not
    // a sentence that introduces someone.
    if (!SMALL_LETTER.test(text)) continue;
    run.lastIndex = 0;
    for (let m = run.exec(text); m !== null; m = run.exec(text)) {
      const words = m[1]!.split(' ');
      if (words.some((w) => NOT_NAME_WORDS.has(w))) continue;
      if (cues.has(words[0]!.toLowerCase()) || cues.has(words.at(-1)!.toLowerCase())) found.add(titleCaseName(m[1]!));
    }
  }
  return [...found];
}
