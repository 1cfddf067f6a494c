/** Helpers available to every template. They return plain strings, which Handlebars escapes. */
import { clock } from './hits.ts';

export const helpers = {
  eq: (a: unknown, b: unknown) => a === b,
  clock: (seconds: unknown) => (typeof seconds === 'number' ? clock(seconds) : ''),
  plural: (n: unknown, one: string, many: string) => `${typeof n === 'number' ? n.toLocaleString('en') : n} ${n === 1 ? one : many}`,
  year: () => new Date().getFullYear(),
};
