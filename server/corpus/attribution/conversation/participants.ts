/**
 * Who takes part in an unlabelled conversation, found in its words: the metadata's hosts and guests;
 * whoever introduces themselves ("I'm Lester Holt", "My name is Travis"); whom a host introduces
 * ("we are joined now by its director Matthew Heineman", "my guest today is Kate Goldenring"); and
 * whom the speakers address by name ("Thanks, Marc.", "Kat, what do you think?"). Short and full
 * forms of one name are one person ("Marc" and "Marc Beinder").
 */
import type { Speaker } from '../../model.ts';
import { isFirstName } from '../../lexicon/index.ts';
import { adHocSpeaker, nameTokens, type SpeakerRegistry } from '../../speakers.ts';
import { sentences } from '../../text.ts';
import { selfIntroduction } from '../names.ts';
import { tokenize } from '../prose/tokens.ts';
import { findNames } from '../prose/mentions.ts';

/** Phrases after which a host names the guests. */
const INTRODUCTION =
  /\b(?:joined(?: (?:now|today|tonight|here|again|in the studio))* by|joins us|joining (?:us|me)(?: (?:now|today|tonight|here))*(?: (?:is|are))?|with (?:us|me)(?: (?:now|today|tonight|here|in the studio))* (?:is|are)|(?:my|our) (?:special )?guests?(?: (?:today|tonight|this week|now))? (?:is|are)|(?:please )?welcome(?!\s+(?:back\s+)?to\b)|(?:we're|we are|I'm|I am) (?:talking|speaking|here) (?:with|to)|(?:debate|conversation|discussion) between|participants(?: (?:tonight|today))? are|meet|(?:episode(?: \d+)?|conversation|chat|talk|discussion) with|interview(?:ed|s|ing)? (?:of|with))\s+/i;

/** "An (oral history) interview with X": X is who the conversation is about. */
const SUBJECT = /\binterview(?:ed|s|ing)? (?:of|with)\s+/i;

/** Phrases after which someone names who runs the conversation: "an interview of … by Thomas Gideon". */
const HOST_INTRODUCTION = /\b(?:(?:interview(?:ed|s)?|conducted|hosted|moderated|presented|recorded) by|(?:the|your|I'm your|I am your) (?:interviewer|host|moderator)(?: (?:is|was|today is|tonight is))?,?)\s+/i;

/** A show named for its host: "You're listening to the Stephan Livera podcast", "welcome to The Ezra Klein Show". */
const NAMED_SHOW = /\b(?:listening to|welcome (?:back )?to|this is)\s+(?:the\s+)?(?=\p{Lu})/iu;
const SHOW_AFTER_NAME = /^(?:['’]s)?\s+(?:podcast|show|programme|program|hour)\b/i;

/** Where a first name addresses someone: "Thanks, Marc.", "Kat, what …", "…, Marc?". */
/**
 * Words the name lists hold that open a sentence as an oath or a form of address more often than as
 * someone's name: "Marry, my lord", "Faith, I know not", "Sir, …", "Jesus, that was close".
 */
const INTERJECTIONS = new Set(['Marry', 'Faith', 'Sir', 'Lord', 'God', 'Jesus', 'Christ', 'Dear', 'Honey', 'Baby', 'Buddy', 'Dude', 'Man', 'Boy', 'Mister', 'Master', 'Sire', 'Madam', 'Gosh']);

const ADDRESS = [
  /(?:^|[.!?]\s+)(?:(?:[Ss]o|[Aa]nd|[Ww]ell|[Nn]ow|[Oo]kay|[Oo]k|[Bb]ut|[Yy]es|[Yy]eah|[Rr]ight|[Oo]h|[Hh]ey|[Hh]i|[Hh]ello|[Aa]lright|[Aa]ll right)[,\s]+)?(\p{Lu}\p{Ll}+),\s/gu,
  /\b(?:thanks|thank you|hey|hi|hello|welcome|good to see you|great to have you|good morning|good evening)(?: so much| very much)?,?\s+(\p{Lu}\p{Ll}+)\b/gu,
  // "Mr. Trump, same question.", "Secretary Clinton?": a title and a surname.
  /(?:^|[.!?]\s+)(?:(?:[Ss]o|[Aa]nd|[Ww]ell|[Nn]ow|[Oo]kay|[Aa]ll right|[Bb]ut)[,\s]+)?(?:Mr|Mrs|Ms|Dr|Secretary|Senator|Governor|President|Professor)\.?\s+(\p{Lu}\p{Ll}+)(?=\s*[,?])/gu,
  // "…, Marc?" — a question's last word; "Saint Charles, Missouri." is not an address.
  /,\s+(\p{Lu}\p{Ll}+)(?=[?!]\s*$)/gu,
  // "You bet, Marc.", "Thank you for your time, Sarah.": spoken to, then named.
  /\b[Yy]ou(?:r)?\b[^.!?,]{0,60},\s+(\p{Lu}\p{Ll}+)(?=[.!?])/gu,
];
/** Addresses sure enough to name someone the first time: greetings and "you …, Name." */
const SURE_ADDRESSES = [ADDRESS[1]!, ADDRESS[4]!];

/** The rest of a sentence that speaks to someone: second person, or a question. */
const SPOKEN_TO = /^[^.!?]*(?:\b(?:you|your|you're|you’re|you've|you’ve|yours)\b|\?)/i;

export interface Cast {
  /** Everyone who speaks or is spoken to by name, one record a person. */
  people: Speaker[];
  /** Whom the conversation is with ("an oral history interview with X"), when the words say so. */
  subject: Speaker | null;
  /** Those who run the conversation (metadata hosts, or who introduces the others). */
  hosts: Speaker[];
}

/** A registry-aware store of people where "Marc" joins "Marc Beinder". */
class CastBuilder {
  readonly people: Speaker[] = [];
  constructor(private readonly registry: SpeakerRegistry) {}

  add(name: string, role: string): Speaker {
    const tokens = nameTokens(name);
    const registered = this.registry.resolve(name);
    if (registered) {
      if (!this.people.includes(registered)) this.people.push(registered);
      return registered;
    }
    const same = this.people.filter((p) => {
      const t = nameTokens(p.name);
      return tokens.every((w) => t.includes(w)) || t.every((w) => tokens.includes(w));
    });
    if (same.length === 1) {
      const found = same[0]!;
      // The fuller name is the one to show.
      if (tokens.length > nameTokens(found.name).length && found.adHoc) Object.assign(found, { name, slug: adHocSpeaker(name).slug });
      return found;
    }
    const speaker = adHocSpeaker(name, role);
    this.people.push(speaker);
    return speaker;
  }
}

/** Words that make a capitalised run a thing's name, not a person's: "Copyright Reform Act". */
const THING_WORDS = new Set(['office', 'house', 'press', 'secretary', 'assistant', 'deputy', 'vice', 'senior', 'junior', 'chief', 'engineer', 'software', 'officer', 'manager', 'director', 'editor', 'producer', 'professor', 'president', 'founder', 'executive', 'variables', 'act', 'reform', 'law', 'bill', 'university', 'college', 'school', 'institute', 'company', 'inc', 'corp', 'group', 'party', 'show', 'podcast', 'festival', 'foundation', 'society', 'association', 'council', 'committee', 'department', 'ministry', 'agency', 'project', 'award', 'awards', 'center', 'centre', 'museum', 'library', 'news', 'times', 'post', 'radio', 'network', 'channel', 'conference', 'summit', 'street', 'avenue', 'city', 'county', 'state', 'states', 'river', 'island', 'lake', 'mountain', 'day', 'week', 'year']);

/** A person's name starts with a first name, or is two to four capitalised words naming no thing. */
function looksPersonal(name: string): boolean {
  // "I've", "I'm": a pronoun, capitalised.
  if (/^I(?:['’]|$)/.test(name)) return false;
  const tokens = nameTokens(name);
  if (isFirstName(tokens[0] ?? '')) return true;
  // "Being Slaughtered Silently": verb forms and adverbs are not names.
  return tokens.length >= 2 && tokens.length <= 4 && !tokens.some((t) => THING_WORDS.has(t) || /(?:ing|ed|ly)$/.test(t));
}

/** How many tokens may separate an introduction phrase, or one name, from the next name. */
const NEAR = 12;
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'of', 'near', 'on', 'to', 'into', 'for']);

/** Full names in an introduction clause, in order. */
export function introducedNames(text: string, pattern: RegExp = INTRODUCTION): string[] {
  const out: string[] = [];
  for (const sentence of sentences(text)) {
    const m = pattern.exec(sentence.text);
    if (!m) continue;
    const clause = sentence.text.slice(m.index + m[0].length);
    const tokens = tokenize(clause);
    // Names follow the phrase closely, one after another ("by its director Matthew Heineman and
    // Abdalaziz Alhamza"); a name further on ("This is our fourth expo; … the Westin") is something else.
    let reach = NEAR;
    let lastPlace = -2;
    for (const name of findNames(tokens, new Set([0]))) {
      if (name.first > reach) break;
      // "… Patsy Chappelear in Houston, Texas": places after a preposition, and after them, are not introduced.
      if (PLACE_BEFORE.has(tokens[name.first - 1]?.norm ?? '') || (tokens[name.first - 1]?.text === ',' && lastPlace === name.first - 2)) {
        lastPlace = name.last;
        continue;
      }
      if (looksPersonal(name.text)) out.push(name.text);
      reach = name.last + NEAR;
    }
    // "An interview of A by B": A is introduced, B runs it.
    if (pattern === INTRODUCTION && /^interview/i.test(m[0])) {
      const by = BY_NAME.exec(clause);
      if (by) out.splice(0, out.length, ...out.filter((n) => clause.indexOf(n) < by.index));
    }
  }
  return out;
}

const BY_NAME = /\sby\s+(?=\p{Lu})/u;

/** Who runs the conversation, named in the words: "hosted by B", "an interview of A by B". */
export function interviewerNames(text: string): string[] {
  // One host a phrase: "conducted by Thomas Gideon with Nina Paley" names one.
  const out = introducedNames(text, HOST_INTRODUCTION).slice(0, 1);
  for (const sentence of sentences(text)) {
    const m = NAMED_SHOW.exec(sentence.text);
    if (!m) continue;
    const clause = sentence.text.slice(m.index + m[0].length);
    const name = introducedNames(clause, /^/)[0];
    if (name && clause.startsWith(name) && SHOW_AFTER_NAME.test(clause.slice(name.length))) out.push(name);
  }
  for (const sentence of sentences(text)) {
    const m = INTRODUCTION.exec(sentence.text);
    if (!m || !/^interview/i.test(m[0])) continue;
    const clause = sentence.text.slice(m.index + m[0].length);
    const by = BY_NAME.exec(clause);
    if (by) out.push(...introducedNames(clause.slice(by.index + by[0].length), /^/));
  }
  return out;
}

/** First names a turn addresses. */
export function addressedNames(text: string, knownFirstNames: ReadonlySet<string> = new Set(), greetingsOnly = false): string[] {
  const out = new Set<string>();
  for (const pattern of greetingsOnly ? SURE_ADDRESSES : ADDRESS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // "Steve, I might recognize him" puts a name first; "Ron, I believe that you were born" speaks to him.
      if (pattern === ADDRESS[0] && !SPOKEN_TO.test(text.slice(m.index + m[0].length, m.index + m[0].length + 300))) continue;
      if (INTERJECTIONS.has(m[1]!) && pattern !== ADDRESS[1]) continue;
      if (pattern === ADDRESS[2] || isFirstName(m[1]!) || knownFirstNames.has(m[1]!.toLowerCase())) out.add(m[1]!);
    }
  }
  return [...out];
}

/**
 * Whether the reply names whom a turn seemed to address: "Mr Fraser?" answered by "Fraser." or "I
 * think that was Fraser" asks about someone, and the one who answers is not them (nobody names
 * themselves in the third person, nor echoes their own name back).
 */
export function echoed(name: string, reply: string | undefined): boolean {
  if (!reply) return false;
  // As a word: "Mark" is not echoed by "Market"; and not where the one called says who they are
  // ("Margaret?" — "Yes, it's Margaret here", "Ben here", "Priya again:").
  for (let at = reply.indexOf(name); at !== -1; at = reply.indexOf(name, at + 1)) {
    if (LETTER.test(reply[at - 1] ?? '') || LETTER.test(reply[at + name.length] ?? '')) continue;
    if (!saysWho(reply, at, at + name.length)) return true;
  }
  return false;
}

/** Whether the name at [start, end) of a reply is its speaker saying who they are (`it's Margaret here`). */
export function saysWho(reply: string, start: number, end: number): boolean {
  return SAYS_WHO_BEFORE.test(reply.slice(Math.max(0, start - 12), start)) || SAYS_WHO_AFTER.test(reply.slice(end, end + 12));
}

/** Words around a name that make it the speaker saying who they are: `it's Margaret`, `Ben here`. */
const SAYS_WHO_BEFORE = /(?:\b(?:it['’]s|it is|this is|I['’]m|I am)\s+)$/i;
const SAYS_WHO_AFTER = /^(?:\s+(?:here|again|speaking)\b|\s*again\s*:)/i;

const LETTER = /\p{L}/u;

/** The people of a conversation from its metadata and its words. */
export function castOf(turns: Array<{ text: string }>, hosts: Speaker[], guests: Speaker[], registry: SpeakerRegistry): Cast {
  const cast = new CastBuilder(registry);
  for (const s of [...hosts, ...guests]) if (!cast.people.includes(s)) cast.people.push(s);
  const foundHosts = [...hosts];
  // Those named as running it first, so that a self-introduction does not take their place.
  for (const turn of turns) {
    for (const name of interviewerNames(turn.text)) {
      const person = cast.add(name, 'host');
      if (!foundHosts.includes(person)) foundHosts.push(person);
    }
  }
  turns.forEach((turn, i) => {
    const self = selfIntroduction(turn.text);
    const introduced = introducedNames(turn.text);
    if (self) {
      // Saying who one is in answer to a question ("Who are you?" — "I'm Ana Ruiz, a photographer") is a guest's answer.
      const answering = i > 0 && /\?\s*$/.test(turns[i - 1]!.text);
      const person = cast.add(self, introduced.length > 0 || i === 0 ? 'host' : 'guest');
      if ((introduced.length > 0 || (i <= 1 && !answering)) && !foundHosts.includes(person) && foundHosts.length === 0) foundHosts.push(person);
    }
    for (const name of introduced) cast.add(name, 'guest');
  });
  // Names only ever used to address someone join last, and only as first names of people not yet known.
  // A first name alone is somebody's when it belongs to someone already named, follows a greeting
  // ("Thanks, Jerod"), or addresses someone twice: "Houston, …" once is a place.
  const firstNames = new Set(cast.people.map((p) => nameTokens(p.name)[0]!).filter(Boolean));
  const times = new Map<string, number>();
  const count = (greetingsOnly: boolean, weight: number) =>
    turns.forEach((turn, i) => {
      for (const name of addressedNames(turn.text, firstNames, greetingsOnly)) if (!echoed(name, turns[i + 1]?.text)) times.set(name, (times.get(name) ?? 0) + weight);
    });
  count(false, 1);
  count(true, 2);
  for (const [name, n] of times) if (n >= 2 || firstNames.has(name.toLowerCase())) cast.add(name, 'guest');
  const subjectName = turns.slice(0, 3).map((t) => introducedNames(t.text, SUBJECT)[0]).find(Boolean);
  const subject = subjectName ? cast.add(subjectName, 'guest') : null;
  return { people: cast.people, hosts: foundHosts, subject };
}
