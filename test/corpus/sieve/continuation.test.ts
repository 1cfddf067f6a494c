/** `continuation`: a further quotation of the same speaker, in the same paragraph or the next. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseBlocks } from '../../../server/corpus/readers/prose-blocks.ts';
import { expectDecided, expectInFixture, fixtureQuotations, quotation } from './real-quotations.ts';

describe('continuation on real sentences', () => {
  it('“…,” said Stover. “…” — the second quotation of the paragraph (NASA, Starliner)', async () => {
    expectInFixture('nasa-starliner-friendship.md', '“We would do weight training and we would get paired up,” said Stover. “If he did 50 sit-ups, I had to do 55.');
    expectDecided(quotation(await fixtureQuotations('nasa-starliner-friendship.md'), 'If he did 50 sit-ups'), 'continuation', 'Billy Stover');
  });

  it('“…,” said Name, a long appositive, who … “…” (NASA, Listen to the Universe)', async () => {
    const quotes = await fixtureQuotations('nasa-listen-to-the-universe-documentary.md');
    expectDecided(quotation(quotes, 'We are so excited to partner with NASA+'), 'quote-verb-mention', 'Kimberly Arcand');
    expectDecided(quotation(quotes, 'It’s wonderful to see how this project has grown'), 'continuation', 'Kimberly Arcand');
  });

  it('a statement running over several paragraphs, each opening with its own quotation mark (NASA, Nelson on Stafford)', async () => {
    const quotes = await fixtureQuotations('nasa-nelson-statement-thomas-stafford.md');
    expectDecided(quotation(quotes, 'Tom was a gentleman and a daredevil'), 'continuation', 'Bill Nelson');
    expectDecided(quotation(quotes, 'Our nation will be forever grateful'), 'continuation', 'Bill Nelson');
  });

  it('plain text kept one paragraph a line, no blank lines: a line that is only a quotation is a paragraph and continues the line before (San Diego County DA)', async () => {
    const file = 'sdcda-consumer-protection-week-excerpt.txt';
    expectInFixture(file, 'worked hard for their money. Our Consumer Protection Unit');
    expectInFixture(file, 'win the battles for our everyday neighbors.”\n“But these cases often begin with one person speaking up.');
    const text = readFileSync(`test/fixtures/real/prose/${file}`, 'utf8');
    expect(text).not.toMatch(/\n\s*\n/);
    const blocks = proseBlocks(text, 0, text.length, false).map((b) => b.text);
    expect(blocks.some((b) => b.startsWith('“But these cases often begin') && b.endsWith('from being harmed.”'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('“Consumer protection is about standing up') && b.endsWith('our everyday neighbors.”'))).toBe(true);
    const quotes = await fixtureQuotations(file);
    expectDecided(quotation(quotes, 'Consumer protection is about standing up'), 'quote-verb-mention', 'Summer Stephan');
    expectDecided(quotation(quotes, 'When a company breaks the law'), 'continuation', 'Summer Stephan');
    expectDecided(quotation(quotes, 'But these cases often begin with one person'), 'continuation', 'Summer Stephan');
  });

  it('Paley describes it as "her Ramayana", as opposed to "the Ramayana." (Free Software Magazine, CC BY-SA 3.0)', async () => {
    expectInFixture('fsm-sita-sings-the-blues-review.md', 'Paley describes it as "her Ramayana", as opposed to "the Ramayana."');
    const quotes = await fixtureQuotations('fsm-sita-sings-the-blues-review.md');
    expectDecided(quotation(quotes, 'her Ramayana'), 'quote-verb-mention', 'Nina Paley');
    expectDecided(quotation(quotes, 'the Ramayana.'), 'continuation', 'Nina Paley');
  });
});

describe('dialogue in a blog quoting a newspaper (a new user’s trial)', () => {
  const file = 'stabe-tonys-holy-war-dialogue.md';

  it('gives a group’s said-clause to no one, and no later rule gives it to the speaker before: “…,” the protesters insist.', async () => {
    expectInFixture(file, '&#8220;That’s not the same God,&#8221; the protesters insist.');
    const q = quotation(await fixtureQuotations(file), 'That’s not the same God');
    expect({ speaker: q.speaker, rule: q.attribution.rule, evidence: q.attribution.evidence }).toEqual({ speaker: null, rule: 'quote-verb-mention', evidence: 'the protesters insist' });
  });

  it('takes the answer to a question for no one’s, not the asker’s: “Oh no?” says the Prime Minister. / “You are talking to …”', async () => {
    expectInFixture(file, '&#8220;Oh no?&#8221; says the Prime Minister, raising his voice. \n> \n> &#8220;You are talking to lots of people');
    const quotes = await fixtureQuotations(file);
    expectDecided(quotation(quotes, 'Oh no?'), 'quote-verb-mention', 'Prime Minister');
    const answer = quotation(quotes, 'You are talking to lots of people');
    expect({ speaker: answer.speaker, rule: answer.attribution.rule }).toEqual({ speaker: null, rule: 'continuation' });
  });

  it('still names whom the said-clause names around them', async () => {
    const quotes = await fixtureQuotations(file);
    expectDecided(quotation(quotes, 'Ungodly? Count me out'), 'quote-verb-mention', 'Peter Hyman');
    expectDecided(quotation(quotes, 'It is the same God'), 'quote-verb-mention', 'Prime Minister');
    expectDecided(quotation(quotes, 'My fellow Americans'), 'quote-verb-mention', 'Alastair Campbell');
  });
});
