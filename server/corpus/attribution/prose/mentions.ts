/**
 * Names in a block of prose, in order: runs of capitalised words (with initials, particles and a
 * suffix), the title written before them ("Sen.", "Mrs."), whether they are possessive ("Trump's"),
 * and the descriptions around them — a premodifier ("Republican presidential nominee Donald Trump")
 * or an apposition ("Jonas Bauer, the festival's head of programming,"). Capitalised words that
 * only start a sentence ("The", "But") are not names. One pass over the tokens.
 */
import { DEMONYMS } from '../../lexicon/demonyms.ts';
import { isFirstName } from '../../lexicon/index.ts';
import { HONORIFICS } from './people.ts';
import type { Token } from './tokens.ts';

export interface NameMention {
  /** Token range [first, last] of the name itself (title excluded). */
  first: number;
  last: number;
  text: string;
  honorific?: string;
  possessive: boolean;
  /** Inside a quotation: the speaker's words, not the narrative's (no focus, no antecedent). */
  inQuote?: boolean;
  /** Lower-case words before the name that describe the person ("presidential nominee"). */
  premodifier?: string;
  /** An apposition after the name ("the festival's head of programming" → "head of programming"). */
  apposition?: string;
  /** Where a subject stands (sentence start, after a comma or conjunction), not after a preposition or article. */
  subject: boolean;
  /** One capitalised word opening a sentence: perhaps a name, perhaps just the sentence's first word. */
  initial: boolean;
  /** Set once read: the name was resolved to a person or organisation the article knows. */
  resolved?: boolean;
}

/** Capitalised words that are not names when they stand alone or start a sentence. */
export const NOT_NAME = new Set(
  ('the a an in on at as but and or so yet for with when while after before despite although though because if then this that these those it its ' +
    'his her their our we they he she i you one some many most all both each every no not now here there what who why how where which meanwhile ' +
    'however still later earlier today yesterday tomorrow also even just only speaking asked talking writing according during over under since ' +
    'until upon into onto from to of by about like unlike among between without within through throughout instead indeed perhaps maybe yes oh well ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'read more related photo image credit watch listen mr mrs ms dr sen rep gov gen st my your me us him them our let do does did is are was were be ' +
    'has have had will would can could should must might shall new first last next other another such same whether either neither nor thus hence ' +
    'republican democratic democrat republicans democrats american americans gop conservative liberal same former').split(' '),
);
/** Capitalised titles that may open a run of capitals before the name itself. */
const TITLES = new Set('state president senator sen congressman congresswoman representative rep governor gov secretary mayor judge justice general gen colonel col captain capt lieutenant sergeant admiral chairman chairwoman chair speaker leader minister ambassador director commissioner attorney sheriff chief pastor bishop rabbi imam prince princess king queen dr mr mrs ms prof professor spokesman spokeswoman spokesperson reporter correspondent anchor host aide adviser advisor strategist pollster analyst lawyer candidate nominee founder ceo chancellor manager coach'.split(' '));
/** First words of a title of two ("prime minister", "foreign secretary", "vice president"). */
const TITLE_OPENERS = new Set(['prime', 'foreign', 'vice']);
const SMALL_START = /^\p{Ll}/u;
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'le', 'la', 'du', 'al', 'el']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Places whose name opens with "New", a word that is no name alone ("New rules …"). */
const NEW_PLACES = new Set(['york', 'yorker', 'yorkers', 'jersey', 'hampshire', 'mexico', 'orleans', 'delhi', 'zealand', 'england', 'haven', 'brunswick', 'south']);

/** "New York", "New Jersey": "New" opens the name (without it, "the crowd in New York chants" was said by "York"). */
function newPlace(tokens: Token[], i: number): boolean {
  return tokens[i]!.text === 'New' && NEW_PLACES.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.cap && tokens[i + 1]!.start - tokens[i]!.end <= 1;
}

function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

/** A word that can be part of a name: capitalised, not a function word, not an acronym ("FBI"). */
function nameWord(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && !NOT_NAME.has(t.norm) && !/^\p{Lu}{2,}$/u.test(t.text.replace(/['’]s$/, ''));
}

/** Names in a block's tokens. `sentenceStarts` holds the indexes of sentence-initial tokens. */
export function findNames(tokens: Token[], sentenceStarts: Set<number>): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // A capitalised word that only starts a sentence is not a name ("Meanwhile", "Asked").
    if (!nameWord(t) && !(isInitial(t) && nameWord(tokens[i + 1])) && !newPlace(tokens, i)) {
      i++;
      continue;
    }
    // "the Texan said", "a German user": one capitalised word after an article describing someone's
    // place or nation is no name (it was read as a speaker called "Texan").
    if (DEMONYMS.has(t.norm) && /^(?:the|a|an)$/.test(tokens[i - 1]?.norm ?? '') && !nameWord(tokens[i + 1])) {
      i++;
      continue;
    }
    let j = i;
    // A possessive ends a name: "Breitbart’s Joel Pollak" is two.
    while (j + 1 < tokens.length && !/['’]s$/.test(tokens[j]!.text) && (nameWord(tokens[j + 1]) || isInitial(tokens[j + 1]!) || (PARTICLES.has(tokens[j + 1]!.norm) && nameWord(tokens[j + 2])) || /^(?:Jr|Sr|II|III|IV)\.?$/.test(tokens[j + 1]!.text))) {
      if (tokens[j + 1]!.start - tokens[j]!.end > 1) break;
      j++;
    }
    // A word before a title in small letters describes whoever the title names: "Turkish president
    // Erdoğan", "Greek prime minister Kyriakos Mitsotakis" — "Turkish" is nobody.
    const next = tokens[j + 1];
    const titleOpening = next !== undefined && (TITLES.has(next.norm) || TITLE_OPENERS.has(next.norm));
    if (i === j && titleOpening && SMALL_START.test(next.text) && tokens[j + 2] && (nameWord(tokens[j + 2]) || TITLES.has(tokens[j + 2]!.norm))) {
      i++;
      continue;
    }
    // "Jr." after a comma: "James A. Lovell, Jr."
    if (tokens[j + 1]?.text === ',' && /^(?:Jr|Sr)\.?$/.test(tokens[j + 2]?.text ?? '')) j += 2;
    // Titles inside the run belong before the name: "Texas Senator Ted Cruz", "Mexican President Felipe Calderon".
    let title: Token | undefined;
    for (let k = j - 1; k >= i; k--) {
      if (TITLES.has(tokens[k]!.norm)) {
        title = tokens[k];
        i = k + 1;
        break;
      }
    }
    // Words before a first name describe the person: "Chief of Staff Susie Wiles", "Staff Susie Wiles".
    if (!title && i < j && !isFirstName(tokens[i]!.norm)) {
      for (let k = i + 1; k < j; k++) {
        if (isFirstName(tokens[k]!.norm) && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) {
          i = k;
          break;
        }
      }
    }
    // "Trump's campaign" is possessive; "Christie's been making the case" is "Christie has".
    const contraction = /^(?:been|got|gotten|going|not|never|already|also|now|still|just)$/.test(tokens[j + 1]?.norm ?? '');
    const possessive = !contraction && (/['’]s$/.test(tokens[j]!.text) || (tokens[j + 1]?.text === '’' && tokens[j + 2]?.norm === 's'));
    const words = tokens.slice(i, j + 1).map((w) => w.text);
    words[words.length - 1] = words.at(-1)!.replace(/['’]s$/, '');
    const lead = tokens[(title ? i - 1 : i) - 1];
    const subject = !lead || lead.text === ',' || lead.text === '.' || lead.text === '“' || lead.text === '"' || /^(?:and|but|then|when|while|as|because|although|though|that|so)$/.test(lead.norm) || sentenceStarts.has(title ? i - 1 : i) || HONORIFICS.has(lead.norm);
    // A run that is only a title ("Secretary" of "Secretary of State …") names nobody.
    if (tokens.slice(i, j + 1).every((w) => TITLES.has(w.norm))) {
      i = j + 1;
      continue;
    }
    const mention: NameMention = { first: i, last: j, text: words.join(' ').replace(/ ,/g, ','), possessive, subject: subject && !possessive, initial: i === j && sentenceStarts.has(i) };
    // A title before the name: "Sen.", "President", "Mrs.".
    const before = tokens[i - 1];
    if (title) mention.honorific = title.text;
    else if (before && HONORIFICS.has(before.norm)) mention.honorific = before.text;
    const pre = premodifier(tokens, mention.honorific ? i - 1 : i, sentenceStarts);
    if (pre) mention.premodifier = pre;
    const app = apposition(tokens, j);
    if (app) mention.apposition = app;
    out.push(mention);
    i = j + 1;
  }
  return out;
}

/** Lower-case words just before a name, back to a determiner, comma or sentence start. */
function premodifier(tokens: Token[], at: number, sentenceStarts: Set<number>): string | undefined {
  const words: string[] = [];
  for (let k = at - 1; k >= 0 && words.length < 5; k--) {
    const t = tokens[k]!;
    if (!t.word || DETERMINERS.has(t.norm) || sentenceStarts.has(k + 1)) break;
    if (t.cap && !/^(?:Republican|Democratic|Former|U\.S\.|GOP)$/.test(t.text)) break;
    if (!/^[\p{L}\-]+$/u.test(t.text) || /^(?:said|says|told|and|or|of|by|with|to|from|for|that|as|is|was|were|are)$/.test(t.norm)) break;
    words.unshift(t.norm);
  }
  return words.length > 0 && words.some((w) => w.length > 3) ? words.join(' ') : undefined;
}

/** "NAME, the festival's head of programming," → "head of programming". */
function apposition(tokens: Token[], last: number): string | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  const words: Token[] = [];
  for (let k = last + 2; k < tokens.length && words.length < 12; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === '(' || !t.word && t.text !== '’' && t.text !== "'") break;
    words.push(t);
  }
  if (words.length === 0 || tokens[last + 2 + words.length]?.text !== ',' && tokens[last + 2 + words.length]?.text !== '.') return undefined;
  const first = words[0]!;
  // "Maya Costa, 29," and "Cruz, who has…" are not descriptions.
  if (!/^\p{L}/u.test(first.text) || /^(?:who|which|that|said|says|told|and|but|however|is|was|also|too|of|in|at)$/.test(first.norm)) return undefined;
  const text = words.map((w) => w.text).join(' ').replace(/ ([’'])\s?s\b/g, '$1s');
  // Drop the determiner and an owner: "the festival's head of programming" → "head of programming".
  const stripped = text.replace(/^(?:the|a|an|his|her|their|its)\s+/i, '').replace(/^(?:[\p{L}.\-]+\s+){0,3}[\p{L}.\-]+['’]s\s+/u, '');
  return stripped.toLowerCase().split(/\s+/).length <= 8 ? stripped.toLowerCase() : undefined;
}
