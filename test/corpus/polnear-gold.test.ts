/**
 * How `npm run eval` reads a PolNeAR source span as the person it names (the gold the news rules are
 * scored against). Spans of the shapes PolNeAR annotates, with invented names: no PolNeAR text here.
 */
import { describe, expect, it } from 'vitest';
import { samePerson, sourceName } from '../../server/corpus/evaluate/polnear.ts';

describe('a PolNeAR source span as a gold speaker', () => {
  it.each([
    ['Rep. Dana Whitfield (D-Ore.)', 'Dana Whitfield'],
    ['Democratic presidential nominee Ruth Okafor', 'Ruth Okafor'],
    ['Whitfield, who has led the committee since 2019', 'Whitfield'],
    // A person of a place or a body is the person, not the place.
    ['Lena Marsh of Dayton, Ohio', 'Lena Marsh'],
    ['senior fellow Tom Reyes of the Hoover Institution', 'Tom Reyes'],
    ['Ana Petrov and Sam Lowe of Georgetown University', 'Sam Lowe'],
  ])('%s → %s', (span, name) => {
    expect(sourceName(span)).toEqual({ kind: 'named', name });
  });

  it.each([
    ['Ohio Secretary of State Lena Marsh', 'Marsh'],
    ['White House Chief of Staff Tom Reyes', 'Reyes'],
  ])('keeps a title before "of" with the name after it: %s', (span, surname) => {
    expect(sourceName(span).name).toMatch(new RegExp(`${surname}$`));
  });

  it('reads a poll of a body as no one', () => {
    expect(sourceName('A University of Avalon poll').name ?? null).not.toBe('A University');
  });

  it('keeps a title of one word before "of" with the name after it', () => {
    expect(sourceName('Bank of Avalon chief executive Mara Quint').name).toMatch(/Mara Quint$/);
    expect(samePerson(sourceName('Bank of Avalon chief executive Mara Quint').name!, 'Mara Quint')).toBe(true);
  });

  it('reads pronouns and descriptions as no name', () => {
    expect(sourceName('she')).toEqual({ kind: 'pronoun' });
    expect(sourceName('a campaign spokesman')).toEqual({ kind: 'description' });
    // Whom a description is for does not speak; a title in capitals still names its holder.
    expect(sourceName('the former top aide to President Dana Whitfield')).toEqual({ kind: 'description' });
    expect(sourceName('one longtime adviser to Ruth Okafor')).toEqual({ kind: 'description' });
    expect(sourceName('a person close to the Okafors')).toEqual({ kind: 'description' });
    expect(sourceName('U.S. Ambassador to the United Nations Ruth Okafor').kind).toBe('named');
  });
});
