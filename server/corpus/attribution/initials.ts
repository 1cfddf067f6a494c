/**
 * Initials as labels give them (`JC:`, `J.C.:`, `T.J. MILLER:`), and when initials are not the full
 * name they share letters with: `attributeLabelled` (labels.ts) resolves a panel's `J.C.` to the
 * `JEFF CASIMIR` said once before it, but not to a `JOHN CARTER` who goes on speaking with them.
 */

/** Initials of a name's tokens: `aj` for `adam jonas`. */
export function initialsOf(tokens: string[]): string {
  return tokens.map((t) => t[0]).join('');
}

/** A label's tokens that are initials alone (`J.C.` → `jc`), joined as written without full stops; else undefined. */
export function dottedInitials(tokens: string[]): string | undefined {
  return tokens.length > 1 && tokens.every((t) => t.length === 1) ? tokens.join('') : undefined;
}

/** The initials a name opens with, two or more (`tj` for `T.J. MILLER`, `jc` for `J. C. WATTS`), or ''. */
export function leadingInitials(label: string): string {
  const words = label.toLowerCase().split(/[\s.]+/);
  let out = '';
  for (const w of words) {
    if (w.length !== 1) break;
    out += w;
  }
  return out.length >= 2 ? out : '';
}

/**
 * Whether a full label (lower case) is said again after a short one is first said: then the two are
 * two people (`JOHN CARTER` interviewing `J.C.`), where a panel's full names are said once, and its
 * initials after.
 */
export function saidAgainAfterOf(turns: ReadonlyArray<{ label?: string }>): (full: string, short: string) => boolean {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  turns.forEach((t, i) => {
    const l = t.label?.toLowerCase();
    if (!l) return;
    if (!first.has(l)) first.set(l, i);
    last.set(l, i);
  });
  return (full, short) => (last.get(full) ?? -1) > (first.get(short) ?? Infinity);
}

/** Two capitalised words: a name, as the text may give one (`Jen Chu`). */
const TWO_NAMES = /\b(\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{Ll}'’-]+)\b/gu;

/**
 * Names of two words in `text` by their initials (`jc` → `jen chu`, `john carter`), made once per
 * file: initials stand for no full name the text gives someone else too.
 */
export function namesByInitials(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(TWO_NAMES)) {
    const key = `${m[1]![0]}${m[2]![0]}`.toLowerCase();
    let names = out.get(key);
    if (!names) out.set(key, (names = new Set()));
    names.add(`${m[1]} ${m[2]}`.toLowerCase());
  }
  return out;
}

/**
 * Whether initials may stand for someone else than `full` (`JOHN CARTER`): their speaker names him
 * (`J.C.: Thanks, John.`), or the text names someone of another surname with those initials (`Jen Chu`).
 */
export function initialsInDoubt(initials: string, full: string, ownWords: string[], names: Map<string, Set<string>>): boolean {
  const first = full.split(/\s+/)[0]!;
  // Named by them, not naming themselves (`I'm Jeff`).
  const called = new RegExp(`(?<!\\b(?:I['’]m|I am|name is|this is|it['’]s) )\\b${first.replace(/[^\p{L}'’-]/gu, '')}\\b`, 'iu');
  if (first.length > 1 && ownWords.some((w) => called.test(w))) return true;
  // Another surname (`Katie Exline` is `KATHRIN EXLINE` still).
  const surname = full.toLowerCase().split(/\s+/).at(-1)!;
  for (const n of names.get(initials) ?? []) if (n.split(' ')[1] !== surname) return true;
  return false;
}
