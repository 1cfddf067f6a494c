/**
 * Who a name typed by the user can be: "Heineman", "Matthew Heineman", "Aziz" → registry speakers,
 * by full name, alias, slug, or family name, compared as normalised words.
 */
import type { SpeakerRecord } from '../engine.ts';
import { terms } from '../tokenize.ts';

export interface NamedSpeaker {
  slug: string;
  name: string;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export function resolveSpeaker(name: string, speakers: readonly SpeakerRecord[]): NamedSpeaker[] {
  const typed = terms(name);
  if (typed.length === 0) return [];
  const exact = speakers.filter((s) => same(terms(s.name), typed) || s.slug === name.trim() || s.aliases.some((a) => same(terms(a), typed)));
  const hits = exact.length ? exact : speakers.filter((s) => typed.length === 1 && terms(s.name).at(-1) === typed[0]);
  return hits.map((s) => ({ slug: s.slug, name: s.name }));
}
