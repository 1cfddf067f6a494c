/**
 * The people a transcript's cover lists before the speech, one name to a line under a heading of its
 * own — a think tank's podcast or event transcript:
 *
 *     Participants:
 *           CONOR WALSH
 *           Assistant Professor of Business
 *
 *           SANJAY PATNAIK
 *           Director, Center on Regulation and Markets
 *
 * Their full names, for the surnames the labels give later (`WALSH:` is Conor Walsh; not first names:
 * a caller `JOHN:` is no guest John Carter). A line is a name only when it opens with a first name the
 * lexicon knows and is two to four words in capitals with no digit (`Assistant Professor of Business`
 * and `The Brookings Institution` are not), or a name and a role after a comma (`Jane Doe, Moderator`).
 */
import { isFirstName } from '../../lexicon/index.ts';
import type { Span } from '../../text.ts';

/** The heading over a list of who takes part. */
const ROSTER_HEADING = /^\s*(?:participants|speakers|panelists|panellists|panel|guests|featuring|presenters|moderators?)\s*:?\s*$/i;
/**
 * A name of two to four words in capitals (`CONOR WALSH`), or in title case with a role after a comma
 * (`Jane Doe, Moderator`): a title-case line alone may be anything (`Mary Shelley Frankenstein`).
 */
const NAME_LINE = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{Lu}\p{M}.'’-]{0,30}){1,3}|\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){1,3}(?=,\s))(?:,\s.{1,80})?\s*$/u;

/** Words that make a line a body's name, not a person's, whatever its first word (`Columbia Business School`). */
const BODY = /\b(?:school|university|college|institution|institute|center|centre|department|company|corporation|council|committee|foundation|association|bank|office|agency|group|society|press|news|media|network|studios?|partners|llc|inc)\b/i;

/** Full names listed under a roster heading among `lines` before `end` (the first label's line). */
export function rosterNames(lines: readonly Span[], end: number): string[] {
  const names: string[] = [];
  let listing = false;
  for (let i = 0; i < Math.min(end, lines.length, 400); i++) {
    const text = lines[i]!.text;
    if (ROSTER_HEADING.test(text)) {
      listing = true;
      continue;
    }
    if (!listing) continue;
    // A heading of another section (`Episode Summary:`) ends the list.
    if (/^\s*\S[^:]{0,40}:\s*$/.test(text)) break;
    const m = NAME_LINE.exec(text);
    if (m && isFirstName(m[1]!.split(' ')[0]!.toLowerCase()) && !BODY.test(m[1]!)) names.push(m[1]!);
  }
  return names;
}
