/**
 * The subject before a reporting verb: "Okafor said", "she told reporters", "the mayor said", and the
 * name at the head of the phrases set off by commas before it ("Jonas Bauer, the festival's head of
 * programming, said" is Bauer; "Stacy Baker of Columbia, South Carolina says" is Baker). Each search
 * looks at a bounded number of tokens.
 */
import { isStateOrCountry } from '../../lexicon/places.ts';
import { PRONOUNS, ORG_NOUNS, personNoun, PREPOSITIONS, DETERMINERS, OPENING_MARK, STOP, stops, isReportingVerb, finite, mentionAt, nameLike, named, description, openingBracket, type Subject } from './clause-words.ts';
import type { NameMention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Words that may stand between a subject and its verb: "Okafor later said", "she has repeatedly said". */
const BETWEEN = new Set('also later then once further previously recently simply quickly flatly firmly repeatedly often again has had have just even still already never only first finally initially earlier subsequently publicly privately bluntly calmly quietly angrily proudly reportedly himself herself themselves'.split(' '));

/** Nouns ending in -ly, which are not the adverbs a said-clause may hold ("the family said"). */
const LY_NOUNS = new Set('family ally rally assembly supply reply july italy belly bully jelly lily folly'.split(' '));

/** A word that may stand between a subject and its verb: a listed one, or an adverb in -ly ("Clinton emphatically proclaimed"). */
export function between(t: Token): boolean {
  return t.word && (BETWEEN.has(t.norm) || (!t.cap && t.norm.length > 4 && t.norm.endsWith('ly') && !LY_NOUNS.has(t.norm)));
}

/** The first name or pronoun a sentence starts with: whom a participle clause ("…, saying") is about. */
export function sentenceSubject(tokens: Token[], names: NameMention[], floor: number, base: { verb: string; verbAt: number }): Subject | null {
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

/** Words for a group of people, which stand before "of" as a name would: "Supporters of Clinton said". */
const GROUPS = /^(?:supporters|members|fans|friends|critics|relatives|residents|officials|voters|lawyers|researchers|opponents|aides|staff|employees|workers|leaders|experts|analysts|students|parents|activists|protesters|representatives|sources|allies|advisers|advisors|delegates|volunteers|donors|scientists|doctors|teachers|families|people|many|some|most|others|dozens|hundreds|thousands|rivals|colleagues|followers|admirers|backers)$/i;

/** Determiners and numbers that open a plural subject: "the protesters", "some critics", "two aides". */
const PLURAL_OPENERS = /^(?:the|some|many|most|several|these|those|other|both|all|their|his|her|its|our|two|three|four|five|few|\d+)$/;

/**
 * Where a plural subject standing right before a present-tense verb starts ("the angry protesters
 * insist", "critics say"), or -1: a group word, or a lower-case word in -s after a determiner.
 */
function groupBefore(tokens: Token[], verb: number, floor: number): number {
  if (finite(tokens[verb]!.norm)) return -1;
  let k = verb - 1;
  while (k >= floor && between(tokens[k]!)) k--;
  const head = tokens[k];
  if (k < floor || !head?.word || PRONOUNS.has(head.norm)) return -1;
  const plural = GROUPS.test(head.norm) || (!head.cap && head.norm.length > 3 && /[a-z]s$/.test(head.norm) && !/(?:ss|us|is)$/.test(head.norm));
  if (!plural) return -1;
  // Back over up to two adjectives to a determiner; a bare group word may open the clause itself.
  for (let j = k - 1; j >= Math.max(floor, k - 3); j--) {
    const t = tokens[j]!;
    if (t.word && PLURAL_OPENERS.test(t.norm)) return j;
    if (!t.word || t.cap) break;
  }
  const before = tokens[k - 1];
  return GROUPS.test(head.norm) && (k === floor || !before?.word) ? k : -1;
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
  // "the protesters insist", "critics say": a plural subject of a present-tense verb is a group, no one
  // person — a said-clause all the same, so that no later rule hands the quotation to someone else.
  const group = /ing$/.test(base.verb) ? -1 : groupBefore(tokens, verb, floor);
  if (group !== -1) return { kind: 'description', group: true, text: tokens.slice(group, verb).filter((t) => t.word).map((t) => t.text).join(' '), first: group, last: verb - 1, ...base };
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
    // "Members of the Sierra Club said", "Supporters of Clinton said": a group of people is no name.
    if (head !== m && !head.resolved && head.first === head.last && GROUPS.test(head.text)) return null;
    return named(head, base);
  }
  // "Ibrahim, one of the citizen journalist's contacts says": an apposition left unclosed before the verb.
  const open = unclosedApposition(tokens, names, k, floor);
  if (open) return named(open, base);
  const d = description(tokens, k, floor);
  // A body after a preposition is not who speaks: "Suman Haripriya of the Hajo assembly said" is
  // Haripriya (a name before "of", known or not), "… speaking to the Atlantic Council think tank called"
  // is not the think tank.
  const before = d ? tokens[d.first - 1] : undefined;
  if (d?.kind === 'org' && before && d.first - 1 >= floor && (PREPOSITIONS.has(before.norm) || before.norm === 'to')) {
    const owner = before.norm === 'of' ? mentionAt(names, d.first - 2) : undefined;
    // The owner is the subject only where a subject stands (not `Supporters of Ann Lee of …`,
    // `an aide to Ann Lee of …`, `Bo Park and Ann Lee of …`).
    const lead = owner ? tokens[owner.first - 1]?.norm : undefined;
    const subject = owner?.subject && lead !== 'and' && lead !== 'or';
    return owner && subject && owner.last === d.first - 2 && !owner.possessive && nameLike(owner) && (owner.resolved || owner.last > owner.first) ? named(owner, base) : null;
  }
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
  if (personNoun(tokens[person.last]!.norm)) return undefined;
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
