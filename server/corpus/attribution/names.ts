/**
 * Finding people in running text: mentions of known people by any of their names, whether a mention
 * addresses the person (a vocative: "So Abdalaziz, …", "thank you, Lester", "…, Mr. Trump?"), and
 * personal names in a clause (registry names, then compromise's person tagger, then the shape of a
 * name after a role noun: "its director Matthew Heineman").
 */
import { firstNameSex } from '../lexicon/index.ts';
import { createRequire } from 'node:module';
import type { Speaker } from '../model.ts';
import { nameTokens, type SpeakerRegistry } from '../speakers.ts';

/** A mention of a known person in a text. */
export interface Mention {
  speaker: Speaker;
  start: number;
  end: number;
  vocative: boolean;
}

const HONORIFIC = String.raw`(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Secretary|Senator|Sen\.|Governor|Gov\.|President|Vice President|Mayor|Judge|Congressman|Congresswoman|Representative|Rep\.|General|Sir|Madam)`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every way a text may name this person: full name, aliases, first and last name, honorific + last name. */
export function nameVariants(speaker: Speaker): string[] {
  const variants = new Set<string>([speaker.name, ...speaker.aliases]);
  const words = speaker.name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (words.length > 1) {
    variants.add(words[0]!);
    variants.add(words.at(-1)!);
    variants.add(`${words[0]} ${words.at(-1)}`);
  }
  return [...variants].filter((v) => v.length > 1).sort((a, b) => b.length - a.length);
}

type Nlp = (text: string) => { people(): { json(options: { offset: true }): unknown } };
let nlp: Nlp | null = null;
/** compromise's tagger, loaded the first time a name needs tagging: most files never need it. */
function tagger(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** One pattern for a group of people: every variant of every name, longest first, mapped to its bearer's slug. */
interface Matcher {
  pattern: RegExp;
  byVariant: Map<string, string>;
}

const matchers = new Map<string, Matcher>();

function matcherFor(people: Speaker[]): Matcher | null {
  if (people.length === 0) return null;
  const key = people.map((p) => `${p.slug}\u0000${p.name}\u0000${p.aliases.join('\u0001')}`).join('\u0002');
  let matcher = matchers.get(key);
  if (!matcher) {
    const byVariant = new Map<string, string>();
    for (const speaker of people) for (const v of nameVariants(speaker)) if (!byVariant.has(v.toLowerCase())) byVariant.set(v.toLowerCase(), speaker.slug);
    const names = [...byVariant.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${HONORIFIC}\s+)?(${names})(?![\p{L}\p{N}])`, 'giu');
    matcher = { pattern, byVariant };
    if (matchers.size > 500) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

// Before a vocative: the start of a sentence, perhaps after a discourse marker; or a greeting.
const VOCATIVE_BEFORE = /(?:^|[.!?;:—–-]\s+|,\s+(?:and|but|so|now)\s+)(?:(?:so|and|well|now|ok|okay|but|yes|yeah|alright|all right|right|oh|look|listen|please|again|first|finally|also|sorry|great|good|fine|sure|very good)[,\s]+)*$/i;
const GREETING_BEFORE = /(?:thank you(?: (?:so|very) much)?|thanks(?: (?:so|very) much)?|tell you|ask you|to you|hello|hi|hey|welcome|good (?:evening|morning|afternoon|night)|dear|congratulations|excuse me|with you)[,\s]+$/i;
const COMMA_BEFORE = /,\s+$/;
// After a vocative: a comma or question mark, or the start of a question or a request to the person.
const VOCATIVE_AFTER = /^(?:\s*[,?!]|\s*[.;]|\s*$|\s+(?:i|i'm|i’m|i've|i’ve|i'd|i’d|what|how|why|when|where|who|which|you|your|you're|you’re|let|let's|let’s|tell|give|please|thank|thanks|we|go ahead|briefly|quickly|first|your)\b)/i;
const QUESTION_AFTER = /^\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has)\b[^.!?]*\?/i;
const NOT_VOCATIVE_BEFORE = /(?:\b(?:with|by|about|to|from|of|for|at|like|than|and|or|as|said|says|told|and|that|whom|the|a|an|his|her|their|our|its)\s+|['’]s\s+)$/i;

/** Mentions of the given people in `text`, with vocatives marked. */
export function findMentions(text: string, people: Speaker[]): Mention[] {
  return mentionFinder(people)(text);
}

/**
 * `findMentions` for one group of people over many texts: the group's pattern is looked up once,
 * not once a turn (its key spells out every name, and a transcript has thousands of turns).
 */
export function mentionFinder(people: Speaker[]): (text: string) => Mention[] {
  const matcher = matcherFor(people);
  if (!matcher) return () => [];
  // The cached pattern is shared between equal groups; the speakers returned are the caller's own objects.
  const bySlug = new Map(people.map((p) => [p.slug, p]));
  return (text) => mentionsWith(matcher, bySlug, text);
}

function mentionsWith(matcher: Matcher, bySlug: Map<string, Speaker>, text: string): Mention[] {
  const out: Mention[] = [];
  matcher.pattern.lastIndex = 0;
  for (let m = matcher.pattern.exec(text); m !== null; m = matcher.pattern.exec(text)) {
    const speaker = bySlug.get(matcher.byVariant.get(m[1]!.toLowerCase()) ?? '');
    // Names are matched as written: "Hamoud" is a name, "hamoud" in a URL or a handle is not.
    if (!speaker || !/^\p{Lu}/u.test(m[1]!)) continue;
    // "Mr. McConaughey" is not Camila McConaughey.
    if (!honorificFits(m[0].slice(0, m[0].length - m[1]!.length), speaker.name)) continue;
    out.push({ speaker, start: m.index, end: m.index + m[0].length, vocative: isVocative(text, m.index, m.index + m[0].length) });
  }
  return out;
}

const MAN_TITLE = /^(?:Mr|Sir|Lord)\b/;
const WOMAN_TITLE = /^(?:Mrs|Ms|Miss|Madam|Lady|Dame)\b/;

/**
 * Whether an honorific before a name suits the person: their first name, or the honorific of their
 * own name (`Mrs. Ross` is not `Mr. Ross`); unknown names suit any.
 */
export function honorificFits(honorific: string, name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  // A name of one word after no title is a surname as often as a first name (`Allen`): it tells no sex.
  const sex = MAN_TITLE.test(first) ? 'M' : WOMAN_TITLE.test(first) ? 'F' : words.length > 1 ? firstNameSex(first) : undefined;
  if (MAN_TITLE.test(honorific)) return sex !== 'F';
  if (WOMAN_TITLE.test(honorific)) return sex !== 'M';
  return true;
}

/** Whether the name at [start, end) addresses its bearer. */
export function isVocative(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  if (/^['’]s\b/.test(after)) return false;
  if (GREETING_BEFORE.test(before)) return !/^\s+(?:is|was|has|had|says|said|who)\b/i.test(after);
  // Sentence-initial ("And Matthew, what about you?") before the mid-sentence exclusions ("Heineman and Matthew").
  if (VOCATIVE_BEFORE.test(before)) return VOCATIVE_AFTER.test(after) || QUESTION_AFTER.test(after);
  if (NOT_VOCATIVE_BEFORE.test(before)) return false;
  if (COMMA_BEFORE.test(before)) return /^\s*(?:[,?!]|[.]\s*$)/.test(after);
  return false;
}

const SELF_WORDS = /I['’]m|I am|[Mm]y name|^This is/;

/** "I'm Lester Holt", "My name is …", "This is …" at a turn's start: the name the speaker gives. */
export function selfIntroduction(text: string): string | null {
  // Most turns say no "I'm", "I am", "my name" or "This is": a plain search rules them out cheaply.
  const head = text.slice(0, 600);
  if (!SELF_WORDS.test(head)) return null;
  const m =
    /(?:^|[.!?]\s+)(?:(?:[Ss]o|[Aa]nd|[Ww]ell|[Oo]h|[Oo]kay|[Yy]eah|[Hh]i|[Hh]ello|[Hh]ey)[,!]?\s+){0,3}(?:(?:[Gg]ood (?:evening|morning|afternoon)|[Hh]ello|[Hh]i)[^.!?]{0,80}?[.,]\s+)?(?:and\s+)?(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name['’]s)\s+((?:\p{Lu}\.\s+|\p{Lu}[\p{L}'’\-]*\s+){0,3}\p{Lu}[\p{L}'’\-]+)/u.exec(text.slice(0, 600)) ??
    /^(?:This is)\s+((?:\p{Lu}\.\s+|\p{Lu}[\p{L}'’\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]+)/u.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  return name.split(/\s+/).length >= 2 ? name : null;
}

// "Zaina Erhaim, a Syrian journalist," / "Mohamed, 34," / "Ibrahim, one of …": a name introduced by an appositive.
const APPOSITIVE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:(?:al|el|de|van|von|bin)[\s-])?\p{Lu}[\p{L}'’\-]+){0,2}),\s+(?:a|an|the|who|whose|one of|\d{1,3}(?:,|-year-old))\s/gu;
const NOT_A_NAME_START = /^(?:The|A|An|In|On|At|As|But|And|So|Yet|For|With|When|While|After|Before|This|That|It|Its|His|Her|Their|Our|We|They|He|She|Meanwhile|However|Still|Today|Here|There|Now|Later|Instead|Indeed)$/;

/** Personal names in a text — tagged by compromise, or introduced by an appositive — with offsets. */
export function taggedPeople(text: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m !== null; m = APPOSITIVE.exec(text)) {
    if (!NOT_A_NAME_START.test(m[1]!.split(/\s+/)[0]!)) out.push({ name: m[1]!, at: m.index });
  }
  for (const term of tagger()(text).people().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>) {
    const name = term.text.replace(/[^\p{L}\p{N}.'’\-]+$/u, '').replace(/['’]s$/, '').replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '');
    if (nameTokens(name).length >= 1 && !out.some((o) => o.at === term.offset.start)) out.push({ name, at: term.offset.start });
  }
  return out.sort((a, b) => a.at - b.at);
}

const ROLE_BEFORE_NAME = /\b(?:director|filmmaker|producer|subject|subjects|spokesman|spokeswoman|spokesperson|host|author|writer|founder|co-founder|member|journalist|activist|reporter|correspondent|nominee|candidate|senator|governor|secretary|professor|editor|critic|actor|actress|star|guest|guests|moderator|anchor|photographer|artist|musician|scholar|historian|expert|colleague|friend|wife|husband|son|daughter|brother|sister|mother|father)\s+$/i;
const NAME_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|(?:al|el|de|van|von|bin|ibn|da|del|le|la)[\s-]+)?\p{Lu}[\p{L}'’\-]+){1,3}/gu;

/** Personal names in a clause, in order of appearance: registry people, tagged people, named roles. */
export function peopleIn(text: string, registry: SpeakerRegistry): string[] {
  const found: Array<{ at: number; name: string }> = [];
  const taken = (at: number, len: number) => found.some((f) => at < f.at + f.name.length && at + len > f.at);
  for (const m of findMentions(text, registry.all())) found.push({ at: m.start, name: m.speaker.name });
  for (const t of taggedPeople(text)) if (!taken(t.at, t.name.length)) found.push(t);
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    if (ROLE_BEFORE_NAME.test(text.slice(Math.max(0, m.index - 30), m.index)) && !taken(m.index, m[0].length)) {
      found.push({ at: m.index, name: m[0] });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
