/** Helpers available to every template. They return plain strings, which Handlebars escapes. */
import { clock } from './format.ts';
import { titleText } from './page-meta.ts';
import { nestQuotes } from './quote-marks.ts';

export const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
  clock: (seconds: unknown) => (typeof seconds === 'number' ? clock(seconds) : ''),
  plural: (n: unknown, one: string, many: string) => `${typeof n === 'number' ? n.toLocaleString('en') : n} ${n === 1 ? one : many}`,
  currentYear: () => new Date().getFullYear(),
  /** Joins its string arguments (the last argument is Handlebars' options object). */
  concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
  /** Sums for chart coordinates in templates (numbers only; anything else counts as 0). */
  add: (a: unknown, b: unknown) => Math.round(((Number(a) || 0) + (Number(b) || 0)) * 100) / 100,
  half: (a: unknown) => (Number(a) || 0) / 2,
  /**
   * The first words of a text (or of a sentence's pieces), for telling apart links that would
   * otherwise all read "Permalink" to a screen reader.
   */
  opening: (value: unknown) => {
    const text = typeof value === 'string' ? value : Array.isArray(value) ? value.map((p) => (p as { text?: string }).text ?? '').join('') : '';
    return titleText(text, 48);
  },
  /** A quote's text for showing between curly quotes: its own double marks nested as single ones. */
  nested: (text: unknown) => (typeof text === 'string' ? nestQuotes(text) : ''),
};
