/** Quote ids' normalised words: the fast reading of ASCII text agrees with the normalised text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idWords, normalizeForId } from '../../server/corpus/ids.ts';

const slow = (text: string) => normalizeForId(text).split(' ').filter(Boolean);

describe('idWords', () => {
  it('gives the words of normalizeForId, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(idWords(text)).toEqual(slow(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aZ09 ,.\t\n-’é…\u0301'.split('')) }), (text) => {
      expect(idWords(text)).toEqual(slow(text));
    }), { numRuns: 2000 });
  });

  it('reads speech as words', () => {
    expect(idWords("  It's 9 o'clock -- ALREADY!  ")).toEqual(['it', 's', '9', 'o', 'clock', 'already']);
    expect(idWords('Café, “déjà vu”')).toEqual(['cafe', 'deja', 'vu']);
    expect(idWords('')).toEqual([]);
  });
});
