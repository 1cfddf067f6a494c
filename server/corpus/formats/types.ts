/**
 * What the format parsers hand to attribution: stretches of speech with their place in the source,
 * and whatever speaker label the format carried. Parsers are pure: text in, these records out.
 */

/** One stretch of speech as a parser found it, before speakers are resolved. */
export interface RawTurn {
  /** Offsets of the speech (label excluded) in the source text. */
  start: number;
  end: number;
  /** The spoken words: markers removed, whitespace collapsed. Never empty. */
  text: string;
  /** The speaker as written by the format: "MICHEL MARTIN", "Lester Holt", "Speaker 1". */
  label?: string;
  /** A role written with the label: "HOST" in "MICHEL MARTIN, HOST:". */
  labelRole?: string;
  /** Timing in seconds, where the format has it. */
  time?: { start: number; end?: number };
  /** The format says a speaker spoke but not who (">>" caption lines, after a soundbite marker). */
  anonymous?: boolean;
  /** A subtitle cue with no label that carries on the previous cue's unfinished sentence. */
  continues?: boolean;
}

/** A parser's answer: turns, plus problems that did not stop it. */
export interface ParsedTurns {
  turns: RawTurn[];
  warnings: Array<{ line: number; message: string }>;
}

/** Seconds from `1:02`, `01:02:03`, `00:01:02,500` or `00:01:02.5`; null when not a timestamp. */
export function parseClock(text: string): number | null {
  const m = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const [, h, mm, ss, frac] = m;
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return null;
  const fraction = frac ? Number(frac) / 10 ** frac.length : 0;
  return Number(h ?? 0) * 3600 + minutes * 60 + seconds + fraction;
}
