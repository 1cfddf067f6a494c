/**
 * What every JSON transcript dialect comes down to: pieces of speech in order — a segment, an
 * utterance, a monologue or one word — each with its speaker as the service names them, its times in
 * seconds, and a string to find it by in the file (so that a quote can point at its place there).
 */

/** One piece of speech as a dialect gives it. */
export interface Piece {
  /** The speaker as the service writes it (`Lester Holt`, `SPEAKER_01`, `Speaker A`); '' when it names none. */
  speaker: string;
  /** The words, with whatever spacing the service gives them. */
  text: string;
  start?: number;
  end?: number;
  /** The JSON string value to look for in the file, when not `text` itself (a monologue's first word). */
  find?: string;
  /** The last such value, for a piece made of several (a monologue's last word): its place ends the piece's. */
  findLast?: string;
}

/** A dialect's reading: its pieces, whether they are single words, and whether spaces are pieces of their own. */
export interface Pieces {
  pieces: Piece[];
  /** Most pieces are one word each: they are joined as words are, and grouped into cues of about a sentence. */
  words: boolean;
  /** Spaces come as pieces (or within them) already: nothing is put between pieces. */
  spaced: boolean;
}

/** One JSON transcript dialect: how to tell its documents, and how to read their pieces. */
export interface JsonDialect {
  name: string;
  /** The parsed document is of this dialect. */
  is(data: unknown): boolean;
  /** Its pieces, with a warning for each piece that had to be skipped. */
  read(data: unknown, warn: (message: string) => void): Pieces;
}

/** A number of seconds (or of milliseconds, divided) from a JSON value, if it is one. */
export function seconds(v: unknown, scale = 1): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n / scale : undefined;
}

/**
 * A piece from its speaker as read, its words when they are a string, and its times in seconds (in
 * milliseconds with `scale` 1000); without an end, it ends where it starts.
 */
export function timedPiece(speaker: string, text: unknown, start: unknown, end: unknown, scale = 1): Piece {
  const s = seconds(start, scale);
  return { speaker, text: typeof text === 'string' ? text : '', ...(s !== undefined ? { start: s, end: seconds(end, scale) ?? s } : {}) };
}

/** Each object of `list` as a piece; an entry that is no object is skipped, with a warning naming it (`segment 3`). */
export function eachPiece(list: unknown[], what: string, warn: (message: string) => void, make: (entry: Record<string, unknown>) => Piece): Piece[] {
  const pieces: Piece[] = [];
  list.forEach((entry, i) => {
    const e = fields(entry);
    if (e) pieces.push(make(e));
    else warn(`${what} ${i + 1} is not an object; it was skipped`);
  });
  return pieces;
}

/** A speaker written as a name: trimmed, '' when there is none. */
export function written(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** A plain object's fields, or null for anything else. */
export function fields(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Pieces are words when most hold a single word; spaced when a tenth or more are only spaces. */
export function shapeOf(pieces: Piece[]): { words: boolean; spaced: boolean } {
  let single = 0;
  let spaces = 0;
  for (const p of pieces) {
    if (!/\s/.test(p.text.trim())) single++;
    if (p.text !== '' && p.text.trim() === '') spaces++;
  }
  return { words: pieces.length > 0 && single >= pieces.length * 0.8, spaced: spaces >= pieces.length * 0.1 };
}

/** A speaker the service numbers or letters (`0`, `A`, `spk_1`) as the label transcripts give it: `Speaker 0`. */
export function numbered(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return `Speaker ${v}`;
  if (typeof v !== 'string' || v.trim() === '') return '';
  const s = v.trim();
  const spk = /^spk_(\d{1,3})$/i.exec(s);
  if (spk) return `Speaker ${spk[1]}`;
  return /^(?:\d{1,3}|[A-Z])$/.test(s) ? `Speaker ${s}` : s;
}
