/**
 * What a file says of its own labels before the speech starts: a legend of speaker codes (`CDR
 * Commander James A. (Jim) Lovell, Jr.`, `CC  Capsule communicator (CAP COMM)`), and the people a
 * title or heading names ("Thomas Gideon's interview with Nina Paley", "Press Briefing by Press
 * Secretary Karine Jean-Pierre and Matthew McConaughey"). Only what the file states; nothing guessed.
 */
import { nameTokens } from '../speakers.ts';
import { isFirstName } from '../lexicon/index.ts';

/** Titles and ranks before a name in a legend or title: dropped to leave the name. */
const LEADING_TITLES = /^(?:(?:Commander|Captain|Colonel|Major|General|Lieutenant|Sergeant|Admiral|Chairman|Chairwoman|Chair|Senator|Representative|Congressman|Congresswoman|Secretary|President|Vice President|Governor|Mayor|Judge|Justice|Professor|Press Secretary|Deputy|Ambassador|Director|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sen\.?|Rep\.?|Gov\.?|Gen\.?|Col\.?|Capt\.?|Lt\.?|Sgt\.?|Hon\.?|The Honorable)\s+)+/;
/** A person's name at the end of a phrase: capitalised words, initials, a suffix. */
const TRAILING_NAME = /((?:\p{Lu}[\p{L}'’\-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’\-]+|\p{Lu}\.|de|van|von|al|bin|la|le|da|du)){1,4}(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?)\s*$/u;

/**
 * Characters of a title, heading or phrase looked at: no title is longer, and the patterns below
 * backtrack over long runs of spaces, dots or capitals (a 6 kB heading once took 37 s).
 */
const PHRASE_MAX = 300;

/** The title on one line: a carriage return or line separator inside it made the patterns below fail slowly. */
function oneLine(title: string): string {
  return title.slice(0, PHRASE_MAX).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** A person's name a phrase ends with ("Commander James A. (Jim) Lovell, Jr." → "James A. Lovell, Jr."), or null. */
export function nameIn(phrase: string): string | null {
  if (phrase.length > PHRASE_MAX) return null;
  const clean = phrase.replace(/\s*\([^()]{0,40}\)/g, '').replace(/[.;:]+$/, (s) => (/(?:Jr|Sr)$/.test(phrase.replace(/[.;:]+$/, '')) ? s.slice(0, 1) : '')).trim();
  const m = TRAILING_NAME.exec(clean);
  if (!m) return null;
  const name = m[1]!.replace(LEADING_TITLES, '').trim();
  return nameTokens(name).length >= 2 ? name : null;
}

/**
 * Legend lines for the given labels in the text before the speech (`preamble`): label → name, or label
 * → role; and initials the whole `text` gives a name for.
 */
export function legend(preamble: string, labels: Set<string>, text = preamble): Map<string, { name?: string; role?: string }> {
  const out = new Map<string, { name?: string; role?: string }>();
  if (labels.size === 0) return out;
  const lines = preamble.split('\n');
  for (const line of lines.slice(0, 3000)) {
    const m = /^\s{0,8}([\p{Lu}\d][\p{Lu}\d.&/-]{0,11})(?:\s{2,}|\t+|\s+[-–—=:]\s+)(\S.{2,100})$/u.exec(line.trimEnd());
    if (!m || !labels.has(m[1]!.toLowerCase()) || out.has(m[1]!.toLowerCase())) continue;
    const description = m[2]!.trim();
    const name = nameIn(description);
    out.set(m[1]!.toLowerCase(), name ? { name } : { role: description.replace(/\s*\([^()]{0,40}\)/g, '').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) });
  }
  // A list of attendees with the initials the notes use for them (`Myles Borins (MBS), Caio Lima (CLA)`)
  // before the speech, or a later line that introduces someone (`Presenter: Shu-yu Guo (SYG)`): not a
  // speaker's own words, where `the Physical Therapy (PT) exercises` spells out no speaker `PT:`.
  const given = (line: string, person: boolean) => {
    for (const m of line.matchAll(NAME_WITH_INITIALS)) {
      const key = m[2]!.toLowerCase();
      // In speech, only a person introduced by name (`joined today by Pieter Wuille (PW)`).
      if (labels.has(key) && !out.has(key) && (!person || isFirstName(m[1]!.split(' ')[0]!.toLowerCase()))) out.set(key, { name: m[1]! });
    }
  };
  given(preamble.slice(0, 50_000), false);
  for (const line of text.slice(preamble.length, 200_000).split('\n')) if (line.includes('(')) given(line, !INTRODUCING.test(line));
  return out;
}

/** A line of meeting notes that introduces people: `Presenter: Shu-yu Guo (SYG)`, `**Attendees:** …`. */
const INTRODUCING = /^\s{0,8}(?:[-*] )?(?:\*\*)?(?:presenters?|presented by|speakers?|attendees|remote attendees|notetakers|participants|moderators?|panel(?:ists)?)\b/i;

/**
 * A name of two to four capitalised words and its initials in brackets: `Myles Borins (MBS)`. Not
 * before a colon: a roll call's `- OpenJS Foundation (GCL): Yes` names the member, not the delegate.
 */
const NAME_WITH_INITIALS = /(\p{Lu}[\p{L}'’\-]{1,30}(?: \p{Lu}[\p{L}'’\-]{0,30}\.?){1,3}) \((\p{Lu}{2,4})\)(?!:)/gu;

/** Interviewer and narrator a title or heading names: "X's interview with Y", "Interview with Y by X". */
export function interviewIn(title: string): { interviewer?: string; narrator?: string } {
  const t = oneLine(title).replace(/\s*\([^()]*\)\s*$/, '').trim();
  let m = /^(.+?)['’]s interview with (.+)$/i.exec(t);
  if (m) return { interviewer: m[1]!.trim(), narrator: m[2]!.trim() };
  m = /^(.+?) interviews (.+)$/i.exec(t);
  if (m) return { interviewer: m[1]!.trim(), narrator: m[2]!.trim() };
  m = /^(?:an? )?(?:oral history )?interview(?: with|:)\s+(.+?)(?:,? (?:by|conducted by) (.+))?$/i.exec(t);
  if (m) return { narrator: m[1]!.trim(), ...(m[2] ? { interviewer: m[2].trim() } : {}) };
  // The same in the languages the Q&A labels come in: `Entrevista a …`, `Intervista con …`, `Entretien avec …`.
  m = /^(?:[Ee]ntrevista (?:a|con|com)|[Ii]ntervista (?:a|con)|[Ee]ntretien avec|[Ii]nterview mit) (\p{Lu}[^,:]{2,60})$/u.exec(t);
  if (m && isFirstName(m[1]!.split(' ')[0]!.toLowerCase())) return { narrator: m[1]!.trim() };
  // A press interview's headline: the name, a colon, and words of theirs in quotation marks
  // (`Benito Zambrano: “No hago el cine que quiero”`).
  // Only a person's name: `Exclusive Interview: "…"` is a headline's label, no one.
  m = HEADLINE_QUOTE.exec(t);
  if (m && isFirstName(m[1]!.split(' ')[0]!.toLowerCase())) return { narrator: m[1]! };
  return {};
}

const HEADLINE_QUOTE = /^(\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|del|da|di|van|von|la|le)){1,3}): ?["“«„‘'](?=\p{L}|¿|¡)/u;

/** People a title names: "Press Briefing by Press Secretary Karine Jean-Pierre and Matthew McConaughey". */
export function peopleInTitle(title: string): string[] {
  const out: string[] = [];
  // A title in capitals capitalises every word ("ELKIND AND REGALBUTO NOMINATIONS"): a name there
  // must open with a known first name.
  const capitals = !/\p{Ll}/u.test(title);
  // Split at the separators alone, each part trimmed after: `\s*` on both sides of them backtracked over runs of spaces.
  for (const part of oneLine(title).split(/,|\band\b|&|\bwith\b|\bby\b|:|\||[–—]|\bfeaturing\b|\bft\./i)) {
    const name = nameIn(part.trim());
    if (name && (!capitals || isFirstName(nameTokens(name)[0]!))) out.push(name);
  }
  return out;
}
