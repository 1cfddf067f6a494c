/**
 * A news label broken across two lines where a transcript was reflowed to short lines, as PBS
 * NewsHour's pages copied to text are:
 *
 *   BRYAN MCKUNE, Manager of Pilot Development,
 *   Alaska Airlines: It's being very competitive,
 *
 * Read line by line, the first line is no label (no colon) and stays in the turn before, and the
 * second names its role's employer as the speaker ("Alaska Airlines"). Where the first line is a
 * name in capitals, a comma and a role, ending on a comma, and the two lines read together make one
 * label in capitals with its role, the two lines are read as one: the line breaks become spaces, so
 * every offset in the joined line is still the file's own.
 */
import type { Span } from '../../text.ts';
import { lineLabel } from './grammar.ts';
import { CAPS_WORDS_OF_SPEECH } from './label-names.ts';

/** A name of two words or more in capitals, then a comma and more: what a broken label's first line opens with. */
const CAPS_NAME_COMMA = /^\p{Lu}[\p{Lu}.'’-]* (?:\p{Lu}[\p{Lu}.'’-]* ){0,3}?\p{Lu}[\p{Lu}.'’-]*, \S/u;

/** How far a broken label's first line may run: a name and a role, not a paragraph. */
const MAX_FIRST = 120;

/** The line's last character other than a space is a comma, and it has no colon: half a label. */
function endsOpen(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end > 0 && end <= MAX_FIRST && text[end - 1] === ',' && !text.includes(':');
}

/** `lines` with each label broken across two lines read as one line; `lines` itself when there is none (most files). */
export function withSplitLabelsJoined(lines: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const joined = i + 1 < lines.length ? join(lines[i]!, lines[i + 1]!) : undefined;
    if (joined) {
      out ??= lines.slice(0, i);
      out.push(joined);
      i++;
    } else out?.push(lines[i]!);
  }
  return out ?? lines;
}

/** `first` and `next` as one line, when they are one label broken in two; else undefined. */
function join(first: Span, next: Span): Span | undefined {
  if (!endsOpen(first.text) || !CAPS_NAME_COMMA.test(first.text)) return undefined;
  // Only a line break between them (`\n` or `\r\n`), so each character of the joined line keeps its offset.
  const gap = next.start - first.end;
  if (gap < 1 || gap > 2) return undefined;
  const alone = lineLabel(next.text);
  // The second line holds the colon that closes the label, and is no label in capitals of its own.
  if (!alone || alone.caps || alone.style !== 'inline') return undefined;
  const text = first.text + ' '.repeat(gap) + next.text;
  const label = lineLabel(text);
  if (!label || !label.caps || label.role === undefined || label.textStart <= first.text.length + gap) return undefined;
  // A caption in capitals (`WE LOVED HIM, HE WAS OUR SON,`) opens with a word of speech, not a name.
  if (CAPS_WORDS_OF_SPEECH.has(label.label!.split(' ')[0]!)) return undefined;
  return { start: first.start, end: next.end, text };
}
