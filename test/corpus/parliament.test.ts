/**
 * South Africa's National Assembly as the Parliamentary Monitoring Group publishes its unrevised
 * Hansard (two excerpts of one debate, a new user's file): offices in capitals as labels, the House's
 * noise on lines of its own, and a translator's note over a speech given in another language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { inspectAs, inspectText, saidBy } from './inspect-text.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'real', 'markdown');
const read = (name: string) => inspectFile(path.join(FIXTURES, name));

describe('a parliament’s record', () => {
  it('reads an office of seven words in capitals, said once, as its holder’s label, not the speech of the speaker before', async () => {
    const parsed = await read('za-hansard-2013-05-22-office-label-said-once-excerpt.htm');
    expect(saidBy(parsed, 'for the past 22 days our country has been inundated')).toBe('The Minister of Justice and Constitutional Development');
    // The opposition's chief whip says none of the minister's words.
    const whip = parsed.quotes.filter((q) => q.speaker?.name === 'The Chief Whip of the Opposition');
    expect(whip.length).toBe(3);
    expect(whip.some((q) => q.text.includes('Jet Airways'))).toBe(false);
  });

  it('keeps a speech going over the House’s interjections on a line of their own', async () => {
    const parsed = await read('za-hansard-2013-05-22-language-markers-interjections-excerpt.htm');
    expect(saidBy(parsed, 'He lost his job')).toBe('Mr K J Dikobo');
    expect(saidBy(parsed, 'Every South African should be angry')).toBe('Mr K J Dikobo');
    expect(saidBy(parsed, 'Our country has been mortgaged')).toBe('Mr K J Dikobo');
  });

  it('reads a translator’s note over a speech (`*English:*`, said twice) as no speaker, and the speech goes on under it', async () => {
    const parsed = await inspectAs(
      'debate.md',
      [
        'The SPEAKER: Order! The hon member may continue.',
        'Mr A B MOLEFE: There is a Sepedi proverb which says ...',
        '*Sepedi:*',
        '... tšhwene ge e re: Hoom! e botile lewa.',
        '*English:*',
        'The officials knew that what they were doing was wrong.',
        'The SPEAKER: Order, hon members!',
        'Mr A B MOLEFE: Let me say it again.',
        '*English:*',
        'They knew that nothing would happen to them.',
        'The SPEAKER: Thank you, hon member.',
      ].join('\n\n'),
    );
    expect(parsed.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('English');
    expect(saidBy(parsed, 'The officials knew')).toBe('Mr A B Molefe');
    expect(saidBy(parsed, 'They knew that nothing would happen')).toBe('Mr A B Molefe');
    expect(parsed.quotes.some((q) => /English:/.test(q.text))).toBe(false);
    // The page's emphasis lost (as its HTML converts): `English:` alone where every other label is inline.
    const plain = await inspectText(['The SPEAKER: Order!', 'Mr A B MOLEFE: A proverb says ...', 'English:', 'The officials knew it was wrong.', 'The SPEAKER: Order, hon members!', 'Mr A B MOLEFE: Again.', 'English:', 'They knew nothing would happen.', 'The SPEAKER: Thank you.'].join('\n\n'));
    expect(plain.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('English');
    expect(saidBy(plain, 'They knew nothing would happen')).toBe('Mr A B Molefe');
  });

  // A review of the change: with the languages among the words that name no one, `FRENCH:` and
  // `DEUTSCH:`, surnames said after `DAVID FRENCH:`, stopped being labels and the host said their answers.
  it('still reads a surname that is a language’s name as a label (`FRENCH:`, `Welsh:`), alone or inline', async () => {
    const inline = await inspectText('STEVE INSKEEP, HOST: Good morning. I am joined by David French.\n\nDAVID FRENCH: Good morning, Steve.\n\nINSKEEP: What has changed?\n\nFRENCH: Friends stopped talking to me.\n\nINSKEEP: Painful how?\n\nFRENCH: In every sense.\n');
    expect(saidBy(inline, 'Friends stopped talking to me')).toBe('David French');
    expect(saidBy(inline, 'In every sense')).toBe('David French');
    const ownLine = await inspectText('Host:\nWelcome back. Today I am talking with Tana French.\n\nFrench:\nThanks for having me.\n\nHost:\nWhere did the idea come from?\n\nFrench:\nA village I drove through.\n');
    expect(saidBy(ownLine, 'Thanks for having me')).not.toBe('Host');
    expect(saidBy(ownLine, 'A village I drove through')).not.toBe('Host');
  });
});
