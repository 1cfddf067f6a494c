/**
 * Names in their real casing. Transcripts write labels in capitals (`MCALLISTER:`, `O'BRIEN:`,
 * `CLARA'S VOICE`); people are shown as the text writes them elsewhere ("McAllister"), or in a title
 * case that knows names: O'Brien, McAllister, MacArthur, al-Hamza, 2nd Guard — never "O'brien" or
 * "Clara'S".
 */
import { isFirstName } from '../lexicon/index.ts';

/** The beginnings a name writes in small letters before capitals: McCAIN, MacLEAN, DeSANTIS. */
const PREFIXES = 'Mc|Mac|De|La|Le|Di|Da';
/** A name's own small letters before the capitals of the rest of it (`McNAMARA`, `MacLEAN`, `DeSANTIS`). */
const OWN_PREFIX = new RegExp(String.raw`^(${PREFIXES})(\p{Lu}[\p{Lu}'’\-]+)$`, 'u');

/** Title case of one word of a name written in capitals; initials ("JB", "CC") stay as they are. */
function word(w: string): string {
  // A name's own small letters say how it is cased: McNAMARA is McNamara, DeSANTIS DeSantis.
  const prefixed = OWN_PREFIX.exec(w);
  if (prefixed) return prefixed[1]! + word(prefixed[2]!);
  const lower = w.toLowerCase();
  if (ACRONYMS.has(w)) return w;
  // A small word is no initials (`MAN IN BLACK`): title-cased here, set small between words by smallWord.
  if (SMALL.test(lower)) return lower[0]!.toUpperCase() + lower.slice(1);
  if (/^\p{Lu}{2,3}$/u.test(w) && !isFirstName(lower) && !/[aeiouy]/.test(lower.slice(1)) && !CUE_WORDS.has(w)) return w;
  if (/^(?:al|el|de|del|della|da|das|dos|du|van|von|der|den|ter|bin|ibn|le|la|y|zu)$/.test(lower)) return lower;
  return lower
    .replace(/(^|[\-.(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    // O'Brien, D'Angelo; but the possessive 's stays small (Clara's).
    .replace(/(^|[\-])(\p{L})['’](\p{L})(?!\b)/gu, (_m, sep: string, a: string, b: string) => `${sep}${a.toUpperCase()}'${b.toUpperCase()}`)
    .replace(/^(Mc)(\p{L})(?=\p{L})/u, (_m, mc: string, ch: string) => mc + ch.toUpperCase());
}

/**
 * Bodies and titles a cue or label writes in capitals that stay so: `CIA MAN` is the CIA Man, not
 * "Cia Man" (their vowels would otherwise mark them as words to title-case).
 */
const ACRONYMS = new Set('CIA FBI NSA DEA ATF IRS KGB NYPD LAPD NASA NATO BBC CNN NBC CBS NPR PBS MSNBC USA UK UN EU DJ MC TV ICU EMT SWAT CEO CFO CTO COO VP UFO'.split(' '));
/**
 * Words set small between the words of a role in title case: `ACTOR AS EINSTEIN` is the Actor as
 * Einstein, `MAN IN BLACK` the Man in Black, `MAN OF THE HOUSE` the Man of the House. Never first or
 * last (`JOHNNIE TO` is Johnnie To), and `the` only after one of the others (`NGUYEN THE ANH` is
 * Nguyen The Anh). `to` stays as written: it is a name as often (To Lam).
 */
const SMALL_WORDS = /^(?:as|of|and)$/;
/** `in`, `on`, `at` only after a role (`MAN IN BLACK`, `VOICE ON PHONE`): In and On are also Korean names (Kim In Ho). */
const PLACE_WORDS = /^(?:in|on|at)$/;
const ROLES_BEFORE_PLACE = new Set('man woman men women boy girl guy lady voice voices officer guard soldier person people kid child reporter announcer narrator caller driver nurse doctor stranger figure shadow crowd'.split(' '));
const SMALL = /^(?:as|of|and|in|on|at|the|to)$/;
function smallWord(words: string[], i: number): boolean {
  if (i === 0 || i >= words.length - 1) return false;
  const w = words[i]!.toLowerCase();
  const before = words[i - 1]!.toLowerCase();
  if (SMALL_WORDS.test(w)) return true;
  if (PLACE_WORDS.test(w)) return ROLES_BEFORE_PLACE.has(before);
  return w === 'the' && (SMALL_WORDS.test(before) || PLACE_WORDS.test(before));
}
/** Words a cue writes in capitals whose only vowel opens them, which are no initials: `OLD MAN` is the Old Man. */
const CUE_WORDS = new Set(['OLD', 'ODD', 'ILL', 'ALL', 'ELF', 'OWL']);
/** A roman numeral after a name: `HENRY VIII`, `JOHN SMITH III`; not `VI`, `XI` or `IV`, names too (`ZHANG XI`). */
const ROMAN = /^(?:II|III|VII|VIII|XII|XIII)$/;

/** Title Case of a name written in capitals: "MICHEL MARTIN" → "Michel Martin", "O'BRIEN" → "O'Brien". */
export function titleCaseName(text: string): string {
  return eachWord(text, (part, w, words) => {
    if (w === 0) return word(part).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return ROMAN.test(part) ? part : smallWord(words, w) ? part.toLowerCase() : word(part);
  });
}

/** `text` with each word (not its spaces) as `recase` gives it, told the word's place among `words`. */
function eachWord(text: string, recase: (part: string, w: number, words: string[]) => string): string {
  const parts = text.split(/(\s+)/);
  const words = parts.filter((p) => !/^\s*$/.test(p));
  let w = -1;
  return parts.map((part) => (/^\s*$/.test(part) ? part : recase(part, ++w, words))).join('');
}

/** The title or office a hearing writes before a name in capitals. */
const OFFICE_FIRST = /^(?:The|Mr|Mrs|Ms|Miss|Dr|Chairman|Chairwoman|Chair|Senator|Representative|Delegate|Judge|Justice|Governor|Mayor|Admiral|General|Colonel|Captain|Chief|Secretary|Ambassador|Commissioner|Director|Administrator|Inspector|Dean|Professor|Reverend|Father)\.? /;

/** A name's own small letters before its capitals: McCAIN, MacLEAN, DeSANTIS. */
export const NAME_PREFIX = String.raw`(?:${PREFIXES})(?=\p{Lu})`;
const NAME_PREFIXES = new RegExp(String.raw`\b${NAME_PREFIX}`, 'gu');

/** No small letter but a name's own (McCAIN, `STATEMENT OF ROBERT D. MacLEAN`). */
export function noSmallLetters(text: string): boolean {
  return !/\p{Ll}/u.test(text.replace(NAME_PREFIXES, ''));
}

/** A word written in capitals: two capitals together, and no small letter but a name's own. */
function inCapitals(word: string): boolean {
  return /\p{Lu}{2}/u.test(word) && noSmallLetters(word);
}

/**
 * A word from its first capital on; it is written in mixed case when a small letter follows. (One
 * pattern asking for both, `\p{Lu}[…]*\p{Ll}[…]*`, backtracked through every word in capitals from
 * each of its letters: 40 kB of capitals took 1.7 s.)
 */
const FROM_CAPITAL = /\p{Lu}[\p{L}'’\-]*/gu;
const SMALL_LETTER = /\p{Ll}/u;

/**
 * The casing a text gives a name somewhere (a title, a turn, an introduction), so a label in capitals
 * shows as the text writes it: one scan of the text's capitalised words, then lookups.
 */
export class NameCasing {
  private readonly text: string;
  private readonly expected: (() => Iterable<string>) | undefined;
  /**
   * Lower case → as written, from the first time the text writes each word; made when first needed.
   * With `wanted`, only those words are kept.
   */
  private seenWords: Map<string, string> | null = null;
  /** The lower-case words of the names the caller expects to ask about; null for every word. */
  private wanted: Set<string> | null = null;

  /**
   * `expected`, when given, lists the names `of` will be asked about (a file's labels, the names its
   * titles give): the scan then keeps only their words. A text with a new name on every line holds
   * twice as many capitalised words as lines, and keeping them all took an eighth of reading it. A
   * name asked about that was not expected is still cased right: the text is scanned again, keeping
   * every word.
   */
  constructor(text: string, expected?: () => Iterable<string>) {
    this.text = text;
    this.expected = expected;
  }

  /**
   * The text's capitalised words, scanned the first time a name in capitals asks: most sources' labels
   * are written in mixed case already and never need the scan.
   */
  private get seen(): Map<string, string> {
    if (this.seenWords) return this.seenWords;
    const seen = new Map<string, string>();
    const wanted = this.wanted;
    // All the words at once (one array of strings, not a match object each), and each written form
    // weighed once: a text says "He" and "Yes" thousands of times.
    const forms = new Set<string>();
    for (const word of this.text.match(FROM_CAPITAL) ?? []) {
      if (forms.has(word)) continue;
      forms.add(word);
      // A word in capitals (a name's own small letters aside, as in the label `McNAMARA`) shows no casing.
      if (!SMALL_LETTER.test(word) || noSmallLetters(word)) continue;
      const key = word.toLowerCase();
      if (wanted && !wanted.has(key)) continue;
      if (!seen.has(key)) seen.set(key, word);
    }
    this.seenWords = seen;
    return seen;
  }

  /** The mixed-case form of one word in capitals, when the text writes it so. */
  private written(part: string): string | undefined {
    const key = part.toLowerCase();
    if (this.seenWords === null && this.expected && this.wanted === null) this.wanted = wantedWords(this.expected());
    if (this.wanted && !this.wanted.has(key)) {
      // Not expected: scan again for every word.
      this.wanted = null;
      this.seenWords = null;
    }
    return this.seen.get(key);
  }

  /** The name with each word as the text writes it in mixed case, else title-cased. */
  of(name: string): string {
    if (!/\p{Lu}{2}/u.test(name)) return name;
    // A name written in mixed case is as it should be ("FBI Director Wray", "JD Vance"), unless an
    // office opens it: a hearing's "Chairman SPECTER" is cased word by word, its title as written.
    // Asked of the name with its spaces, so that a name's own small letters after one still count as
    // capitals (`ERIN McNAMARA`).
    if (!OFFICE_FIRST.test(name) && !noSmallLetters(name)) return name;
    return eachWord(name, (part, w, words) => {
      if (!inCapitals(part) || (w > 0 && ROMAN.test(part))) return part;
      return smallWord(words, w) ? part.toLowerCase() : (this.written(part) ?? titleCaseName(part));
    });
  }
}

/** The lower-case words of `names`, split where `of` splits them. */
function wantedWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const w of name.split(/\s/)) if (w) words.add(w.toLowerCase());
  return words;
}
