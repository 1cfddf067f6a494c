/**
 * Said-clauses: a verb that reports words and its subject, found in tokens next to a quotation or
 * anywhere in its sentence. The subject is a name ("Okafor said", "said Jane Doe"), a pronoun ("she
 * told reporters"), a description ("the mayor said", "a spokesman for the campaign said"), or an
 * organisation ("the Clinton campaign said", "The Northern Post reports"). An apposition between a
 * name and its verb is skipped ("Jonas Bauer, the festival's head of programming, said" is Bauer),
 * as is an of-phrase ("Joel Pollak of Breitbart California observed" is Pollak) and a relative
 * pronoun ("Cruz, who said"). A participle ("…, saying") takes the sentence's subject. Each search
 * looks at a bounded number of tokens, so the whole is linear in the text.
 */
import { speechVerbs } from '../../lexicon/index.ts';
import { isStateOrCountry } from '../../lexicon/places.ts';
import { NOT_NAME, type NameMention } from './mentions.ts';
import type { Token } from './tokens.ts';

export type SubjectKind = 'name' | 'pronoun' | 'description' | 'org';

export interface Subject {
  kind: SubjectKind;
  text: string;
  /** Token range of the subject. */
  first: number;
  last: number;
  mention?: NameMention;
  /** The reporting verb and its token. */
  verb: string;
  verbAt: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Words that may stand between a subject and its verb: "Okafor later said", "she has repeatedly said". */
const BETWEEN = new Set('also later then once further previously recently simply quickly flatly firmly repeatedly often again has had have just even still already never only first finally initially earlier subsequently publicly privately bluntly calmly quietly angrily proudly reportedly himself herself themselves'.split(' '));
/** Nouns ending in -ly, which are not the adverbs a said-clause may hold ("the family said"). */
const LY_NOUNS = new Set('family ally rally assembly supply reply july italy belly bully jelly lily folly'.split(' '));

/** A word that may stand between a subject and its verb: a listed one, or an adverb in -ly ("Clinton emphatically proclaimed"). */
function between(t: Token): boolean {
  return t.word && (BETWEEN.has(t.norm) || (!t.cap && t.norm.length > 4 && t.norm.endsWith('ly') && !LY_NOUNS.has(t.norm)));
}
/** Verbs that put their subject after them: "said Okafor", "asked the mayor". */
const INVERTING = new Set('said says asked asks added adds wrote writes explained explains recalled recalls continued continues noted notes observed observes replied replies answered answers insisted insists declared declares recounted recounts concluded concludes warned warns according'.split(' '));
/** Nouns of an organisation heading a subject: "the campaign said", "the jury says". */
const ORG_NOUNS = new Set('campaign committee department ministry agency office jury court police government administration company group party council board union team commission house network newspaper paper magazine station'.split(' '));
/** Head nouns of epithets for a person: "the billionaire businessman", "the 43-year-old", "the Texan". */
export const PERSON_NOUNS = /^(?:senator|congressman|congresswoman|lawmaker|governor|mayor|president|candidate|nominee|contender|frontrunner|front-runner|businessman|businesswoman|billionaire|tycoon|mogul|magnate|developer|actor|actress|comedian|star|singer|director|filmmaker|author|writer|novelist|journalist|host|anchor|commentator|pundit|activist|official|spokesman|spokeswoman|economist|professor|scholar|lawyer|attorney|judge|justice|general|veteran|leader|chairman|chairwoman|speaker|secretary|diplomat|ambassador|minister|texan|floridian|republican|democrat|independent|conservative|liberal|progressive|former|\d+-year-old)$/;

const PREPOSITIONS = new Set(['of', 'from', 'at', 'with', 'for', 'in']);
/** Words that open a description: "a spokesman for …", "the head of …". */
const DETERMINERS = /^(?:a|an|the|his|her|their|its)$/;
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written', 'spoke', 'spoken', 'thought', 'put', 'sang', 'sung', 'began', 'begun', 'went', 'gone', 'read']);
/** A quotation mark that may open a quotation. */
const OPENING_MARK = /^[“"«„]$/;
/** The reporting verb at `v` introduces a quotation after it, with a comma or a colon: `said, “…`. */
function opensQuotation(tokens: Token[], v: number): boolean {
  return /^[,:]$/.test(tokens[v + 1]?.text ?? '') && OPENING_MARK.test(tokens[v + 2]?.text ?? '');
}
const STOP = new Set(['.', '!', '?', ';', '“', '”', '"', '«', '»']);
/** Words that open a clause or phrase, never part of a title before a name. */
const TITLE_BREAKS = /^(?:which|who|whom|that|to|of|in|on|at|for|and|but|or|as|is|was|are|were|this|it|he|she|they|we|i)$/;
/** A party and state after a name ("R-Ky.", "D-Calif."), whose full stop ends no sentence. */
const PARTY = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** A token that ends the search for a said-clause: a sentence's end or a quotation mark, not "R-Ky.". */
function stops(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return STOP.has(t) && !(t === '.' && PARTY.test(tokens[i - 1]?.text ?? ''));
}

/** Tokens a sentence-wide search looks back over. */
const WINDOW = 60;

/** True when the token is a verb that reports words ("said", "tells", "quipped"), or "according" before "to". */
export function isReportingVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word) return false;
  // "the United States" is a name, not a verb; "…, Tweeted" is a verb written with a capital.
  if (t.cap && i > 0 && !/^[.!?:“"”,]$/.test(tokens[i - 1]!.text) && (tokens[i - 1]!.cap || tokens[i - 1]!.norm === 'the')) return false;
  if (t.norm === 'according') return tokens[i + 1]?.norm === 'to';
  // Particle verbs: "shot back", "fired back", "chimed in", "weighed in", "pointed out".
  const next = tokens[i + 1]?.norm;
  if ((next === 'back' && /^(?:shot|shoots|fired|fires|hit|hits|pushed|pushes|snapped|struck)$/.test(t.norm)) || (next === 'in' && /^(?:chimed|chimes|weighed|weighs)$/.test(t.norm))) return true;
  // "As Heineman puts it, “…”".
  if (next === 'it' && /^(?:put|puts)$/.test(t.norm)) return true;
  return speechVerbs().has(t.norm);
}

/** A finite form ("says", "said", "added"), not a base form ("will say") or a participle ("saying"). */
function finite(norm: string): boolean {
  return IRREGULAR_PAST.has(norm) || (/(?:s|ed)$/.test(norm) && !/(?:ss|us)$/.test(norm));
}

/** The name mention covering token `i`, if any (mentions sorted by position). */
export function mentionAt(names: NameMention[], i: number): NameMention | undefined {
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = names[mid]!;
    if (i < m.first) hi = mid - 1;
    else if (i > m.last) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** A name that may stand as a subject: not a lone sentence-opening word the article never resolved. */
function nameLike(m: NameMention | undefined): m is NameMention {
  return !!m && !(m.initial && !m.resolved);
}

function named(m: NameMention, base: { verb: string; verbAt: number }): Subject {
  return { kind: 'name', text: m.text, first: m.first, last: m.last, mention: m, ...base };
}

/** A description or organisation ending at token `end`: "the mayor", "a spokesman for the campaign". */
function description(tokens: Token[], end: number, floor: number): { first: number; kind: SubjectKind } | null {
  let ofs = 0;
  for (let k = end, n = 0; k >= floor && n < 7; k--, n++) {
    const t = tokens[k]!;
    if (!t.word && t.text !== '’' && t.text !== "'") return null;
    if (t.norm === 'of' || t.norm === 'for') {
      if (++ofs > 1) return null;
      continue;
    }
    if (/^(?:and|or|in|at|on|with|by|to|from|who|which|that|as|than|if|when|called|filed|made|said|says)$/.test(t.norm)) return null;
    if (DETERMINERS.test(t.norm)) {
      const words = tokens.slice(k + 1, end + 1).filter((w) => w.word);
      if (words.length === 0 || words.some((w) => /^(?:same|other|another|former|latter)$/.test(w.norm))) return null;
      const proper = words.some((w, i) => w.cap && !NOT_NAME.has(w.norm) && (i > 0 || k > floor));
      const head = words.at(-1)!.norm;
      const org = !PERSON_NOUNS.test(head) && (proper || ORG_NOUNS.has(head));
      return { first: k, kind: org ? 'org' : 'description' };
    }
  }
  return null;
}

/** The first name or pronoun a sentence starts with: whom a participle clause ("…, saying") is about. */
function sentenceSubject(tokens: Token[], names: NameMention[], floor: number, base: { verb: string; verbAt: number }): Subject | null {
  // A leading adverbial ends at a comma: "In an incendiary press conference, Trump …".
  // "On Thursday, after remaining neutral throughout the primary process, Warren …": two in a row.
  for (let skipped = 0; skipped < 3 && /^(?:on|in|at|after|before|when|later|meanwhile|still|earlier|during|for|with|since|while|as|speaking)$/.test(tokens[floor]?.norm ?? ''); skipped++) {
    const from = floor;
    for (let j = floor; j < Math.min(base.verbAt, floor + 12); j++) if (tokens[j]!.text === ',') {
      floor = j + 1;
      break;
    }
    if (floor === from) break;
  }
  for (let k = floor; k < Math.min(floor + 6, base.verbAt); k++) {
    const t = tokens[k]!;
    if (/^[“"”]$/.test(t.text)) return null;
    if (PRONOUNS.has(t.norm)) return { kind: 'pronoun', text: t.norm, first: k, last: k, ...base };
    const m = mentionAt(names, k);
    if (m && !nameLike(m)) continue;
    // "Vermont Sen. Bernie Sanders": a place before a title is not the subject; the titled name is.
    if (m && !(m.first === floor && !m.honorific && /^(?:Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Dr|President|Senator|Governor)\.?$/.test(tokens[m.last + 1]?.text ?? ''))) return m.first === k ? named(m, base) : null;
  }
  return null;
}

/** The subject right before token `verb` (skipping adverbs, an apposition, an of-phrase), or null. */
export function subjectBefore(tokens: Token[], names: NameMention[], verb: number, floor: number): Subject | null {
  const base = { verb: tokens[verb]!.norm, verbAt: verb };
  // "is labeling", "was telling": the subject stands before the auxiliary.
  if (/ing$/.test(base.verb) && /^(?:is|was|are|were|been|be)$/.test(tokens[verb - 1]?.norm ?? '')) {
    const s = subjectBefore(tokens, names, verb - 1, floor);
    return s ? { ...s, ...base } : null;
  }
  // "went on to say", "continued by saying": the subject is the going-on verb's.
  if (/^(?:to|by)$/.test(tokens[verb - 1]?.norm ?? '') && /^(?:say|saying|add|adding|tell|note|noting|ask|asking)$/.test(base.verb)) {
    let g = verb - 2;
    if (tokens[g]?.norm === 'on') g--;
    if (g >= floor && /^(?:went|goes|go|continued|continues|proceeded|proceeds|added|concluded|closed|ended|began|opened)$/.test(tokens[g]!.norm)) {
      const s = subjectBefore(tokens, names, g, floor);
      return s ? { ...s, ...base } : null;
    }
  }
  if (!finite(base.verb) && !/^(?:is|was|are|were)$/.test(base.verb)) {
    // "with Gorka noting the absurdity of …": the name before the participle is its subject.
    const withName = /ing$/.test(base.verb) ? mentionAt(names, verb - 1) : undefined;
    if (withName && withName.last === verb - 1 && !withName.possessive && tokens[withName.first - 1]?.norm === 'with' && nameLike(withName)) return named(withName, base);
    // "…, saying", "…, adding": a participle after a comma reports the subject of the said-clause just
    // before it ("Jealous said, suggesting"), else the sentence's subject.
    if (!/ing$/.test(base.verb) || tokens[verb - 1]?.text !== ',') return null;
    for (let w = verb - 2; w >= Math.max(floor, verb - 8); w--) {
      if (STOP.has(tokens[w]!.text)) break;
      if (isReportingVerb(tokens, w) && finite(tokens[w]!.norm)) {
        const s = subjectBefore(tokens, names, w, floor);
        return s ? { ...s, ...base } : null;
      }
    }
    return sentenceSubject(tokens, names, floor, base);
  }
  // "if asked", "when pressed": a participle of a condition, not a said-clause.
  if (/^(?:if|when|unless|as)$/.test(tokens[verb - 1]?.norm ?? '')) return null;
  let k = verb - 1;
  for (;;) {
    while (k >= floor && between(tokens[k]!)) k--;
    // A party or place in brackets: "Sen. Rand Paul (R-Ky.) said".
    if (k >= floor && tokens[k]!.text === ')') {
      const j = openingBracket(tokens, k, floor);
      if (j < 0) return null;
      k = j - 1;
      continue;
    }
    break;
  }
  if (k < floor) return null;
  const t = tokens[k]!;
  // "Cruz, who said": the relative pronoun's antecedent.
  if (t.norm === 'who') {
    const m = mentionAt(names, tokens[k - 1]?.text === ',' ? k - 2 : k - 1);
    return m ? named(m, base) : null;
  }
  // "Bauer, the festival's head of programming, said", "…, her adviser, Jake Sullivan, said": back over
  // comma-set phrases to the nearest one that ends with a person's name and holds no clause of its own
  // ("Parker Eaton, a Republican who voted for Bill Clinton, said" is Eaton).
  if (t.text === ',') return commaSubject(tokens, names, k, floor, base);
  if (PRONOUNS.has(t.norm)) return { kind: 'pronoun', text: t.norm, first: k, last: k, ...base };
  const m = mentionAt(names, k);
  // A name right before the verb is its subject, even one opening the sentence ("Brafman said").
  if (m && m.last === k && !m.possessive) {
    // "Joel Pollak of Breitbart California observed", "Aris Shirvanian of the Armenian Patriarchate of
    // Jerusalem told": the head before the of-phrases.
    let head: NameMention | undefined = m;
    for (let hops = 0; head && hops < 3; hops++) {
      let at = head.first - 1 - (tokens[head.first - 1]?.norm === 'the' ? 1 : 0);
      // "Stacy Baker of Columbia, South Carolina says": a town and its state are one place.
      const town = tokens[at]?.text === ',' ? mentionAt(names, at - 1) : undefined;
      if (town && town.last === at - 1 && hops === 0 && isStateOrCountry(head.text) && personOfPlace(tokens, names, town, floor, verb)) at = town.first - 1;
      if (!PREPOSITIONS.has(tokens[at]?.norm ?? '')) break;
      head = mentionAt(names, at - 1);
    }
    if (!head || head.first < floor || !head.resolved) {
      // "Serena Kelleher-Vergantini of Washington's Institute for Science and International Security
      // wrote", "Sam Lau, the communications director for the Iowa Democratic Party said": a person
      // named before an of-phrase or before the comma-set phrase is the subject.
      for (let j = m.first - 1; j >= Math.max(floor, m.first - 12); j--) {
        if (tokens[j]!.text === ',') {
          const earlier = commaSubject(tokens, names, j, floor, base);
          if (earlier?.mention?.resolved) return earlier;
          break;
        }
        if (PREPOSITIONS.has(tokens[j]!.norm)) {
          const owner = mentionAt(names, j - 1);
          if (owner?.resolved && owner.first >= floor) return named(owner, base);
        }
      }
      if (!head || head.first < floor) return null;
    }
    // "after de Blasio stated an interest": a verb in a subordinate clause.
    if (/^(?:after|before|when|while|because|since|if|although|though|until|unless|whether)$/.test(tokens[head.first - 1]?.norm ?? '')) return null;
    return named(head, base);
  }
  // "Ibrahim, one of the citizen journalist's contacts says": an apposition left unclosed before the verb.
  const open = unclosedApposition(tokens, names, k, floor);
  if (open) return named(open, base);
  const d = description(tokens, k, floor);
  if (d) return { kind: d.kind, text: tokens.slice(d.first, k + 1).map((w) => w.text).join(' '), first: d.first, last: k, ...base };
  // "Trump's campaign said".
  const owner = mentionAt(names, k - 1);
  if (owner && owner.possessive && owner.last === k - 1 && tokens[k]!.word && ORG_NOUNS.has(tokens[k]!.norm)) return { kind: 'org', text: `${owner.text} ${tokens[k]!.text}`, first: owner.first, last: k, ...base };
  return null;
}

/** A name before ", one of the …" / ", a …" / ", the …" running up to `k` with no clause of its own. */
function unclosedApposition(tokens: Token[], names: NameMention[], k: number, floor: number): NameMention | null {
  for (let j = k - 1; j >= Math.max(floor, k - 12); j--) {
    const t = tokens[j]!;
    if (STOP.has(t.text) || t.text === '“' || t.text === '”' || t.text === '"') return null;
    if (t.text !== ',') continue;
    if (!/^(?:one|a|an|the|his|her|their|its|\d+)$/.test(tokens[j + 1]?.norm ?? '')) return null;
    const m = mentionAt(names, j - 1);
    return m && m.last === j - 1 && m.resolved && !m.possessive && m.first >= floor ? m : null;
  }
  return null;
}

/** The "(" that the ")" at `close` closes, at most a dozen tokens back and not before `floor`; else -1. */
function openingBracket(tokens: Token[], close: number, floor: number): number {
  for (let j = close - 1; j >= floor && j > close - 12; j--) if (tokens[j]!.text === '(') return j;
  return -1;
}

/** The ")" that closes the "(" at `open`, at most a dozen tokens on and before `ceiling`; else -1. */
function closingBracket(tokens: Token[], open: number, ceiling: number): number {
  for (let j = open + 1; j < ceiling && j < open + 12; j++) if (tokens[j]!.text === ')') return j;
  return -1;
}

/** Back from the comma at `comma` over comma-set phrases to the person's name that heads them. */
function commaSubject(tokens: Token[], names: NameMention[], comma: number, floor: number, base: { verb: string; verbAt: number }): Subject | null {
  // A known person first ("Harry Bond, 30, of Raleigh, N.C., … said" is Bond, not N.C.); else a name
  // that opens its phrase.
  for (const known of [true, false]) {
    let at = comma;
    // The segment after this one was a town's state ("…, South Carolina, said"): this one ends with the town.
    let afterState = false;
    for (let segment = 0; segment < 7 && at > floor; segment++) {
      // "Rep. Elijah Cummings (D-Md.), chair of …": the bracket after the name is the party, not the
      // name, and the full stop of "Md." ends no sentence.
      let end = at - 1;
      if (tokens[end]?.text === ')') {
        const open = openingBracket(tokens, end, floor);
        if (open > floor) end = open - 1;
      }
      let start = end;
      while (start > floor) {
        const prev = tokens[start - 1]!.text;
        const open = prev === ')' ? openingBracket(tokens, start - 1, floor) : -1;
        if (open > floor) start = open;
        else if (prev === ',' || stops(tokens, start - 1)) break;
        else start--;
      }
      const last = mentionAt(names, end);
      // "Ann Lee of Dayton, Ohio, and Bo Park of Austin, Texas, said": several people, none of them alone.
      if (last && tokens[start - 1]?.text === ',' && /^(?:and|or)$/.test(tokens[start]?.norm ?? '')) return null;
      // "Lina Haddad of Raqqa, Syria, said": a town's state after the comma is no one; the person of
      // the town before it speaks.
      const town = last && last.first === start && last.last === end && tokens[start - 1]?.text === ',' && isStateOrCountry(last.text) ? townBefore(tokens, names, start) : undefined;
      if (town) {
        // A state speaks for no one, whoever is of its town: the one person before the town
        // ("Lina Haddad of Raqqa, Syria, said"), else whoever an earlier phrase names ("Ann Lee, 45,
        // of Dayton, Ohio, said"), else no one ("Ann Lee and Bo Park of Austin, Texas, said").
        afterState = personOfPlace(tokens, names, town, floor, base.verbAt) !== undefined;
        at = start - 1;
        continue;
      }
      const m = (afterState && last && last.last === end ? personOfPlace(tokens, names, last, Math.max(floor, start), base.verbAt) : undefined) ?? last;
      afterState = false;
      const clause = tokens.slice(start, at).some((w) => /^(?:who|which|that|whose|when|where)$/.test(w.norm));
      const described = m !== undefined && describes(tokens, names, start, m);
      if (m && (m.last === end || m !== last) && m.first >= start && nameLike(m) && !clause && !described && !PREPOSITIONS.has(tokens[m.first - 1]?.norm ?? '') && (known ? m.resolved : m.first === start)) {
        return named(m, base);
      }
      if (start <= floor || tokens[start - 1]!.text !== ',') break;
      at = start - 1;
    }
  }
  return null;
}

/**
 * "Lina Haddad of Raqqa, Syria, says": the person a place mention `m` is of, where that person opens
 * the sentence (at or after `floor`) or follows a comma, and the said-clause is no aside. Not "Asked
 * about Ted Cruz of Texas, Trump said", "Bernie Sanders of Vermont, Clinton said, was wrong", "Prime
 * Minister of Israel, …" or "Bank of America, …".
 */
function personOfPlace(tokens: Token[], names: NameMention[], m: NameMention, floor: number, verbAt: number): NameMention | undefined {
  if (!/^(?:of|from)$/.test(tokens[m.first - 1]?.norm ?? '')) return undefined;
  const person = mentionAt(names, m.first - 2);
  if (!person || person.last !== m.first - 2 || person.possessive || !nameLike(person) || (person.first === person.last && !person.resolved)) return undefined;
  // "Prime Minister of Israel, Benjamin Netanyahu, said": a title of a place, not a person of it.
  if (PERSON_NOUNS.test(tokens[person.last]!.norm)) return undefined;
  // Opening the sentence (after "And", "But", or a title: "Mayor Karen Weaver of Flint"), or set off
  // by a comma ("Another superdelegate, Michael Brown of Washington, D.C., explained").
  const prev = person.first - 1;
  const startsAt = (i: number) => i <= floor || i === 0 || stops(tokens, i - 1);
  const lead = tokens[prev];
  const opens = startsAt(person.first) || lead?.text === ',' || (lead !== undefined && (/^(?:and|but|so)$/.test(lead.norm) || lead.cap) && startsAt(prev));
  const aside = tokens[verbAt + 1]?.text === ',' && !OPENING_MARK.test(tokens[verbAt + 2]?.text ?? '');
  return opens && !aside ? person : undefined;
}

/** The place someone is of or from that the comma before token `start` follows ("… of Austin, Texas"). */
function townBefore(tokens: Token[], names: NameMention[], start: number): NameMention | undefined {
  const town = mentionAt(names, start - 2);
  return town !== undefined && town.last === start - 2 && /^(?:of|from)$/.test(tokens[town.first - 1]?.norm ?? '') ? town : undefined;
}

/**
 * "Dog Andres, a spokesman for House Speaker Paul Ryan, said", "…, an aide to Paul Ryan, said": the
 * name in a description set off by commas after a name (and an age: "Clinton, 35, the daughter of …")
 * is whom it is for, not who speaks. Not "Yesterday, the former head of the agency John Smith, 62,
 * said": no name before the comma.
 */
function describes(tokens: Token[], names: NameMention[], start: number, m: NameMention): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  // "Clinton, 35, the daughter of …": past an age.
  const end = /^\d+$/.test(tokens[start - 2]?.text ?? '') && tokens[start - 3]?.text === ',' ? start - 4 : start - 2;
  const before = mentionAt(names, end);
  if (!before || before.last !== end) return false;
  const opening = tokens[start]!;
  if (!DETERMINERS.test(opening.norm) && (opening.cap || !opening.word)) return false;
  return tokens.slice(start, m.first).some((w) => PREPOSITIONS.has(w.norm) || w.norm === 'to');
}

/**
 * A person's or body's noun among the lower-case words from `k` (up to three, before any preposition or
 * article): what a name before them qualifies ("U.S. law enforcement official"), not a place or an event
 * after the name ("Jake Sullivan at a campaign event").
 */
function qualifies(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = tokens[j];
    if (w === undefined || !w.word || w.cap || NOT_IN_NOUN_PHRASE.test(w.norm)) return false;
    if (PERSON_NOUNS.test(w.norm) || ORG_NOUNS.has(w.norm)) return true;
  }
  return false;
}
/** Words that end a noun phrase before its head: what follows them is not what a name qualifies. */
const NOT_IN_NOUN_PHRASE = /^(?:at|to|of|in|on|for|with|by|from|during|after|before|about|as|a|an|the|and|or|who|which|that|said|says|told|added)$/;

/**
 * "said University of California, San Diego's chancellor, Pradeep Khosla": a body named over two
 * places, a possessive after the comma, then the person. Where the possessive ends, or -1.
 */
function placedOwner(tokens: Token[], names: NameMention[], k: number, ceiling: number): number {
  for (let e = k + 1; e < Math.min(ceiling, k + 6); e++) {
    const w = tokens[e]!;
    if (STOP.has(w.text)) return -1;
    if (w.text !== ',') continue;
    // The possessive right after the comma: "said Laurie Guzzinati, a spokeswoman for Nabisco's parent
    // company, Mondelez International" is Guzzinati, the company no owner of hers.
    const p = mentionAt(names, e + 1);
    return p && p.first === e + 1 && p.possessive ? p.last : -1;
  }
  return -1;
}

/** The subject right after an inverting verb: "said Okafor", "says the mayor", "according to Okafor". */
export function subjectAfter(tokens: Token[], names: NameMention[], verb: number, ceiling: number, anyVerb = false): Subject | null {
  const norm = tokens[verb]!.norm;
  if (!INVERTING.has(norm) && !(anyVerb && finite(norm))) return null;
  let k = verb + 1;
  if (norm === 'according') k++;
  const base = { verb: norm, verbAt: verb };
  if (k > ceiling) return null;
  const t = tokens[k]!;
  if (PRONOUNS.has(t.norm) && norm !== 'according') return { kind: 'pronoun', text: t.norm, first: k, last: k, ...base };
  let m = mentionAt(names, k) ?? (/^(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|President)\.?$/.test(t.text) ? mentionAt(names, k + 1) : undefined);
  // The head of a titled phrase is its last name: "said Cruz constituent Dan Golvach", "said Clinton's
  // top foreign policy aide Jake Sullivan", "explained Los Angeles-based attorney Edgar Martirosyan".
  for (let e = k; e <= Math.min(ceiling, k + 8); e++) {
    const w = tokens[e]!;
    if (!w.word && w.text !== '-' && w.text !== '’' && w.text !== "'") break;
    // "said DEA Special Agent in Charge John W. Callery": "in Charge" is part of the title.
    const inCharge = w.norm === 'in' && tokens[e + 1]?.norm === 'charge';
    if (/^(?:who|when|which|that|in|on|at|during|after|before|while|of|from|for)$/.test(w.norm) && !inCharge) break;
    const later = mentionAt(names, e);
    // "said the Florida senator": a name before a person's or body's noun only qualifies it.
    // Within a few lower-case words: "said a U.S. law enforcement official" names no one.
    const qualifier = qualifies(tokens, (later?.last ?? e) + 1);
    if (later && later !== m && nameLike(later) && later.first === e && !qualifier) m = later;
  }
  // "said RAD's principal investigator, Don Hassler of …": the name set after the possessive's noun.
  const owner = m?.possessive ? m.last : /^\p{Lu}.*['’]s$/u.test(t.text) || /^(?:his|her|their|its)$/.test(t.norm) ? k : placedOwner(tokens, names, k, ceiling);
  if (owner >= 0) {
    for (let e = owner + 1; e <= Math.min(ceiling, owner + 6); e++) {
      if (STOP.has(tokens[e]!.text)) break;
      if (tokens[e]!.text !== ',') continue;
      const apposed = mentionAt(names, e + 1);
      if (apposed && apposed.first === e + 1 && nameLike(apposed) && !apposed.possessive) return named(apposed, base);
      break;
    }
  }
  if (m && m.first <= k + 8 && nameLike(m) && !m.possessive) return named(m, base);
  if (DETERMINERS.test(t.norm)) {
    let e = k + 1;
    while (e <= ceiling && e - k < 6 && tokens[e]!.word && !/^(?:in|on|at|who|that|which|during|after|before|when|while|and|to|on)$/.test(tokens[e]!.norm)) e++;
    const d = description(tokens, e - 1, k);
    if (d) return { kind: d.kind, text: tokens.slice(k, e).map((w) => w.text).join(' '), first: k, last: e - 1, ...base };
  }
  return null;
}

/**
 * The clause right after a quotation: `”, Okafor said.`, `” said Okafor`, `,” according to Okafor`,
 * `,” Gov. Kasich replied`, `,” Trump, the party's frontrunner, said`.
 */
export function clauseAfter(tokens: Token[], names: NameMention[], from: number, to: number): Subject | null {
  let k = from;
  while (k < to && (tokens[k]!.text === ',' || tokens[k]!.text === '—' || tokens[k]!.text === '–')) k++;
  // A name's title, a party in brackets or an apposition may come between: the verb is looked for
  // further then ("“…,” House Speaker Paul Ryan, the convention chair, told…").
  let reach = 7;
  for (let j = k; j < Math.min(to, k + 7); j++) if (tokens[j]!.text === ',' || tokens[j]!.text === '(') reach = 40;
  // A quotation closed on a comma, question or exclamation mark hands its words to the clause after it,
  // whatever reporting verb leads it ("…,” mused Stu Burguiere", "…?” reacted Trump").
  const handed = tokens[from]?.text === ',' || [tokens[from - 1], tokens[from - 2]].some((t) => t !== undefined && /^[,?!]$/.test(t.text));
  const closedSentence = !handed && [tokens[from - 1], tokens[from - 2]].some((t) => t?.text === '.');
  for (let v = k, n = 0; v < to && n < reach; v++, n++) {
    // "Sen. Marco Rubio (R-Fla.) said": a bracket is passed over whole.
    const close = tokens[v]!.text === '(' ? closingBracket(tokens, v, to) : -1;
    if (close >= 0) {
      v = close;
      continue;
    }
    if (stops(tokens, v)) return null;
    if (!isReportingVerb(tokens, v)) continue;
    if (v === k) return subjectAfter(tokens, names, v, to - 1, handed);
    // "“…” The GOP speechwriter said the deal-breaker was …": after a quotation that closed its sentence,
    // a new sentence reports something else, unless the clause ends there ("“….” Trump said.").
    if (closedSentence && tokens[v + 1] !== undefined && !/^[.,;!?]$/.test(tokens[v + 1]!.text)) return null;
    // "…region.” Kino Gabriel said, “The statement …”": a clause that opens the next quotation is its own.
    if (closedSentence && opensQuotation(tokens, v)) return null;
    const before = subjectBefore(tokens, names, v, k);
    // "“…,” Cruz spokesman Rick Tyler said", "“…,” California Rep. Duncan Hunter said": a title in front.
    // "“…,” another friend, Mariam Emara told CNN": up to six words of title, one comma among them.
    const title = before === null ? [] : tokens.slice(k, before.first);
    // Longer than four words or with a comma, it must lead to a name and hold no clause ("…” to publish
    // this work, which she insisted" is no title).
    const plain = title.length <= 4 && title.every((w) => w.word || w.text === '’' || w.text === "'");
    const long = handed && before?.kind === 'name' && title.length <= 6 && title.filter((w) => w.text === ',').length <= 1 && title.every((w) => (w.word && !TITLE_BREAKS.test(w.norm)) || w.text === '’' || w.text === "'" || w.text === ',');
    const titled = before !== null && before.first > k && (plain || long);
    if (before && (before.first === k || titled)) return before;
    // "“We’re extremely happy” about the decision, said RoseAnn DeMoro".
    if (tokens[v - 1]?.text === ',' && INVERTING.has(tokens[v]!.norm)) return subjectAfter(tokens, names, v, to - 1);
    return null;
  }
  return null;
}

/** A reporting verb later in the quotation's sentence: `“…” is reminiscent of the 1960s, Bozell says.` */
export function clauseLater(tokens: Token[], names: NameMention[], from: number, to: number): Subject | null {
  for (let v = from; v < Math.min(to, from + WINDOW); v++) {
    const t = tokens[v]!.text;
    if (t === '“' || t === '"' || t === '.' || t === '?' || t === '!') return null;
    if (!isReportingVerb(tokens, v) || !finite(tokens[v]!.norm)) continue;
    // "Kino Gabriel said, “The statement …”": the clause opens the next quotation, not this one's.
    if (opensQuotation(tokens, v)) return null;
    // Not a relative clause's verb: "…, which Bozell says is false" (but "… larger than that, said
    // Wasserman" is a said-clause).
    const relative = (j: number) => /^(?:which|that|who)$/.test(tokens[j]?.norm ?? '') && tokens.slice(j + 1, v).every((t) => t.text !== ',');
    if (relative(v - 2) || relative(v - 3)) continue;
    // A clause that closes the sentence, perhaps with a time or place ("…, Carson said after the attacks.").
    const next = tokens[v + 1];
    if (!next || /^[.?!,;]$/.test(next.text) || /^(?:on|in|at|after|before|during|yesterday|today|tonight|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(next.norm)) {
      return subjectBefore(tokens, names, v, v - 4) ?? subjectAfter(tokens, names, v, to - 1);
    }
    // "“…” if she didn't win by a margin larger than that, said David Wasserman, an elections analyst".
    if (tokens[v - 1]?.text === ',') {
      const s = subjectAfter(tokens, names, v, to - 1, true);
      if (s) return s;
    }
  }
  return null;
}

/** The clause right before a quotation: `Okafor said: “`, `she told reporters, “`, `said Okafor: “`. */
export function clauseBefore(tokens: Token[], names: NameMention[], floor: number, to: number): Subject | null {
  // Up to four words may stand between the verb and the quotation: "said in a statement:", "told reporters".
  for (let v = to - 1, n = 0; v >= floor && n < 7; v--, n++) {
    if (stops(tokens, v)) return null;
    if (!isReportingVerb(tokens, v)) continue;
    const s = subjectBefore(tokens, names, v, floor) ?? (inverted(tokens, v, floor) ? subjectAfter(tokens, names, v, to - 1) : null);
    if (s && weakVerb(tokens, s)) continue;
    return s;
  }
  return null;
}

/** "The agreement goes “nowhere near far enough”": "goes" reports words only of a person ("and he goes, “…”"). */
function weakVerb(tokens: Token[], s: Subject): boolean {
  return (s.kind === 'description' || s.kind === 'org') && /^(?:go|goes|went|going|gone)$/.test(tokens[s.verbAt]!.norm);
}

/** An inverted clause starts its sentence or follows a comma ("Said Okafor:", "…, says Okafor"); "X said Trump had" is not one. */
function inverted(tokens: Token[], verb: number, floor: number): boolean {
  return verb === floor || /^[,“”"—–:]$/.test(tokens[verb - 1]?.text ?? '');
}

/** The last reporting verb's subject anywhere in the sentence before token `to`: partial and embedded quotations. */
export function clauseInSentence(tokens: Token[], names: NameMention[], floor: number, to: number): Subject | null {
  // A said-clause governs what follows it within a few dozen words; looking further costs and misleads.
  floor = Math.max(floor, to - WINDOW);
  for (let v = to - 1; v >= floor; v--) {
    if (tokens[v]!.text === '“' || tokens[v]!.text === '”') return null;
    if (!isReportingVerb(tokens, v)) continue;
    const s = subjectBefore(tokens, names, v, floor) ?? (inverted(tokens, v, floor) ? subjectAfter(tokens, names, v, to - 1) : null);
    // "…, which the Tax Foundation estimates would cost": a verb of a relative clause reports nothing here.
    if (s && (/^(?:which|that|whom)$/.test(tokens[s.first - 1]?.norm ?? '') || weakVerb(tokens, s))) continue;
    if (s) return s;
    // "…, but admits that": the subject is the clause's first one, before a conjunction.
    for (let j = v - 1; j >= floor; j--) {
      if (!/^(?:and|but|yet)$/.test(tokens[j]!.norm)) continue;
      // ("…, did not mention Trump by name, but told city leaders that": a verb with no subject of its
      // own before the conjunction leaves the sentence's subject to find.)
      let earlier: Subject | null | undefined;
      for (let w = j - 1; w >= floor && earlier === undefined; w--) if (isReportingVerb(tokens, w)) earlier = subjectBefore(tokens, names, w, floor);
      if (earlier) return earlier;
      // "Massie used to support Paul, but now said Trump had “…”": the sentence's subject, when the
      // conjunction joins two of its verbs (nothing but an adverb between it and the verb).
      if (v - j <= 2 && tokens.slice(j + 1, v).every((t) => t.word && /ly$|^(?:now|then|also|later|still)$/.test(t.norm))) return sentenceSubject(tokens, names, floor, { verb: tokens[v]!.norm, verbAt: v });
      break;
    }
  }
  return null;
}
