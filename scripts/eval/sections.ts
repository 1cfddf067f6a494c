/**
 * The measurements `npm run eval` reports, each a function returning plain figures (the script
 * prints them as tables or JSON): reading per format family, prose quotations per sieve rule on
 * PolNeAR, the seeds, the 2016 debates, and real interviews with their labels stripped.
 */
import path from 'node:path';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readDebates, scoreLabelledParse, scoreReattribution } from '../../server/corpus/evaluate/debates.ts';
import { byFamily, type FamilyScore } from '../../server/corpus/evaluate/formats.ts';
import { INTERVIEW_TURNS, QUOTATIONS, SEED_INTERVIEW } from '../../test/fixtures/seeds-gold.ts';
import { scoreFixtures } from './fixtures.ts';
import { scoreStrippedInterviews } from './interviews.ts';
import type { UnitResult } from './polnear.ts';

export async function formats(): Promise<FamilyScore[]> {
  return byFamily(await scoreFixtures());
}

/** One row of a precision/recall table: units, how many were attributed, how many of those rightly. */
export interface Tally {
  name: string;
  units: number;
  attributed: number;
  right: number;
}

/** Units whose gold names a person: by a name in the text, or read by hand (pronouns, descriptions). */
const PERSON_KINDS = new Set<UnitResult['kind']>(['named', 'pronoun-hand', 'description-hand']);

/** PolNeAR units by kind of gold, and the person units by the rule that decided them. */
export function polnearTables(units: UnitResult[]): { byKind: Tally[]; byRule: Tally[]; person: Tally } {
  const tally = (name: string, us: UnitResult[]): Tally => ({ name, units: us.length, attributed: us.filter((u) => u.got !== null).length, right: us.filter((u) => u.got !== null && u.correct).length });
  const kinds = ['named', 'pronoun-hand', 'description-hand', 'nobody-hand', 'pronoun', 'pronoun-unresolved', 'description', 'none'] as const;
  const byKind = kinds.map((k) => {
    const us = units.filter((u) => u.kind === k);
    // For "nobody" units, right means abstaining.
    return k === 'none' || k === 'nobody-hand' ? { name: k, units: us.length, attributed: us.filter((u) => u.got !== null).length, right: us.filter((u) => u.correct).length } : tally(k, us);
  });
  const person = units.filter((u) => PERSON_KINDS.has(u.kind));
  const rules = [...new Set(person.map((u) => u.rule))].sort();
  return { byKind, byRule: rules.map((r) => tally(r, person.filter((u) => u.rule === r))), person: tally('all person units', person) };
}

export interface SeedScore {
  turns: { gold: number; right: number };
  quotations: { gold: number; right: number; extra: number };
}

/** The seed interview's turns and the reviews' nine quotations, against the hand-read gold. */
export async function seeds(transcripts = 'transcripts'): Promise<SeedScore> {
  const corpus = await loadCorpus(path.resolve(transcripts));
  const slugOf = (file: string) => file.replace(/\.txt$/, '').replace(/_/g, '-');
  const interview = slugOf(SEED_INTERVIEW);
  const turns = corpus.quotes.filter((q) => q.source === interview);
  const turnsRight = INTERVIEW_TURNS.filter((g, i) => {
    const got = turns[i];
    const want = g.speaker === 'host' ? `${interview}-host` : g.speaker;
    return got !== undefined && got.text.startsWith(g.starts.slice(0, 20)) && (got.speaker?.slug ?? null) === want;
  }).length;
  const quotations = corpus.quotes.filter((q) => q.kind === 'quotation');
  const quotesRight = QUOTATIONS.filter((g) => quotations.some((q) => q.source === slugOf(g.file) && q.text.startsWith(g.starts) && q.speaker?.slug === g.speaker)).length;
  return { turns: { gold: INTERVIEW_TURNS.length, right: turnsRight }, quotations: { gold: QUOTATIONS.length, right: quotesRight, extra: Math.max(0, quotations.length - QUOTATIONS.length) } };
}

export function debates(csv: string) {
  const all = readDebates(csv);
  return { debates: all.length, rows: all.reduce((n, d) => n + d.rows.length, 0), parse: scoreLabelledParse(all), stripped: [scoreReattribution(all, false), scoreReattribution(all, true)] };
}

export interface StrippedSet {
  name: string;
  files: number;
  gold: number;
  right: number;
  wrong: number;
  abstained: number;
  perFile: Array<{ file: string; people: number; reader: string; gold: number; right: number; wrong: number }>;
}

/** Real two- and three-person interviews with labels stripped: those whose words hold every name, and the rest. */
export async function strippedInterviews(): Promise<StrippedSet[]> {
  const scores = await scoreStrippedInterviews();
  return [true, false].map((inWords) => {
    const mine = scores.filter((s) => s.namesInWords === inWords);
    return {
      name: inWords ? 'every speaker named in the words' : 'some speaker never named in the words',
      files: mine.length,
      gold: mine.reduce((n, s) => n + s.turns.gold, 0),
      right: mine.reduce((n, s) => n + s.turns.right, 0),
      wrong: mine.reduce((n, s) => n + s.turns.wrongName, 0),
      abstained: mine.reduce((n, s) => n + s.turns.abstained, 0),
      perFile: mine.map((s) => ({ file: s.file, people: s.people, reader: s.reader, gold: s.turns.gold, right: s.turns.right, wrong: s.turns.wrongName })),
    };
  });
}
