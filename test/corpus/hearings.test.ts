/**
 * Congressional hearings as the Government Publishing Office publishes their text (public domain):
 * speakers at the start of an indented paragraph, a title, a surname and a full stop; front pages,
 * member lists, centred headings and bracketed notes that nobody says. Two real hearings, one labelled
 * in title case, one in capitals. And a trial's transcript, where Q. and A. are the lawyer examining and
 * the witness examined.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';
import { nameTokens, SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { buildSource } from '../../server/corpus/build.ts';
import { peopleInTitle } from '../../server/corpus/attribution/legend.ts';

function read(text: string) {
  return buildSource({ path: 'hansard.txt', slug: 'hansard', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
}

const FILES = ['gpo-house-oversight-2015-dc-airspace-excerpt.txt', 'gpo-house-ways-and-means-2008-irs-excerpt.txt'];

/** The file's own labels, read by a pattern of this test's: each indented `Title Surname.` and the speech after it. */
function labelled(text: string): Array<{ surname: string; first: string; line: number }> {
  const out: Array<{ surname: string; first: string; line: number }> = [];
  text.split('\n').forEach((row, i) => {
    const m = /^ {3,}(?:Chairman|Mr\.|Ms\.|Mrs\.|Admiral|Chief|Dr\.) ([A-Z][A-Za-z'-]+)(?: \[continuing\])?\. (\S+(?: \S+){0,3})/.exec(row);
    if (m && m[1] !== 'Chairman') out.push({ surname: m[1]!.toLowerCase(), first: m[2]!, line: i + 1 });
  });
  return out;
}

const words = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe.each(FILES)('a hearing as GPO publishes it: %s', (file) => {
  const full = path.resolve('test/fixtures/real/labelled', file);
  const text = readFileSync(full, 'utf8');

  it("gives each labelled paragraph's words to the person its label names, and names no one else", async () => {
    const parsed = await inspectFile(full);
    const labels = labelled(text);
    expect(labels.length).toBeGreaterThanOrEqual(30);
    for (const { surname, first, line } of labels) {
      const q = parsed.quotes.find((x) => x.position.line === line);
      const who = q?.speaker?.name ?? null;
      expect({ line, surname, words: q && words(q.text).startsWith(words(first)), named: who !== null && nameTokens(who).includes(surname) }).toEqual({ line, surname, words: true, named: true });
    }
    // Everyone named is someone a label names: no member list (`EARL L. CARTER`), bill section or wrapped line.
    const surnames = new Set(labels.map((l) => l.surname));
    const named = [...new Set(parsed.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))];
    expect(named.filter((n) => !nameTokens(n).some((t) => surnames.has(t)))).toEqual([]);
    expect(parsed.source.meta.kind).toBe('interview');
    // The title GPO's HTML wrapper gives, not the file's name.
    expect(parsed.source.meta.title).toBe(/<title> - ([^<]+)<\/title>/.exec(text)![1]);
  });

  it('keeps centred headings and the front page out of anyone\'s words', async () => {
    const parsed = await inspectFile(full);
    const headings = [...text.matchAll(/^ *((?:STATEMENT|TESTIMONY) OF [^\n]+?)\s*$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect({ h, in: parsed.quotes.filter((q) => q.speaker && q.text.includes(h)).length }).toEqual({ h, in: 0 });
    expect(parsed.quotes.filter((q) => q.speaker && /Superintendent of Documents|Serial No\./.test(q.text)).length).toBe(0);
  });
});

describe('the Congressional Record as GPO publishes it: one <pre> in a web page', () => {
  const full = path.resolve('test/fixtures/real/labelled/congressional-record-2005-07-20-house-pre-page-breaks-excerpt.htm');
  const text = readFileSync(full, 'utf8');

  it('gives each indented `Mr. SURNAME of State.` paragraph to that member, one said once included, and no page number or clock to anyone', async () => {
    const parsed = await inspectFile(full);
    // The page's own labels, by a pattern of this test's: an indented title, a surname in capitals (and a state), a full stop.
    const labels = [...text.matchAll(/^ {2}(?:Mr\.|The) ([A-Z]{2,}(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| pro tempore)?)\. /gm)].map((m) => m[1]!.toLowerCase());
    const turns = parsed.quotes.filter((q) => q.speaker);
    expect(labels).toHaveLength(7);
    expect(turns.map((q) => q.speaker!.name.toLowerCase().replace(/^(?:mr\.|the) /, ''))).toEqual(labels);
    // Before, the page's indentation was lost in the conversion and no label was read; the member
    // who yields once (`Mr. JONES of North Carolina.`) was part of the turn before.
    expect(parsed.quotes.some((q) => /\[\[Page|\{time\}/.test(q.text))).toBe(false);
    // The speech runs on past a page break mid-sentence.
    expect(turns.find((q) => q.text.includes('Last 445 Jobs'))!.text).toMatch(/Last 445 Jobs\s+Gone By Next Summer/);
  });
});

describe('a hearing label', () => {
  it('is a title, a surname and a full stop at the start of an indented paragraph, not a wrapped line or an address', () => {
    expect(lineLabel('    Chairman LEWIS. Thank you very much for being patient. Now, ')).toMatchObject({ label: 'Chairman LEWIS', dot: true });
    expect(lineLabel('    Mr. SMITH of Texas. I yield back.')).toMatchObject({ label: 'Mr. SMITH of Texas', dot: true });
    expect(lineLabel('    The SPEAKER pro tempore (Mr. Poe). The gentleman is recognized.')).toMatchObject({ label: 'The SPEAKER pro tempore (Mr. Poe)', dot: true });
    // Real lines of the two hearings: a wrapped line opens with someone addressed, or is not indented.
    expect(lineLabel('    Mr. Chairman. I want to thank you')?.dot ?? false).toBe(false);
    expect(lineLabel('Mr. Cummings. Thank you.')?.dot ?? false).toBe(false);
  });
});

describe('a trial transcript', () => {
  // An official S.D.N.Y. transcript (two stretches of one day): a witness called and examined by one
  // lawyer, then cross-examined by another.
  const full = path.resolve('test/fixtures/real/labelled/sdny-trial-transcript-examinations-excerpt.txt');
  const text = readFileSync(full, 'utf8');

  it('gives Q. to the lawyer the last "BY …:" names and A. to the witness called, never to a placeholder', async () => {
    const parsed = await inspectFile(full);
    const rows = text.split('\n').map((r) => r.replace(/\r$/, ''));
    let examiner = '';
    let checked = 0;
    rows.forEach((row, i) => {
      const by = /^BY (MS\. MURRAY|MR\. KAMARAJU):$/.exec(row);
      if (by) examiner = by[1] === 'MS. MURRAY' ? 'Ms. Murray' : 'Mr. Kamaraju';
      const qa = /^([QA])\. /.exec(row);
      if (!qa) return;
      const q = parsed.quotes.find((x) => x.position.line === i + 1);
      expect({ line: i + 1, who: q?.speaker?.name }).toEqual({ line: i + 1, who: qa[1] === 'Q' ? examiner : 'Le Zhou' });
      checked++;
    });
    expect(checked).toBeGreaterThan(60);
    // Both lawyers asked; the reporter's running heads are nobody's words.
    expect(new Set(parsed.quotes.map((q) => q.speaker?.name)).has('Mr. Kamaraju')).toBe(true);
    expect(parsed.quotes.filter((q) => /O5S1GUO\d/.test(q.text)).map((q) => q.text.slice(0, 60))).toEqual([]);
    expect(parsed.quotes.filter((q) => /called as a witness|DIRECT EXAMINATION/.test(q.text)).length).toBe(0);
    // Nor are the reporter's notes on lines of their own.
    expect(text).toContain('(Witness sworn)');
    expect(parsed.quotes.filter((q) => /\((?:Witness sworn|Jury present|Appearances noted)\)/.test(q.text)).map((q) => q.text.slice(0, 60))).toEqual([]);
    expect(parsed.source.meta.kind).toBe('interview');
  });
});

describe("a trial transcript's appearance page", () => {
  // The same day's transcript from its first page: the court, the parties, counsel by side, then
  // "ALSO PRESENT:" over a list of paralegals, an agent and interpreters, before anyone speaks.
  const full = path.resolve('test/fixtures/real/labelled/sdny-trial-transcript-appearances-excerpt.txt');

  it('reads its headings as headings: "ALSO PRESENT:" is nobody, and the list under it is nobody\'s words', async () => {
    const parsed = await inspectFile(full);
    expect(readFileSync(full, 'utf8')).toMatch(/^ALSO PRESENT:$/m);
    const names = new Set(parsed.quotes.map((q) => q.speaker?.name ?? null));
    expect([...names].filter((n) => n !== null).sort()).toEqual(['Mr. Fergenson', 'Mr. Schirick', 'Ms. Shroff', 'The Court']);
    const list = parsed.quotes.find((q) => q.text.includes('Isabel Loftus'));
    expect(list?.speaker ?? null).toBeNull();
    expect(parsed.quotes.find((q) => q.text.startsWith('I called you in this morning'))?.speaker?.name).toBe('The Court');
  });
});

describe("a hearing's title in capitals", () => {
  it('names no one by words it capitalises (a real GPO title), while a title in mixed case still names its people', () => {
    // Senate Energy and Natural Resources, 2015: its witnesses are Mr. Elkind and Dr. Regalbuto.
    expect(peopleInTitle('ELKIND AND REGALBUTO NOMINATIONS')).toEqual([]);
    expect(peopleInTitle('Press Briefing by Press Secretary Karine Jean-Pierre and Matthew McConaughey')).toEqual(expect.arrayContaining(['Karine Jean-Pierre', 'Matthew McConaughey']));
  });
});

/** The Federal Reserve's FOMC transcripts (public domain): `CHAIRMAN GREENSPAN.`, `MR. PRELL.`, `MS. SEGER.` open each turn. */
describe('a Federal Open Market Committee transcript', () => {
  const file = 'fomc-1991-02-01-conference-call-period-labels.md';
  const text = readFileSync(path.join(import.meta.dirname, '../fixtures/real/markdown', file), 'utf8');
  /** The file's own labels, by this test's pattern: a title or office in capitals, a surname, a full stop. */
  const labels = text.split('\n').flatMap((row, i) => {
    const m = /^(?:VICE CHAIRMAN|CHAIRMAN|MR\.|MS\.) ([A-Z]+)\. (\S+(?: \S+){0,3})/.exec(row);
    return m ? [{ surname: m[1]!.toLowerCase(), first: m[2]!, line: i + 1 }] : [];
  });

  it("gives every turn to the surname its label names, with no label left in anyone's words", async () => {
    const { quotes } = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/markdown', file));
    expect(labels.length).toBeGreaterThanOrEqual(25);
    for (const label of labels) {
      const quote = quotes.find((q) => q.position.line === label.line);
      expect(quote, `line ${label.line}`).toBeDefined();
      expect(nameTokens(quote!.speaker?.name ?? ''), `line ${label.line}`).toContain(label.surname);
      expect(words(quote!.text).startsWith(words(label.first)), `line ${label.line}`).toBe(true);
    }
    for (const q of quotes) expect(q.text, `line ${q.position.line}`).not.toMatch(/\b(?:MR|MS|CHAIRMAN)\.? [A-Z]{3,}\./);
  });

  it("takes no file's name for the title: the converter's first heading, `# 19910201_transcript.pdf`", async () => {
    const { source } = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/markdown', file));
    expect(text.split('\n')[0]).toBe('# 19910201_transcript.pdf');
    expect(source.meta.title).not.toMatch(/\.pdf$/);
    expect(source.meta.title.length).toBeGreaterThan(0);
  });

  it('reads a title in capitals before the name, and speech that opens with "I" or ends in a question', () => {
    expect(lineLabel('MR. PRELL. I have been sitting here')).toMatchObject({ label: 'MR. PRELL', dot: true, style: 'inline' });
    expect(lineLabel('VICE CHAIRMAN CORRIGAN. Do I get a bonus as Vice Chairman?')).toMatchObject({ label: 'VICE CHAIRMAN CORRIGAN', dot: true });
    expect(lineLabel('HAMLET. To be, or not to be?')).toMatchObject({ label: 'HAMLET', dot: true });
    // A title, an initial or a word of speech before a full stop is no one's prefix.
    expect(lineLabel('MR. FINKEL: Thank you, your Honor.')).toMatchObject({ label: 'MR. FINKEL', dot: false });
    expect(lineLabel('THOMAS A. SAENZ, ESQ., Los Angeles, Cal.')?.dot ?? false).toBe(false);
    expect(lineLabel('OK. I see.')?.dot ?? false).toBe(false);
    expect(lineLabel('LT. GOV. EARLE-SEARS: Thank you.')?.label).not.toBe('LT');
    // Captions in capitals, a date in a running head, a word and a sentence are no prefixes.
    expect(lineLabel('>> THANK YOU. I WAS OUT ON ROUTE 9 THIS AFTERNOON.')?.dot ?? false).toBe(false);
    expect(lineLabel('JAN. 12, 2021                     Page 2')?.dot ?? false).toBe(false);
    // A word and "I" may be a play's prefix (`FREDDY. I tell you …`): kept only where it recurs, so a
    // sentence said once stays in the turn it is in.
    const { quotes } = read("HOST: Welcome back. How was the trip?\n\nGUEST: It was wild.\nLOL. I can't even talk about it.\n\nHOST: Tell us anyway.\n\nGUEST: Fine. We missed the train twice.\n");
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.text.slice(0, 12)])).toEqual([['Host', 'Welcome back'], ['Guest', 'It was wild.'], ['Host', 'Tell us anyw'], ['Guest', 'Fine. We mis']]);
    expect(quotes[1]!.text).toContain("LOL. I can't even talk about it.");
    // Said twice, it is no prefix either where the word never opens a speech without "I" after it (a review's probe).
    const sermon = read("PASTOR JAMES: Good morning, church.\n\nCONGREGATION: Good morning.\n\nPASTOR JAMES: Forgiveness is not easy.\nHALLELUJAH. I said it is not easy, but it is necessary.\n\nCONGREGATION: Amen.\n\nPASTOR JAMES: I was angry for two years.\nHALLELUJAH. I was angry, and God was patient with me.\n\nCONGREGATION: Amen.\n").quotes;
    expect(sermon.map((q) => q.speaker?.name ?? null)).not.toContain('Hallelujah');
    expect(sermon.some((q) => q.text.includes('HALLELUJAH. I was angry, and God was patient with me.'))).toBe(true);
  });

  it('takes a prefix said once for a turn only where the line before ended one', () => {
    // The transcript hard-wraps speech: a sentence may end on the next line with a word in capitals.
    const text = readFileSync(path.join(import.meta.dirname, '../fixtures/real/markdown', file), 'utf8');
    const wrapped = text.replace('January. We basically decided that the numbers are really unequivocal', 'January. We basically decided that the numbers for real\nGNP. The numbers are really unequivocal');
    expect(wrapped).not.toBe(text);
    const r = buildSource({ path: file, slug: 'fomc', collection: null, text: wrapped, format: 'markdown', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.speaker?.name)).not.toContain('GNP');
    expect(r.quotes.find((q) => q.text.includes('really unequivocal'))?.speaker?.name).toBe('Chairman Greenspan');
  });

  it("reads NPR's labels: a role in small letters after a name in capitals, a role in brackets after a title and a name", () => {
    expect(lineLabel('DAVE DAVIES, host:')).toMatchObject({ label: 'DAVE DAVIES', role: 'host', style: 'own-line' });
    expect(lineLabel('NEAL CONAN, host: Good afternoon.')).toMatchObject({ label: 'NEAL CONAN', role: 'host', style: 'inline' });
    expect(lineLabel('Mr. ED HELMS (Actor): (as Stu Price) I looked everywhere')).toMatchObject({ label: 'Mr. ED HELMS', role: 'Actor', alias: undefined });
    // A call sign keeps the person behind it, and speech with a comma is no role.
    expect(lineLabel('Dawn 1 (Kamanin): Go ahead.')).toMatchObject({ label: 'Dawn 1', alias: 'Kamanin' });
    expect(lineLabel('HOLT, and then we: hello')).toBeNull();
  });

  it("reads the Australian Hansard's labels: a seat (and an office) in brackets, then the time; the member, not the seat, speaks", () => {
    // The shape of a real page of the House's Question Time (2024), in the sweep.
    expect(lineLabel(' Mrs PHILLIPS (Gilmore) (14:05): My question is to the Prime Minister.')).toMatchObject({ label: 'Mrs PHILLIPS', role: 'Gilmore', alias: undefined, style: 'inline' });
    expect(lineLabel('Mr ALBANESE (Grayndler—Prime Minister) (14:05): Over the last fortnight')).toMatchObject({ label: 'Mr ALBANESE', role: 'Grayndler—Prime Minister' });
    expect(lineLabel('Senator WONG (South Australia—Minister for Foreign Affairs) (14:10): Yes.')).toMatchObject({ label: 'Senator WONG' });
    // Initials in brackets after a title and a name are initials still.
    expect(lineLabel('Mr Adam Jonas (AJ): Welcome.')).toMatchObject({ label: 'Mr Adam Jonas', alias: 'AJ' });
    // A title opening the brackets names the person in the chair (a review's real Hansard shapes).
    expect(lineLabel('Mr Deputy Speaker (Mr Lindsay Hoyle): Order.')).toMatchObject({ label: 'Mr Deputy Speaker', alias: 'Mr Lindsay Hoyle' });
    expect(lineLabel('Mr. Chairman (Senator Warner): The time has expired.')).toMatchObject({ alias: 'Senator Warner' });
    const page = read(
      'Question Time: Last Two Weeks Of Parliament\n\nQuestion Time: Last Two Weeks Of Parliament Main Image\n\n' +
        ' Mrs PHILLIPS (Gilmore) (14:05): My question is to the Prime Minister. What has stood in the way?\n\n' +
        'Mr ALBANESE (Grayndler—Prime Minister) (14:05): Over the last fortnight of the parliament, we have concentrated on major reforms.\n\n' +
        'Mrs PHILLIPS: Thank you.\n',
    );
    // The page's title and its subtitle say nothing.
    expect(page.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, null, 'Mrs Phillips', 'Mr Albanese', 'Mrs Phillips']);
  });
});
