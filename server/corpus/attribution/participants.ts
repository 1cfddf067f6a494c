/**
 * Who takes part in an unlabelled conversation: the host (from metadata, or who introduces
 * themselves: "I'm Lester Holt"), and the guests (from metadata, or whom the host introduces:
 * "we are joined now by its director Matthew Heineman and …", "as we welcome Governor Mike Pence
 * and Senator Tim Kaine"), in the order they were introduced.
 */
import type { Speaker } from '../model.ts';
import { adHocSpeaker, nameKey, type SpeakerRegistry } from '../speakers.ts';
import { sentences } from '../text.ts';
import { peopleIn, selfIntroduction } from './names.ts';

/** Phrases after which a host names the guests. */
const INTRODUCTION =
  /\b(?:joined(?: (?:now|today|tonight|here|again|in the studio))* by|joins us|joining (?:us|me)(?: (?:now|today|tonight|here))*(?: (?:is|are))?|with (?:us|me)(?: (?:now|today|tonight|here|in the studio))* (?:is|are)|(?:my|our) guests?(?: (?:today|tonight|this week|now))? (?:is|are)|(?:please )?welcome|(?:we're|we are|I'm|I am) (?:talking|speaking) (?:with|to)|(?:debate|conversation|discussion) between|participants(?: (?:tonight|today))? are|candidates(?: (?:tonight|today))?(?: are)?:?|ladies and gentlemen,?)\s+/i;

const HONORIFIC_PREFIX = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Rep)\.?|Professor|Secretary(?: of State)?|Senator|Governor|President|Vice President|Mayor|Judge|General|Sir)\s+/;

/** A name as it should be displayed: without honorifics or trailing punctuation. */
export function cleanName(name: string): string {
  let out = name.trim().replace(/[,.;:!?]+$/, '');
  while (HONORIFIC_PREFIX.test(out)) out = out.replace(HONORIFIC_PREFIX, '');
  return out;
}

/** A found name as a speaker: the registered person, else a new one. */
export function personFor(name: string, role: string, registry: SpeakerRegistry, known: Speaker[]): Speaker {
  const clean = cleanName(name);
  const registered = registry.resolve(clean);
  if (registered) return registered;
  const key = nameKey(clean);
  const last = key.split(' ').at(-1);
  const existing = known.find((k) => nameKey(k.name) === key || (key.split(' ').length === 1 && nameKey(k.name).split(' ').at(-1) === last));
  return existing ?? adHocSpeaker(clean, role);
}

/** People a turn introduces, in order; empty when it introduces nobody. */
export function introducedIn(text: string, registry: SpeakerRegistry, known: Speaker[], exclude: Speaker[]): Speaker[] {
  const out: Speaker[] = [];
  for (const sentence of sentences(text)) {
    const m = INTRODUCTION.exec(sentence.text);
    if (!m) continue;
    const clause = sentence.text.slice(m.index + m[0].length);
    for (const name of peopleIn(clause, registry)) {
      const person = personFor(name, 'guest', registry, [...known, ...out]);
      if (!exclude.includes(person) && !out.includes(person)) out.push(person);
    }
  }
  return out;
}

/** The person a turn's speaker says they are, if any. */
export function introducesSelf(text: string, registry: SpeakerRegistry, known: Speaker[], role: string): Speaker | null {
  const name = selfIntroduction(text);
  return name ? personFor(name, role, registry, known) : null;
}
