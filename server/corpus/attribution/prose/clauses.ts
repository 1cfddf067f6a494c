/**
 * Said-clauses: a verb that reports words and its subject, found in tokens next to a quotation or
 * anywhere in its sentence. The subject is a name ("Okafor said", "said Jane Doe"), a pronoun ("she
 * told reporters"), a description ("the mayor said", "a spokesman for the campaign said"), or an
 * organisation ("the Clinton campaign said", "The Northern Post reports"). An apposition between a
 * name and its verb is skipped ("Jonas Bauer, the festival's head of programming, said" is Bauer),
 * as is an of-phrase ("Joel Pollak of Breitbart California observed" is Pollak) and a relative
 * pronoun ("Cruz, who said"). A participle ("…, saying") takes the sentence's subject. Each search
 * looks at a bounded number of tokens, so the whole is linear in the text. Here: the clause next to a
 * quotation or in its sentence, and the subject after an inverting verb ("said Okafor"); the subject
 * before a verb is `subject-before.ts`'s, the words and helpers both use are in `clause-words.ts`.
 */
import { PRONOUNS, ORG_NOUNS, personNoun, DETERMINERS, OPENING_MARK, STOP, stops, isReportingVerb, finite, mentionAt, nameLike, named, description, closingBracket, type Subject } from './clause-words.ts';
import { between, sentenceSubject, subjectBefore } from './subject-before.ts';
import type { NameMention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Verbs that put their subject after them: "said Okafor", "asked the mayor". */
const INVERTING = new Set('said says asked asks added adds wrote writes explained explains recalled recalls continued continues noted notes observed observes replied replies answered answers insisted insists declared declares recounted recounts concluded concludes warned warns according'.split(' '));

/** The reporting verb at `v` introduces a quotation after it, with a comma or a colon: `said, “…`. */
function opensQuotation(tokens: Token[], v: number): boolean {
  return /^[,:]$/.test(tokens[v + 1]?.text ?? '') && OPENING_MARK.test(tokens[v + 2]?.text ?? '');
}

/** Words that open a clause or phrase, never part of a title before a name. */
const TITLE_BREAKS = /^(?:which|who|whom|that|to|of|in|on|at|for|and|but|or|as|is|was|are|were|this|it|he|she|they|we|i)$/;

/** Tokens a sentence-wide search looks back over. */
const WINDOW = 60;

/**
 * A person's or body's noun among the lower-case words from `k` (up to three, before any preposition or
 * article): what a name before them qualifies ("U.S. law enforcement official"), not a place or an event
 * after the name ("Jake Sullivan at a campaign event").
 */
function qualifies(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = tokens[j];
    if (w === undefined || !w.word || NOT_IN_NOUN_PHRASE.test(w.norm)) return false;
    // A party or nation's word qualifies in capitals too: "said a New Hampshire Republican" is no one
    // called New Hampshire.
    if (personNoun(w.norm) || (!w.cap && ORG_NOUNS.has(w.norm))) return true;
    if (w.cap) return false;
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

const SMALL_START = /^\p{Ll}/u;

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
    // "said an aide to Rita Vance": whom a noun in small letters is for (not "said Ambassador to the UN Ann Lee").
    if (w.norm === 'to' && e > k && SMALL_START.test(tokens[e - 1]!.text)) break;
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
