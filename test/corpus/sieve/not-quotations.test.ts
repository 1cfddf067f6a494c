/** Quoted words that are not anyone's quotation, on real text: titles of works, nicknames, terms, scare quotes. */
import { describe, expect, it } from 'vitest';
import { expectInFixture, fixtureQuotations, seedQuotations } from './real-quotations.ts';

describe('not quotations', () => {
  it('a film title with its comma inside the quotes (NASA: The new documentary, “Listen to the Universe,” now available …)', async () => {
    expectInFixture('nasa-listen-to-the-universe-documentary.md', 'The new documentary, “Listen to the Universe,” now available on NASA+');
    const quotes = await fixtureQuotations('nasa-listen-to-the-universe-documentary.md');
    expect(quotes.filter((q) => q.text.includes('Listen to the Universe'))).toEqual([]);
    expect(quotes).toHaveLength(4);
  });

  it('a nickname and a two-word term (NASA: “Hoot” Gibson, the “cherry picker” device)', async () => {
    const quotes = await fixtureQuotations('nasa-sts-41b-iconic-photos.md');
    expect(quotes.filter((q) => /^(?:Hoot|cherry picker)$/.test(q.text))).toEqual([]);
  });

  it('a fragment nobody is said to have said stays unattributed (NASA: no one … “appreciated how spectacular” the first MMU flight “was going to be.”)', async () => {
    const q = (await fixtureQuotations('nasa-sts-41b-iconic-photos.md')).find((x) => x.text === 'was going to be.');
    expect(q && { speaker: q.speaker, method: q.attribution.method }).toEqual({ speaker: null, method: 'none' });
  });

  it('the film title quoted three times, epithets and the licence credit are nobody’s words (Sita review, CC BY-SA 3.0)', async () => {
    const quotes = await fixtureQuotations('fsm-sita-sings-the-blues-review.md');
    expect(quotes.filter((q) => /Sita Sings the Blues/i.test(q.text))).toEqual([]);
    const nobody = quotes.filter((q) => q.speaker === null).map((q) => q.text);
    expect(nobody).toEqual(expect.arrayContaining(['perfect man perfect ruler', 'Terry Hancock, first published in Free Software Magazine']));
    expect(quotes.filter((q) => q.speaker !== null).map((q) => q.speaker!.name)).toEqual(['Nina Paley', 'Nina Paley']);
  });

  it('a community’s name after “launched” is not Hannah’s quotation (Arrested DevOps: Hannah launched "AI for the Rest of Us," a community …)', async () => {
    const q = (await fixtureQuotations('arrested-devops-ai-sdlc-episode-notes.md')).find((x) => x.text.startsWith('AI for the Rest of Us'));
    expect(q?.speaker ?? null).toBeNull();
  });

  it('seed reviews: no title of a film or headline is taken for a quotation', async () => {
    for (const file of ['000_acea1c6f1abc6d80.txt', '001_d12ca1375d55f297.txt', '002_e9c1e3c8df0d4fff.txt']) {
      const quotes = await seedQuotations(file);
      expect(quotes.filter((q) => /City of Ghosts|Cartel Land/i.test(q.text))).toEqual([]);
      expect(quotes.every((q) => q.speaker !== null)).toBe(true);
    }
  });
});
