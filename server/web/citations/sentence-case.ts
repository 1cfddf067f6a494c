/**
 * Titles in sentence case, as CSL data holds them (APA prints them so; MLA and Chicago turn them into
 * title case themselves). Only a title written in title case is changed, and only words known to be
 * common: the first word, a word after a colon, an acronym ("ISIS"), a word inside quotation marks
 * (the title of another work), and any word in `proper` (names and places met capitalised in the
 * corpus, the registry's names) keep their capitals.
 */

// Apostrophes inside a word ("children’s") belong to it; one at its end closes a quotation. A full
// stop belongs to a word inside an abbreviation ("U.S.", "D.C."), not after it: "From..." is "From"
// (a small word) and an ellipsis, where it was a long word that made "Live From..." look title-cased.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}-]|\.(?=[\p{L}\p{N}])|['’](?=\p{L}))*(?:(?<=\.[\p{L}\p{N}])\.)?/gu;
const SMALL = /^(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|off|on|per|to|up|via|from|into|onto|with|over)$/i;

/** Whether most of the title's longer words start with a capital: then it is in title case. */
function isTitleCase(title: string): boolean {
  const words = title.match(WORD) ?? [];
  const long = words.filter((w) => w.length > 3 && !SMALL.test(w));
  if (long.length < 2) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
}

export function sentenceCase(title: string, proper: ReadonlySet<string>): string {
  if (!isTitleCase(title)) return title;
  let first = true;
  let quoted = false;
  let out = '';
  let at = 0;
  for (const m of title.matchAll(WORD)) {
    const between = title.slice(at, m.index);
    // Inside quotation marks is another work's title: it keeps its own capitals.
    for (const ch of between) {
      if ('“‘'.includes(ch) || ((ch === '"' || ch === "'") && !quoted)) quoted = true;
      else if ('”’'.includes(ch) || ch === '"' || ch === "'") quoted = false;
    }
    if (/[:?!]\s*$/.test(between) || /[—–]\s*$/.test(between)) first = true;
    const w = m[0];
    const keep = first || quoted || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) || proper.has(w) || /\p{Lu}/u.test(w.slice(1));
    out += between + (keep ? w : w.toLowerCase());
    at = m.index + w.length;
    first = false;
  }
  return out + title.slice(at);
}

/**
 * Words a text writes capitalised where a sentence does not start, and never in lower case: the
 * proper names of the text ("Raqqa", "Syria", "Heineman").
 */
export function properWordsOf(text: string, known: Iterable<string> = []): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  // A line's start takes the spaces and tabs of that line only: `^\s*` ran on from every line of a
  // run of blank lines to its end.
  const re = /([.?!:"“”]\s*|^[ \t]*)?([\p{L}][\p{L}'’-]*)/gmu;
  // Headlines and credits are in title case themselves: no evidence of what is a name.
  const prose = text
    .split('\n')
    .filter((line) => !isTitleCase(line))
    .join('\n');
  for (const m of prose.matchAll(re)) {
    const w = m[2]!;
    if (/^\p{Ll}/u.test(w)) lower.add(w.toLowerCase());
    else if (m[1] === undefined) capital.add(w);
  }
  const out = new Set([...capital].filter((w) => !lower.has(w.toLowerCase())));
  for (const name of known) for (const w of name.match(WORD) ?? []) if (/^\p{Lu}/u.test(w)) out.add(w);
  return out;
}
