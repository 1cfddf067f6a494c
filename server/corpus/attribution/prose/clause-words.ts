/**
 * The words and helpers said-clauses are found with (`clauses.ts`, `subject-before.ts`): what a
 * subject is, the word lists (pronouns, organisations' and people's nouns, prepositions), where a
 * sentence stops, which tokens are reporting verbs, the name mention at a token, and brackets.
 */
import { DEMONYMS } from '../../lexicon/demonyms.ts';
import { speechVerbs } from '../../lexicon/index.ts';
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
  /** A group (`the protesters insist`): the said-clause names no one person. */
  group?: true;
  /** The reporting verb and its token. */
  verb: string;
  verbAt: number;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Nouns of an organisation heading a subject: "the campaign said", "the jury says". */
export const ORG_NOUNS = new Set('campaign committee department ministry agency office jury court police government administration company group party council board union team commission house network newspaper paper magazine station'.split(' '));

/** Head nouns of epithets for a person: "the billionaire businessman", "the 43-year-old", "the Texan". */
export const PERSON_NOUNS = /^(?:senator|congressman|congresswoman|lawmaker|governor|mayor|president|candidate|nominee|contender|frontrunner|front-runner|businessman|businesswoman|billionaire|tycoon|mogul|magnate|developer|actor|actress|comedian|star|singer|director|filmmaker|author|writer|novelist|journalist|host|anchor|commentator|pundit|activist|official|spokesman|spokeswoman|economist|professor|scholar|lawyer|attorney|judge|justice|general|veteran|leader|chairman|chairwoman|speaker|secretary|diplomat|ambassador|minister|texan|floridian|republican|democrat|independent|conservative|liberal|progressive|former|\d+-year-old)$/;

/** A head noun of an epithet for a person, a demonym among them ("the Texan", "the German"). */
export function personNoun(norm: string): boolean {
  return PERSON_NOUNS.test(norm) || DEMONYMS.has(norm);
}

export const PREPOSITIONS = new Set(['of', 'from', 'at', 'with', 'for', 'in']);

/** Words that open a description: "a spokesman for …", "the head of …". */
export const DETERMINERS = /^(?:a|an|another|the|his|her|their|its)$/;

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written', 'spoke', 'spoken', 'thought', 'put', 'sang', 'sung', 'began', 'begun', 'went', 'gone', 'read', 'swore', 'sworn', 'shot', 'struck', 'hit']);

/** A quotation mark that may open a quotation. */
export const OPENING_MARK = /^[“"«„]$/;

export const STOP = new Set(['.', '!', '?', ';', '“', '”', '"', '«', '»']);

/** A party and state after a name ("R-Ky.", "D-Calif."), whose full stop ends no sentence. */
const PARTY = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** A token that ends the search for a said-clause: a sentence's end or a quotation mark, not "R-Ky.". */
export function stops(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return STOP.has(t) && !(t === '.' && PARTY.test(tokens[i - 1]?.text ?? ''));
}

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
export function finite(norm: string): boolean {
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
export function nameLike(m: NameMention | undefined): m is NameMention {
  return !!m && !(m.initial && !m.resolved);
}

export function named(m: NameMention, base: { verb: string; verbAt: number }): Subject {
  return { kind: 'name', text: m.text, first: m.first, last: m.last, mention: m, ...base };
}

/** A description or organisation ending at token `end`: "the mayor", "a spokesman for the campaign". */
export function description(tokens: Token[], end: number, floor: number): { first: number; kind: SubjectKind } | null {
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
      const org = !personNoun(head) && (proper || ORG_NOUNS.has(head));
      return { first: k, kind: org ? 'org' : 'description' };
    }
  }
  return null;
}

/** The "(" that the ")" at `close` closes, at most a dozen tokens back and not before `floor`; else -1. */
export function openingBracket(tokens: Token[], close: number, floor: number): number {
  for (let j = close - 1; j >= floor && j > close - 12; j--) if (tokens[j]!.text === '(') return j;
  return -1;
}

/** The ")" that closes the "(" at `open`, at most a dozen tokens on and before `ceiling`; else -1. */
export function closingBracket(tokens: Token[], open: number, ceiling: number): number {
  for (let j = open + 1; j < ceiling && j < open + 12; j++) if (tokens[j]!.text === ')') return j;
  return -1;
}
