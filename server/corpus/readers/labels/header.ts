/**
 * An oral history's or interview's own record of who took part, written with labels at its head:
 *   RONALD ARKIN: An Interview Conducted by Peter Asaro, IEEE History Center, 16 September 2014
 *   INTERVIEWEE: Ronald Arkin
 *   INTERVIEWER: Peter Asaro
 *   DATE: 16 September 2014
 * These are no turns: nobody says "Peter Asaro". They name the interviewer and the narrator, so that
 * the labels of the speech (`Asaro:`, `Arkin:`, `Q:`) resolve to them.
 */
import type { RawTurn, ReadResult } from '../reader.ts';

/** Labels that introduce a participant's name rather than their words. */
const FIELD = /^(?:interviewer|interviewee|narrator|interviewed by)$/i;
/** A person's name: one to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?: \p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3}`;
/** A name at the head of a field's text, perhaps followed by more fields (`Peter Asaro DATE: …`). */
const NAME_THEN_FIELDS = new RegExp(String.raw`^(${NAME})(?: [A-Z][A-Z ]{1,20}: .{0,120})?$`, 'u');
/** A title line under a narrator's label: `RONALD ARKIN: An Interview Conducted by Peter Asaro, …`. */
const CONDUCTED_BY = new RegExp(String.raw`^(?:An? )?(?:Oral History )?Interview (?:Conducted )?by (${NAME})(?=[\s,.;]|$)`, 'u');

/** Take the participant fields out of the turns, into the reading's metadata (where it has none yet). */
export function takeHeaderFields(out: ReadResult): void {
  const keep: RawTurn[] = [];
  for (const turn of out.turns) {
    const label = turn.label;
    if (label !== undefined && FIELD.test(label.trim())) {
      const name = NAME_THEN_FIELDS.exec(turn.text)?.[1];
      if (name) {
        if (/interviewer|interviewed by/i.test(label)) out.meta.interviewer ??= name;
        else out.meta.narrator ??= name;
        continue;
      }
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
