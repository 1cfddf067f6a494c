/**
 * Labelled transcripts and scripts: every turn starts with a speaker label (see `labels.ts`); lines
 * without a label continue the current turn. A paragraph of markers alone (`(SOUNDBITE OF …)`)
 * ends the turn, and unlabelled speech after it belongs to nobody we can name.
 */
import { lines, type Span } from '../text.ts';
import { isOnlyMarkers, removeMarkers } from './markers.ts';
import { matchBareName, matchLabel, type LabelMatch } from './labels.ts';
import type { ParsedTurns, RawTurn } from './types.ts';

interface Candidate {
  line: Span;
  index: number;
  match: LabelMatch;
}

function key(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

/** Label candidates of a text, keeping only those that behave like speaker labels across the file. */
export function findLabels(text: string, from: number, to: number, isKnownName: (name: string) => boolean = () => false): Candidate[] {
  const all = lines(text, from, to);
  const raw: Candidate[] = [];
  const bare: Array<{ line: Span; index: number; label: string }> = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const prevBlank = i === 0 || all[i - 1]!.text.trim() === '';
    const match = matchLabel(line.text, all[i + 1]?.text);
    if (match && (match.style === 'inline' || prevBlank)) raw.push({ line, index: i, match });
    else if (prevBlank && all[i + 1] && all[i + 1]!.text.trim() !== '') {
      const name = matchBareName(line.text);
      if (name) bare.push({ line, index: i, label: name });
    }
  }
  const counts = new Map<string, number>();
  for (const c of raw) counts.set(key(c.match.label), (counts.get(key(c.match.label)) ?? 0) + 1);
  for (const b of bare) counts.set(key(b.label), (counts.get(key(b.label)) ?? 0) + 1);

  const kept = raw.filter(({ match }) => {
    const recurring = (counts.get(key(match.label)) ?? 0) >= 2;
    const structured = match.time !== undefined || match.role !== undefined || match.style === 'otter';
    const words = match.label.split(/\s+/).length;
    if (match.style === 'own-line') return recurring || structured || isKnownName(match.label);
    return recurring || structured || isKnownName(match.label) || match.caps || (words >= 2 && words <= 4);
  });
  // A name alone on its line ("Lester Holt", no colon) is a label only when it recurs.
  for (const b of bare) {
    if ((counts.get(key(b.label)) ?? 0) >= 2 || isKnownName(b.label)) {
      kept.push({ line: b.line, index: b.index, match: { label: b.label, textStart: b.line.text.length, style: 'own-line', caps: false } });
    }
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Labels found in a file, to be handed from the layout check to the parser rather than found twice. */
export type Labels = Candidate[];

/** True when enough paragraphs start with speaker labels for the file to be read as a script. */
export function looksLikeScript(text: string, from: number, to: number, labels: Labels): boolean {
  if (labels.length < 2) return false;
  const paragraphs = text.slice(from, to).split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  const enough = labels.length >= Math.ceil(paragraphs * 0.3);
  // Capitals, roles and clocks are how transcripts write labels; plain "Name:" must recur to count.
  const strong = labels.filter((l) => l.match.caps || l.match.role !== undefined || l.match.time !== undefined || l.match.style === 'otter');
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(key(l.match.label), (counts.get(key(l.match.label)) ?? 0) + 1);
  return enough && (strong.length >= 2 || [...counts.values()].some((n) => n >= 2));
}

/** Turns of a labelled script within `text[from, to)`, given its labels (`findLabels`). */
export function parseScript(text: string, from: number, to: number, found: Labels): ParsedTurns {
  const all = lines(text, from, to);
  const labels = new Map(found.map((c) => [c.index, c.match]));
  const turns: RawTurn[] = [];
  let current: { label?: LabelMatch; anonymous?: boolean; pieces: Span[] } | null = null;
  let afterMarkers = false;

  const flush = () => {
    if (current) {
      const turn = buildTurn(text, current.pieces, current.label, current.anonymous);
      if (turn) turns.push(turn);
    }
    current = null;
  };

  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const match = labels.get(i);
    if (match) {
      flush();
      const rest = line.text.slice(match.textStart);
      current = { label: match, pieces: [] };
      if (rest.trim()) current.pieces.push({ start: line.start + match.textStart, end: line.end, text: rest });
      afterMarkers = false;
      continue;
    }
    if (line.text.trim() === '') continue;
    if (isOnlyMarkers(line.text)) {
      // "(SOUNDBITE OF …)" between turns: what follows unlabelled is someone else, unnamed.
      flush();
      afterMarkers = true;
      continue;
    }
    if (!current) current = { pieces: [], ...(afterMarkers ? { anonymous: true } : {}) };
    current.pieces.push(line);
    afterMarkers = false;
  }
  flush();
  fillEndTimes(turns);
  return { turns, warnings: [] };
}

function buildTurn(text: string, pieces: Span[], label: LabelMatch | undefined, anonymous?: boolean): RawTurn | null {
  const speech = removeMarkers(pieces.map((p) => p.text).join('\n'));
  if (!/[\p{L}\p{N}]/u.test(speech)) return null;
  let start = pieces[0]!.start;
  let end = pieces.at(-1)!.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const turn: RawTurn = { start, end, text: speech };
  if (label) {
    turn.label = label.label;
    if (label.role) turn.labelRole = label.role;
    if (label.time !== undefined) turn.time = { start: label.time };
  }
  if (anonymous) turn.anonymous = true;
  return turn;
}

/** A timestamped turn ends where the next timestamped turn starts. */
export function fillEndTimes(turns: RawTurn[]): void {
  for (let i = 0; i < turns.length; i++) {
    const time = turns[i]!.time;
    if (!time || time.end !== undefined) continue;
    const next = turns.slice(i + 1).find((t) => t.time !== undefined);
    if (next?.time && next.time.start >= time.start) time.end = next.time.start;
  }
}
