/**
 * Is an unlabelled text a conversation or an essay? Told by the conversation itself: questions
 * answered by someone else, short replies, first and second person in turns, greetings and thanks
 * ("thanks for having me", "welcome to the show"); against it, an essay's long paragraphs and
 * quotations with said-clauses. A score from 0 to 1, from counts over the turns (linear).
 */
import { reportingVerbs } from '../lexicon/index.ts';

const GREETINGS = /\b(?:thanks? (?:you )?(?:so much |very much )?for (?:having|joining|coming|being)|(?:welcome|welcome back) to (?:the|our|this)|joining (?:us|me)|joined (?:now |today |tonight )?by|good (?:morning|afternoon|evening)|(?:my|our) guests?\b|great to (?:have|be|see) you|nice to (?:meet|see|talk)|thank you,? (?:\p{Lu}\p{Ll}+|both|all|everyone)\b)/iu;
// With the pronouns of French, Spanish, Italian and German transcripts (`vous`, `usted`, `du`; `je`, `yo`, `ich`).
const SECOND_PERSON = /\b(?:you|your|you're|you’re|you've|you’ve|vous|votre|tu|toi|usted|ustedes|du|dich|dir|euch|Ihnen)\b/iu;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|our|je|moi|nous|yo|io|ich|wir)\b|\b[Jj]['’]/u;
const QUESTION_END = /\?["”’)]?\s*$/;
/** "I'm Greg Isenberg", "My name's Hannah Foxwell": a speaker saying who they are. */
const SELF_NAME = /(?:^|[.!?]\s+)(?:(?:[Ss]o|[Hh]i|[Hh]ello|[Hh]ey|[Aa]nd),?\s+)?(?:I'm|I’m|I am|[Mm]y name is|[Mm]y name['’]s)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)/u;
const SAID_QUOTE = /[”"],? {1,3}(?:\p{Lu}\p{Ll}+|he|she|they) (\p{Ll}+)/gu;

/** How much an unlabelled text reads as a conversation, 0 to 1. */
export function conversationScore(turns: Array<{ text: string; dashed?: boolean }>): number {
  if (turns.length < 4) return 0;
  let questions = 0;
  let answered = 0;
  let second = 0;
  let first = 0;
  let short = 0;
  let greetings = 0;
  let saidQuotes = 0;
  let dashed = 0;
  let asking = 0;
  const selfNamed = new Set<string>();
  const verbs = reportingVerbs();
  turns.forEach((t, i) => {
    const text = t.text;
    const q = QUESTION_END.test(text);
    if (q) {
      questions++;
      const next = turns[i + 1];
      if (next && !QUESTION_END.test(next.text)) answered++;
    }
    if (t.dashed) dashed++;
    if (text.includes('?')) asking++;
    if (SECOND_PERSON.test(text)) second++;
    if (FIRST_PERSON.test(text)) first++;
    if (text.length <= 80) short++;
    if (GREETINGS.test(text.slice(0, 600))) greetings++;
    const self = SELF_NAME.exec(text.slice(0, 600));
    if (self) selfNamed.add(self[1]!);
    SAID_QUOTE.lastIndex = 0;
    for (let m = SAID_QUOTE.exec(text); m !== null; m = SAID_QUOTE.exec(text)) if (verbs.has(m[1]!)) saidQuotes++;
  });
  const n = turns.length;
  let score = 0;
  score += Math.min(0.3, (answered / n) * 1.2);
  score += Math.min(0.15, (second / n) * 0.3);
  score += Math.min(0.1, (first / n) * 0.15);
  score += Math.min(0.15, (short / n) * 0.4);
  score += Math.min(0.2, greetings * 0.1);
  // A dialogue set out with dashes, someone asking in it and being answered: speakers changing
  // without their names. (A list of questions set with dashes, one after another, answers none.)
  if (n >= 6 && dashed * 2 >= n && asking >= 2 && answered * 2 >= questions) score += 0.4;
  // Two people saying who they are, each in their own turn, is a conversation.
  if (selfNamed.size >= 2) score += 0.3;
  score -= Math.min(0.4, (saidQuotes / n) * 0.8);
  return Math.max(0, Math.min(1, score));
}
