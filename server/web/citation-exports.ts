/**
 * Machine-readable citations: BibTeX (for LaTeX users) and CSL-JSON (Zotero, Pandoc, citeproc).
 * BibTeX values are escaped for TeX — the ten special characters become their TeX commands — and
 * titles are braced so that bibliography styles keep "ISIS" and "Raqqa" capitalised.
 */
import type { Citable } from './citations.ts';
import { splitName } from './format.ts';

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text → a BibTeX field value: TeX specials escaped, line breaks folded, Unicode kept (UTF-8 file). */
export function escapeTex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}$&%#_^~<>]/g, (c) => TEX[c]!);
}

/** Who said the quoted words, when that is not the source's author (a writer's own prose needs no name). */
const saidBy = (c: Citable) => (c.kind !== 'prose' && c.speaker && c.speaker !== c.author ? c.speaker : null);

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Heineman, Matthew" for BibTeX; one-word and organisation names are braced so they are not split. */
function bibName(name: string): string {
  const { family, given } = splitName(name);
  return given ? `${escapeTex(family)}, ${escapeTex(given)}` : `{${escapeTex(family)}}`;
}

/** A citation key: the author's family name (ASCII), the year and part of the quote id, unique per quote. */
export function bibKey(c: Citable): string {
  const who = c.author ? splitName(c.author).family : c.title ? (c.title.split(/\s+/)[0] ?? c.sourceKind) : c.sourceKind;
  const ascii = who.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'source';
  const tail = c.id.split('_').at(-1)!.slice(0, 8);
  return `${ascii}${c.date?.year ?? 'nd'}-${tail}`;
}

function describe(c: Citable): string {
  if (c.sourceKind === 'interview') return c.interviewers.length ? `Interview by ${c.interviewers.join(' and ')}` : 'Interview';
  if (c.sourceKind === 'film') return c.work?.director && c.author !== c.work.director ? `Film, directed by ${c.work.director}` : 'Film';
  if (c.sourceKind === 'review' && c.work) return `Review of ${c.work.title}${c.work.director ? `, directed by ${c.work.director}` : ''}`;
  return '';
}

/** The title to print: the source's own, or for an untitled review a description of it. */
export function titleOrDescription(c: Citable): string {
  if (c.title) return c.title;
  return c.sourceKind === 'review' && c.work ? describe(c) : c.generatedTitle;
}

export function bibtex(c: Citable): string {
  const article = c.sourceKind !== 'interview' && c.sourceKind !== 'film' && c.outlet !== null;
  const title = titleOrDescription(c);
  const what = describe(c) === title ? '' : describe(c);
  const howpublished = article ? '' : [what, c.outlet].filter((x) => !!x).join(', ');
  const said = saidBy(c) ? `${escapeTex(saidBy(c)!)}: ` : '';
  const fields: Array<[string, string | null]> = [
    ['author', c.author ? bibName(c.author) : null],
    ['title', `{${escapeTex(title)}}`],
    ['journal', article ? escapeTex(c.outlet!) : null],
    ['howpublished', howpublished ? escapeTex(howpublished) : null],
    ['year', c.date ? String(c.date.year) : null],
    ['month', c.date?.month ? MONTH_MACROS[c.date.month - 1]! : null],
    ['url', c.url.replace(/[{}\\\s]/g, '')],
    ['note', `Quoted: ${said}\`\`${escapeTex(c.words)}''`],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    // Month macros are written bare (`month = jul`) so styles can abbreviate or spell them out.
    .map(([k, v]) => (k === 'month' ? `  ${k} = ${v},` : `  ${k} = {${v}},`))
    .join('\n');
  return `@${article ? 'article' : 'misc'}{${bibKey(c)},\n${body}\n}\n`;
}

/** A CSL-JSON name: family/given, or `literal` for one-word names. */
type CslName = { family: string; given?: string } | { literal: string };

/** One CSL-JSON item (CSL 1.0.2 data schema): only standard variables. */
export interface CslItem {
  id: string;
  type: 'interview' | 'article-newspaper' | 'motion_picture';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  interviewer?: CslName[];
  director?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL: string;
  note: string;
  genre?: string;
  'reviewed-title'?: string;
  'reviewed-author'?: CslName[];
}

function cslName(name: string): CslName {
  const { family, given } = splitName(name);
  return given ? { family, given } : { literal: family };
}

export function cslItem(c: Citable): CslItem {
  const type = c.sourceKind === 'interview' ? 'interview' : c.sourceKind === 'film' ? 'motion_picture' : 'article-newspaper';
  const said = saidBy(c) ? `${saidBy(c)}: ` : '';
  const parts = c.date ? [c.date.year, ...(c.date.month ? [c.date.month] : []), ...(c.date.day ? [c.date.day] : [])] : null;
  return {
    id: c.id,
    type,
    title: titleOrDescription(c),
    ...(c.outlet ? { 'container-title': c.outlet } : {}),
    ...(c.author && type !== 'motion_picture' ? { author: [cslName(c.author)] } : {}),
    ...(c.author && type === 'motion_picture' ? { director: [cslName(c.author)] } : {}),
    ...(c.interviewers.length ? { interviewer: c.interviewers.map(cslName) } : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    URL: c.url,
    note: `Quoted: ${said}“${c.words}”`,
    ...(c.sourceKind === 'review' ? { genre: 'Review' } : {}),
    ...(c.sourceKind === 'review' && c.work ? { 'reviewed-title': c.work.title } : {}),
    ...(c.sourceKind === 'review' && c.work?.director ? { 'reviewed-author': [cslName(c.work.director)] } : {}),
  };
}
