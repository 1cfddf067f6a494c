/**
 * Plays copied from web pages, where the page's layout was the only label: a name in capitals and
 * wide space before the speech (shakespeare.mit.edu's Hamlet flattened to text), and a name in title
 * case as a paragraph of its own above the speech (a modern rendering's page). Two real scenes, read
 * with this test's own patterns, and the shapes around them that are not labels: a legend said once,
 * a table's columns, a news page's furniture between paragraphs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';
import { buildSource } from '../../server/corpus/build.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

const REAL = path.join(import.meta.dirname, '../fixtures/real');
const words = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function read(text: string) {
  return buildSource({ path: 'scene.txt', slug: 'scene', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
}

describe('a play flattened from its web page: `BERNARDO  Who\'s there?`', () => {
  const file = path.join(REAL, 'labelled/hamlet-1-1-mit-flattened-wide-space-names-excerpt.txt');
  const text = readFileSync(file, 'utf8');
  /** The file's own labels, by this test's pattern: a name in capitals, two spaces, speech (after a stage direction's own wide space, or none). */
  const labels = text.split('\n').flatMap((row, i) => {
    const m = /^ (?:(?:Exit|Enter [A-Z]+ and [A-Z]+) {2})?([A-Z]{4,})  ([A-Z'][^ ]*(?: [^ ]+){0,2})/.exec(row);
    return m ? [{ name: m[1]!.toLowerCase(), first: m[2]!, line: i + 1 }] : [];
  });

  it("gives every speech to the name before it, and no name's words to anyone else", async () => {
    const { source, quotes } = await inspectFile(file);
    expect(source.reader).toBe('labelled');
    expect(labels.length).toBeGreaterThanOrEqual(25);
    for (const label of labels) {
      const quote = quotes.find((q) => q.position.line === label.line);
      expect(quote, `line ${label.line}`).toBeDefined();
      expect(quote!.speaker?.name.toLowerCase(), `line ${label.line}`).toBe(label.name);
      expect(words(quote!.text).startsWith(words(label.first)), `line ${label.line}`).toBe(true);
    }
    // Without a speaker: the page's heading, its links, and the opening direction run into Bernardo's first words.
    expect(quotes.filter((q) => !q.speaker).map((q) => q.position.line)).toEqual([1, 3, 5]);
    for (const q of quotes) expect(q.text, `line ${q.position.line}`).not.toMatch(/\b[A-Z]{5,}\s{2}/);
  });

  it('reads the name up to the wide space, after a stage direction too, and nothing else as one', () => {
    expect(lineLabel(" BERNARDO  Who's there? ")).toMatchObject({ label: 'BERNARDO', caps: true, wide: true });
    // One space after a word in capitals is speech going on (`FRANCISCO  I think`, not `FRANCISCO I`).
    expect(lineLabel(' FRANCISCO  I think I hear them.')).toMatchObject({ label: 'FRANCISCO', wide: true });
    expect(lineLabel('FIRST CLOWN\tIs she to be buried')).toMatchObject({ label: 'FIRST CLOWN', wide: true });
    // MIT's pages print minor parts in title case.
    expect(lineLabel(' Ghost  Mark me. ')).toMatchObject({ label: 'Ghost', caps: false, wide: true });
    expect(lineLabel(' Exit  MARCELLUS  Holla! Bernardo! ')).toMatchObject({ label: 'MARCELLUS', wide: true });
    expect(lineLabel(' Enter HORATIO and MARCELLUS  HORATIO  Friends to this ground.')).toMatchObject({ label: 'HORATIO', wide: true });
    expect(lineLabel("BERNARDO Who's there?")?.wide).toBeUndefined();
    // A table's columns, a heading in capitals, a word of speech, a time, justified text: no names.
    expect(lineLabel('TOTAL  $45')?.wide).toBeUndefined();
    expect(lineLabel('CHAPTER ONE  THE RETURN')?.wide).toBeUndefined();
    expect(lineLabel('OK  so what now')?.wide).toBeUndefined();
    expect(lineLabel('SPEAKER 1  0:00')?.wide).toBeUndefined();
    expect(lineLabel('NASA  on  the  lunar  lander')?.wide).toBeUndefined();
    expect(lineLabel('Enter  the king')?.wide).toBeUndefined();
  });

  it('names no one where the page lost even the wide space (`BERNARDO Who\'s there?`): the names are unread, not guessed', () => {
    const squeezed = text.replace(/ {2,}/g, ' ');
    const r = read(squeezed);
    expect(r.source.reader).toBe('unlabelled');
    // The scene mentions Horatio and Marcellus; taking turns between them would name every speech wrongly.
    expect(squeezed).toContain('If you do meet Horatio and Marcellus');
    expect(r.quotes.length).toBeGreaterThanOrEqual(40);
    expect(r.quotes.filter((q) => q.speaker)).toEqual([]);
  });

  it('keeps a part said once in a play written so, and gives no one a line it cannot read', () => {
    const speeches = ['Who is there?', 'Nay, answer me.', 'Long live the king!', 'Bernardo?', 'He.', 'You come most carefully upon your hour.', 'Tis now struck twelve.', 'For this relief much thanks.', 'Have you had quiet guard?', 'Not a mouse stirring.'];
    const lines = speeches.flatMap((speech, i) => [` ${i % 2 ? 'FRANCISCO' : 'BERNARDO'}  ${speech} `, '']);
    lines.push(' GHOST  Mark me. ', '', ' BERNARDO  I will. ', '', ' Ghost beckons HAMLET  HORATIO  It beckons you. ', '', ' BERNARDO  Go on. ', '', ' FRANCISCO  Well, good night. ', '');
    const r = read(lines.join('\n'));
    expect(r.quotes.find((q) => q.text === 'Mark me.')?.speaker?.name).toBe('Ghost');
    expect(r.quotes.find((q) => q.text.includes('It beckons'))?.speaker ?? null).toBeNull();
    expect(r.quotes.find((q) => q.text === 'I will.')?.speaker?.name).toBe('Bernardo');
    expect(r.quotes.find((q) => q.text === 'Go on.')?.speaker?.name).toBe('Bernardo');
  });

  it("reads Folger's plain text, a name alone above the speech or wide space after it, line by line", () => {
    const scene = ['Romeo and Juliet', '', 'BENVOLIO', 'Good morrow, cousin.', '', 'ROMEO  Is the day so young?', '', 'BENVOLIO', 'But new struck nine.', '', 'ROMEO  Ay me, sad hours seem long.', '', 'BENVOLIO', "It was. What sadness lengthens Romeo's hours?", '', 'ROMEO', 'Not having that which, having, makes them short.', '', 'BENVOLIO  In love?', '', 'ROMEO  Out--', '', 'BENVOLIO  Of love?', '', 'ROMEO', 'Out of her favor where I am in love.', '', 'BENVOLIO  Alas that love, so gentle in his view,', '', 'ROMEO  Where shall we dine?', '', 'BENVOLIO  No, coz, I rather weep.', '', 'ROMEO  Good heart, at what?', '', "BENVOLIO  At thy good heart's oppression.", '', "ROMEO  Why, such is love's transgression."];
    const r = read(scene.join('\n'));
    const said = r.quotes.filter((q) => q.speaker).map((q) => `${q.speaker!.name}: ${q.text}`);
    expect(said.slice(0, 6)).toEqual(['Benvolio: Good morrow, cousin.', 'Romeo: Is the day so young?', 'Benvolio: But new struck nine.', 'Romeo: Ay me, sad hours seem long.', "Benvolio: It was. What sadness lengthens Romeo's hours?", 'Romeo: Not having that which, having, makes them short.']);
    expect(said).toHaveLength(16);
    for (const line of said) expect(line).not.toMatch(/ROMEO|BENVOLIO/);
  });

  it('takes no dateline, court record, contract or legend written with wide space for a play', () => {
    const wire = read(['World news briefing', '', 'WASHINGTON  The Senate voted late on Tuesday to extend the spending bill.', '', 'LONDON  The Bank of England held interest rates.', '', 'WASHINGTON  The White House said the president would sign the bill.', '', 'LONDON  Train drivers will strike again next week, their union said.'].join('\n'));
    expect(wire.quotes.map((q) => q.speaker?.name)).not.toContain('Washington');
    expect(wire.quotes.map((q) => q.speaker?.name)).not.toContain('London');
    // `MR. JONES` reads as no name here: a court record this short is no play, and Jones's words are nobody's.
    const court = read(['THE COURT  Good morning. Please be seated.', 'MR. JONES  Good morning, Your Honor.', 'THE COURT  Are we ready to proceed?', 'MR. JONES  We are.'].join('\n'));
    expect(court.quotes.find((q) => q.text.includes('Your Honor'))?.speaker?.name).not.toBe('The Court');
    const contract = read(Array.from({ length: 4 }, (_, i) => `WHEREAS  the Client wishes to engage the Contractor for part ${i};`).join('\n\n'));
    expect(contract.quotes.map((q) => q.speaker?.name)).not.toContain('Whereas');
    // A mission transcript's legend, `CDR  Commander …`, each call sign once: the legend it was, no labels.
    const legend = read('CDR  Commander James Lovell\n\nCMP  Command module pilot John Swigert\n\nCDR: The clock is running.\n\nCMP: Okay.\n\nCDR: Yaw program.\n\nCMP: Clear the tower.\n');
    expect(legend.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'James Lovell', 'John Swigert', 'James Lovell', 'John Swigert']);
  });
});

describe('a play whose names stand as paragraphs of their own, a blank line before the speech', () => {
  const file = path.join(REAL, 'news/hamlet-1-1-myshakespeare-names-apart-excerpt.txt');
  const text = readFileSync(file, 'utf8');
  const rows = text.split('\n');
  const NAMES = new Set(['Bernardo', 'Francisco', 'Horatio', 'Marcellus']);
  /** The file's own labels, by this test's reading: a name alone on its line, the speech two lines below. */
  const labels = rows.flatMap((row, i) => (NAMES.has(row) && rows[i + 1] === '' ? [{ name: row, first: rows[i + 2]!.split(' ').slice(0, 3).join(' '), line: i + 3 }] : []));

  it('gives every speech to the name above it, a name seen twice too, and not the breadcrumb for a title', async () => {
    const { source, quotes } = await inspectFile(file);
    expect(labels.length).toBeGreaterThanOrEqual(24);
    expect(labels.filter((l) => l.name === 'Horatio')).toHaveLength(2);
    for (const label of labels) {
      const quote = quotes.find((q) => q.position.line === label.line);
      expect(quote, `line ${label.line}`).toBeDefined();
      expect(quote!.speaker?.name, `line ${label.line}`).toBe(label.name);
      expect(words(quote!.text).startsWith(words(label.first)), `line ${label.line}`).toBe(true);
    }
    // Each name opens a turn of its own: none is left in the words of the turn before it.
    expect(quotes.filter((q) => q.speaker)).toHaveLength(labels.length);
    expect(rows[0]).toBe('You are here');
    expect(source.meta.title).not.toBe('You are here');
  });

  it("is no dialogue where the paragraphs apart are a page's furniture, or one name only", () => {
    const para = (i: number) => `The council met on day ${i} and agreed to widen the road by the river.`;
    const page = read(Array.from({ length: 4 }, (_, i) => `Advertisement\n\n${para(i)}\n\nShare\n\n${para(i + 10)}`).join('\n\n'));
    expect(page.quotes.map((q) => q.speaker?.name)).not.toContain('Advertisement');
    expect(page.quotes.map((q) => q.speaker?.name)).not.toContain('Share');
    expect(page.quotes.filter((q) => q.kind === 'turn' && q.speaker)).toEqual([]);
    const one = read(Array.from({ length: 4 }, (_, i) => `Maria\n\n${para(i)}`).join('\n\n'));
    expect(one.quotes.map((q) => q.speaker?.name)).not.toContain('Maria');
  });

  it("reads the speech under a name as speech, even where it opens like a label (`Horatio, Marcellus: come hither`)", () => {
    const lines = ['Bernardo', "Who's there?", 'Francisco', 'Nay, answer me.', 'Bernardo', 'Long live the king!', 'Francisco', 'Bernardo?', 'Bernardo', 'Horatio, Marcellus: come hither, both.', 'Marcellus', 'Peace: break thee off.', 'Francisco', 'Good night.'];
    const r = read(lines.join('\n\n'));
    expect(r.quotes.find((q) => q.text.includes('come hither'))?.speaker?.name).toBe('Bernardo');
    expect(r.quotes.find((q) => q.text.includes('break thee off'))?.speaker?.name).toBe('Marcellus');
    expect(r.quotes.map((q) => q.speaker?.name)).not.toContain('Horatio');
  });

  it('is no dialogue where each message is signed below it: the file ends on a name', () => {
    const lines = ['Hi Mary, can you send me the report before noon?', 'John', 'Sure, I will have it done by eleven.', 'Mary', 'Great, thanks. Also the slides?', 'John', 'Those too. Anything else?', 'Mary', 'Will do.', 'John'];
    const r = read(lines.join('\n\n'));
    expect(r.quotes.filter((q) => q.speaker)).toEqual([]);
  });

  it('gives no one the words after a name that stands once and is no first name, among names that recur', () => {
    const lines = ['Maria', 'Where were you?', 'Tomas', 'At the river.', 'Maria', 'All night?', 'Tomas', 'Until dawn.', 'Maria', 'Why?', 'Tomas', 'I was waiting.', 'Stranger', 'He was with me.', 'Maria', 'Who are you?'];
    const r = read(lines.join('\n\n'));
    expect(r.quotes.find((q) => q.text.includes('He was with me'))?.speaker ?? null).toBeNull();
    expect(r.quotes.find((q) => q.text.includes('I was waiting'))?.text).toBe('I was waiting.');
    expect(r.quotes.find((q) => q.text.includes('Who are you'))?.speaker?.name).toBe('Maria');
  });
});
