/**
 * What a second reviewer of this round's change found, running the old and new code side by side on
 * inputs of its own: each case read rightly before the change and wrongly after its first version
 * (a wrong name or lost words), and reads rightly again. The inputs are the reviewer's, invented to
 * show one phenomenon each.
 */
import { describe, expect, it } from 'vitest';
import { inspectAs, inspectText, saidBy } from './inspect-text.ts';

const para = (...xs: string[]) => xs.join('\n\n');

describe('labels', () => {
  it('keeps a name’s initial wrapped onto a line of a Q. and A. transcript in the question (`… sent by` / `R. Alvarez, the manager?`)', async () => {
    const text = ['Q. Please state your name for the record.', 'A. Robert Allen Dean.', 'Q. Did you receive the letter that was signed by', 'P. Thompson and dated March 3?', 'A. I did.', 'Q. Did you discuss it with', 'P. Thompson afterwards?', 'A. No.', 'Q. And was the reply sent by', 'R. Alvarez, the manager?', 'A. Yes.', 'Q. Did', 'R. Alvarez sign it?', 'A. He did.'].join('\n');
    const parsed = await inspectText(text);
    expect(parsed.quotes.some((q) => q.speaker?.name === 'P' || q.speaker?.name === 'R')).toBe(false);
    expect(parsed.quotes.find((q) => q.text.includes('Alvarez, the manager'))?.text).toContain('sent by R. Alvarez');
  });

  it('leaves `Research & Development: up ten percent` in the turn it is read out in', async () => {
    const parsed = await inspectText(para('Amy Hood: Revenue grew this quarter, and costs fell.', 'Research & Development: up ten percent on the year.', 'Keith Weiss: Thanks, Amy. And margins?', 'Amy Hood: Margins held.', 'Keith Weiss: Great.', 'Amy Hood: Thank you.'));
    expect(saidBy(parsed, 'up ten percent')).toBe('Amy Hood');
  });

  it('keeps words put into a quotation in brackets over two lines (`[the Department would not comply with the` / `subpoena]`)', async () => {
    const text = ['SENATOR GRASSLEY: Let me read from the letter. The Secretary wrote that', '[the Department would not comply with the', 'subpoena]', 'and that was the end of the matter.', 'SECRETARY JONES: Senator, that letter predates my tenure.', 'SENATOR GRASSLEY: Then let me read the newer one.', 'SECRETARY JONES: That is correct.'].join('\n');
    const parsed = await inspectText(text);
    expect(saidBy(parsed, 'would not comply')).toBe('Senator Grassley');
    expect(saidBy(parsed, 'end of the matter')).toBe('Senator Grassley');
  });

  it('reads a time alone above a label as no time of the turn before, and a verse number `(3:16)` as words', async () => {
    const timed = await inspectText(para('Episode 12 transcript', '[00:00:05]', 'John Smith: Welcome to the show.', '[00:00:12]', 'Mary Jones: Thanks for having me, John.', '[00:00:20]', 'John Smith: How did you get into beekeeping?', 'Mary Jones: My grandfather kept bees.'));
    expect(timed.quotes.find((q) => q.text.startsWith('Welcome'))?.time?.start ?? null).not.toBe(12);
    const verses = await inspectText(['Pastor Dan: Let us read the verse together.', '(3:16)', 'For God so loved the world.', 'Ruth: That is the one everybody knows.', 'Pastor Dan: It is.', 'Ruth: Amen.'].join('\n'));
    expect(saidBy(verses, 'For God so loved')).toBe('Pastor Dan');
    expect(verses.quotes.find((q) => q.text.includes('For God so loved'))?.text).toContain('(3:16)');
  });
});

describe('unlabelled conversations', () => {
  it('lets the one called answer with their name (`Ben?` — `Ben here, and yes …`)', async () => {
    const parsed = await inspectText(para("Welcome to the Economics Hour. I'm Sarah Lund, and with me are Ben Carter of the Institute and Priya Shah from the university. Ben, let's start with you. Is inflation over?", "Not yet, Sarah. The core numbers are still too high for the bank's liking.", 'Priya, do you agree with Ben?', 'Partly. Ben is right about the core numbers, but the trend is clearly down.', 'Ben?', "Ben here, and yes, I'll grant Priya the trend. But the trend was down last year too.", 'Thank you both.'));
    expect(saidBy(parsed, "I'll grant Priya the trend")).toBe('Ben Carter');
  });

  it('gives a self-introduction in answer to "Who are you?" to the guest, not the interviewer', async () => {
    const parsed = await inspectAs('uses.md', para('# Uses This: Ana Ruiz', '## Who are you, and what do you do?', "I'm Ana Ruiz, a photographer. I mostly shoot weddings and portraits.", '## What hardware do you use?', 'A Nikon Z8 and a pair of old lenses.', '## And what would be your dream setup?', 'More time, honestly.'));
    expect(saidBy(parsed, 'What hardware do you use')).not.toBe('Ana Ruiz');
    expect(saidBy(parsed, 'A Nikon Z8')).toBe('Ana Ruiz');
  });
});

describe('Speechmatics', () => {
  it('reads a transcript whose first result is a speaker change', async () => {
    const json = JSON.stringify({ format: '2.7', results: [{ type: 'speaker_change', start_time: 0, end_time: 0 }, { type: 'word', start_time: 0, end_time: 0.4, alternatives: [{ content: 'Hello', speaker: 'S1' }] }, { type: 'punctuation', start_time: 0.4, end_time: 0.4, alternatives: [{ content: '.', speaker: 'S1' }] }] });
    const parsed = await inspectAs('sm.json', json);
    expect(parsed.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Speaker 1', 'Hello.']]);
  });
});

describe('TEI', () => {
  it('keeps a speech with an element left open inside it (`<lb>` as in HTML), names letters as speakers by letter, and takes ParlaMint’s printed speaker', async () => {
    const play = await inspectAs('play.xml', '<TEI><teiHeader><profileDesc><particDesc><listPerson><person xml:id="anna"><persName>Anna</persName></person><person xml:id="ben"><persName>Ben</persName></person></listPerson></particDesc></profileDesc></teiHeader><text><body><sp who="#anna"><p>First speech, then a break<lb>and more words.</p></sp><sp who="#ben"><p>Second speech.</p></sp><sp who="#anna"><p>Third speech.</p></sp></body></text></TEI>');
    expect(play.quotes.map((q) => q.speaker?.name)).toEqual(['Anna', 'Ben', 'Anna']);
    const coded = await inspectAs('talk.xml', '<TEI><text><body><u who="#A">Hello there.</u><u who="#B">Hi.</u><u who="#Q">So what now?</u><u who="#A">We wait.</u></body></text></TEI>');
    expect(coded.quotes.map((q) => q.speaker?.name)).toEqual(['Speaker A', 'Speaker B', 'Speaker Q', 'Speaker A']);
    const parla = await inspectAs('si.xml', '<TEI><text><body><note type="speaker">DR. MILAN BRGLEZ:</note><u who="#BrglezMilan"><seg>Spoštovane kolegice in kolegi.</seg></u><note type="speaker">MAG. MATEJ TONIN:</note><u who="#ToninMatej"><seg>Hvala za besedo.</seg></u></body></text></TEI>');
    expect(parla.quotes.map((q) => q.speaker?.name)).not.toContain('Brglez Milan');
  });

  it('refuses a TEI document with no speech in it, by name, rather than showing it with no quotes', async () => {
    await expect(inspectAs('letter.xml', '<TEI><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt></fileDesc></teiHeader><text><body><p>Dear Anna, all is well.</p></body></text></TEI>')).rejects.toThrow(/letter\.xml: a TEI document with no speech/);
  });
});
