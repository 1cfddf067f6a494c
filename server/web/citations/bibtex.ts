/**
 * BibTeX for LaTeX users, written from the same CSL item the styles format (so it says no more and
 * no less than they do). Values are escaped for TeX — the special characters become their TeX
 * commands — and titles are braced so that bibliography styles keep "ISIS" and "Raqqa" capitalised.
 */
import type { CslItem, CslName } from './csl-item.ts';

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

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Heineman, Matthew"; organisation and one-word names are braced so that BibTeX does not split them. */
function bibName(n: CslName): string {
  if ('literal' in n) return `{${escapeTex(n.literal)}}`;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  return n.given ? `${escapeTex(family)}, ${escapeTex(n.given)}` : `{${escapeTex(family)}}`;
}

const familyOf = (n: CslName) => ('literal' in n ? n.literal : n.family);

/** A citation key: the lead name (ASCII), the year and part of the item id, unique per quote. */
export function bibKey(item: CslItem): string {
  const lead = (item.author ?? item.host ?? item.director)?.[0];
  const who = lead ? familyOf(lead) : (item.title ?? item.type).replace(/^\[/, '').split(/\s+/)[0]!;
  const ascii = who.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'source';
  const year = item.issued?.['date-parts'][0]?.[0];
  return `${ascii}${year ?? 'nd'}-${item.id.split('_').at(-1)!.slice(0, 8)}`;
}

/** The entry; `quoted` (the words and who said them) goes in the note, as BibTeX has no field for it. */
export function bibtex(item: CslItem, quoted: { words: string; speaker: string | null }): string {
  const periodical = item.type === 'article-newspaper' || item.type === 'review';
  const lead = item.author ?? item.host ?? item.director;
  const date = item.issued?.['date-parts'][0] ?? [];
  const title = item.title ?? (item['reviewed-title'] ? `Review of ${item['reviewed-title']}` : null);
  const how = [item.genre ?? item.medium, item['container-title'] && !periodical ? item['container-title'] : null, item.publisher, item.archive].filter(Boolean).join(', ');
  const fields: Array<[string, string | null]> = [
    ['author', lead ? lead.map(bibName).join(' and ') : null],
    ['title', title ? `{${escapeTex(title)}}` : null],
    ['journal', periodical && item['container-title'] ? escapeTex(item['container-title']) : null],
    ['howpublished', how ? escapeTex(how) : null],
    ['year', date[0] ? String(date[0]) : null],
    ['month', date[1] ? MONTH_MACROS[date[1] - 1]! : null],
    ['url', item.URL ? item.URL.replace(/[{}\\\s]/g, '') : null],
    ['note', quoted.words ? `Quoted: ${quoted.speaker ? `${escapeTex(quoted.speaker)}: ` : ''}\`\`${escapeTex(quoted.words)}''` : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    // Month macros are written bare (`month = jul`) so styles can abbreviate or spell them out.
    .map(([k, v]) => (k === 'month' ? `  ${k} = ${v},` : `  ${k} = {${v}},`))
    .join('\n');
  return `@${periodical && item['container-title'] ? 'article' : 'misc'}{${bibKey(item)},\n${body}\n}\n`;
}
