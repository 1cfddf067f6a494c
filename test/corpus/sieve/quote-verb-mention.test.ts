/** `quote-verb-mention`, the most precise rule: a said-clause next to the quotation, in any order. */
import { describe, expect, it } from 'vitest';
import { expectDecided, expectInFixture, fixtureQuotations, quotation, seedQuotations } from './real-quotations.ts';

describe('quote-verb-mention on real sentences', () => {
  it('“…,” Name said. (NASA, XMM-Newton)', async () => {
    const q = quotation(await fixtureQuotations('nasa-xmm-newton-space-clover.md'), 'This is the first time anyone has seen X-ray emission');
    expectDecided(q, 'quote-verb-mention', 'Esra Bulbul');
    expect(q.attribution.evidence).toBe('Esra Bulbul said');
  });

  it('“…,” said Surname, who … — the full name from earlier in the article (NASA, Tech Today)', async () => {
    const q = quotation(await fixtureQuotations('nasa-tech-today-synthetic-dna.md'), 'In diagnostics for an infectious disease');
    expectDecided(q, 'quote-verb-mention', 'Steven Benner');
    expect(q.attribution.method).toBe('cue');
  });

  it('“…,” he said. in the next paragraph goes to the person just quoted (NASA, Tech Today)', async () => {
    const q = quotation(await fixtureQuotations('nasa-tech-today-synthetic-dna.md'), 'It’s actually a bit easier to build');
    expectDecided(q, 'quote-verb-mention', 'Steven Benner');
    expect(q.attribution.method).toBe('pronoun');
  });

  it('a quotation interrupted by its said-clause: “…,” he proclaimed, “…” (NASA, STS-41B)', async () => {
    const q = quotation(await fixtureQuotations('nasa-sts-41b-iconic-photos.md'), 'It may have been one small step for Neil');
    expectDecided(q, 'quote-verb-mention', 'Bruce McCandless II');
    expect(q.text).toContain('a heck of a big leap for me');
  });

  it('Name said: on the line before the quotation (White House, ballroom)', async () => {
    const q = quotation(await fixtureQuotations('white-house-ballroom-announcement.md'), 'Presidents in the modern era');
    expectDecided(q, 'quote-verb-mention', 'Jim McCrery');
  });

  it('“…,” stated Surname. — a reporting verb other than said, inverted after the comma (NASA, Earth’s atmosphere)', async () => {
    expectInFixture('nasa-what-is-earths-atmosphere.md', 'like a protective bubble that surrounds the planet,” stated Ueyama. Although we cannot directly see the atmosphere');
    const quotes = await fixtureQuotations('nasa-what-is-earths-atmosphere.md');
    const q = quotation(quotes, 'The Earth’s atmosphere allows life to exist');
    expectDecided(q, 'quote-verb-mention', 'Rei Ueyama');
    expect(q.attribution.evidence).toBe('Ueyama stated');
    expect(q.text).not.toContain('Although we cannot');
  });

  it('“…,” explained Surname. after narration in the same paragraph (NASA, Earth’s atmosphere)', async () => {
    expectInFixture('nasa-what-is-earths-atmosphere.md', 'So that’s why we call it [the] ionosphere,” explained Ueyama.');
    const q = quotation(await fixtureQuotations('nasa-what-is-earths-atmosphere.md'), 'The Sun’s very high-energy x-rays');
    expectDecided(q, 'quote-verb-mention', 'Rei Ueyama');
    expect(q.attribution.evidence).toBe('Ueyama explained');
  });

  it('seed review: Hamoud confesses that “…” and “…,” he says, “…”', async () => {
    const quotes = await seedQuotations('000_acea1c6f1abc6d80.txt');
    expectDecided(quotation(quotes, 'danger has a special taste'), 'quote-verb-mention', 'Hamoud');
    expectDecided(quotation(quotes, 'Whoever holds the camera'), 'quote-verb-mention', 'Hamoud');
    expectDecided(quotation(quotes, 'the revolution changed us'), 'quote-verb-mention', 'Abdalaziz Alhamza');
  });

  it('seed review: “…,” Heineman said, in straight double quotes', async () => {
    expectDecided(quotation(await seedQuotations('001_d12ca1375d55f297.txt'), 'Over the year that I spent with the group'), 'quote-verb-mention', 'Matthew Heineman');
  });

  it('“…,” said Place, Place’s chancellor, Name: the person after the possessive, not the university (Wikinews, Munk)', async () => {
    expectInFixture('wikinews-2019-walter-munk-obituary.txt', 'said University of California, San Diego\'s chancellor, Pradeep Khosla.');
    const quotes = await fixtureQuotations('wikinews-2019-walter-munk-obituary.txt');
    expectDecided(quotation(quotes, 'Walter was the most brilliant scientist'), 'quote-verb-mention', 'Pradeep Khosla');
    expect(quotes.filter((q) => q.speaker?.name === 'University')).toEqual([]);
  });

  it('“….” Name said, “…” — the clause opens the next quotation, not the one before it (Wikinews, Syria)', async () => {
    expectInFixture('wikinews-2019-trump-syria-withdrawal.txt', 'against the region." Kino Gabriel said, "The statement was a surprise');
    const quotes = await fixtureQuotations('wikinews-2019-trump-syria-withdrawal.txt');
    expect(quotation(quotes, 'assurances from the US').speaker?.name ?? null).not.toBe('Kino Gabriel');
    expectDecided(quotation(quotes, 'The statement was a surprise'), 'quote-verb-mention', 'Kino Gabriel');
  });
});
