/**
 * The data table behind every chart: the same figures as the picture, as text a screen reader,
 * a search engine and a printout can read. Cells are plain strings (the template escapes them).
 */

/** One cell: its text, a link where the row names something with a page, numbers right-aligned. */
export interface Cell {
  text: string;
  href?: string;
  num?: boolean;
}

export interface DataTable {
  caption: string;
  head: Array<{ text: string; num?: boolean }>;
  rows: Cell[][];
  /** Said under the table when it lists only part of the data. */
  note?: string;
}

export const cell = (text: string | number, href?: string): Cell =>
  typeof text === 'number' ? { text: text.toLocaleString('en'), num: true, ...(href ? { href } : {}) } : { text, ...(href ? { href } : {}) };

/** A share as people read it: "45%", "0.4%", "<0.1%". */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  const p = (100 * part) / whole;
  if (p === 0) return '0%';
  if (p < 0.1) return '<0.1%';
  return p < 10 && Math.round(p) !== p ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}
