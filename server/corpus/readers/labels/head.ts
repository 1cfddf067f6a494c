/**
 * The head of a line, where a label is looked for, and the character-level tests the label grammar
 * runs on it. A label lives in a line's first few dozen characters: only a bounded head is examined,
 * with whitespace runs collapsed first. Each test looks at a character or two before running a
 * pattern, and finds where a pattern's match ends without building the match when that is all it
 * needs: on a file of tens of thousands of labelled lines, those costs are most of the work.
 */

/** Words that join a name in lower case (`Ana de Armas`, `Ludwig van Beethoven`), as label patterns allow them. */
export const PARTICLE = String.raw`(?:al|el|de|del|della|da|das|do|dos|van|von|der|den|ter|bin|ibn|le|la|du|y|st\.|zu)`;

/** Characters of a line looked at for a label. */
export const HEAD = 200;

/** Anything but whitespace ahead: speech after the label. */
const NON_BLANK = /\s*\S/y;

/** Leading whitespace, a run of two, a tab or a no-break space: what the head collapses. */
const LOOSE_SPACE = /^\s|\s\s|[\t\u00a0]/;

/** `LOOSE_SPACE` finds something in `text`: looked for character by character while the text is ASCII. */
function loose(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Beyond ASCII, Unicode's spaces: the pattern decides.
    if (c >= 128) return LOOSE_SPACE.test(text);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (space && (afterSpace || c === 9)) return true;
    afterSpace = space;
  }
  return false;
}

/**
 * The line's first characters with whitespace runs collapsed to one space: the line's own start when
 * there is nothing to collapse (most lines: no object to make), else the collapsed text and, for each
 * of its characters, where it came from in the line.
 */
export type Head = string | { text: string; map: number[] };

/** The head of `line`. */
export function headOf(line: string): Head {
  // Most lines have no run of whitespace to collapse: the head is their start, position for position.
  const start = line.slice(0, HEAD + 1);
  if (!loose(start)) return line.slice(0, HEAD);
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

/** The sticky `re` matched at `at`. */
export function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * `re` at `at`, run only when the text there opens with one of the characters `first` (after one
 * space, when `space`) — the characters every match of `re` starts with. Most lines fail most of
 * these patterns at their first character, and a test of that character costs far less than a match.
 */
export function matchFrom(re: RegExp, text: string, at: number, first: string, space = false): RegExpExecArray | null {
  return opensWith(text, at, first, space) ? match(re, text, at) : null;
}

/** The text at `at` opens with one of the characters `first` (after one space, when `space`). */
export function opensWith(text: string, at: number, first: string, space = false): boolean {
  let c = text[at];
  if (space && c === ' ') c = text[at + 1];
  return c !== undefined && first.includes(c);
}

/** Where a match of the sticky `re` at `at` ends, or -1: tested, so no match object is made. */
export function endOf(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** The length of the emphasis closing at `at` (`**`, `__`, `*`, `_`, longest first), or 0. */
export function emphasisClose(text: string, at: number): number {
  const c = text[at];
  if (c !== '*' && c !== '_') return 0;
  return text[at + 1] === c ? 2 : 1;
}

/** Nothing but whitespace from `at` on (tested, not matched: no match to build). */
export function blankFrom(text: string, at: number): boolean {
  // Speech that opens with a printable ASCII character, the usual case, is not blank.
  const c = text.charCodeAt(at);
  if (c > 32 && c < 127) return false;
  NON_BLANK.lastIndex = at;
  return !NON_BLANK.test(text);
}

/** Where the speech starts in the original line, from a position in the head (skipping spaces). */
export function startAt(line: string, head: Head, at: number): number {
  let i = typeof head === 'string' ? Math.min(at, line.length) : at >= head.text.length ? head.map[head.text.length]! : head.map[at]!;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}
