/**
 * Timestamps as transcripts and subtitles write them: `1:02`, `01:02:03`, `00:01:02,500`,
 * `00:01:02.5`, and mission clocks with three-digit hours (`142:05:33`).
 */

/** The pattern of one timestamp, for building label patterns (no anchors, no groups). */
export const CLOCK = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

/** How many ASCII digits `text` has from `at` on. */
function digitRun(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
  return i - at;
}

/** The number the ASCII digits `text[from, to)` write. */
function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/**
 * Seconds from a timestamp; null when the text is not one. The text must be exactly
 * `[h{1,3}:]m{1,3}:ss[(.|,)f{1,3}]` once trimmed. Read character by character rather than with a
 * pattern, because label lines read one per line and a file can hold fifty thousand of them.
 */
export function parseClock(text: string): number | null {
  const t = text.trim();
  const first = digitRun(t, 0);
  if (first < 1 || first > 3 || t[first] !== ':') return null;
  const second = digitRun(t, first + 1);
  let hours = 0;
  let minutes: number;
  let at: number;
  if (t[first + 1 + second] === ':') {
    // Three parts: hours, minutes, seconds.
    if (second < 1 || second > 3) return null;
    hours = digitsValue(t, 0, first);
    minutes = digitsValue(t, first + 1, first + 1 + second);
    if (minutes >= 60) return null;
    at = first + 2 + second;
  } else {
    minutes = digitsValue(t, 0, first);
    at = first + 1;
  }
  if (digitRun(t, at) !== 2) return null;
  const seconds = digitsValue(t, at, at + 2);
  at += 2;
  let fraction = 0;
  if (at < t.length) {
    const digits = t[at] === '.' || t[at] === ',' ? digitRun(t, at + 1) : 0;
    if (digits < 1 || digits > 3 || at + 1 + digits !== t.length) return null;
    fraction = digitsValue(t, at + 1, t.length) / 10 ** digits;
  }
  if (seconds >= 60) return null;
  return hours * 3600 + minutes * 60 + seconds + fraction;
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
