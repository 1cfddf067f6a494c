/**
 * The vendored word lists (see README.md beside this file): reporting verbs in every inflection, and
 * first names with their predominant sex. Read once, the first time they are needed; they ship with
 * the code, so reading them is not corpus I/O.
 */
import { readFileSync } from 'node:fs';

const here = new URL('./', import.meta.url);

function lines(file: string): string[] {
  return readFileSync(new URL(file, here), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The regular inflections of an English verb's base form: says, said, saying. */
export function inflect(base: string): string[] {
  const forms = new Set([base]);
  const cons = /[^aeiou]y$/.test(base);
  forms.add(cons ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`);
  // Doubling of a short verb's last consonant: quip → quipped, nod → nodded, vow → vowed.
  const stem = /^[^aeiou]*[aeiou][pbtgnmd]$/.test(base) ? base + base.at(-1) : base;
  forms.add(cons ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${stem}ed`);
  forms.add(base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

let verbs: Set<string> | null = null;

/** Every form of every reporting verb, lower case: said, tells, quipped, according (as in "according to"). */
export function reportingVerbs(): Set<string> {
  if (verbs) return verbs;
  verbs = new Set(lines('reporting-verbs-gendergaptracker.txt'));
  for (const lemma of lines('reporting-verbs-textacy.txt')) for (const f of inflect(lemma)) verbs.add(f);
  for (const row of lines('reporting-verbs-verbatim.txt')) {
    const [base, ...irregular] = row.split(/\s+/);
    const forms = irregular[0] === '-' ? irregular.slice(1) : irregular.length ? [base!, ...irregular] : inflect(base!);
    for (const f of forms) verbs.add(f);
  }
  return verbs;
}

/**
 * Verbs of thinking and feeling in the reporting lists ("believes", "fears", "accepted"): they report
 * a view, not words, so a quotation next to one is not taken as what the subject said.
 */
const COGNITIVE = new Set('accept believe think fear hope feel know want wish expect learn find understand realize realise consider doubt guess suppose worry reckon recognize recognise see hear read assume presume imagine'.split(' '));

let speech: Set<string> | null = null;

/** Reporting verbs that report words (said, tweeted, quipped), without the verbs of thinking. */
export function speechVerbs(): Set<string> {
  if (speech) return speech;
  const cognitive = new Set([...COGNITIVE].flatMap((v) => inflect(v)).concat(['thought', 'knew', 'known', 'found', 'understood', 'saw', 'seen', 'heard', 'felt', 'read']));
  speech = new Set([...reportingVerbs()].filter((v) => !cognitive.has(v)));
  return speech;
}

export type NameSex = 'F' | 'M' | 'U';
let names: Map<string, NameSex> | null = null;
const ASCII = /^[\x00-\x7f]*$/;

/** The predominant sex of a first name in US records, or undefined when the name is not listed. */
export function firstNameSex(name: string): NameSex | undefined {
  if (!names) {
    names = new Map();
    for (const row of lines('first-names.tsv')) {
      const tab = row.indexOf('\t');
      if (tab > 0) names.set(row.slice(0, tab), row.slice(tab + 1) as NameSex);
    }
  }
  // Plain ASCII has no accents to strip and is its own NFKD form: most names, skipped past the Unicode work.
  if (ASCII.test(name)) return names.get(name.toLowerCase());
  return names.get(name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
}

/** True when a word is a first name in the list (of either sex). */
export function isFirstName(word: string): boolean {
  return firstNameSex(word) !== undefined;
}
