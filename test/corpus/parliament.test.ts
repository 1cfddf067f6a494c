/**
 * South Africa's National Assembly as the Parliamentary Monitoring Group publishes its unrevised
 * Hansard (two excerpts of one debate, a new user's file): offices in capitals as labels, the House's
 * noise on lines of its own, and a translator's note over a speech given in another language. And
 * the UK Commons' Hansard copied from its web page: each member's name alone on a line, the seat in
 * brackets (`Mr. Tony Banks (Newham, North-West)`), `rose` where a member stood, the speech below.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { inspectAs, inspectText, saidBy } from './inspect-text.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'real', 'markdown');
const read = (name: string) => inspectFile(path.join(FIXTURES, name));
const NEWS = path.join(import.meta.dirname, '..', 'fixtures', 'real', 'news');

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

  it('reads the Commons’ names alone on their lines, the seat in brackets, as labels; `rose` is no speech; `Mr. Banks` is Mr. Tony Banks', async () => {
    const parsed = await inspectFile(path.join(NEWS, 'historic-hansard-1995-06-22-points-of-order-own-line-names-excerpt.txt'));
    expect(saidBy(parsed, 'On a point of order, Madam Speaker. May I draw')).toBe('Mr. Patrick McLoughlin');
    expect(parsed.quotes.find((q) => q.speaker?.name === 'Mr. Patrick McLoughlin')?.speaker?.role).toBe('West Derbyshire');
    expect(saidBy(parsed, 'Order. I can answer the point of order')).toBe('Madam Speaker');
    expect(saidBy(parsed, 'Further to that point of order')).toBe('Mr. Tony Banks');
    expect(saidBy(parsed, 'On a different point of order')).toBe('Mr. Tony Banks');
    expect(saidBy(parsed, 'We are not having a debate')).toBe('Madam Speaker');
    // The chair is whoever held it in this sitting, not one person across every source.
    const chair = parsed.quotes.find((q) => q.speaker?.name === 'Madam Speaker')!.speaker!;
    expect(chair.slug.startsWith(`${parsed.source.slug}-`)).toBe(true);
    expect(parsed.quotes.find((q) => q.speaker?.name === 'Mr. Tony Banks')!.speaker!.slug).toBe('mr-tony-banks');
    // A member who only rose says nothing, and no quote holds a name line or `rose`.
    expect(parsed.quotes.map((q) => q.speaker?.name)).not.toContain('Mr. Peter Bottomley');
    expect(parsed.quotes.filter((q) => /\brose\b|Bottomley|\(Eltham\)/.test(q.text))).toEqual([]);
  });

  it('reads an oral question’s number before the member (`Q4. Mr. Janner`) and an office said again (`The Prime Minister`) as labels', async () => {
    const parsed = await inspectFile(path.join(NEWS, 'historic-hansard-1990-11-22-engagements-question-numbers-excerpt.txt'));
    expect(saidBy(parsed, 'To ask the Prime Minister is she will list')).toBe('Mr. Janner');
    expect(saidBy(parsed, 'To ask the Prime Minister if she will list')).toBe('Mr. Maginnis');
    expect(saidBy(parsed, 'I refer the hon. Gentleman to the reply')).toBe('The Prime Minister');
    expect(saidBy(parsed, 'The age of chivalry will not have gone')).toBe('The Prime Minister');
    expect(saidBy(parsed, 'Order. Question please.')).toBe('Mr. Speaker');
    // An office is whoever held it in this source: `The Prime Minister` of 1990 is no one of another year.
    expect(parsed.quotes.find((q) => q.speaker?.name === 'The Prime Minister')!.speaker!.slug.startsWith(`${parsed.source.slug}-`)).toBe(true);
    // No quote holds a name line or the citation line.
    expect(parsed.quotes.filter((q) => q.speaker && /Q\d\.|HC Deb/.test(q.text))).toEqual([]);
  });

  it('reads a flattened page’s names run into the speech after the section mark (`§ Mr. SpeakerOrder.`)', async () => {
    const parsed = await inspectFile(path.join(import.meta.dirname, '..', 'fixtures', 'real', 'labelled', 'historic-hansard-1989-04-26-points-of-order-glued-labels-excerpt.txt'));
    expect(parsed.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Mr. Tam Dalyell', 'Mr. Speaker', 'Mr. Tam Dalyell', 'Mr. Speaker', 'Mr. Tam Dalyell', 'Mr. Speaker', 'Mr. Nicholas Bennett', 'Mr. Speaker', 'Mr. Bob Cryer']);
    expect(parsed.quotes[1]!.text).toBe('Order. The question was not reached. The hon. Gentleman cannot ask it now.');
    expect(parsed.quotes[0]!.speaker?.role).toBe('Linlithgow');
    // The speech over two lines, the second unmarked, is one turn.
    expect(parsed.quotes[6]!.text).toContain('Could you confirm that hon. Members');
    // A law's sections (`§ 1983.`, `§ The Secretary shall …`) name no one.
    const code = await inspectText(['§ 1983. Civil action for deprivation of rights', '§ The Secretary shall prescribe (by regulation) the rules.', '§ The SecretaryShall publish the notice.', '§ 1984. Proceedings in vindication of civil rights'].join('\n') + '\n');
    expect(code.quotes.filter((q) => q.speaker && q.speaker.name !== 'Unnamed critic')).toEqual([]);
  });

  it('keeps a record’s inline labels where a page header repeats the last speaker’s name apart above them', async () => {
    const take = (n: number, last: string, next: string, words: string) => [`UNREVISED HANSARD, TAKE ${n}`, '', last, '', `${next}: Mr Speaker, ${words}`, '', 'We have said so before, hon members, and we say it again.', '', 'The SPEAKER: Order, hon members! Order!', '', `${next}: Thank you, Speaker.`, ''].join('\n');
    const parsed = await inspectText(
      [take(1, 'Mr A B MOLEFE', 'Mr C D NKOSI', 'I rise on the report.'), take(2, 'Mr C D NKOSI', 'Ms E F DLAMINI', 'my party supports it.'), take(3, 'Ms E F DLAMINI', 'Mr G H BOTHA', 'I must object.'), take(4, 'Mr G H BOTHA', 'Mr A B MOLEFE', 'I thank the hon members.'), take(5, 'Mr A B MOLEFE', 'Ms E F DLAMINI', 'I close the debate.')].join('\n'),
    );
    expect(saidBy(parsed, 'I rise on the report')).toBe('Mr C D Nkosi');
    expect(saidBy(parsed, 'my party supports it')).toBe('Ms E F Dlamini');
    expect(saidBy(parsed, 'I must object')).toBe('Mr G H Botha');
    expect(saidBy(parsed, 'I thank the hon members')).toBe('Mr A B Molefe');
  });

  it('reads the chair named in brackets as the person in it, and a titled name said apart without a dialogue as no label', async () => {
    const debate = await inspectText(
      ['Mr. Deputy Speaker (Mr. Geoffrey Lofthouse)', 'Order. The hon. Gentleman must withdraw.', 'Mr. Dennis Skinner (Bolsover)', 'I will not.', 'Mr. Deputy Speaker (Mr. Geoffrey Lofthouse)', 'Then he must leave the Chamber.', 'Mr. Dennis Skinner (Bolsover)', 'So be it.'].join('\n\n') + '\n',
    );
    expect(saidBy(debate, 'The hon. Gentleman must withdraw')).toBe('Mr. Geoffrey Lofthouse');
    expect(saidBy(debate, 'I will not')).toBe('Mr. Dennis Skinner');
    expect(saidBy(debate, 'So be it')).toBe('Mr. Dennis Skinner');
    // The Lords: a peer's title with its place, and an office with its holder in brackets, who speaks.
    const lords = await inspectText(
      ['Baroness Jay of Paddington', 'My Lords, I beg to move that the Bill be now read a second time.', 'Lord Falconer of Thoroton', 'My Lords, I support the noble Baroness.', 'The Minister of State, Home Office (Lord Williams of Mostyn)', 'My Lords, the Government accept the amendment.', 'Baroness Jay of Paddington', 'My Lords, I am grateful to the noble Lord.'].join('\n\n') + '\n',
    );
    expect(saidBy(lords, 'I beg to move that the Bill')).toBe('Baroness Jay of Paddington');
    expect(saidBy(lords, 'I support the noble Baroness')).toBe('Lord Falconer of Thoroton');
    expect(saidBy(lords, 'the Government accept the amendment')).toBe('Lord Williams of Mostyn');
    expect(saidBy(lords, 'I am grateful to the noble Lord')).toBe('Baroness Jay of Paddington');
    // An obituary's one line of a name and a seat is no speaker of the paragraph below.
    const obituary = await inspectText('Tributes were paid in the House yesterday.\n\nMr. John Smith (Monklands East)\n\nHe led the Labour party from 1992 until his death, and was widely admired.\n\nThe funeral will be held in Edinburgh.\n');
    expect(obituary.quotes.map((q) => q.speaker?.name)).not.toContain('Mr. John Smith');
    expect(saidBy(obituary, 'He led the Labour party')).not.toBe('Mr. John Smith');
    // Nor is a list of candidates, each over a paragraph about them: no one speaks there.
    const candidates = await inspectText(
      ['The candidates for the seat are listed below.', 'Mrs. Jane Doe (Labour)', 'She has lived in Ealing for twenty years and chairs the school board.', 'Mr. Tom Reed (Conservative)', 'He runs a bakery on the high street and sat on the council until 2019.', 'Ms. Ann Lee (Liberal Democrat)', 'She is a nurse at the general hospital.', 'Mr. Raj Patel (Green)', 'He teaches chemistry and campaigns for cycle lanes.'].join('\n\n') + '\n',
    );
    for (const name of ['Mrs. Jane Doe', 'Mr. Tom Reed', 'Ms. Ann Lee', 'Mr. Raj Patel']) expect(candidates.quotes.map((q) => q.speaker?.name)).not.toContain(name);
    // Nor a cast list, a parish newsletter or obituaries, however often a name recurs, nor where a
    // paragraph or two has `we` or `you` in it: the House's forms of address are never heard there.
    const apart = (pairs: string[][]) => inspectText(pairs.flat().join('\n\n') + '\n');
    const cast = await apart([['Cast'], ['Mr. Darcy', 'played by Colin Firth, a role that made him famous.'], ['Mrs. Bennet', 'played by Alison Steadman with great comic energy.'], ['Mr. Darcy', 'returns in the second half to propose again.'], ['Mrs. Bennet', 'faints at the news, as you would expect.']]);
    const parish = await apart([['Parish News'], ['Mr. John Smith (Churchwarden)', 'The churchwarden asks that we keep the path clear this winter.'], ['Mrs. Ann Brown (Treasurer)', 'The accounts for the year are now available in the porch.'], ['Mr. John Smith (Churchwarden)', 'Volunteers are needed for the flower rota.'], ['Mrs. Ann Brown (Treasurer)', 'Thank you to all who gave to the roof appeal.']]);
    const obituaries = await apart([['Obituaries'], ['Mr. Harold Wilson (Huyton)', 'He was Prime Minister twice and led his party for thirteen years.'], ['Mrs. Barbara Castle (Blackburn)', 'She was a minister in both of his governments.'], ['Mr. Harold Wilson (Huyton)', 'He died in 1995 at the age of 79.'], ['Mr. Michael Foot (Ebbw Vale)', 'He led the party from 1980 to 1983 and you could hear him across the room.']]);
    for (const [parsed, names] of [[cast, ['Mr. Darcy', 'Mrs. Bennet']], [parish, ['Mr. John Smith', 'Mrs. Ann Brown']], [obituaries, ['Mr. Harold Wilson', 'Mrs. Barbara Castle', 'Mr. Michael Foot']]] as const) {
      for (const name of names) expect(parsed.quotes.map((q) => q.speaker?.name)).not.toContain(name);
    }
  });
});
