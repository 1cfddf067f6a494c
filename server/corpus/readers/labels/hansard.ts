/**
 * The UK's Hansard as its web pages read copied to text: a member's name alone on its line above the
 * speech, with the seat in brackets (`Mr. Tony Banks (Newham, North-West)`), an office with its
 * holder (`The Secretary of State for Health (Mr. Frank Dobson)`), a peer's title (`Lord Falconer of
 * Thoroton`), an oral question's number (`Q4. Mr. Janner`); or, where the page was flattened, the
 * section mark and the name run into the speech (`§ Mr. SpeakerOrder.`). These shapes are told apart
 * here; whether a file's names make labels is decided with the rest (names-apart.ts, select.ts).
 */
import { TITLED_NAME } from './after-name.ts';

/** An oral question's number before the member's name: `Q4. `. */
export const QUESTION_NUMBER = /^Q\d{1,3}\. /;
/** A member's seat in brackets after the name, closing its line: ` (Newham, North-West)`. */
export const SEAT = / \((\p{Lu}[^()\n]{0,120})\)/uy;

const HOLDER_TITLES = 'Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Viscountess|Earl|Countess|Marquess|Duke';
const PEERAGES = 'Lord|Lady|Baroness|Viscount|Viscountess|Earl|Countess|Marquess|Duke';
/** An office and its holder in brackets, alone on the line: `The Minister of State, Home Office (Mr. David Waddington)`. */
const OFFICE_HOLDER = new RegExp(String.raw`(The \p{Lu}[\p{L}'’ ,-]{0,120}) \(((?:${HOLDER_TITLES})\.? \p{Lu}[\p{L}'’. -]{0,60})\)$`, 'uy');
/** A peer's title alone on the line, with the place it is of: `Baroness Jay of Paddington`. */
const PEER = new RegExp(String.raw`((?:${PEERAGES}) \p{Lu}[\p{L}'’-]{0,30}(?: of \p{Lu}[\p{L}'’-]{0,30}(?: and \p{Lu}[\p{L}'’-]{0,30})?)?)$`, 'uy');
/** What a peer's line opens with, tested before the pattern (most lines open otherwise). */
const PEER_FIRST = 'LBVECMD';

/** A name alone on its line as Hansard sets it, that the name patterns do not take. */
export interface StandingName {
  label: string;
  /** The person in brackets after an office: who speaks. */
  alias?: string;
}

/** An office with its holder, or a peer's title, filling `head` from `at` to its end; null otherwise. */
export function standingName(head: string, at: number): StandingName | null {
  const pattern = head.startsWith('The ', at) ? OFFICE_HOLDER : PEER_FIRST.includes(head[at] ?? ' ') ? PEER : null;
  if (!pattern) return null;
  pattern.lastIndex = at;
  const m = pattern.exec(head);
  return m ? { label: m[1]!, ...(m[2] ? { alias: m[2] } : {}) } : null;
}

/** How far into a flattened line its name may run. */
const MARKED_NAME_LENGTH = 160;
/** Names whose second capital is no start of speech: `McLoughlin`, `MacGregor`, `FitzGerald`. */
const CAPITAL_INSIDE = /^(?:Mc|Mac|Fitz|De|Di|Du|La|Le|Van|Von|O['’])$/;

/** A flattened page's label: the name, its seat or the person in brackets, and where the speech starts. */
export interface MarkedName {
  label: string;
  role?: string;
  alias?: string;
  textStart: number;
}

/**
 * The member's name after Hansard's section mark, run into the speech when the page was flattened:
 * `§ Mr. Tam Dalyell (Linlithgow)On a point of order`, `§ Mr. DalyellIt is not …`, `§ Mr. SpeakerOrder.`
 * The name ends at its brackets, or where a word of it runs on into a capital (`Speaker|Order`).
 */
export function markedName(line: string): MarkedName | null {
  if (!line.startsWith('§ ')) return null;
  let at = 2;
  const number = QUESTION_NUMBER.exec(line.slice(at, at + 6));
  if (number) at += number[0].length;
  const head = line.slice(at, at + MARKED_NAME_LENGTH);
  if (!TITLED_NAME.test(head) && !head.startsWith('The ')) return null;
  // The word of the name that runs on into the speech, among its first six; or else the name's brackets.
  const words = head.split(' ', 6);
  let offset = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word[0] === '(') return w > 1 ? bracketed(head, offset - 1, at) : null;
    let cut = -1;
    for (let k = 1; k < word.length; k++) {
      const c = word[k]!;
      if (c >= 'A' && c <= 'Z' && word[k - 1]! >= 'a' && word[k - 1]! <= 'z' && !CAPITAL_INSIDE.test(word.slice(0, k))) cut = k;
    }
    if (w > 0 && cut !== -1) return nameWords(head.slice(0, offset + cut)) ? { label: head.slice(0, offset + cut), textStart: at + offset + cut } : null;
    offset += word.length + 1;
  }
  return null;
}

/** The name before ` (` at `open`, what the brackets hold (a seat, or the person in the chair), and the speech after them. */
function bracketed(head: string, open: number, at: number): MarkedName | null {
  const close = head.indexOf(')', open);
  if (close === -1) return null;
  const inside = head.slice(open + 2, close);
  const start = close + 1 + (head[close + 1] === ' ' ? 1 : 0);
  if (start >= head.length || inside.length === 0 || !nameWords(head.slice(0, open))) return null;
  return { label: head.slice(0, open), ...(TITLED_NAME.test(inside) ? { alias: inside } : { role: inside }), textStart: at + start };
}

/** Words that join a name's or an office's capitalised words: `Secretary of State for the Home Department`. */
const JOINING = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'to', 'de', 'la', 'le', 'van', 'von']);

/** Every word capitalised or a joining word: a name or an office, not a sentence (`The Secretary shall prescribe`). */
function nameWords(label: string): boolean {
  return label.split(' ').every((w) => (w[0]! >= 'A' && w[0]! <= 'Z') || JOINING.has(w));
}
