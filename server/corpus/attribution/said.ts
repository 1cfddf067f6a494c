/**
 * Said-clauses: the words around a quotation that say who spoke. A cue verb (says, said, tells,
 * reveals, confesses, adds, …) and its subject — a name ("Heineman said", "said Kenneth Turan"), a
 * pronoun ("he says") or a description ("the director said") — found before the quotation ("Aziz
 * reveals “…”", "he reveals a dark truth: “…”") or after it ("“…,” Heineman said").
 */

const VERBS: Array<[base: string, ...irregular: string[]]> = [
  ['say', 'says', 'said', 'saying'], ['tell', 'tells', 'told', 'telling'], ['add'], ['reveal'], ['confess'],
  ['explain'], ['note'], ['recall'], ['admit'], ['insist'], ['ask'], ['answer'], ['reply'], ['write', 'writes', 'wrote', 'writing', 'written'],
  ['declare'], ['continue'], ['argue'], ['claim'], ['remark'], ['observe'], ['muse'], ['joke'], ['laugh'], ['sigh'],
  ['whisper'], ['shout'], ['exclaim'], ['state'], ['comment'], ['concede'], ['acknowledge'], ['warn'], ['recount'],
  ['remember'], ['reflect'], ['boast'], ['quip'], ['offer'], ['suggest'], ['cry'], ['yell'], ['conclude'],
  ['emphasize'], ['emphasise'], ['stress'], ['maintain'], ['contend'], ['mention'], ['respond'], ['retort'],
  ['begin', 'begins', 'began', 'beginning', 'begun'], ['tweet'], ['post'], ['announce'], ['agree'], ['promise'],
  ['predict'], ['vow'], ['urge'], ['complain'], ['lament'], ['marvel'], ['wonder'], ['assert'], ['affirm'],
  ['deny'], ['counter'], ['interject'], ['interrupt'], ['mutter'], ['murmur'], ['scream'], ['plead'], ['beg'],
  ['demand'], ['proclaim'], ['pronounce'], ['confide'], ['divulge'], ['disclose'], ['share'], ['testify'],
  ['summarize'], ['summarise'], ['elaborate'], ['describe'], ['insist'], ['put', 'puts', 'put'], ['sing', 'sings', 'sang'],
  ['speak', 'speaks', 'spoke'], ['think', 'thinks', 'thought'], ['recollect'], ['gush'], ['enthuse'], ['rave'],
  ['snap'], ['chuckle'], ['smile'], ['grin'], ['shrug'], ['nod'],
];

function inflect(base: string): string[] {
  const forms = new Set([base]);
  const cons = /[^aeiou]y$/.test(base);
  forms.add(cons ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`);
  const stem = /[^aeiou][aeiou][pbtgnm]$/.test(base) && base.length <= 4 ? base + base.at(-1) : base;
  forms.add(cons ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${stem}ed`);
  forms.add(base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

const FORMS = [...new Set(VERBS.flatMap(([base, ...irregular]) => (irregular.length ? [base, ...irregular] : inflect(base))))];
const CUE = new RegExp(String.raw`\b(?:according to|points? out|pointed out|goes on|went on|go on|${FORMS.join('|')})\b`, 'gi');

/** A cue verb in a clause. */
export interface Cue {
  start: number;
  end: number;
  verb: string;
}

/** Cue verbs of a clause in order. */
export function cues(clause: string): Cue[] {
  const out: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(clause); m !== null; m = CUE.exec(clause)) out.push({ start: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase() });
  return out;
}

export function hasCue(clause: string): boolean {
  return cues(clause).length > 0;
}

/** Who a said-clause names as the speaker. */
export type Subject =
  | { kind: 'name'; text: string; at: number }
  | { kind: 'pronoun'; text: string; at: number }
  | { kind: 'description'; text: string; at: number };

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const NOT_NAMES = new Set(
  ('the a an in on at as but and or so yet for with when while after before despite although though because if then this that these those it its ' +
    'his her their our we they he she i you one some many most all both each every no not now here there what who why how where which meanwhile ' +
    'however still later earlier today yesterday tomorrow also even just only speaking asked talking writing according during over under since ' +
    'until upon into onto from to of by about like unlike among between without within through throughout instead indeed perhaps maybe yes oh well ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'read more related photo image credit watch listen').split(' '),
);
const DESCRIPTION = /\b(?:the|its|his|her|their|our)\s+((?:co-?)?(?:director|filmmaker|film-maker|producer|spokesman|spokeswoman|spokesperson|host|founder|narrator|reporter|journalist|activist|critic|author|writer|star|actor|actress|subject|protagonist|interviewer|moderator|photographer|editor))\b/gi;
const SKIP = /^(?:who|also|then|later|once|has|had|have|would|will|recently|further|previously|simply|only|just|quietly|briefly|flatly|firmly|repeatedly|often|once|now|tells?|told|and|,)$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = m[0].replace(/[.'’]+$/, (s) => (/^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|[A-Z])$/.test(m![0].slice(0, -s.length)) ? s : ''));
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

function isNameWord(w: string): boolean {
  return /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase().replace(/['’]s$/, ''));
}

/** The run of name words ending at index `i` (scanning back) or starting at `i` (scanning forward). */
function nameRun(ws: Word[], i: number, direction: -1 | 1): { text: string; at: number } {
  let a = i;
  let b = i;
  const particle = (w: string) => /^(?:al|el|de|del|van|von|bin|ibn|da|le|la|al-\p{L}+)$/u.test(w);
  if (direction === -1) while (a > 0 && (isNameWord(ws[a - 1]!.text) || particle(ws[a - 1]!.text)) && ws[a]!.start - ws[a - 1]!.end <= 2) a--;
  else while (b < ws.length - 1 && (isNameWord(ws[b + 1]!.text) || particle(ws[b + 1]!.text)) && ws[b + 1]!.start - ws[b]!.end <= 2) b++;
  return { text: ws.slice(a, b + 1).map((w) => w.text).join(' ').replace(/['’]s$/, ''), at: ws[a]!.start };
}

/** The nearest subject before `end` in `clause` (a pronoun, a name, or "the director"). */
export function subjectBefore(clause: string, end: number, limit = 30): Subject | null {
  const ws = words(clause.slice(0, end));
  const descriptions = [...clause.slice(0, end).matchAll(DESCRIPTION)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[1]!.toLowerCase() }));
  for (let i = ws.length - 1, seen = 0; i >= 0 && seen < limit; i--, seen++) {
    const w = ws[i]!;
    const desc = descriptions.find((d) => d.end === w.end);
    if (desc) return { kind: 'description', text: desc.text, at: desc.at };
    if (PRONOUNS.has(w.text.toLowerCase())) return { kind: 'pronoun', text: w.text.toLowerCase(), at: w.start };
    if (isNameWord(w.text)) return { kind: 'name', ...nameRun(ws, i, -1) };
    if (/[;:]/.test(clause.slice(w.end, ws[i + 1]?.start ?? end)) && i < ws.length - 1) return null;
  }
  return null;
}

/** A subject right after the verb, for inverted clauses: “…,” said Heineman. */
export function subjectAfter(clause: string, start: number): Subject | null {
  const rest = clause.slice(start);
  const desc = /^\s*,?\s*(?:the|its|his|her)\s+(\p{L}+(?:-\p{L}+)?)/iu.exec(rest);
  const ws = words(rest).slice(0, 4);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (PRONOUNS.has(w.text.toLowerCase()) && i === 0) return { kind: 'pronoun', text: w.text.toLowerCase(), at: start + w.start };
    if (isNameWord(w.text)) {
      const run = nameRun(ws, i, 1);
      return { kind: 'name', text: run.text, at: start + run.at };
    }
    if (desc && i === 0) {
      const d = [...rest.matchAll(DESCRIPTION)][0];
      if (d && d.index! <= 3) return { kind: 'description', text: d[1]!.toLowerCase(), at: start + d.index! };
    }
    if (!SKIP.test(w.text) && !/^(?:the|a|an)$/i.test(w.text)) return null;
  }
  return null;
}

/** Subject of the first cue verb in a clause after a quotation: “…,” he says / Heineman said / said Heineman. */
export function subjectAfterQuote(clause: string): (Subject & { cue: Cue }) | null {
  const first = cues(clause)[0];
  if (!first || first.start > 80) return null;
  if (/^according to$/.test(first.verb)) {
    const s = subjectAfter(clause, first.end);
    return s ? { ...s, cue: first } : null;
  }
  const before = clause.slice(0, first.start);
  if (/[.!?]/.test(before.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\./g, '')) || /[“"«]/.test(before)) return null;
  const s = before.trim() === '' || /^[\s,]*$/.test(before) ? subjectAfter(clause, first.end) : (subjectBefore(clause, first.start, 12) ?? subjectAfter(clause, first.end));
  return s ? { ...s, cue: first } : null;
}

/** Subject of the last cue verb close before a quotation: Aziz reveals “…” / he reveals a dark truth: “…” */
export function subjectBeforeQuote(clause: string): (Subject & { cue: Cue }) | null {
  const all = cues(clause);
  for (let k = all.length - 1; k >= 0; k--) {
    const cue = all[k]!;
    const gap = clause.slice(cue.end);
    const gapWords = gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (gapWords > 8 && !/:\s*$/.test(gap)) continue;
    if (/[.!?]\s/.test(gap)) continue;
    if (cue.verb === 'according to') {
      const s = subjectAfter(clause, cue.end);
      if (s) return { ...s, cue };
      continue;
    }
    const s = subjectBefore(clause, cue.start) ?? (gapWords <= 3 ? subjectAfter(clause, cue.end) : null);
    if (s) return { ...s, cue };
  }
  return null;
}
