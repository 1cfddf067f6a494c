/**
 * `repeated-quotation`: a pull quote, a line of the story standing again alone as a paragraph, is
 * whoever said it the first time; a line repeated inside a sentence, or first said by two people, is
 * left to the other rules.
 */
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../../server/corpus/build.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';

function quotations(text: string): Array<{ who: string; rule: string | undefined; text: string }> {
  const parsed = buildSource({ path: 'story.txt', slug: 'story', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'article' }, registry: new SpeakerRegistry([]) });
  return parsed.quotes.filter((q) => q.kind === 'quotation').map((q) => ({ who: q.speaker?.name ?? '-', rule: q.attribution.rule, text: q.text }));
}

const story = (...paragraphs: string[]) => ['Council approves bridge', ...paragraphs].join('\n\n');

describe('repeated-quotation', () => {
  it('gives a pull quote to who said its words in the story, not to who was quoted last', () => {
    const q = quotations(story('The mayor defended the cost. “Nobody likes this, but the numbers are what they are,” said Mayor Tom Brown.', 'Council member Maria Garcia disagreed. “This budget punishes the neighbourhoods that need parks,” she said.', '“Nobody likes this, but the numbers are what they are.”', 'The vote is next week.'));
    expect(q.at(-1)).toMatchObject({ who: 'Tom Brown', rule: 'repeated-quotation' });
  });

  it('leaves a line repeated inside a sentence to the other rules: someone else may be repeating it', () => {
    const q = quotations(story('“This bill will lower costs for every family,” said Senator Ann Carter.', 'Another member repeated it mockingly from the floor. “This bill will lower costs for every family.”'));
    expect(q.at(-1)!.who).not.toBe('Ann Carter');
    expect(q.at(-1)!.rule).not.toBe('repeated-quotation');
  });

  it('gives no one a line two people were quoted saying', () => {
    const q = quotations(story('“We will win this election in November,” said Alice Moore.', 'Later that night, “We will win this election in November,” said Bob Jones.', '“We will win this election in November.”'));
    expect(q.at(-1)!.rule).not.toBe('repeated-quotation');
    expect(q.at(-1)!.who).not.toBe('Alice Moore');
  });
});
