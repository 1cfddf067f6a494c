/**
 * A question-and-answer interview run into one paragraph, as a blog's excerpt or a copy that lost its
 * line breaks sets it:
 *
 *   Interviewer: How about the novel? Have you ever tried that form? Parker: I wish to God I could do
 *   one, but I haven't got the nerve. Interviewer: And short stories? …
 *
 * Read as one line, every answer is the interviewer's. Where a line opens with the interviewer's label
 * (`Interviewer:`, `Q:`), a name and a colon right after a question (`? Parker: I wish …`) opens the
 * answer, and the interviewer's own label after a sentence's end (`. Interviewer: And …`) the next
 * question: the line is read as those lines, each keeping its offsets in the file.
 */
import type { Span } from '../../text.ts';
import { lineLabel } from './grammar.ts';
import { labelKey, notSpeaker } from './select.ts';

/** Labels of who asks in an interview. */
const ASKERS = new Set(['interviewer', 'q', 'question']);
/** An answerer's label right after a question: a name of one to three capitalised words, or `A`, and a colon. */
const ANSWERER = /^(?:\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,2}): (?=[\p{Lu}"“‘'(])/u;
/** Characters that end a sentence before the asker's label comes again. */
const SENTENCE_CLOSE = '.?!…"”’)';

/** The answers split off here: their label follows a question in the interviewer's line, so it is one, said once or not. */
const answers = new WeakSet<Span>();

/** `span` is an answer split off a run-together line (its label needs no other evidence). */
export function answeredInline(span: Span): boolean {
  return answers.has(span);
}

/** `lines` with each run-together question-and-answer line read as its turns; `lines` itself when there is none (most files). */
export function withInlineTurnsSplit(lines: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const parts = split(lines[i]!);
    if (parts) {
      out ??= lines.slice(0, i);
      out.push(...parts);
    } else out?.push(lines[i]!);
  }
  return out ?? lines;
}

/** The turns of a line that opens with an asker's label and holds answers, or undefined. */
function split(line: Span): Span[] | undefined {
  const text = line.text;
  // Only a long line can hold a question and its answer; most lines are turned away here.
  if (text.length < 40 || text.indexOf(': ', 1) === -1) return undefined;
  const opening = lineLabel(text);
  if (!opening || opening.style !== 'inline' || opening.label === undefined || !ASKERS.has(labelKey(opening.label))) return undefined;
  const asker = `${opening.label}: `;
  const cuts: number[] = [];
  let asking = true;
  for (let at = text.indexOf(': ', opening.textStart); at !== -1; at = text.indexOf(': ', at + 2)) {
    // Where a label before this colon would start: after the last sentence's close and its space.
    const from = labelStart(text, at, opening.textStart);
    if (from === -1) continue;
    const candidate = text.slice(from, at + 2);
    if (asking && text[from - 2] === '?' && ANSWERER.test(text.slice(from, at + 3)) && !notSpeaker(candidate.slice(0, -2)) && !ASKERS.has(labelKey(candidate.slice(0, -2)))) {
      cuts.push(from);
      asking = false;
    } else if (!asking && candidate === asker && SENTENCE_CLOSE.includes(text[from - 2] ?? '')) {
      cuts.push(from);
      asking = true;
    }
  }
  if (cuts.length === 0) return undefined;
  const out: Span[] = [];
  let start = 0;
  for (const cut of cuts) {
    // The space before the label stays with the turn before it, so each label opens its line.
    out.push({ start: line.start + start, end: line.start + cut - 1, text: text.slice(start, cut - 1) });
    start = cut;
  }
  out.push({ start: line.start + start, end: line.end, text: text.slice(start) });
  // Every other part, from the second, is an answer.
  for (let k = 1; k < out.length; k += 2) answers.add(out[k]!);
  return out;
}

/** Where a label ending at `colon` starts: after a sentence's close and one space, at most four words back; or -1. */
function labelStart(text: string, colon: number, min: number): number {
  let words = 1;
  for (let i = colon - 1; i > min && colon - i <= 64; i--) {
    if (text[i] !== ' ') continue;
    if (SENTENCE_CLOSE.includes(text[i - 1] ?? '')) return i + 1;
    if (++words > 4) return -1;
  }
  return -1;
}
