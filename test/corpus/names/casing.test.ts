import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameCasing, titleCaseName } from '../../../server/corpus/names/casing.ts';

const text = 'MCALLISTER: Good evening.\n\nDESANTIS: Thank you, Mr. McAllister.\n\nMCALLISTER: Governor DeSantis, and Ms. MacLean?\n\nMACLEAN: Yes.\n';

describe('NameCasing', () => {
  it('shows a name in capitals as the text writes it, else in title case', () => {
    const casing = new NameCasing(text);
    expect(casing.of('MCALLISTER')).toBe('McAllister');
    expect(casing.of('GOVERNOR DESANTIS')).toBe('Governor DeSantis');
    expect(casing.of("O'BRIEN")).toBe("O'Brien");
    expect(casing.of('Anna Lee')).toBe('Anna Lee');
  });

  it('cases the names it was told to expect as it cases them untold', () => {
    const expected = ['MCALLISTER', 'DESANTIS', 'MACLEAN', 'ROY_MACLEAN'];
    const told = new NameCasing(text, () => expected);
    const untold = new NameCasing(text);
    for (const name of [...expected.map((n) => n.replace('_', ' ')), 'MACLEAN MCALLISTER']) expect(told.of(name)).toBe(untold.of(name));
  });

  it('still cases a name it was not told to expect, after one it was', () => {
    const casing = new NameCasing(text, () => ['MACLEAN']);
    expect(casing.of('MACLEAN')).toBe('MacLean');
    // Not expected: the scan that kept only MacLean's word cannot answer; the text is scanned again.
    expect(casing.of('DESANTIS')).toBe('DeSantis');
    expect(casing.of('MCALLISTER')).toBe('McAllister');
    expect(casing.of('MACLEAN')).toBe('MacLean');
  });

  it('gives the same names told or untold, whatever the text and the names asked about (property)', () => {
    const word = fc.constantFrom('McAllister', 'MCALLISTER', 'DeSantis', 'DESANTIS', 'Lee', 'LEE', 'LeE', 'ANNA', 'Anna', 'ÉLODIE', 'Élodie', 'Σ', 'ΟΔΥΣΣΕΥΣ', 'Οδυσσευς');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(name, { maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 6 }), (words, expected, asked) => {
        const body = words.join(' ');
        const told = new NameCasing(body, () => expected);
        const untold = new NameCasing(body);
        for (const n of asked) expect(told.of(n)).toBe(untold.of(n));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a name's own small letters where the capitals are the only way the text writes it", () => {
    // `McNAMARA` is the label's way, not a casing the text gives: the rest of the word is title-cased.
    const casing = new NameCasing('ERIN McNAMARA,\ncalled as a witness\nRON DeSANTIS: Good evening.\nROBERT MacLEAN: Yes.\n');
    expect(['ERIN McNAMARA', 'RON DeSANTIS', 'ROBERT MacLEAN'].map((n) => casing.of(n))).toEqual(['Erin McNamara', 'Ron DeSantis', 'Robert MacLean']);
    expect(titleCaseName('LaTOYA')).toBe('LaToya');
  });

  it('title-cases what the text never writes in mixed case', () => {
    expect(titleCaseName('MICHEL MARTIN')).toBe('Michel Martin');
    expect(new NameCasing('no names here', () => ['MICHEL MARTIN']).of('MICHEL MARTIN')).toBe('Michel Martin');
  });

  it('keeps a body\'s initials and a roman numeral in capitals (a cue `CIA MAN`, `JOHN SMITH III`)', () => {
    expect(['CIA MAN', 'FBI AGENT', 'NYPD COP', 'HENRY VIII', 'JOHN SMITH III'].map(titleCaseName)).toEqual(['CIA Man', 'FBI Agent', 'NYPD Cop', 'Henry VIII', 'John Smith III']);
    const casing = new NameCasing('no names here');
    expect(['CIA MAN', 'JOHN SMITH III', 'AL', 'VI'].map((n) => casing.of(n))).toEqual(['CIA Man', 'John Smith III', 'Al', 'Vi']);
  });

  it('title-cases a word whose only vowel opens it when it is a word, not initials (`OLD WOMAN`, as a PDF screenplay cues her)', () => {
    expect(['OLD WOMAN', 'ODD MAN OUT', 'FBI AGENT'].map(titleCaseName)).toEqual(['Old Woman', 'Odd Man Out', 'FBI Agent']);
  });
});
