/**
 * CHAT, the transcription format of TalkBank and CHILDES (`.cha` files): `@` header lines, a main
 * tier per utterance (`*CHI:	more cookie .`) and dependent tiers under it (`%mor:	qn|more n|cookie .`,
 * `%gra:`, `%com:`), any of them continued on lines that open with a tab. The main tiers are labelled
 * speech as the labelled reader reads it. The headers and the dependent tiers — grammar codes,
 * comments, the coder's notes — are no one's words: they are blanked out, replaced by spaces so that
 * every offset stays the file's own. `@Participants:` says who the codes are (`CHI Eve Target_Child`:
 * Eve, the target child) and `@Date:` when it was recorded (`15-OCT-1962`).
 */
import { readDate } from '../../metadata/dates.ts';
import { eachLine } from '../../text.ts';

/** Who a speaker code is: a name where the file gives one, and the role it always gives. */
export interface ChatParticipant {
  name?: string;
  role: string;
}

/** A CHAT file as the labelled reader reads it. */
export interface ChatFile {
  /** The file's text with its headers and dependent tiers turned to spaces: the same length, the same offsets. */
  text: string;
  /** Speaker codes (`CHI`, `MOT`) to who they are. */
  participants: Map<string, ChatParticipant>;
  /** The recording's date, in our form, when `@Date:` gives one we can read. */
  date?: string;
}

/** A CHAT file opens with `@UTF8` (or `@Begin` in older files). */
const CHAT_OPENING = /^\uFEFF?@(?:UTF8|Begin)\r?\n/;
/** A header or a dependent tier: no one's words. */
const NOT_SPEECH = /^[@%]/;

/** The file read as CHAT, or null when it is not CHAT. Linear in the text. */
export function chatFile(text: string, from: number): ChatFile | null {
  if (!CHAT_OPENING.test(text.slice(from, from + 20))) return null;
  const pieces: string[] = [text.slice(0, from)];
  const headers: string[] = [];
  let blanking = false;
  let inHeader = false;
  let at = from;
  eachLine(text, from, text.length, (start, end, line) => {
    // A continuation (a tab first) belongs to the line it continues.
    if (line[0] !== '\t') {
      blanking = NOT_SPEECH.test(line);
      inHeader = line[0] === '@';
      if (inHeader) headers.push(line);
    } else if (inHeader) headers[headers.length - 1] += ` ${line.trim()}`;
    if (blanking) {
      pieces.push(text.slice(at, start), ' '.repeat(end - start));
      at = end;
    }
  });
  pieces.push(text.slice(at));
  const chat: ChatFile = { text: pieces.join(''), participants: participantsOf(headers) };
  const dated = headers.find((h) => h.startsWith('@Date:'));
  const date = dated ? readDate(dated.slice('@Date:'.length).trim().replace(/-/g, ' ')) : null;
  if (date) chat.date = date;
  return chat;
}

/** `@Participants:	CHI Eve Target_Child , MOT Sue Mother , COL Investigator`: code, name if any, role. */
function participantsOf(headers: string[]): Map<string, ChatParticipant> {
  const out = new Map<string, ChatParticipant>();
  const line = headers.find((h) => h.startsWith('@Participants:'));
  if (!line) return out;
  for (const entry of line.slice('@Participants:'.length).split(',')) {
    const words = entry.trim().split(/\s+/).filter((w) => w !== '');
    if (words.length < 2) continue;
    const role = words[words.length - 1]!.replace(/_/g, ' ').toLowerCase();
    const name = words.slice(1, -1).join(' ').replace(/_/g, ' ');
    out.set(words[0]!.toUpperCase(), name ? { name, role } : { role });
  }
  return out;
}
