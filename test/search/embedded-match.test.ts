/**
 * The embedded engine's matching against a plain reference on random texts over a tiny vocabulary,
 * where phrases and words repeat and overlap: which quotes a phrase, a word or an exclusion matches.
 * The engine takes shortcuts (rarest word first, scanning or reading postings, starting a phrase
 * search where its rarest word first occurs); the reference reads every word of every quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import { terms } from '../../server/search/tokenize.ts';
import { fixtureQuotes, fixtureSnapshot } from './fixtures.ts';

const WORDS = ['zebra', 'yak', 'xenon', 'wolf'];

function quotesOf(texts: string[][]): QuoteDocument[] {
  const template = fixtureQuotes()[0]!;
  return texts.map((words, i) => ({ ...structuredClone(template), id: `random_${i}`, text: words.join(' '), order: i, prev: null, next: null, quotedIn: [] }));
}

/** Whether the words hold `phrase` consecutively, in any of the quote's searchable fields. */
function holds(quote: QuoteDocument, phrase: string[]): boolean {
  return [quote.text, quote.speaker?.name ?? '', quote.sourceRef.title].some((field) => {
    const words = terms(field);
    return words.some((_, i) => phrase.every((w, k) => words[i + k] === w));
  });
}

const texts = fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), { minLength: 1, maxLength: 60 });
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });

describe('embedded matching', () => {
  it('finds exactly the quotes holding a phrase (of one word or more), with and without an excluded word', async () => {
    const engine = await createEmbeddedEngine({});
    await fc.assert(
      fc.asyncProperty(texts, phrase, fc.constantFrom(...WORDS), async (t, p, excluded) => {
        const quotes = quotesOf(t);
        await engine.replaceAll({ ...fixtureSnapshot(), quotes, texts: [], permalinks: [] });
        const ids = async (q: string) => (await engine.search({ q, perPage: 100 })).hits.map((h) => h.quote.id).sort();
        const expected = (test: (q: QuoteDocument) => boolean) => quotes.filter(test).map((q) => q.id).sort();
        expect(await ids(`"${p.join(' ')}"`), `"${p.join(' ')}"`).toEqual(expected((q) => holds(q, p)));
        expect(await ids(`"${p.join(' ')}" -${excluded}`)).toEqual(expected((q) => holds(q, p) && !terms(q.text).includes(excluded)));
      }),
      { numRuns: 120 },
    );
    await engine.close();
  });
});
