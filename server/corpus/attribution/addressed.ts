/**
 * A quotation that calls someone by name is said to them, not by them: the captain's “Bezos, I need
 * you to go into the house” is no words of Bezos, whom the story's pronoun might otherwise point to.
 * A decision naming the person the quotation addresses is turned into none: a wrong name is worse
 * than none.
 */
import type { Speaker } from '../model.ts';
import { NOBODY, type Decision } from './sieve.ts';

const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Mister|Doctor|Professor|Captain|Sir)\.? )?`;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?)`;
/** A name called at the quotation's start: `Bezos, I need you …`, `Mr. Bezos, please …`. */
const OPENING = new RegExp(String.raw`^${TITLE}${NAME}[,!] `, 'u');
/** A name called at its end: `… get this woman a pair of shoes, Bezos.` */
const CLOSING = new RegExp(String.raw`, ${TITLE}${NAME}[.!?]?$`, 'u');

/** The lower-case words `speaker` is known by: each part of the name and each alias. */
function namesOf(speaker: Speaker): Set<string> {
  const out = new Set<string>();
  for (const name of [speaker.name, ...speaker.aliases]) {
    const lower = name.toLowerCase();
    out.add(lower);
    for (const part of lower.split(' ')) if (part.length > 1) out.add(part);
  }
  return out;
}

/** Words of `evidence` (a said-clause's subject and verb) are one of `names`. */
function namedIn(evidence: string, names: Set<string>): boolean {
  return evidence.toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => w.length > 1 && names.has(w));
}

/** The names `text` calls someone by, at its start or its end. */
function called(text: string): string[] {
  const out: string[] = [];
  for (const m of [OPENING.exec(text), CLOSING.exec(text.trimEnd())]) if (m) out.push(m[1]!.toLowerCase());
  return out;
}

/**
 * `decision`, or none (keeping its rule and evidence) when it names the person `text` is said to. A
 * said-clause that names its speaker outright (“…in Spokane, Washington,” Washington said) is believed:
 * the name the quotation ends on is a place or someone else of the name.
 */
export function notAddressed(decision: Decision, text: string): Decision {
  if (!decision.speaker) return decision;
  const calls = called(text);
  if (calls.length === 0) return decision;
  // The speaker's names, worked out once for both questions.
  const names = namesOf(decision.speaker);
  if (!calls.some((c) => names.has(c))) return decision;
  if (decision.method === 'cue' && decision.evidence !== undefined && namedIn(decision.evidence, names)) return decision;
  return { ...NOBODY, rule: decision.rule, ...(decision.evidence ? { evidence: decision.evidence } : {}) };
}
