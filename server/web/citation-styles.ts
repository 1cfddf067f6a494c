/**
 * APA 7, MLA 9 and Chicago 17 (notes-bibliography: the bibliography entry, with a short note as the
 * in-text form). Each entry is assembled from the pieces the source has; a missing piece leaves no
 * empty punctuation behind: no author → the title leads, no date → "n.d." (APA, Chicago) or nothing
 * (MLA), no title → a description of the work ("Review of City of Ghosts").
 */
import type { Citable, Run, StyledCitation } from './citations.ts';
import { clock, endWith, initials, listAnd, MONTHS, splitName, type DateParts } from './format.ts';

const t = (text: string): Run => ({ text });
const i = (text: string): Run => ({ text, italic: true });
const isUrl = (text: string) => /^(?:https?:\/\/)?[\w.-]+(?::\d+)?\/\S*$/.test(text);

/**
 * Groups of runs as sentences: each ends with a period unless it has its own, or (APA, Chicago) it
 * ends in a URL. The period is never italic: it belongs to the sentence, not to a title.
 */
function sentences(groups: Run[][], periodAfterUrl = false): Run[] {
  const out: Run[] = [];
  for (const group of groups.filter((g) => g.some((r) => r.text !== ''))) {
    if (out.length) out.push(t(' '));
    const last = group.at(-1)!;
    const closed = endWith(last.text);
    out.push(...group.slice(0, -1));
    if ((isUrl(last.text) && !periodAfterUrl) || closed === last.text) out.push(last);
    else if (last.italic && closed === `${last.text}.`) out.push(last, t('.'));
    else out.push({ ...last, text: closed });
  }
  return out;
}

const text = (runs: Run[]) => runs.map((r) => r.text).join('');
/** American punctuation: commas and periods go inside closing quotation marks. */
const inside = (s: string) => s.replace(/”([,.])/g, '$1”');
const stamp = (c: Citable) => (c.time !== null ? clock(c.time) : null);
const family = (name: string) => splitName(name).family;
/** "M. Heineman": initials first, as APA writes people who are not authors. */
const initialsFirst = (name: string) => {
  const { family: f, given } = splitName(name);
  return given ? `${initials(given)} ${f}` : f;
};
const inverted = (name: string) => {
  const { family: f, given } = splitName(name);
  return given ? `${f}, ${given}` : f;
};

/** The first words of a title (at most four, no trailing "the", "of"…) for short citations. */
export function shortTitle(title: string): string {
  const out: string[] = [];
  for (const w of title.split(/\s+/).filter(Boolean).slice(0, 4)) {
    // Stop before a quoted phrase rather than cut it open: "Syria War Movie 'City" → "Syria War Movie".
    if (out.length >= 2 && /^['‘"“]/.test(w)) break;
    out.push(w);
  }
  while (out.length > 1 && /^(?:a|an|the|of|in|on|to|for|and|or|with|from|by|at|about|against|into|over|under|after|before|–|-)$/i.test(out.at(-1)!)) out.pop();
  return out.join(' ').replace(/[,:;.]$/, '');
}

/** Whether the quote's speaker is someone other than the author, quoted in the source. */
const quotedPerson = (c: Citable) => (c.kind === 'quotation' && c.speaker && c.speaker !== c.author ? c.speaker : null);

/** A description of an untitled work: "Review of *City of Ghosts*, directed by Matthew Heineman". */
function untitled(c: Citable, director: (name: string) => string = (n) => n): Run[] {
  if (c.sourceKind === 'review' && c.work) return [t('Review of '), i(c.work.title), ...(c.work.director ? [t(`, directed by ${director(c.work.director)}`)] : [])];
  if (c.sourceKind === 'film') return [i(c.work?.title ?? c.generatedTitle)];
  if (c.sourceKind === 'interview') return [t(c.generatedTitle)];
  return [t(c.sourceKind === 'review' ? 'Review' : 'Article')];
}

/** The same description without its details, for in-text citations: "Review of City of Ghosts". */
const untitledShort = (c: Citable) => text(untitled(c)).replace(/, directed by .*$/, '');

function apaDate(d: DateParts | null): string {
  if (!d) return 'n.d.';
  if (!d.month) return String(d.year);
  return `${d.year}, ${MONTHS[d.month - 1]}${d.day ? ` ${d.day}` : ''}`;
}

/** APA's bracketed description after a title, or in its place: [Interview by M. Martin], [Film]. */
function apaBracket(c: Citable): Run[] {
  const by = c.interviewers.length ? ` by ${listAnd(c.interviewers.map(initialsFirst))}` : '';
  if (c.sourceKind === 'interview') return [t(`[${c.title ? 'Interview' : c.generatedTitle}${by}]`)];
  if (c.sourceKind === 'film') return [t('[Film]')];
  if (c.sourceKind === 'review' && c.work) return [t('[Review of the film '), i(c.work.title), t(`${c.work.director ? `, directed by ${initialsFirst(c.work.director)}` : ''}]`)];
  return c.title ? [] : [t(`[${text(untitled(c))}]`)];
}

export function apa(c: Citable): StyledCitation {
  const film = c.sourceKind === 'film';
  const bracket = apaBracket(c);
  const title: Run[] = c.title ? [film ? i(c.title) : t(c.title), ...(bracket.length ? [t(' '), ...bracket] : [])] : bracket;
  const author = c.author ? `${family(c.author)}${splitName(c.author).given ? `, ${initials(splitName(c.author).given!)}` : ''}${film ? ' (Director)' : ''}` : null;
  const date = [t(`(${apaDate(c.date)})`)];
  // A film's distributor is a publisher (roman); an outlet of an interview or review is a periodical (italic).
  const outlet = c.outlet ? [film ? t(c.outlet) : i(c.outlet)] : [];
  const reference = sentences(author ? [[t(author)], date, title, outlet, [t(c.url)]] : [title, date, outlet, [t(c.url)]]);

  const who = c.author ? family(c.author) : c.title ? `“${shortTitle(c.title)},”` : `[${untitledShort(c)}],`;
  const whoYear = `${who}${who.endsWith(',”') || who.endsWith('],') ? '' : ','} ${c.date ? c.date.year : 'n.d.'}${stamp(c) ? `, ${stamp(c)}` : ''}`;
  const quoted = quotedPerson(c);
  return { reference, inText: `(${quoted ? `${quoted}, as cited in ` : ''}${whoYear})` };
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function mlaDate(d: DateParts | null): string | null {
  if (!d) return null;
  if (!d.month) return String(d.year);
  return `${d.day ? `${d.day} ` : ''}${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

/** The title slot of MLA and Chicago: “Quoted Title.” or an unformatted description. */
function titleSlot(c: Citable): Run[] {
  if (c.sourceKind === 'film') return [i(c.title ?? c.work?.title ?? c.generatedTitle)];
  return c.title ? [t(`“${endWith(c.title)}”`)] : untitled(c);
}

/** What follows a title: "Review of City of Ghosts, directed by …" or "Interview by …". */
function afterTitle(c: Citable): Run[] {
  if (c.title && c.sourceKind === 'review' && c.work) return untitled(c);
  if (c.sourceKind === 'interview' && c.interviewers.length) return [t(`Interview by ${listAnd(c.interviewers)}`)];
  return [];
}

export function mla(c: Citable): StyledCitation {
  const film = c.sourceKind === 'film';
  const author = c.author ? [t(`${inverted(c.author)}${film ? ', director' : ''}`)] : [];
  const bare = c.url.replace(/^https?:\/\//, ''); // MLA 9 leaves out the protocol
  const rest = [film ? c.outlet : null, mlaDate(c.date), bare].filter((x): x is string => !!x).join(', ');
  const container: Run[] = c.outlet && !film ? [i(c.outlet), t(`, ${rest}`)] : [t(rest)];
  const reference = sentences([author, titleSlot(c), afterTitle(c), container], true);

  const who = c.author ? family(c.author) : c.title ? `“${shortTitle(c.title)}”` : untitledShort(c);
  const at = stamp(c) ? ` ${stamp(c)}` : '';
  return { reference, inText: `(${quotedPerson(c) ? 'qtd. in ' : ''}${who}${at})` };
}

function chicagoDate(d: DateParts | null): string {
  if (!d) return 'n.d.';
  if (!d.month) return String(d.year);
  return `${MONTHS[d.month - 1]}${d.day ? ` ${d.day},` : ''} ${d.year}`;
}

export function chicago(c: Citable): StyledCitation {
  const film = c.sourceKind === 'film';
  const author = c.author ? [t(`${inverted(c.author)}${film ? ', dir' : ''}`)] : [];
  const date = chicagoDate(c.date);
  const published: Run[] = c.outlet ? (film ? [t(`${c.outlet}, ${date}`)] : [i(c.outlet), t(`, ${date}`)]) : [t(date)];
  const reference = sentences([author, titleSlot(c), afterTitle(c), published, [t(c.url)]]);

  // Short note (CMOS 14.29): author's family name, short title; a named interviewee's is "Heineman, interview".
  const title = c.sourceKind === 'interview' && c.author && !c.title ? 'interview' : c.title ? (film ? shortTitle(c.title) : `“${shortTitle(c.title)}”`) : untitledShort(c);
  const base = c.author ? `${family(c.author)}, ${title}` : title;
  const quoted = quotedPerson(c);
  const note = `${quoted ? `${quoted}, quoted in ` : ''}${base}${stamp(c) ? `, at ${stamp(c)}` : ''}`;
  return { reference, inText: inside(endWith(note)) };
}
