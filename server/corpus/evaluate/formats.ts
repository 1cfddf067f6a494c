/**
 * Reading real files right: each captured fixture, read with no metadata beyond what the file itself
 * holds, against its gold (hand-read turns with their speakers, the title it states). Scores per file
 * and per format family: turns with the right speaker, files rejected, titles inferred.
 */
import type { ParsedSource } from '../build.ts';
import { usableTitle } from '../titles.ts';
import { alignTurns, type GoldTurn, type TurnScore } from './align.ts';

/** A fixture's gold, as `test/fixtures/real/*.gold.json` hold it. */
export interface FixtureGold {
  family: string;
  kind: string;
  title: string | null;
  speakers: string[];
  turns: GoldTurn[];
  notes?: string;
}

export interface FileScore {
  file: string;
  family: string;
  reader?: string;
  /** Why the file could not be read, when it could not. */
  rejected?: string;
  turns: TurnScore;
  /** Turns whose gold names a speaker. */
  labelled: number;
  title: { stated: string | null; got: string; inferred: boolean; ok: boolean };
}

function normal(t: string): string {
  return t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A role shown where no name is known ("Unnamed host" of this source): not a name. */
export function isPlaceholder(speaker: { slug: string; name: string }, sourceSlug: string): boolean {
  return speaker.slug.startsWith(`${sourceSlug}-`) && speaker.name.startsWith('Unnamed ');
}

/** Score one parsed fixture (prose fixtures score their quotations, transcripts their turns). */
export function scoreFixture(file: string, gold: FixtureGold, parsed: ParsedSource): FileScore {
  const prose = parsed.source.layout === 'prose' || gold.family === 'prose';
  const quotes = parsed.quotes.filter((q) => (prose ? q.kind === 'quotation' : q.kind === 'turn'));
  // "Unnamed host", "Unnamed speaker": a role shown where no name is known counts as no name.
  const turns = alignTurns(gold.turns, quotes.map((q) => ({ text: q.text, speaker: q.speaker && !isPlaceholder(q.speaker, parsed.source.slug) ? q.speaker.name : null })));
  const got = parsed.source.meta.title;
  const inferred = parsed.source.meta.inferred.includes('title');
  // A title the file states must be found; any other must still be a title (no format word, number, cut-off).
  const ok = gold.title ? normal(got).includes(normal(gold.title)) || normal(gold.title).includes(normal(got)) : usableTitle(got) !== undefined && !got.endsWith('…');
  return { file, family: gold.family, reader: parsed.source.reader, turns, labelled: gold.turns.filter((t) => t.speaker !== null).length, title: { stated: gold.title, got, inferred, ok } };
}

/** A fixture that could not be read at all. */
export function rejectedFixture(file: string, gold: FixtureGold, reason: string): FileScore {
  return { file, family: gold.family, rejected: reason, turns: alignTurns(gold.turns, []), labelled: gold.turns.filter((t) => t.speaker !== null).length, title: { stated: gold.title, got: '', inferred: false, ok: false } };
}

export interface FamilyScore {
  family: string;
  files: number;
  rejected: number;
  gold: number;
  right: number;
  wrongName: number;
  /** Gold names a speaker, nobody was named. */
  abstained: number;
  /** Turns given a name. */
  named: number;
  titlesOk: number;
  /** The lowest file score in the family. */
  worst: { file: string; share: number } | null;
}

/** Per-family totals. */
export function byFamily(scores: FileScore[]): FamilyScore[] {
  const families = [...new Set(scores.map((s) => s.family))].sort();
  return families.map((family) => {
    const mine = scores.filter((s) => s.family === family);
    let worst: FamilyScore['worst'] = null;
    for (const s of mine) {
      const share = s.turns.gold === 0 ? 1 : s.turns.right / s.turns.gold;
      if (!worst || share < worst.share) worst = { file: s.file, share };
    }
    return {
      family,
      files: mine.length,
      rejected: mine.filter((s) => s.rejected).length,
      gold: mine.reduce((n, s) => n + s.turns.gold, 0),
      right: mine.reduce((n, s) => n + s.turns.right, 0),
      wrongName: mine.reduce((n, s) => n + s.turns.wrongName, 0),
      abstained: mine.reduce((n, s) => n + s.turns.abstained, 0),
      named: mine.reduce((n, s) => n + s.turns.named, 0),
      titlesOk: mine.filter((s) => s.title.ok).length,
      worst,
    };
  });
}
