/**
 * What kind of labelled file its label candidates make, decided once: select.ts keeps labels by it and
 * the labelled reader lays the file out by it.
 * - A play: a dozen or more prefixes `NAME.` that recur; they vouch for a character who speaks once
 *   (`PORTER.`), and a colon there heads the cast list, not speech.
 * - A hearing: a play's count, most of it prefixes with a title (`Mr. CUMMINGS.`, not in capitals
 *   throughout), or three such that recur; a word in capitals and a full stop there is a member
 *   list's `EARL L.`, a bill's `SEC. 7.` or a wrapped line. A hearing is read as a play is.
 * - An earnings call: six or more recurring lines `Name--Role` or `Name - Firm`; a line of that shape
 *   said once (an analyst's one question) is a speaker too, and so is `Operator`.
 */
import type { LineLabel } from './grammar.ts';

export interface LabelModes {
  play: boolean;
  hearing: boolean;
  call: boolean;
}

const PLAY_PREFIXES = 12;
/** Recurring hearing labels that make a hearing (each time one stands counts). */
const HEARING_PREFIXES = 3;
const CALL_LINES = 6;

/**
 * The modes of `raw` (label candidates in line order, each with its label's key), with the keys of
 * the call's named speakers; `times` says how often a key stands.
 */
export function labelModes(raw: ReadonlyArray<{ match: LineLabel; key: string }>, times: (key: string) => number): LabelModes & { dashNames: Set<string> } {
  let playPrefixes = 0;
  let hearingPrefixes = 0;
  let dashed = 0;
  const dashNames = new Set<string>();
  for (const { match, key } of raw) {
    if (match.label === undefined) continue;
    const recurs = times(key) >= 2;
    if (match.dot && recurs) {
      playPrefixes++;
      if (!match.caps) hearingPrefixes++;
    }
    if (match.dash) {
      dashNames.add(key);
      if (recurs) dashed++;
    }
  }
  // A hearing's labels (a title and a surname opening an indented paragraph: hearing.ts) are rarely
  // anything else, so fewer make one: a short page of the Congressional Record has a few.
  const hearing = (playPrefixes >= PLAY_PREFIXES || hearingPrefixes >= HEARING_PREFIXES) && hearingPrefixes * 2 >= playPrefixes;
  return { play: hearing || playPrefixes >= PLAY_PREFIXES, hearing, call: dashed >= CALL_LINES, dashNames };
}
