/**
 * Dates as metadata writes them, to our partial ISO form (`2017`, `2017-07`, `2017-07-21`): ISO dates
 * and datetimes (Jekyll's `2019-12-04 10:00:00 +0000` too), compact `20191204`, TOML and YAML date
 * values, and written dates ("December 4, 2019", "4 Dec 2019", "July 2017").
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1000 || y > 2999) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m?: number, d?: number): string | null {
  if (!valid(y, m, d)) return null;
  return m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

function month(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i === -1 ? undefined : i + 1;
}

/** Our date form of a metadata value, or null when it is not a date we can read. */
export function readDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return readDate(String(value));
  if (typeof value !== 'string') return null;
  const t = value.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)?$/.exec(t);
  if (m) return iso(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // "December 4, 2019", "Dec. 4 2019", "July 2017", "September, 2001"
  m = /^([A-Za-z]{3,9})\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/.exec(t);
  if (m && month(m[1]!)) return iso(Number(m[3]), month(m[1]!), m[2] ? Number(m[2]) : undefined);
  // "4 December 2019"
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m && month(m[2]!)) return iso(Number(m[3]), month(m[2]!), Number(m[1]));
  return null;
}
