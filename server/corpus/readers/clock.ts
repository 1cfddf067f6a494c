/**
 * Timestamps as transcripts and subtitles write them: `1:02`, `01:02:03`, `00:01:02,500`,
 * `00:01:02.5`, and mission clocks with three-digit hours (`142:05:33`).
 */

/** The pattern of one timestamp, for building label patterns (no anchors, no groups). */
export const CLOCK = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/** Seconds from a timestamp; null when the text is not one. */
export function parseClock(text: string): number | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const [, h, mm, ss, frac] = m;
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return null;
  const fraction = frac ? Number(frac) / 10 ** frac.length : 0;
  return Number(h ?? 0) * 3600 + minutes * 60 + seconds + fraction;
}

/**
 * A timed turn without an end ends where the next timed turn starts: one backward pass, so fifty
 * thousand timestamped labels cost fifty thousand steps.
 */
export function fillEndTimes(turns: Array<{ time?: { start: number; end?: number } }>): void {
  let nextStart: number | undefined;
  for (let i = turns.length - 1; i >= 0; i--) {
    const time = turns[i]!.time;
    if (!time) continue;
    if (time.end === undefined && nextStart !== undefined && nextStart >= time.start) time.end = nextStart;
    nextStart = time.start;
  }
}
