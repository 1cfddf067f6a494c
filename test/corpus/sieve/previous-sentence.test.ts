/** `previous-sentence`: a quotation opening its sentence, right after a sentence that reports its speaker. */
import { describe, it } from 'vitest';
import { expectDecided, expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

describe('previous-sentence on real sentences', () => {
  it('Gibson explained how he chose … “What I did was …” (NASA, STS-41B)', async () => {
    expectInFixture('nasa-sts-41b-iconic-photos.md', 'Gibson explained how he chose to capture McCandless on the device. “What I did was I shifted the camera');
    expectDecided(quotation(await fixtureQuotations('nasa-sts-41b-iconic-photos.md'), 'What I did was I shifted the camera'), 'previous-sentence', 'Gibson');
  });

  it('a quotation after a sentence whose own quotation Esra Bulbul said (NASA, XMM-Newton)', async () => {
    expectDecided(quotation(await fixtureQuotations('nasa-xmm-newton-space-clover.md'), 'It was the missing key to unlock'), 'previous-sentence', 'Esra Bulbul');
  });
});
