/**
 * TEI XML: plays as DraCor encodes them and speech as ParlaMint does, on real excerpts (see
 * `test/fixtures/README.md`). A new user's DraCor play was refused ("no reader recognises this file").
 */
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { nameOfReference } from '../../server/corpus/readers/tei.ts';
import { inspectAs, inspectText, saidBy } from './inspect-text.ts';

describe('a play in TEI (DraCor)', () => {
  it('gives each speech to the person its `who` names, leaves the directions out, and takes the title and date', async () => {
    const parsed = await inspectFile('test/fixtures/real/tei/gerdracor-lessing-der-schatz-excerpt.xml');
    expect(parsed.source.reader).toBe('tei');
    expect(parsed.source.meta).toMatchObject({ title: 'Der Schatz', kind: 'film', date: '1755' });
    expect(saidBy(parsed, 'Ei! Leander, so jung')).toBe('Staleno');
    expect(saidBy(parsed, 'Eine Aussteuer?')).toBe('Leander');
    expect(parsed.quotes.some((q) => /traurig|Leander\. Staleno\./.test(q.text))).toBe(false);
    expect(parsed.quotes.find((q) => q.text.includes('Eine Aussteuer?'))!.text).toBe('Eine Aussteuer?');
  });
});

describe('speech in TEI (ParlaMint)', () => {
  it('gives each utterance to its `who`, spelt out where the corpus lists people in another file, notes nobody’s', async () => {
    const parsed = await inspectFile('test/fixtures/real/tei/parlamint-gb-2021-04-12-lords-excerpt.xml');
    expect(parsed.quotes.map((q) => q.speaker?.name)).toEqual(['Natalie Evans', 'Peter Fowler', 'Natalie Evans']);
    expect(parsed.source.meta.date).toBe('2021-04-12');
    expect(parsed.quotes.some((q) => q.text.includes('House adjourned'))).toBe(false);
    // Each `<seg>` a paragraph of its own.
    expect(parsed.quotes[1]!.text).toContain('we mourn\n\nI now call on the Lord Privy Seal');
  });

  it('spells out a reference as a name, and gives a speech of several at once to no one', async () => {
    expect(nameOfReference('#NatalieEvans')).toBe('Natalie Evans');
    expect(nameOfReference('#staleno')).toBe('Staleno');
    const xml = '<TEI><text><body><sp who="#anna"><speaker>ANNA.</speaker><p>Who is there?</p></sp><sp who="#anna #ben"><speaker>BOTH.</speaker><p>Nobody at all.</p></sp><sp who="#ben"><p>Then I am off.</p></sp></body></text></TEI>';
    const parsed = await inspectAs('play.xml', xml);
    expect(parsed.quotes.map((q) => [q.speaker?.name ?? null, q.text])).toEqual([
      ['Anna', 'Who is there?'],
      [null, 'Nobody at all.'],
      ['Ben', 'Then I am off.'],
    ]);
  });

  it('is no TEI reader’s business without a <TEI> element', async () => {
    const parsed = await inspectText('<sp who="#a"><p>Hello</p></sp>');
    expect(parsed.source.reader).not.toBe('tei');
  });
});
