/**
 * Small text formatters shared by the pages and the citations: partial ISO dates for people, names
 * split for reference lists, and word-boundary shortening. Pure functions, no HTML.
 */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A partial ISO date (`2017`, `2017-07`, `2017-07-21`) as numbers; null when absent or malformed. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function dateParts(iso: string | undefined): DateParts | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim()) : null;
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return { year: Number(m[1]) };
  return { year: Number(m[1]), ...(month ? { month } : {}), ...(month && day ? { day } : {}) };
}

/** "July 21, 2017", "July 2017", "2017", or '' — how pages show a source's date. */
export function displayDate(iso: string | undefined): string {
  const d = dateParts(iso);
  if (!d) return '';
  if (!d.month) return String(d.year);
  const month = MONTHS[d.month - 1]!;
  return d.day ? `${month} ${d.day}, ${d.year}` : `${month} ${d.year}`;
}

/** A person's name split for reference lists. Single names ("Hamoud") have no given part. */
export interface PersonName {
  family: string;
  given?: string;
}

// Lower-case particles belong to the family name: "Ludwig van Beethoven" → "van Beethoven".
const PARTICLE = /^(?:van|von|de|del|della|der|den|da|di|du|la|le|al|el|bin|ibn|ter|ten)$/;

export function splitName(name: string): PersonName {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { family: words[0] ?? '' };
  let i = words.length - 1;
  while (i > 1 && PARTICLE.test(words[i - 1]!)) i--;
  return { family: words.slice(i).join(' '), given: words.slice(0, i).join(' ') };
}

/** "Matthew" → "M.", "Jean-Paul Louis" → "J.-P. L." (APA initials). */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .map((part) => `${[...part][0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/**
 * A speaker's role as shown: none for `unknown`, which the loader records for a person whose role no
 * text gives ("Noel Rappin, unknown" said nothing a reader could use). Roles stay as the data has them.
 */
export function shownRole(role: string | undefined | null): string {
  return role && role !== 'unknown' ? role : '';
}

/** At most `max` characters, cut at a word boundary, with "…" when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.…-]+$/, '')}…`;
}

/** Join with commas and a final "and": "A", "A and B", "A, B, and C". */
export function listAnd(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

/**
 * Ends a sentence with a period unless it already ends in terminal punctuation. American style: a
 * period goes inside a closing quotation mark (“Title.”), outside a parenthesis ((n.d.).).
 */
export function endWith(text: string): string {
  if (/[.?!…]["”’]?$/.test(text)) return text;
  if (/[”"]$/.test(text)) return `${text.slice(0, -1)}.${text.slice(-1)}`;
  return `${text}.`;
}

/** "1:02:03" or "2:03" from seconds. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
