/**
 * `paragraph-final`: a quotation ending a paragraph, given to the one person the paragraph names
 * before it. The least sure rule that names anyone: its confidence is the sieve's threshold.
 */
import { describe, expect, it } from 'vitest';
import { THRESHOLD } from '../../../server/corpus/attribution/sieve.ts';
import { expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

const ADO = 'arrested-devops-ai-sdlc-episode-notes.md';

describe('paragraph-final on real sentences', () => {
  it('gives “right often enough.” after “As Robert Werner points out, …” to Robert Werner, at the threshold', async () => {
    expectInFixture(ADO, 'As Robert Werner points out, management had to give up control');
    const q = quotation(await fixtureQuotations(ADO), 'right often enough');
    expect({ rule: q.attribution.rule, speaker: q.speaker?.name, evidence: q.attribution.evidence, confidence: q.attribution.confidence }).toEqual({ rule: 'paragraph-final', speaker: 'Robert Werner', evidence: 'Robert Werner', confidence: THRESHOLD });
  });

  it('gives a colon-introduced quotation after a long appositive to Hannah Foxwell, the one person its paragraph names', async () => {
    const q = quotation(await fixtureQuotations(ADO), 'It used to be that testers');
    expect({ rule: q.attribution.rule, speaker: q.speaker?.name, evidence: q.attribution.evidence }).toEqual({ rule: 'paragraph-final', speaker: 'Hannah Foxwell', evidence: 'Hannah Foxwell' });
  });
});
