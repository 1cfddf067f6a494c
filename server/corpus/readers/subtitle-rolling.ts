/**
 * Roll-up captions: YouTube's automatic captions and broadcast roll-up show each line in two or three
 * cues as it scrolls up — a cue repeats the last line (or lines) of the cue before it, then adds its
 * new words, and YouTube puts a 10 ms cue of the finished line between them. Read cue by cue, every
 * line would be said two or three times over. A file rolls when most of its cues repeat the one
 * before; its cues are then read without the lines they repeat.
 */
import type { CueBlock, ParsedCue } from './subtitle-cues.ts';

/** At most this many lines scroll from one cue into the next (roll-up shows two to four). */
const MAX_ROLL = 4;
/** A file rolls when this share of its cues (and at least three) repeat the cue before. */
const ROLLING_SHARE = 0.3;

/** A cue's lines of words, trimmed, blank lines left out; null when voices divide it (never rolled). */
function wordLines(cue: ParsedCue): string[] | null {
  if (cue.segments.some((s) => s.voice !== undefined)) return null;
  return cue.segments
    .map((s) => s.text)
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** How many of `lines`' first lines are the last lines of `before`. */
function overlap(before: string[] | null, lines: string[] | null): number {
  if (!before || !lines) return 0;
  for (let k = Math.min(MAX_ROLL, lines.length, before.length); k > 0; k--) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = before[before.length - k + j] === lines[j];
    if (same) return k;
  }
  return 0;
}

/** Where the raw line holding the `k`-th line of words begins (tags and blank lines skipped), if found. */
function lineStart(block: CueBlock, k: number): number | undefined {
  let seen = 0;
  for (const p of block.payload) {
    if (p.text.replace(/<[^<>\n]{0,200}>/g, '').trim() === '') continue;
    if (seen++ === k) return p.start;
  }
  return undefined;
}

/** A cue as read: its block, its cue, and where its own words begin when it repeats lines before them. */
export interface ReadCue {
  block: CueBlock;
  cue: ParsedCue;
  from?: number;
}

/** The cues without the lines they repeat from the cue before, when the file rolls; else as they are. */
export function unroll(cues: ReadCue[]): ReadCue[] {
  const lines = cues.map(({ cue }) => wordLines(cue));
  const repeats = lines.map((l, i) => (i === 0 ? 0 : overlap(lines[i - 1]!, l)));
  const rolled = repeats.filter((k) => k > 0).length;
  const candidates = lines.filter((l, i) => i > 0 && l !== null && l.length > 0).length;
  if (rolled < 3 || rolled < candidates * ROLLING_SHARE) return cues;
  return cues.map((c, i) => {
    const k = repeats[i]!;
    if (k === 0) return c;
    const rest = lines[i]!.slice(k);
    const from = rest.length > 0 ? lineStart(c.block, k) : undefined;
    return { ...c, cue: { ...c.cue, segments: rest.length > 0 ? [{ text: rest.join('\n') }] : [] }, ...(from !== undefined ? { from } : {}) };
  });
}
