/**
 * Unlabelled interviews, measured on real labelled ones: each fixture interview of two or three
 * named people is read with its labels, its turns are written out without them (one paragraph a
 * turn, the turn breaks kept, no metadata), and the text is read again as a user's unlabelled file
 * would be. Each gold turn is then found in what was read and its speaker compared.
 */
import path from 'node:path';
import { buildSource } from '../../server/corpus/build.ts';
import { loadSourceFile, sourceSlugOf } from '../../server/corpus/load.ts';
import { nameTokens, SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { alignTurns, type TurnScore } from '../../server/corpus/evaluate/align.ts';
import { isPlaceholder } from '../../server/corpus/evaluate/formats.ts';
import { fixtures } from './fixtures.ts';

export interface InterviewScore {
  file: string;
  people: number;
  /** The reader the stripped text was given to (it should be `unlabelled`). */
  reader: string;
  turns: TurnScore;
  /** Every speaker's name (a first name or surname) occurs in the stripped words: the words can tell who speaks. */
  namesInWords: boolean;
}

/** A diarization placeholder as gold files write it: `Speaker 1`, `Speaker A`, `Speaker 00`. */
const PLACEHOLDER = /^Speaker (?:\d{1,3}|[A-Z])$/;

function nameTokensOf(text: string): string[] {
  return nameTokens(text);
}

/** Interviews of 2–3 named people among the fixtures, stripped and re-attributed. */
export async function scoreStrippedInterviews(): Promise<InterviewScore[]> {
  const out: InterviewScore[] = [];
  for (const { name, file, gold } of await fixtures()) {
    if (gold.family === 'prose' || gold.family === 'screenplay') continue;
    const named = new Set(gold.turns.map((t) => t.speaker).filter((s): s is string => s !== null));
    // People with names: a machine transcript's `Speaker 0` and `Speaker A` are no one the words could name.
    if ([...named].some((s) => PLACEHOLDER.test(s))) continue;
    if (named.size < 2 || named.size > 3 || gold.turns.some((t) => t.speaker === null) || !/^(?:interview|podcast|oral-history)$/.test(gold.kind)) continue;
    const labelled = await loadSourceFile(path.resolve(file), { displayPath: name, slug: sourceSlugOf(path.basename(file)), collection: null, registry: new SpeakerRegistry([]) });
    // One paragraph a turn: a speaker's consecutive labelled paragraphs are one turn.
    const paragraphs: Array<{ who: string | undefined; text: string }> = [];
    for (const q of labelled.quotes.filter((q) => q.kind === 'turn')) {
      const text = q.text.replace(/\n\n/g, ' ');
      const last = paragraphs.at(-1);
      if (last && q.speaker && last.who === q.speaker.slug) last.text += ` ${text}`;
      else paragraphs.push({ who: q.speaker?.slug, text });
    }
    const text = paragraphs.map((p) => p.text).join('\n\n');
    const read = buildSource({ path: `${name} (labels stripped)`, slug: 'stripped', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const turns = alignTurns(gold.turns, read.quotes.map((q) => ({ text: q.text, speaker: q.speaker && !isPlaceholder(q.speaker, 'stripped') ? q.speaker.name : null })));
    const spoken = new Set(nameTokensOf(text));
    const namesInWords = [...named].every((n) => nameTokens(n).some((t) => t.length > 2 && spoken.has(t)));
    out.push({ file: name, people: named.size, reader: read.source.reader, turns, namesInWords });
  }
  return out;
}
