/**
 * Speakers as the US Government Publishing Office sets hearings and the Congressional Record: at the
 * start of an indented paragraph, a title, a surname and a full stop — `    Mr. CUMMINGS. Thank you`,
 * `    Chairman Chaffetz [continuing]. Salesses, …`, `    Senator Leahy.`, `    Ms. TUBBS JONES.`,
 * `    Mr. SMITH of Texas.`, `    The CHAIRMAN.`, `    The SPEAKER pro tempore (Mr. Poe).`
 * The indent is what tells a label from a line of speech that wraps at "Mr. Chairman. I …": GPO
 * indents each new paragraph and never a wrapped line.
 */
import { matchFrom } from './head.ts';

const OFFICE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|Chairman|Chairwoman|Chairperson|Chair|Senator|Representative|Delegate|Commissioner|Secretary|Ambassador|Governor|Mayor|Judge|Justice|Admiral|General|Colonel|Captain|Lieutenant|Sergeant|Chief|Director|Administrator|Inspector|Dean|Professor|Reverend|Father|Rabbi|Bishop|Sister)`;
const SURNAME = String.raw`\p{Lu}[\p{L}'’\-]*`;
/** The presiding officer named by office: `The CHAIRMAN`, `The PRESIDING OFFICER`, `The SPEAKER pro tempore (Mr. Poe)`. */
const CHAIR = String.raw`The (?:CHAIRMAN|Chairman|CHAIRWOMAN|Chairwoman|CHAIR|Chair|ACTING CHAIRMAN|Acting Chairman|SPEAKER|Speaker|PRESIDING OFFICER|Presiding Officer|PRESIDENT|President|CLERK|Clerk|WITNESS|Witness|COURT|Court)(?: pro tempore)?(?: \((?:Mr|Mrs|Ms)\. \p{Lu}[\p{L}'’\-]*\))?`;
/** A label and its full stop; what the label says comes first (group 1), `[continuing]` or `[presiding]` may stand before the stop. */
const HEARING_LABEL = new RegExp(String.raw`(${OFFICE} ${SURNAME}(?: ${SURNAME}){0,2}(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?|${CHAIR})(?: \[[a-z ]{3,20}\])?\.(?= |$)`, 'uy');
/** "Mr. Chairman.", "Madam President.": someone addressed, not a speaker's label. */
const ADDRESSED = new Set(['chairman', 'chairwoman', 'chair', 'president', 'speaker', 'secretary', 'leader', 'clerk']);

/** The characters a hearing label opens with (all `HEARING_LABEL` can match). */
const FIRST = 'MDCSRGJAILPBFT';

/** A hearing's label at `at` in the line's head `h`, when the line is indented: its name and where it ends, or null. */
export function hearingLabel(line: string, h: string, at: number): { label: string; end: number } | null {
  const indent = line.charCodeAt(0);
  const m = indent === 32 || indent === 9 ? matchFrom(HEARING_LABEL, h, at, FIRST) : null;
  if (!m) return null;
  const label = m[1]!;
  const last = label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
  return ADDRESSED.has(last) && !label.startsWith('The ') ? null : { label, end: at + m[0].length };
}
