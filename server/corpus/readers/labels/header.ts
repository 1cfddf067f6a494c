/**
 * An oral history's or interview's own record of who took part, written with labels at its head:
 *   RONALD ARKIN: An Interview Conducted by Peter Asaro, IEEE History Center, 16 September 2014
 *   INTERVIEWEE: Ronald Arkin
 *   INTERVIEWER: Peter Asaro
 *   DATE: 16 September 2014
 * These are no turns: nobody says "Peter Asaro". They name the interviewer and the narrator, so that
 * the labels of the speech (`Asaro:`, `Arkin:`, `Q:`) resolve to them.
 */
import type { Span } from '../../text.ts';
import type { RawTurn, ReadResult } from '../reader.ts';
import { lineLabel } from './grammar.ts';

/** Labels that introduce a participant's name rather than their words. */
export const PARTICIPANT_FIELD = /^(?:interviewer|interviewee|narrator|interviewed by)$/i;
/** A person's name: one to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3}`;
/** A name at the head of a field's text, perhaps followed by more fields (`Peter Asaro DATE: …`). */
const NAME_THEN_FIELDS = new RegExp(String.raw`^(${NAME})(?: [A-Z][A-Z ]{1,20}: .{0,120})?$`, 'u');
/** A title line under a narrator's label: `RONALD ARKIN: An Interview Conducted by Peter Asaro, …`. */
const CONDUCTED_BY = new RegExp(String.raw`^(?:An? )?(?:Oral History )?Interview (?:Conducted )?by (${NAME})(?=[\s,.;]|$)`, 'u');

/** Labels over an item of meeting notes that name who presents it. */
const PRESENTER_FIELD = /^(?:presenters?|presented by)$/i;
/** Who presents: a full name (two to four words), perhaps with initials; `Presenter: Absolutely.` is someone speaking. */
const PRESENTER_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){1,3}(?: \(\p{Lu}{2,4}\))?\s*$`, 'u');

/** A turn's text up to its first line break. */
function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

/** Take the participant fields out of the turns, into the reading's metadata (where it has none yet). */
export function takeHeaderFields(out: ReadResult): void {
  const keep: RawTurn[] = [];
  for (const turn of out.turns) {
    const label = turn.label;
    if (label !== undefined && PARTICIPANT_FIELD.test(label.trim())) {
      // The field's own line: a reader that joins headings to the turn before adds `### Early Life` below it.
      const name = NAME_THEN_FIELDS.exec(firstLine(turn.text))?.[1];
      if (name) {
        if (/interviewer|interviewed by/i.test(label)) out.meta.interviewer ??= name;
        else out.meta.narrator ??= name;
        continue;
      }
    }
    // Meeting notes' `Presenter: Myles Borins (MBS)` over an item: who presents it, not what they say.
    if (label !== undefined && PRESENTER_FIELD.test(label.trim()) && PRESENTER_NAME.test(firstLine(turn.text))) {
      // What the notes go on to say under it is nobody's words in particular: kept, with no speaker.
      const rest = turn.text.slice(firstLine(turn.text).length).trim();
      if (rest) {
        const { label: _label, labelRole: _role, ...unlabelled } = turn;
        keep.push({ ...unlabelled, text: rest });
      }
      continue;
    }
    const conducted = label !== undefined ? CONDUCTED_BY.exec(turn.text) : null;
    if (conducted) {
      out.meta.interviewer ??= conducted[1]!;
      continue;
    }
    keep.push(turn);
  }
  out.turns = keep;
}

/** The most lines a file's header of fields takes. */
const MOST_HEADER_LINES = 12;
/** A rule under a header: `=====`, `-----`, `*****`. */
const RULE = /^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/;

/**
 * Where a file's header of fields ends: the lines at its very top, up to a blank line or a rule, when
 * two or more of them are fields no one speaks (`Date: 2026-02-12`, `Duration: 14 minutes`). A
 * meeting recording's export opens so: `SIG: FAAS WG` above those is the meeting's name, not a
 * speaker's. 0 when the file opens otherwise.
 */
export function headerFieldsEnd(lines: readonly Span[], blanks: Uint8Array, isField: (label: string) => boolean): number {
  let end = 0;
  let fields = 0;
  for (; end < lines.length && !blanks[end] && !RULE.test(lines[end]!.text); end++) {
    if (end === MOST_HEADER_LINES) return 0;
    const label = lineLabel(lines[end]!.text)?.label;
    if (label !== undefined && isField(label)) fields++;
  }
  // A header ends where something else begins: a file of a few lines and nothing more is no header.
  return fields >= 2 && end < lines.length ? end : 0;
}
