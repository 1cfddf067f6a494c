/**
 * TEI XML, as drama corpora (DraCor, the TEI's own plays) and corpora of speech (ParlaMint's
 * parliaments, spoken-language transcripts) encode who speaks: `<sp who="#staleno">` holding a
 * `<speaker>` and the speech's `<p>` or `<l>`, and `<u who="#NatalieEvans">` holding `<seg>`s. The
 * speaker is the person the header's `<person xml:id>` or the cast's `<role xml:id>` names, else the
 * printed `<speaker>` (or ParlaMint's `<note type="speaker">` before the speech), else the `who`
 * reference itself (`#NatalieEvans` as `Natalie Evans`, `#A` as `Speaker A`); several at once
 * (`who="#a #b"`) is no one. Stage directions, notes and transcribers' marks (`<stage>`, `<note>`,
 * `<kinesic>`, `<vocal>`, `<incident>`, `<gap>`) are nobody's words. The title is the header's main
 * title, the date the source's or setting's first; a `<head>` opens a section. A document with no
 * speech is refused. Read in one pass of htmlparser2's tokenizer (no tree: a file of unclosed tags
 * costs no more than a well-formed one).
 */
import { Tokenizer } from 'htmlparser2';
import { ParseError } from '../errors.ts';
import { readDate } from '../metadata/dates.ts';
import { result, type RawTurn, type Reader, type ReadResult } from './reader.ts';

/** Elements whose text is nobody's speech, wherever they stand. */
const NOT_SPEECH = new Set(['stage', 'note', 'kinesic', 'vocal', 'incident', 'gap', 'pause', 'desc', 'del', 'fw', 'speaker', 'head', 'teiheader', 'castlist', 'front', 'back']);
/** Elements a speech's paragraphs are set in: each ends one. */
const PARAGRAPHS = new Set(['p', 'ab', 'seg', 'lg']);
/** A paragraph's end in the words collected, until they are tidied. */
const PARAGRAPH_END = '\u2029';

/** A `who` reference as a name when nothing names it: `#NatalieEvans` → `Natalie Evans`, `#staleno` → `Staleno`. */
export function nameOfReference(id: string): string {
  const bare = id.replace(/^#/, '').replace(/[_.]+/g, ' ');
  // `#A`, `#B`, `#S1`: a transcript's speakers by letter, no one's name (nor the Q and A of an interview).
  if (/^\p{L}\d{0,2}$/u.test(bare)) return `Speaker ${bare.toUpperCase()}`;
  const spaced = bare.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ').trim();
  return spaced.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
}

/** A printed speaker's name without its closing full stop or colon: `STALENO.` → `STALENO`. */
function printedName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.:,;]+$/, '');
}

interface Open {
  who: string;
  printed: string;
  text: string;
  start: number;
  end: number;
  section: string | undefined;
}

/** The turns, names and title of a TEI document. */
function readTei(xml: string, file: string): ReadResult {
  const names = new Map<string, string>();
  const turns: Array<Open> = [];
  const stack: string[] = [];
  let skipping = 0;
  let title = '';
  let mainTitle = false;
  let section: string | undefined;
  let current: Open | null = null;
  // Where the text being collected goes: a speech, a name in the header, a title, a heading.
  let collecting: { kind: 'speech' | 'printed' | 'name' | 'title' | 'head'; id?: string; text: string } | null = null;
  let tag = '';
  let attribute = '';
  let attributes: Record<string, string> = {};
  let after = 0;
  let sawTei = false;
  // Counted, not looked for down the stack: whether a title is the header's, a heading the body's.
  let inTitleStmt = 0;
  let inBody = 0;
  let inSource = 0;
  let date: string | null = null;
  let personId: string | undefined;
  // ParlaMint prints the speaker in a note before the speech: `<note type="speaker">DR. MILAN BRGLEZ:</note>`.
  let printedNote = '';

  const text = (piece: string, start: number, end: number) => {
    after = end;
    if (collecting?.kind === 'speech') {
      if (skipping > 0 || !current) return;
      if (/\S/.test(piece) && current.start === -1) current.start = start;
      if (/\S/.test(piece)) current.end = end;
      current.text += piece;
    } else if (collecting) collecting.text += piece;
  };
  const opened = (selfClosing: boolean) => {
    const name = tag;
    if (name === 'tei' || name === 'tei.2' || name === 'teicorpus') sawTei = true;
    const who = attributes['who'];
    const id = attributes['xml:id'] ?? attributes['id'];
    if ((name === 'sp' || name === 'u') && !selfClosing) {
      current = { who: who ?? '', printed: printedNote, text: '', start: -1, end: -1, section };
      printedNote = '';
      collecting = { kind: 'speech', text: '' };
    } else if (name === 'speaker' && current) collecting = { kind: 'printed', text: '' };
    else if (name === 'person' && id) personId = id;
    else if (name === 'persname' && personId && !names.has(personId)) collecting = { kind: 'name', id: personId, text: '' };
    else if (name === 'role' && id) collecting = { kind: 'name', id, text: '' };
    else if (name === 'title' && inTitleStmt > 0 && (!title || (!mainTitle && attributes['type'] === 'main'))) {
      mainTitle = attributes['type'] === 'main';
      collecting = { kind: 'title', text: '' };
    } else if (name === 'head' && inBody > 0 && !current) collecting = { kind: 'head', text: '' };
    else if (name === 'note' && !current && attributes['type'] === 'speaker') collecting = { kind: 'printed', text: '' };
    // When it was said or printed: the source's or the setting's first date (`<date when="2021-04-12"/>`).
    if (name === 'date' && inSource > 0 && date === null && attributes['when']) date = readDate(attributes['when']);
    if (!selfClosing && (name === 'sourcedesc' || name === 'setting')) inSource++;
    if (!selfClosing && name === 'titlestmt') inTitleStmt++;
    if (!selfClosing && name === 'body') inBody++;
    if (current && collecting?.kind === 'speech' && NOT_SPEECH.has(name) && name !== 'speaker') skipping += selfClosing ? 0 : 1;
    if (!selfClosing) stack.push(name);
    attributes = {};
  };
  const closed = (name: string) => {
    // The element open last closes; one left open inside it (`<lb>` written as in HTML) closes with it,
    // looked for a few elements down at most. A stray closing tag is skipped.
    let depth = stack.length - 1;
    while (depth >= 0 && depth >= stack.length - 8 && stack[depth] !== name) depth--;
    if (depth < 0 || stack[depth] !== name) return;
    while (stack.length - 1 > depth) closed(stack[stack.length - 1]!);
    stack.pop();
    if (name === 'titlestmt') inTitleStmt--;
    if (name === 'sourcedesc' || name === 'setting') inSource--;
    if (name === 'body') inBody--;
    if (name === 'person') personId = undefined;
    // `<forename>Natalie</forename><surname>Evans</surname>`: the parts of a name are words apart.
    if (collecting?.kind === 'name') collecting.text += ' ';
    if (current && collecting?.kind === 'speech' && NOT_SPEECH.has(name) && name !== 'speaker' && skipping > 0) skipping--;
    if (collecting?.kind === 'speech' && current) current.text += PARAGRAPHS.has(name) ? PARAGRAPH_END : name === 'l' ? ' ' : '';
    if (name === 'note' && collecting?.kind === 'printed' && !current) {
      printedNote = printedName(collecting.text);
      collecting = null;
    } else if (name === 'speaker' && collecting?.kind === 'printed' && current) {
      current.printed = printedName(collecting.text);
      collecting = { kind: 'speech', text: '' };
    } else if ((name === 'persname' || name === 'role') && collecting?.kind === 'name') {
      const id = collecting.id!;
      const value = collecting.text.replace(/\s+/g, ' ').trim();
      if (value && !names.has(id)) names.set(id, value);
      collecting = null;
    } else if (name === 'title' && collecting?.kind === 'title') {
      title = collecting.text.replace(/\s+/g, ' ').trim();
      collecting = null;
    } else if (name === 'head' && collecting?.kind === 'head') {
      section = collecting.text.replace(/\s+/g, ' ').trim() || section;
      collecting = null;
    } else if ((name === 'sp' || name === 'u') && current) {
      turns.push(current);
      current = null;
      collecting = null;
      skipping = 0;
    }
  };
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      ontext: (start, end) => text(xml.slice(start, end), start, end),
      ontextentity: (codepoint, end) => text(String.fromCodePoint(codepoint), after, end),
      onopentagname: (start, end) => {
        tag = xml.slice(start, end).toLowerCase();
      },
      onopentagend: (end) => {
        after = end + 1;
        opened(false);
      },
      onselfclosingtag: (end) => {
        after = end + 1;
        opened(true);
      },
      onclosetag: (start, end) => {
        after = end + 1;
        closed(xml.slice(start, end).toLowerCase());
      },
      onattribname: (start, end) => {
        attribute = xml.slice(start, end).toLowerCase();
      },
      onattribdata: (start, end) => {
        attributes[attribute] = (attributes[attribute] ?? '') + xml.slice(start, end);
      },
      onattribentity: (codepoint) => {
        attributes[attribute] = (attributes[attribute] ?? '') + String.fromCodePoint(codepoint);
      },
      onattribend: () => {},
      oncomment: (_start, end, offset) => {
        after = end + offset + 1;
      },
      oncdata: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  tokenizer.write(xml);
  tokenizer.end();
  // A speech left open at the end of the file is a speech still.
  if (current) turns.push(current);
  if (!sawTei) throw new ParseError(file, undefined, 'not a TEI document: it has no <TEI> element');

  if (turns.length === 0) throw new ParseError(file, undefined, 'a TEI document with no speech in it to read: Verbatim reads the speeches of plays (`<sp>`) and transcripts (`<u>`)');
  const out = result('transcript', turns.some((t) => t.printed) ? 'film' : 'interview');
  for (const t of turns) {
    const words = t.text
      .split(PARAGRAPH_END)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    if (!words || t.start === -1) continue;
    const refs = t.who.split(/\s+/).filter(Boolean);
    // Several at once (`who="#a #b"`) is no one's turn in particular.
    const label = refs.length > 1 ? refs.map((r) => names.get(r.replace(/^#/, '')) ?? nameOfReference(r)).join(' and ') : refs.length === 1 ? (names.get(refs[0]!.replace(/^#/, '')) ?? (t.printed || nameOfReference(refs[0]!))) : t.printed;
    const turn: RawTurn = { start: t.start, end: t.end, text: words };
    if (label) turn.label = label;
    if (t.section) turn.section = t.section;
    out.turns.push(turn);
  }
  if (title) out.meta.title = title;
  if (date) out.meta.date = date;
  return out;
}

export const tei: Reader = {
  name: 'tei',
  sniff({ text, from, ext }) {
    const head = text.slice(from, from + 4000);
    if (!/<TEI[\s>]|<TEI\.2[\s>]|<teiCorpus[\s>]/.test(head)) return 0;
    return /<(?:sp|u)[\s>]/.test(text) ? 0.97 : ext === '.xml' ? 0.3 : 0;
  },
  read({ text, file }) {
    return readTei(text, file);
  },
};
