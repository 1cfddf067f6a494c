/** "Did you mean" from a sorted word list: closest word, then the most used; the first letter too. */
import { describe, expect, it } from 'vitest';
import { correctWord, sortedSpeller, wordCounts } from '../../server/search/speller.ts';
import { fixtureQuotes } from './fixtures.ts';

const words = ['cameras', 'camera', 'heineman', 'raqqa', 'stronger', 'ox', 'camels'].sort();
const counts = words.map((w) => ({ raqqa: 5, camera: 3, cameras: 1, heineman: 4, stronger: 2, ox: 9, camels: 3 })[w] ?? 0);
const speller = sortedSpeller(words, counts);
const fix = (term: string, prefix = false) => correctWord(speller, { term, prefix });

describe('the speller', () => {
  it('corrects unknown words to the closest, most used known word', () => {
    expect(fix('raqa')).toBe('raqqa');
    expect(fix('heinemann')).toBe('heineman');
    // One edit from both "camera" and "cameras": the more used wins.
    expect(fix('cameraa')).toBe('camera');
    // A swap of two letters is one edit.
    expect(fix('cmaera')).toBe('camera');
    // A wrong first letter is found too.
    expect(fix('kamera')).toBe('camera');
    expect(fix('strongr')).toBe('stronger');
  });

  it('leaves known words, prefixes typed last, short words and far words alone', () => {
    expect(fix('camera')).toBeNull();
    expect(fix('cam', true)).toBeNull();
    expect(fix('cam')).toBeNull();
    expect(fix('zebra')).toBeNull();
    // Never corrects to a word of two letters.
    expect(fix('oxx')).toBeNull();
  });

  it('counts each word once per quote, over the quote text only', () => {
    const quotes = fixtureQuotes();
    const { words: all, counts: per } = wordCounts(quotes);
    expect(all).toEqual([...all].sort());
    const at = all.indexOf('raqqa');
    const expected = quotes.filter((q) => /raqqa/i.test(q.text)).length;
    expect(per[at]).toBe(expected);
    // "Festival" is only in a source title: not a word of the list.
    expect(all).not.toContain('festival');
  });
});
