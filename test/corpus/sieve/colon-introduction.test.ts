/** `colon-introduction`: a sentence ending in a colon introduces the quotation that opens the next paragraph. */
import { describe, expect, it } from 'vitest';
import { expectDecided, expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

const NELSON = 'nasa-nelson-statement-thomas-stafford.md';

describe('colon-introduction on real sentences', () => {
  it('“The following is a statement from NASA Administrator Bill Nelson …:” gives him the statement', async () => {
    expectInFixture(NELSON, 'The following is a statement from NASA Administrator Bill Nelson on Monday’s passing of Thomas Stafford');
    const q = quotation(await fixtureQuotations(NELSON), 'Today, General Tom Stafford went to the eternal heavens');
    expectDecided(q, 'colon-introduction', 'Bill Nelson');
    expect(q.attribution.evidence).toMatch(/^The following is a statement from NASA Administrator Bill Nelson/);
  });

  it('names the one the statement is from, not Thomas Stafford whom it is about', async () => {
    const quotes = await fixtureQuotations(NELSON);
    expect(quotes.filter((q) => q.speaker?.name.includes('Stafford'))).toEqual([]);
  });
});
