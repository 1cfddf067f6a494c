/**
 * Quotations of real, openly licensed prose as the sieve attributes them: a fixture file read as a
 * user's file would be (no sidecar), or a seed review read with its collection's registry. Each file
 * is read once. Fixtures used here are public domain (NASA, White House), Apache-2.0 (Arrested
 * DevOps), CC BY-SA 3.0 (Free Software Magazine’s Sita review) or CC BY 2.5 (Wikinews); no PolNeAR or CNN text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { loadCorpus, loadSourceFile, sourceSlugOf } from '../../../server/corpus/load.ts';
import type { Quote } from '../../../server/corpus/model.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';
import { THRESHOLD } from '../../../server/corpus/attribution/sieve.ts';

const PROSE = path.resolve('test/fixtures/real/prose');
const cache = new Map<string, Promise<Quote[]>>();

/** The quotations of `test/fixtures/real/prose/<file>`. */
export function fixtureQuotations(file: string): Promise<Quote[]> {
  if (!cache.has(file)) {
    const read = loadSourceFile(path.join(PROSE, file), { displayPath: file, slug: sourceSlugOf(file), collection: null, registry: new SpeakerRegistry([]) });
    cache.set(file, read.then((p) => p.quotes.filter((q) => q.kind === 'quotation')));
  }
  return cache.get(file)!;
}

/** The quotations of a seed review in `transcripts/city-of-ghosts/`, read with the collection. */
export function seedQuotations(file: string): Promise<Quote[]> {
  const key = `seed:${file}`;
  if (!cache.has(key)) {
    const slug = `${file.replace(/\.txt$/, '').replace(/_/g, '-')}`;
    cache.set(key, loadCorpus(path.resolve('transcripts')).then((c) => c.quotes.filter((q) => q.kind === 'quotation' && q.source === slug)));
  }
  return cache.get(key)!;
}

/** The one quotation that begins with `start`; fails naming what was found when there is none. */
export function quotation(quotes: Quote[], start: string): Quote {
  const found = quotes.filter((q) => q.text.startsWith(start));
  expect(found.map((q) => q.text.slice(0, start.length)), `quotations starting "${start}" among ${JSON.stringify(quotes.map((q) => q.text.slice(0, 30)))}`).toEqual([start]);
  return found[0]!;
}

/** Attributed by `rule` to `speaker`, surely enough to name them. */
export function expectDecided(q: Quote, rule: string, speaker: string): void {
  expect({ text: q.text.slice(0, 40), rule: q.attribution.rule, speaker: q.speaker?.name ?? null }).toEqual({ text: q.text.slice(0, 40), rule, speaker });
  expect(q.attribution.confidence).toBeGreaterThanOrEqual(THRESHOLD);
}

/** The sentence is in the fixture, verbatim: the test reads real text, not a paraphrase of it. */
export function expectInFixture(file: string, sentence: string): void {
  expect(readFileSync(path.join(PROSE, file), 'utf8')).toContain(sentence);
}
