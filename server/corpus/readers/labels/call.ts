/**
 * Speakers as earnings-call transcripts name them, on a line of their own before each speech: The
 * Motley Fool's `Amy Hood--Chief Financial Officer` and `Keith Weiss--Morgan Stanley -- Analyst`,
 * Seeking Alpha's `Amy E. Hood - Microsoft Corp.` — a name of two to five words, a dash, and a role or
 * a firm (a capital first, ten words at most, no `: `) to the line's end. Such a line is kept only where such lines recur (see select.ts).
 */
import { match, PARTICLE } from './head.ts';

const DASH_WORD = String.raw`\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)?`;
const DASH_LABEL = new RegExp(String.raw`(${DASH_WORD}(?: (?:${DASH_WORD}|${PARTICLE}(?!\p{L}))){1,4})(?:--| -- | - | — | – |—|–)(\p{Lu}[^\n]{0,119})`, 'uy');
/** Words a role or firm runs to: `Executive Vice President and Chief Financial Officer` is seven. */
const ROLE_WORDS = 10;
/** A role or firm ends as a name does, not as a sentence (`Inc.` and the like may end it). */
const ROLE_END = /(?:[!?:,;]|(?<!\b(?:Inc|Co|Corp|Ltd|LLC|plc|Jr|Sr|Bros))\.)\s*$/;

/** The name and role of a call's speaker line (the line's collapsed head `h`), or null. */
export function callLabel(h: string): { name: string; role: string } | null {
  if (!h.includes('-') && !h.includes('—') && !h.includes('–')) return null;
  const m = match(DASH_LABEL, h, 0);
  if (!m || m[0].length !== h.length || ROLE_END.test(h)) return null;
  // A role or a firm, not speech after a dash (`John Smith - Reuters: what is …`).
  const role = m[2]!.trim();
  return role.includes(': ') || role.split(' ').length > ROLE_WORDS ? null : { name: m[1]!, role };
}
