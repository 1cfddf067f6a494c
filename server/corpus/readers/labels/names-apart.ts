/**
 * Names that stand as paragraphs of their own, a blank line on each side, the speech in the paragraph
 * after: a play's web page copied to text (`Bernardo`, then `Who's there?`, then `Francisco`), an
 * interview laid out so. A line alone between paragraphs is as often a page's `Advertisement`, a photo
 * credit, a diary's `May`, a guide's `Paris`, a one-word answer: the file must read as a dialogue of
 * people before any of them is a label (`select.ts`).
 */
import { isFirstName } from '../../lexicon/index.ts';
import { SENTENCE_END } from './grammar.ts';
import { PERSON_PARTS } from './not-speakers.ts';

/** A dialogue of names apart: who takes part, and the lines where a name stands apart. */
export interface NamesApart {
  /** Keys of the people who stand apart three times or more. */
  people: Set<string>;
  /** Lines of every name standing apart, person or not. */
  lines: Set<number>;
}

/** Words of the calendar, which head a diary's or a plan's paragraphs and are first names too (`May`, `June`). */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter today tomorrow yesterday'.split(' '),
);

/** A key that names a person: a first name first (not a month or a day), a name the metadata knows, or a part in a talk. */
export function personLike(key: string, known: (name: string) => boolean): boolean {
  const first = key.split(' ')[0]!;
  return (isFirstName(first) && !CALENDAR.has(first)) || known(key) || PERSON_PARTS.has(key);
}

/** An honorific and a name (keys are in small letters): `mr. banks`, `madam speaker`, `lord falconer`. */
const HONORIFIC = /^(?:mr|mrs|ms|mx|miss|dr|sir|dame|lord|lady|baroness|viscount|viscountess|earl|countess|marquess|duke|madam|mister)\.? \p{L}/u;
/** Hansard's note that a member stood (`rose`, `rose—`), alone under the name: no words of theirs. */
export const ROSE = /^rose[—–-]?$/;
/** Words of someone speaking, to or of themselves, or to whom they speak. */
export const SPOKEN_PERSON = /\b(?:I|I'm|I’m|me|my|mine|we|us|our|you|your|yours)\b/;
/** A parliament's forms of address and the chair's call: `my hon. Friend`, `the hon. and learned Gentleman`, `My Lords`, `Madam Speaker`, `Order.` */
const ADDRESS = /\bhon\. (?:and (?:learned|gallant) )?(?:Friend|Gentleman|Lady|Member)s?\b|\bMy Lords\b|\bnoble (?:Lord|Baroness|Lady|Friend)\b|\b(?:Mr|Madam)\.? (?:Deputy )?Speaker\b|^Order\b/;
/** Titled names apart in a file before they make a dialogue. */
const TITLED_TURNS = 4;

/** Shares of the steps from one person's name apart to the next that must change speaker, and hold one paragraph. */
const CHANGES = 0.5;
const ONE_PARAGRAPH = 0.5;

/** A label candidate as `select.ts` holds it, as far as this looks. */
interface Candidate {
  index: number;
  key: string;
  match: { style: string; role?: string; alias?: string };
}

/**
 * The dialogue of names apart in a file, or null where it is none. The candidates are names alone on
 * their lines (`raw`, in line order) with a blank line on each side and text after, no sentence
 * (`Loyal Danes.`) and no reply (`isReply`). A dialogue has two people or more standing apart three
 * times or more each, who take turns: the name changes from one to the next, with one paragraph
 * between, in half the steps at least (a guide's sections hold several paragraphs under one heading).
 */
export function namesApart(raw: readonly Candidate[], lines: ReadonlyArray<{ text: string }>, blank: (i: number) => boolean, known: (name: string) => boolean, isReply: (key: string) => boolean): NamesApart | null {
  // (A member's name with a seat, or any name right under the file's first line, is apart from what is
  // below it whatever is above: `HC Deb 22 June 1995` / `Mr. Patrick McLoughlin (West Derbyshire)`.)
  const apart = raw.filter(({ index, match, key }) => match.style === 'bare' && (blank(index - 1) || match.role !== undefined || index === 1) && blank(index + 1) && !blank(index + 2) && (key.split(' ').length <= 4 || match.alias !== undefined) && !isReply(key) && !SENTENCE_END.test(lines[index]!.text));
  const lineCount = lines.length;
  const times = new Map<string, number>();
  for (const a of apart) if (personLike(a.key, known)) times.set(a.key, (times.get(a.key) ?? 0) + 1);
  const people = new Set<string>();
  for (const [key, n] of times) if (n >= 3) people.add(key);
  // A title says person whatever the name, and a member speaks once or twice in a sitting: in Hansard
  // copied as text (`Mr. Tony Banks (Newham, North-West)`, `Madam Speaker`, `Mr. Banks`; an office with
  // its holder in brackets, `The Lord Privy Seal (Viscount Cranborne)`) every titled name apart speaks,
  // once TITLED_TURNS of them or more, two people or more, stand apart over words that read as speech
  // in half of them at least (to or of the speaker, or in the House's forms of address) and the House's
  // forms are heard at least once. A cast list, a parish newsletter, obituaries or a list of
  // candidates, a paragraph about each, is no debate, however often a name recurs (`Mr. Darcy` /
  // `played by Colin Firth …`); nor are a board's minutes or letters to an editor, read as before.
  // (Not a name over another's label, `Mr D J MAYNIER` / `Mr M G P LEKOTA: Hon Speaker, …`: a
  // record's page header repeating who spoke last, above the next speaker.)
  const labelled = new Set<number>();
  for (const c of raw) if (c.match.style === 'inline') labelled.add(c.index);
  const titled = apart.filter((a) => (HONORIFIC.test(a.key) || a.match.alias !== undefined) && !labelled.has(a.index + 2));
  const below = (a: Candidate) => lines[a.index + 2]?.text.trim() ?? '';
  const stood = titled.filter((a) => ROSE.test(below(a))).length;
  const addressed = titled.filter((a) => ADDRESS.test(below(a))).length;
  const spoken = titled.filter((a) => SPOKEN_PERSON.test(below(a)) || ADDRESS.test(below(a))).length;
  // (A record labelled inline, `Mr K J DIKOBO: Hon Speaker, …`, is read by those labels.)
  const titledDialogue = titled.length >= TITLED_TURNS && labelled.size < titled.length && titled.some((a) => a.key !== titled[0]!.key) && addressed > 0 && spoken * 2 >= titled.length - stood;
  if (titledDialogue) {
    for (const a of titled) people.add(a.key);
    // An office said again in the dialogue speaks too: `The Prime Minister` answering each question.
    for (const [key, n] of offices(apart)) if (n >= 2) people.add(key);
  }
  // A file that ends on one of the names signs each message below it (an e-mail thread, a chat): the
  // name is under its words, not over the next one's.
  if (people.size < 2 || people.has(lastLineName(raw, lineCount, blank) ?? '')) return null;
  // How many paragraphs start before each line (a line of text after a blank line, or the first).
  const paragraphStarts = new Uint32Array(lineCount + 1);
  for (let i = 0; i < lineCount; i++) paragraphStarts[i + 1] = paragraphStarts[i]! + (!blank(i) && blank(i - 1) ? 1 : 0);
  let steps = 0;
  let changes = 0;
  let single = 0;
  let last: { index: number; key: string } | undefined;
  for (const a of apart) {
    if (!people.has(a.key)) continue;
    if (last) {
      steps++;
      if (a.key !== last.key) changes++;
      // The paragraphs that start after the name's line and before the next name's: its speech.
      if (paragraphStarts[a.index]! - paragraphStarts[last.index + 1]! === 1) single++;
    }
    last = a;
  }
  // (A debate's speeches run to several paragraphs; a guide's sections have no titled names over them.)
  if (changes < steps * CHANGES || (!titledDialogue && single < steps * ONE_PARAGRAPH)) return null;
  return { people, lines: new Set(apart.map((a) => a.index)) };
}

/** How often each office apart (`the prime minister`, `the secretary of state for health`) stands apart. */
function offices(apart: readonly Candidate[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of apart) if (a.key.startsWith('the ')) out.set(a.key, (out.get(a.key) ?? 0) + 1);
  return out;
}

/** The key of a name alone on the file's last line of text, if one stands there. */
function lastLineName(raw: readonly Candidate[], lineCount: number, blank: (i: number) => boolean): string | undefined {
  let last = lineCount - 1;
  while (last >= 0 && blank(last)) last--;
  const c = raw.at(-1);
  return c && c.index === last && c.match.style === 'bare' ? c.key : undefined;
}
