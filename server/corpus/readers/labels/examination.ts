/**
 * Court and deposition transcripts: `Q.` and `A.` are whoever examines and whoever testifies, and both
 * change through the day. The transcript says who, between the answers:
 *
 *   LE ZHOU,
 *   called as a witness by the Government,
 *   having been duly sworn, testified as follows:
 *   DIRECT EXAMINATION
 *   BY MS. MURRAY:
 *
 * names the witness (until the next is called) and the lawyer who asks (until the next `BY …:`). Each
 * `Q.`, `A.` and `THE WITNESS:` turn is given those names as its label; a reporter's page header in
 * the middle of an answer (`O5S1GUO1 Le Zhou - Direct`) is no one's words. One pass over the lines.
 */
import type { Span } from '../../text.ts';
import type { RawTurn } from '../reader.ts';

/**
 * The oath's first line, as federal reporters and state depositions word it: `called as a witness by
 * the Government,`, or `was called as a witness and, having been duly sworn, …` and `who, having been
 * first duly sworn, …` — these only with the oath on the line, for a question wrapped onto its own
 * line can open "was called as a witness at the first trial?".
 */
const CALLED = /^(?:called as a witness|having been (?:first |previously )?duly sworn|being (?:first )?duly sworn|(?:was|who was|who,?|after) (?:called as a witness\b[^\n]{0,80}\bsworn|having been (?:first |previously )?duly sworn|being (?:first )?duly sworn))/i;
const EXAMINER = /^BY ((?:MR|MS|MRS|MISS|DR)\. \p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*)?):\s*$/u;
/** A witness's name in capitals, a name's own small letters allowed (`MARY McCARTHY`). */
const WITNESS_NAME = String.raw`(\p{Lu}(?:[\p{Lu} .'’-]|(?<=\b(?:M|Ma|D|L))\p{Ll}){1,60})`;
/** The witness called, before the oath: the name and a comma (`MARY McCARTHY,`). */
const NAME_COMMA = new RegExp(String.raw`^${WITNESS_NAME},\s*$`, 'u');
/** A cover's line naming whom the transcript examines: `DEPOSITION OF JOHN DOE`, `INTERVIEW OF:  GLENN SIMPSON`. */
const COVER = /^(?:VIDEOTAPED |VIDEO )?(?:DEPOSITION|(?:TRANSCRIBED )?INTERVIEW|TESTIMONY) OF:? {1,4}(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){1,3})$/u;
/** A witness called back on a later day: `KARIN MAISTRELLO, resumed.` names who answers from there on. */
const RESUMED = new RegExp(String.raw`^${WITNESS_NAME}, resumed\.?\s*$`, 'u');
/** A court reporter's running head: a docket code, the witness, the examination. */
export const PAGE_HEADER = /^\S{4,16} \p{Lu}[^\n]{1,80} - (?:Direct|Cross|Redirect|Recross)\s*$/u;

/** An examination begun (`CROSS-EXAMINATION`), or the index of them that closes the transcript (`INDEX OF EXAMINATION`). */
const EXAMINATION = /^(?:(?:DIRECT|CROSS|REDIRECT|RECROSS)[- ]|INDEX OF )?EXAMINATION\b/;

/** The lines that introduce a witness or an examination, which end a turn and are nobody's words. */
export function examinationHeading(line: string): string | null {
  const text = line.trim();
  const c = text[0];
  if (c === undefined || c < 'A' || c > 'z') return null;
  return EXAMINATION.test(text) || CALLED.test(text) || EXAMINER.test(text) || NAME_COMMA.test(text) || RESUMED.test(text) ? text : null;
}

/** Who examines from a line (`BY MS. MURRAY:`, trimmed) on, or null. */
function examinerOf(text: string): string | null {
  return text.startsWith('BY ') ? (EXAMINER.exec(text)?.[1] ?? null) : null;
}

/** Whether a line alone names who examines (`BY MS. MURRAY:`): a trial's transcript, whatever share of its turns are Q and A. */
export function namesExaminer(lines: readonly Span[]): boolean {
  for (let i = 0; i < lines.length; i++) if (examinerOf(lines[i]!.text.trim()) !== null) return true;
  return false;
}

/** Who is examined and who examines from each line on: the lines where either changes. */
interface Change {
  start: number;
  /** The witness called here ('' when their name cannot be read). */
  witness?: string;
  examiner?: string;
}

/** The witnesses and examiners a transcript names, in order; empty when it names no examiner. */
function changes(lines: Span[]): Change[] {
  const out: Change[] = [];
  let last = -1;
  let called = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const examiner = examinerOf(text);
    const resumed = examiner ? null : RESUMED.exec(text);
    // A cover naming whom the transcript examines (`INTERVIEW OF:  GLENN SIMPSON`), before anyone asks.
    const cover = examiner || out.length > 0 ? null : COVER.exec(text);
    if (cover) out.push({ start: lines[i]!.start, witness: cover[1]!.trim() });
    else if (examiner) out.push({ start: lines[i]!.start, examiner });
    else if (resumed) out.push({ start: lines[i]!.start, witness: resumed[1]! });
    else if (CALLED.test(text)) {
      // The first line of the oath names who is called ("having been duly sworn" may follow it). A new
      // witness whose name cannot be read leaves the answers to no one, not to the witness before.
      if (!called && last !== -1) {
        const named = NAME_COMMA.exec(lines[last]!.text.trim());
        out.push({ start: lines[last]!.start, witness: named ? named[1]! : '' });
      }
      called = true;
      last = i;
      continue;
    }
    called = false;
    last = i;
  }
  return out.some((c) => c.examiner) ? out : [];
}

/** The oath, said or recorded within a turn. */
const SWORN_IN_TURN = /\b(?:called as a witness|duly sworn)\b/i;
/** The court asks the witness to say who they are. */
const ASKS_NAME = /\bstate your (?:full )?name\b/i;
/** An answer that is a name and nothing more: two or three words, perhaps a middle initial, perhaps a full stop. */
const NAME_ONLY = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: (?:Mc|Mac|De|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2})\.?$/u;

/** Gives each examination turn (`Q.`, `A.`, `THE WITNESS:`) the name of who asks or answers there; true when the transcript names them. */
export function nameExaminations(lines: Span[], turns: RawTurn[]): boolean {
  const points = changes(lines);
  if (points.length === 0) return false;
  let k = 0;
  let witness: string | undefined;
  let examiner: string | undefined;
  let askedName = false;
  for (const turn of turns) {
    while (k < points.length && points[k]!.start <= turn.start) {
      const called = points[k]!.witness;
      if (called !== undefined) witness = called === '' ? undefined : called;
      examiner = points[k]!.examiner ?? examiner;
      k++;
    }
    const label = turn.label?.toLowerCase();
    // An oath given inside a turn (`THE WITNESS: I do. D—A—V—I—D P—E—C—K—E—R, called as a witness …`):
    // a new witness, whose name the oath does not give in a form that can be read.
    if (SWORN_IN_TURN.test(turn.text) && (label === 'the witness' || label === 'the clerk')) witness = undefined;
    // Asked to state their name, a witness not yet named answers with it: `THE WITNESS: David Pecker.`
    if (askedName && !witness && label === 'the witness') witness = NAME_ONLY.exec(turn.text)?.[1];
    askedName = ASKS_NAME.test(turn.text);
    if ((label === 'q' || label === 'question') && examiner) turn.label = examiner;
    else if ((label === 'a' || label === 'answer' || label === 'the witness') && witness) turn.label = witness;
    else answeredByWitness(turn);
  }
  return true;
}

/** Whoever answers in a court's examination is its witness, named or not: an `A.` is `THE WITNESS`, not an oral history's narrator. */
export function answeredByWitness(turn: RawTurn): void {
  const label = turn.label?.toLowerCase();
  if (label === 'a' || label === 'answer') turn.label = 'THE WITNESS';
}
