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

/** How far a typed script indents its action and its cues. */
interface Margins {
  action: number;
  cue: number;
  /** Where speech stands. */
  speech: number;
  /** Names a line where speech stands may still be a cue of: set where cues stand elsewhere, or opening two blocks or more (lower case). */
  names: Set<string>;
}

/** A cue of a title and a name: `DR. PAVEL`, `MRS. SOLATANO`. */
const TITLED_CUE = /^(?:DR|MR|MRS|MS|MISS|PROF|SGT|CAPT|COL|GEN|LT|DET|REV)\.? [A-Z][A-Z'’\-]{1,30}(?: [A-Z][A-Z'’\-]{1,30})?$/;

/** Count one more `key` in `tally`. */
function add(tally: Map<number, number>, key: number): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** The most frequent key of a tally. */
function mostFrequent(tally: Map<number, number>): number {
  return [...tally.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/**
 * How far a typed script (IMSDb's text, a PDF's) indents its action and its cues, when it indents its
 * cues: speech stands further in than action, so capitals above lines at the action's margin are a
 * title card or a heading (`MACHINEGUN PREACHER` over "… AND THEN THE ECHOED VOICES …"), not a cue.
 * Undefined for Fountain and other unindented scripts.
 */
function margins(input: ReadInput, body: number): Margins | undefined {
  const action = new Map<number, number>();
  const cue = new Map<number, number>();
  const speech = new Map<number, number>();
  /** Each name opening a block: how often, and the furthest in it stood. */
  const opening = new Map<string, { count: number; indent: number }>();
  let indentedCues = 0;
  let cues = 0;
  eachBlock(input, body, (b) => {
    const first = b[0]!.text;
    if (SCENE.test(first) || isTransition(first)) return;
    const opens = characterName(first);
    if (opens) {
      const seen = opening.get(opens.toLowerCase()) ?? { count: 0, indent: 0 };
      opening.set(opens.toLowerCase(), { count: seen.count + 1, indent: Math.max(seen.indent, indentOf(first)) });
    }
    const name = b.length > 1 ? opens : null;
    if (name) {
      cues++;
      add(speech, indentOf(b[1]!.text));
      const indent = indentOf(first);
      if (indent >= 10) indentedCues++;
      add(cue, indent);
    } else if (SMALL_LETTER.test(first) || (!PARENTHETICAL.test(first) && wordsUpTo(first, 3) >= 3)) {
      // Action, or speech a blank line set apart from its cue (told apart below by where each stands);
      // some conversions set their action in capitals (`DOLORES REACTS AS PAT GRABS THE WHEEL.`).
      add(action, indentOf(first));
    }
  });
  if (cues < 3 || indentedCues < cues / 2 || action.size === 0) return undefined;
  // Where cues stand: the most frequent place well in from the speech's (a conversion that drifts some cues to where speech stands must not move it there).
  const speechIndent = mostFrequent(speech);
  const inward = new Map([...cue].filter(([indent]) => indent > speechIndent + 4));
  const cueIndent = mostFrequent(inward.size > 0 ? inward : cue);
  const names = new Set<string>();
  for (const [name, { count, indent }] of opening) if (indent >= cueIndent - 4 || count >= 2) names.add(name);
  // Where action stands: short of the speech (a conversion's speech broken off its cue by a blank line is no action).
  const outward = new Map([...action].filter(([indent]) => indent < speechIndent));
  return { action: mostFrequent(outward.size > 0 ? outward : action), cue: cueIndent, speech: speechIndent, names };
}

/**
 * A cue a conversion set where speech stands: titled (`DR. PAVEL`), a name the script uses as a cue
 * elsewhere or again (`PAT SR.`), or short as names are (`HOODED MAN`); a shouted line runs longer
 * (`FIRST ONE TO TALK GETS TO STAY ON`).
 */
function driftedCue(line: string, name: string, m: Margins): boolean {
  return TITLED_CUE.test(line.trim()) || m.names.has(name.toLowerCase()) || wordsUpTo(line, 4) <= 3;
}

/** A line of a typed script set where speech stands: past the action's margin, well short of the cues'. */
function atSpeech(line: string, m: Margins): boolean {
  const indent = indentOf(line);
  // Near the speech's own indent: a centred cue (`SECOND POLICEMAN` a few places short of the others) or a title page's line is not there.
  return indent > m.action && indent <= m.speech + 2 && indent < m.cue - 4;
}

/**
 * Dialogue blocks: a cue line, then speech and parentheticals (indented past the action, in a typed
 * script, where a line back at the action's margin ends the speech: `Dr. Pavel nods, nervous.`).
 * `rest` is what follows the speech in the block: action.
 */
function dialogue(block: Span[], m?: Margins): { name: string; speech: Span[]; rest: Span[] } | null {
  // A block of one line (most action) is no dialogue: decided before copying its lines.
  if (block.length < 2) return null;
  const [first, ...lines] = block;
  if (!first || SCENE.test(first.text) || isTransition(first.text)) return null;
  if (m !== undefined && indentOf(lines[0]!.text) <= m.action) return null;
  const name = characterName(first.text);
  if (!name) return null;
  // Capitals where speech stands are shouted words (`FIRST ONE TO TALK GETS TO STAY ON`), unless a cue
  // drifted there (`PAT SR.`, recurring; `DR. PAVEL`, titled).
  if (m !== undefined && atSpeech(first.text, m) && !driftedCue(first.text, name, m)) return null;
  const { speech, rest } = speechOf(lines, m);
  return speech.length > 0 ? { name, speech, rest } : null;
}

/** The spoken lines of `lines` (parentheticals and page numbers left out), up to a line back at the action's margin. */
function speechOf(lines: Span[], m?: Margins): { speech: Span[]; rest: Span[] } {
  const speech: Span[] = [];
  let inParenthetical = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (m !== undefined && indentOf(l.text) <= m.action && !PAGE_NUMBER.test(l.text)) return { speech, rest: lines.slice(i) };
    if (inParenthetical) inParenthetical = !l.text.includes(')');
    else if (OPENS_PARENTHETICAL.test(l.text)) inParenthetical = true;
    else if (!PARENTHETICAL.test(l.text) && !PAGE_NUMBER.test(l.text)) speech.push(l);
  }
  return { speech, rest: [] };
}

/**
 * The words of speech lines: markup, notes and centring marks out, and in a typed script the
 * directions set inside a speech (`prize. (Smiles.) They work for`).
 */
function spokenText(speech: Span[], typed: boolean): string {
  const text = speech.map((l) => plainInline(l.text.trim().replace(CENTRED, '').replace(NOTE, ''))).join(' ');
  return removeMarkers(typed ? text.replace(DIRECTION, ' ') : text);
}
/** A direction a typed script sets inside speech: `(Smiles.)`, `(Cocks weapon.)`, `(to Dolores)`, `(beat)` — not `(the one in Maine)`. */
const DIRECTION = /\((?:[A-Z][a-z]{1,20}(?: [^()\n]{0,60})?\.|to [A-Za-z][^()\n]{0,40}|beat|pause|then)\)/g;

/** A title page's credit line: `Written by`, `by Ann Writer`, `Story by`. */
const CREDIT = /^(?:(?:written|story|screenplay|teleplay) )?by\b/i;
/** Where a centred line starts on a typed page: further in than action (10) and most speech. */
const CENTRED_INDENT = 15;
/** A line of a typed title page that is the title: centred, a few words, no sentence, no credit. */
function typedTitle(line: string): boolean {
  const text = line.trim();
  let indent = 0;
  while (line[indent] === ' ') indent++;
  return indent >= CENTRED_INDENT && /\p{L}/u.test(text) && text.split(/\s+/).length <= 10 && !/[.?!,;:]$/.test(text) && !CREDIT.test(text) && !SCENE.test(text) && !isTransition(text);
}

/** The file is set out as a typed script: see `sniff`. `cues` is how many blocks open with a name over lines. */
function typedScript(input: ReadInput, cues: number): boolean {
  const body = titlePage(input.text, input.from).body;
  const m = margins(input, body);
  if (m === undefined || m.speech < m.action + MIN_STEP || m.cue < m.speech + MIN_STEP) return false;
  let spoken = 0;
  eachBlock(input, body, (b) => {
    if (dialogue(b, m)) spoken++;
  });
  return spoken >= 3 && spoken >= cues * 0.8;
}
/** Columns between a typed script's margins: action, speech and cues stand at least this far apart. */
const MIN_STEP = 4;

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
    if (scenes > 0) return 0.9;
    if (directions === 0) return 0;
    // A script without scene headings (`FADE IN:`, then `In a coffee shop`) set out as typed scripts
    // and their PDFs are — cues further in than speech and speech than action, and nearly every cue
    // over speech so set — is a screenplay still. Names centred over speech at the margin (an oral
    // history, a play's manuscript) are not: there no speech stands further in than action.
    return typedScript(input, cues) ? 0.92 : 0.6;
  },
  read(input): ReadResult {
    const out = result('transcript', 'film');
    const page = titlePage(input.text, input.from);
    if (page.title) out.meta.title = page.title;
    let section: string | undefined;
    const action: string[] = [];
    const m = margins(input, page.body);
    /** In a typed script, a cue alone in its block (its line and its name), waiting for the speech a blank line puts below it. */
    let pending: { line: string; name: string } | null = null;
    /** The script has begun (a scene, a transition, a speech): a title page above it has lines set as cues are. */
    let started = false;
    /** The turn a typed script's speech may carry on after a blank line (a PDF's page of dialogue). */
    let last: RawTurn | null = null;
    const speak = (name: string, speech: Span[]) => {
      const text = spokenText(speech, m !== undefined);
      if (!WORD_CHAR.test(text)) return null;
      const turn: RawTurn = { start: speech[0]!.start, end: speech.at(-1)!.end, text, label: name };
      if (section) turn.section = section;
      out.turns.push(turn);
      return turn;
    };
    const toAction = (lines: Span[]) => {
      if (lines.length) action.push(lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join(' '));
    };
    let opening = true;
    eachBlock(input, page.body, (b) => {
      const first = b[0]!.text;
      // A typed script's title page opens with its title, centred (`THE DARK KNIGHT RISES`, `The Great Trade`).
      if (opening && m !== undefined) {
        opening = false;
        // A block of centred lines only (`THE LONG NIGHT` over `by Ann Writer`) is the title page's, not a cue over speech.
        const centred = b.every((l) => indentOf(l.text) > m.speech + MIN_STEP) || (b.length > 1 && CREDIT.test(b[1]!.text.trim()));
        // Nor is a line before a cue over its speech (`DOLORES` opening an excerpt). Quotation marks around it are not the title's.
        if (typedTitle(first) && (centred || !dialogue(b, m))) out.meta.title ??= first.trim().replace(/^["“](.+)["”]$/, '$1');
        if (centred && b.length > 1 && typedTitle(first)) return;
      }
      opening = false;
      if (SCENE.test(first)) {
        section = first.trim().replace(FORCED_SCENE, '');
        pending = last = null;
        started = true;
        return;
      }
      if (isTransition(first)) started = true;
      const heading = headingTitle(first);
      if (heading) section = heading;
      if (m !== undefined && started) {
        // A PDF's conversion sets blank lines inside a speech: a cue alone, then its lines. Some
        // conversions set a cue where speech stands (`DR. PAVEL` over `(SHAKEN)`): there a name is a cue
        // only as `driftedCue` allows; else it is shouted speech (`SO...WHO PAID YOU TO GRAB DR.`).
        const named = characterName(first);
        if (b.length === 1 && named && !isTransition(first) && (indentOf(first) >= m.cue - 4 || driftedCue(first, named, m))) {
          if (pending !== null) action.push(pending.line);
          pending = { line: first, name: named };
          last = null;
          return;
        }
        const opensDialogue = b.length > 1 && named !== null && atSpeech(first, m) && driftedCue(first, named, m);
        if ((pending !== null || last !== null) && !opensDialogue && (atSpeech(first, m) || PARENTHETICAL.test(first) || OPENS_PARENTHETICAL.test(first))) {
          const { speech, rest } = speechOf(b, m);
          if (speech.length > 0) {
            if (pending !== null) last = speak(pending.name, speech);
            else if (last) {
              const more = spokenText(speech, true);
              if (WORD_CHAR.test(more)) {
                last.text = `${last.text} ${more}`;
                last.end = speech.at(-1)!.end;
              }
            }
            pending = null;
          }
          toAction(rest);
          if (rest.length) last = null;
          return;
        }
      }
      if (pending !== null) {
        action.push(pending.line);
        pending = null;
      }
      const d = dialogue(b, m);
      if (!d) {
        last = null;
        toAction(b);
        return;
      }
      started = true;
      last = speak(d.name, d.speech);
      toAction(d.rest);
      if (d.rest.length) last = null;
    });
    out.names = introducedNames(action, new Set(out.turns.map((t) => t.label!.toLowerCase())));
    return out;
  },
};

const SMALL_LETTER = /\p{Ll}/u;
/** How many words `line` holds, counted up to `most` (a walk along it: a pattern for "three words" backtracked over a long one). */
function wordsUpTo(line: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words < most; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
/** Words of a run of capitals that make it something other than a name: "NINETEEN IN CONSTANT FIRE MODE", "SHOT OF COP". */
const NOT_NAME_WORDS = new Set('AND OR OF IN ON AT TO THE A AN WITH FROM FOR BY INTO SHOT ANGLE VIEW CLOSE POV INSERT AKA'.split(' '));

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
