/**
 * `reporting-verb-subject`: the subject of a reporting verb further back in the sentence. No openly
 * licensed fixture had a right example, so a public-domain NASA feature was added for it
 * (test/fixtures/real/prose/nasa-tech-today-synthetic-dna.md; provenance in test/fixtures/README.md).
 */
import { describe, expect, it } from 'vitest';
import { expectDecided, expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

const DNA = 'nasa-tech-today-synthetic-dna.md';

describe('reporting-verb-subject on real sentences', () => {
  it('Name, head of …, said <a dozen words>, “…” — the said-clause’s subject, not the nearer Benner', async () => {
    expectInFixture(DNA, 'Mary Voytek, head of the Astrobiology Program at NASA Headquarters in Washington, said Benner’s work shows there are alternatives to Earth-based biological molecules, “This helps us understand');
    const q = quotation(await fixtureQuotations(DNA), 'This helps us understand what else is possible');
    expectDecided(q, 'reporting-verb-subject', 'Mary Voytek');
    expect(q.attribution.evidence).toBe('Mary Voytek said');
  });

  // A scare quote the gold excludes ('developers required to "use AI"'): the rule gives it to Matty,
  // who observes the incentive, not the words.
  it('a scare quote after “As Matty observes, …” is not Matty’s quotation (Arrested DevOps)', async () => {
    expectInFixture('arrested-devops-ai-sdlc-episode-notes.md', 'As Matty observes, this leads to perverse incentives—developers required to "use AI" who find ways');
    const q = (await fixtureQuotations('arrested-devops-ai-sdlc-episode-notes.md')).find((x) => x.text === 'use AI');
    expect(q?.speaker ?? null).toBeNull();
  });
});
