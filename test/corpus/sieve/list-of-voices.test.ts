/** `list-of-voices`: a name and a colon before the quotation, nothing else said (White House reactions page). */
import { describe, expect, it } from 'vitest';
import { expectDecided, expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

const RUBIO = 'white-house-rubio-munich-reactions.md';

describe('list-of-voices on real sentences', () => {
  it('[Sen. Name](link): “…” — the role stripped, the link text read across a line break', async () => {
    expectInFixture(RUBIO, '[Sen. Katie\nBritt](https://x.com/SenKatieBritt/status/2022718105495929091?s=20):\n“Incredible. Watch this. Listen to every word.”');
    const quotes = await fixtureQuotations(RUBIO);
    expectDecided(quotation(quotes, 'Incredible. Watch this.'), 'list-of-voices', 'Katie Britt');
    expectDecided(quotation(quotes, 'Well said. Great leadership.'), 'list-of-voices', 'Kevin McCarthy');
    expectDecided(quotation(quotes, 'Consequential speech in Munich.'), 'list-of-voices', 'Catherine Herridge');
  });

  it('attributes nearly the whole list, each to a different person', async () => {
    const listed = (await fixtureQuotations(RUBIO)).filter((q) => q.attribution.rule === 'list-of-voices');
    // 39 of the page's 40 voices today; one quotation wraps in a way the rule does not follow.
    expect(listed.length).toBeGreaterThanOrEqual(38);
    expect(new Set(listed.map((q) => q.speaker?.slug)).size).toBe(listed.length);
  });

  it('Name frames it in … terms: “…” — a name and a colon with no reporting verb (Arrested DevOps, Apache-2.0)', async () => {
    expectInFixture('arrested-devops-ai-sdlc-episode-notes.md', 'Hannah frames it in familiar DevOps terms: "Does anybody really want');
    expectDecided(quotation(await fixtureQuotations('arrested-devops-ai-sdlc-episode-notes.md'), 'Does anybody really want to own a service'), 'list-of-voices', 'Hannah Foxwell');
  });
});
