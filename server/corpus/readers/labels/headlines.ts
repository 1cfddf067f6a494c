/**
 * Lines that stand where a label and its speech would and say nothing: a page's title and subtitle
 * (`Question Time: Last Two Weeks Of Parliament`, `Paris Review: John Cheever`), and show notes' credits
 * (`Host: Ezra Klein`, `GUEST: John Roe, ornithologist`). `select.ts` turns their labels down. Each test
 * looks at a bounded head of the line.
 */

/** Roles that show notes credit by name. */
export const CREDIT_ROLES = new Set(['host', 'hosts', 'co-host', 'cohost', 'guest', 'guests', 'producer', 'presenter']);
/** A name (two to four capitalised words), perhaps with a description after a comma, and no sentence's close. */
const CREDIT = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}(?:, [^.?!]*)?$/u;
/** The words after a credit's colon name someone, and say nothing (`Host: Ezra Klein`, not `HOST: Jane Doe is here.`). */
export function credit(text: string, start: number): boolean {
  const rest = text.slice(start, start + 160).trim();
  return rest.length < 160 && CREDIT.test(rest);
}

/** A headline's word: capitalised, or a figure. */
const HEADLINE_WORD = /^[\p{Lu}\d]/u;
/** A line's last character that ends a sentence or a clause: speech, not a headline. */
const SENTENCE_CLOSE = '.?!,;:…"”';
/** The first words of a greeting, which is said, however it is capitalised. */
const GREETINGS = new Set(['welcome', 'hi', 'hello', 'hey', 'thanks', 'thank', 'good', 'bye', 'goodbye', 'cheers', 'congratulations', 'happy', 'dear']);
/** Words a headline leaves in small letters. */
const HEADLINE_SMALL = new Set(['&', '-', '–', '—', '|', 'a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'vs.']);
/**
 * The words of `text` from `start` are a headline's: two to twelve words, each capitalised or a
 * headline's small word, and no sentence's close (`Last Two Weeks Of Parliament`, `John Cheever`).
 */
export function headline(text: string, start: number): boolean {
  // Most speech ends a sentence: known from the last character, before any word is looked at.
  if (SENTENCE_CLOSE.includes(text[text.length - 1] ?? '.')) return false;
  const words = text.slice(start, start + 120).trim().split(' ');
  if (words.length < 2 || words.length > 12 || start + 120 < text.length) return false;
  if (/[.?!,;:…"”]$/.test(words[words.length - 1]!)) return false;
  for (const w of words) if (!HEADLINE_WORD.test(w) && !HEADLINE_SMALL.has(w)) return false;
  // A greeting is said: `Adam Jonas: Welcome Matt`, `John Newbery: Hi Matt`.
  return !GREETINGS.has(words[0]!.toLowerCase().replace(/[,!]$/, ''));
}
