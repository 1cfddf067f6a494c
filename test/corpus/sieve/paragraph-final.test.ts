/**
 * `paragraph-final`: a quotation ending a paragraph, given to the one person the paragraph names
 * before it. Its confidence (0.75) is below the sieve's threshold (0.8), so on real text it never
 * names anyone: it ends the search with its evidence kept, and the quotation stays unattributed.
 */
import { describe, expect, it } from 'vitest';
import { THRESHOLD } from '../../../server/corpus/attribution/sieve.ts';
import { paragraphFinal } from '../../../server/corpus/attribution/rules/paragraph-final.ts';
import { expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

const ADO = 'arrested-devops-ai-sdlc-episode-notes.md';

describe('paragraph-final on real sentences', () => {
  it('takes “right often enough.” after “As Robert Werner points out, …” for a scare quote: three words nobody is named for are the writer’s', async () => {
    expectInFixture(ADO, 'As Robert Werner points out, management had to give up control');
    const quotes = await fixtureQuotations(ADO);
    expect(quotes.some((q) => q.text.startsWith('right often enough'))).toBe(false);
    // The quotation before it in the paragraph is still one.
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('keeps Hannah Foxwell as the evidence for a colon-introduced quotation after a long appositive, unattributed', async () => {
    const q = quotation(await fixtureQuotations(ADO), 'It used to be that testers');
    expect({ rule: q.attribution.rule, speaker: q.speaker, evidence: q.attribution.evidence }).toEqual({ rule: 'paragraph-final', speaker: null, evidence: 'Hannah Foxwell' });
  });

  it('cannot name anyone as long as its confidence is below the threshold', () => {
    // Written down so that raising the rule's confidence is a decision these tests notice.
    expect(THRESHOLD).toBeGreaterThan(0.75);
    expect(paragraphFinal.name).toBe('paragraph-final');
  });
});
