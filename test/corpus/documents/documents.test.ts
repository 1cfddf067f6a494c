/**
 * Word documents, PDFs and YouTube's SBV captions as users drop them in: read from real files
 * (test/fixtures/real and test/fixtures/documents, provenance in test/fixtures/README.md), refused by
 * name with what to do when they cannot be read, and never at the cost of the files beside them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from '../../../server/corpus/documents/docx.ts';
import { ParseError } from '../../../server/corpus/errors.ts';
import { loadCorpus, loadSourceFile } from '../../../server/corpus/load.ts';
import { pdfText } from '../../../server/corpus/documents/pdf.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';
import { craftedDocx, run } from './crafted-docx.ts';
import { craftedPdf } from './crafted-pdf.ts';

const REAL = path.resolve('test/fixtures/real');
const DOCUMENTS = path.resolve('test/fixtures/documents');
const bytes = (file: string) => readFileSync(file);

/** A real fixture read as the loader reads it: its turns as `[speaker, first words]`. */
async function turnsOf(file: string, words = 4): Promise<Array<[string | null, string]>> {
  const parsed = await loadSourceFile(file, { displayPath: path.basename(file), slug: 'doc', collection: null, registry: new SpeakerRegistry([]) });
  return parsed.quotes.map((q) => [q.speaker?.name ?? null, q.text.split(/\s+/).slice(0, words).join(' ')]);
}

async function refusal(read: Promise<unknown>): Promise<ParseError> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('Word documents', () => {
  it('reads labels inline in paragraphs (`Interviewer: …`)', async () => {
    const turns = await turnsOf(path.join(REAL, 'labelled/qualcoding-participant-1-inline-labels-excerpt.docx'));
    expect(turns.slice(1, 4)).toEqual([
      ['Interviewer', 'I greatly appreciate your'],
      ['Participant', "It's my pleasure to"],
      ['Interviewer', "I've sent you the"],
    ]);
  });

  it('keeps a name alone in its paragraph with the words of the next, where empty paragraphs set turns apart', async () => {
    const file = path.join(REAL, 'news/research-interview-1-otter-names-alone-excerpt.docx');
    // The document's own text has a blank line after every paragraph; the reader sees a turn's name and words together.
    expect(await docxText(bytes(file), 'doc.docx')).toMatch(/^Researcher *\nOkay, so our first positionality question/m);
    const turns = await turnsOf(file);
    expect(turns.slice(1, 4)).toEqual([
      ['Researcher', 'Okay, so our first'],
      // Otter's `Unknown Speaker` is no one's name.
      [null, 'Why white? Caucasian?'],
      ['Researcher', 'Religion?'],
    ]);
  });

  it("reads Word's own Transcribe export, whose text is not in word/document.xml", async () => {
    const file = path.join(REAL, 'labelled/ccf-interview-1-word-transcribe-excerpt.docx');
    const turns = await turnsOf(file);
    expect(turns.slice(1, 3)).toEqual([
      ['Speaker 1', 'Yeah, that.'],
      ['Speaker 2', 'But for you, I'],
    ]);
    // Its template's `Audio file`, the recording's file name and `Transcript` are no title: the file's name gives one.
    const parsed = await loadSourceFile(file, { displayPath: 'ccf-interview-1.docx', slug: 'ccf', collection: null, registry: new SpeakerRegistry([]) });
    expect(parsed.source.meta.title).toBe('Ccf Interview 1');
  });

  it("reads a meeting recorder's `@0:25 - Name (address)` turns, and its `ACTION ITEM:` notes are no one's", async () => {
    const file = path.join(REAL, 'labelled/tomag-meeting-fathom-excerpt.docx');
    const parsed = await loadSourceFile(file, { displayPath: 'meeting.docx', slug: 'meeting', collection: null, registry: new SpeakerRegistry([]) });
    const turns = parsed.quotes.filter((q) => q.speaker);
    expect(new Set(turns.map((q) => q.speaker!.name))).toEqual(new Set(['Tom Gituma', 'Lloyd Ian']));
    expect(turns[1]).toMatchObject({ text: 'Find out in shipping. Yes. Now, this is the actual welding.', time: { start: 25 } });
    expect(parsed.quotes.some((q) => q.text.includes('@0:') || q.text.includes('example.org'))).toBe(false);
  });

  it('keeps a line break within a paragraph (`Interviewer`, Shift+Enter, the question), and writes Word\'s hyphens as hyphens', async () => {
    const doc = await craftedDocx([
      `${run('Interviewer')}<w:r><w:br/></w:r>${run('When did you first come to the city?')}`,
      `${run('Maria Lopez')}<w:r><w:br/></w:r>${run('In nineteen seventy')}<w:r><w:noBreakHyphen/></w:r>${run('two, to study case')}<w:r><w:softHyphen/></w:r>${run('law.')}`,
      `${run('Interviewer')}<w:r><w:br/></w:r>${run('Why?')}`,
      `${run('Maria Lopez')}<w:r><w:br/></w:r>${run('My mother.')}`,
    ]);
    const text = await docxText(doc, 'lopez.docx');
    expect(text).toContain('Interviewer\nWhen did you first come to the city?\n\n');
    expect(text).toContain('In nineteen seventy-two, to study caselaw.');
    const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-docx-'));
    try {
      writeFileSync(path.join(dir, 'lopez.docx'), doc);
      expect(await turnsOf(path.join(dir, 'lopez.docx'), 3)).toEqual([
        ['Interviewer', 'When did you'],
        ['Maria Lopez', 'In nineteen seventy-two,'],
        ['Interviewer', 'Why?'],
        ['Maria Lopez', 'My mother.'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, unread, a small archive that unpacks to more than any transcript (a zip bomb)', async () => {
    const bomb = await craftedDocx([run('a'.repeat(21_000_000))]);
    expect(bomb.length).toBeLessThan(500_000);
    expect((await refusal(docxText(bomb, 'bomb.docx'))).message).toMatch(/^bomb\.docx: the Word document unpacks to more than 20 MB besides its pictures/);
  });

  it('reads a transcript set as a table, each row a name (after its time) over its words', async () => {
    const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const table = `<w:tbl>${row('00:00:01', 'Ahmed', 'Thank you for coming today.')}${row('00:00:05', 'Beth', 'Happy to be here.')}${row('00:00:09', 'Ahmed', 'Tell me about the farm.')}${row('00:00:15', 'Beth', 'It was my father\'s.')}</w:tbl>`;
    const doc = await craftedDocx([run('Interview')]);
    const zip = await (await import('jszip')).default.loadAsync(doc);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('</w:body>', `${table}</w:body>`);
    zip.file('word/document.xml', xml);
    const text = await docxText(await zip.generateAsync({ type: 'nodebuffer' }), 'table.docx');
    expect(text).toContain('00:00:05 Beth\nHappy to be here.\n\n');
  });

  it('refuses what is not a Word document, by name and with what to do', async () => {
    expect((await refusal(docxText(Buffer.from('not a zip'), 'a.docx'))).message).toMatch(/^a\.docx: this is not a Word document .*save it again as \.docx or as text/);
    expect((await refusal(docxText(Buffer.alloc(0), 'b.docx'))).message).toBe('b.docx: the file is empty');
    // A zip that holds no document (a renamed archive).
    const zip = readFileSync(path.join(REAL, 'labelled/qualcoding-participant-1-inline-labels-excerpt.docx'));
    const cut = Buffer.concat([zip.subarray(0, 200), Buffer.alloc(100)]);
    expect((await refusal(docxText(cut, 'c.docx'))).message).toMatch(/^c\.docx: this Word document could not be read \(/);
  });
});

describe('PDFs', () => {
  it('sets a screenplay out as its pages are: cues further in than speech, speech than action, fake bold once', async () => {
    const text = await pdfText(bytes(path.join(REAL, 'screenplay/feast-liminal-screenplay-pages-1-3.pdf')), 'feast.pdf');
    expect(text).toContain('\n                    OLD WOMAN\n          There are no sick or dying here!\n');
    expect(text).toMatch(/\nShe pulls at Brebeuf's robe/);
    // Each heading is printed twice, a quarter of a point apart: one heading.
    expect(text.split('\n').filter((l) => l.startsWith('EXT - HURON FOREST'))).toEqual(['EXT - HURON FOREST - DAWN (SOUNDSTAGE)', 'EXT - HURON FOREST - DAWN (REAL WOODS)']);
    expect(text).toContain('CU - BREBEUF\'S HAND AT THE CURTAIN\n');
  });

  it('reads a screenplay with no scene headings as a screenplay, its centred title as the title', async () => {
    const file = path.join(REAL, 'screenplay/the-great-trade-no-scene-headings-pages-1-3.pdf');
    const parsed = await loadSourceFile(file, { displayPath: 'trade.pdf', slug: 'trade', collection: null, registry: new SpeakerRegistry([]) });
    expect(parsed.source.reader).toBe('screenplay');
    expect(parsed.source.meta.title).toBe('The Great Trade');
    // `MINT (clueless face)` with no words under it is no turn.
    expect(parsed.quotes.some((q) => q.text.includes('clueless'))).toBe(false);
  });

  it("cuts a court reporter's line numbers and a coding tool's paragraph numbers off what is said", async () => {
    const court = await turnsOf(path.join(REAL, 'labelled/scotus-us-v-texas-15-674-pages-1-4.pdf'), 5);
    expect(court.filter(([s]) => s)).toContainEqual(['Chief Justice Roberts', "We'll hear argument first this"]);
    // The caption's `UNITED STATES, ET AL., :` is a party, not a speaker.
    expect(court.map(([s]) => s)).not.toContain('United States');
    const coded = await turnsOf(path.join(REAL, 'labelled/pdpilot-user-study-p1-maxqda-paragraph-numbers-pages-1-2.pdf'));
    expect(coded.slice(1, 3)).toEqual([
      ['Dan', 'Okay. So now you'],
      ['Participant', 'Okay.'],
    ]);
  });

  it('refuses a PDF with no text, a locked one and a broken one, saying what to do', async () => {
    expect((await refusal(pdfText(bytes(path.join(DOCUMENTS, 'blank-page-no-text.pdf')), 'scan.pdf'))).message).toMatch(/^scan\.pdf: the PDF has no text in it \(a scan\?\): run it through OCR/);
    expect((await refusal(pdfText(bytes(path.join(DOCUMENTS, 'feast-locked-with-password.pdf')), 'locked.pdf'))).message).toMatch(/^locked\.pdf: the PDF is locked with a password/);
    expect((await refusal(pdfText(Buffer.from('%PDF-1.4\nnot really'), 'broken.pdf'))).message).toMatch(/^broken\.pdf: this PDF could not be read \(.+\): save its text/);
    expect((await refusal(pdfText(Buffer.from('Q: Is this a PDF?\nA: No.\n'), 'notes.pdf'))).message).toMatch(/^notes\.pdf: this is not a PDF \(it does not start with %PDF-\)/);
    expect((await refusal(pdfText(Buffer.alloc(0), 'empty.pdf'))).message).toBe('empty.pdf: the file is empty');
  });

  it("puts back the hyphens and dashes a court reporter's PDF draws as soft hyphens, which pdf.js leaves out of its text", async () => {
    const text = await pdfText(bytes(path.join(REAL, 'labelled/scotus-us-v-texas-15-674-pages-1-4.pdf')), 'scotus.pdf');
    const restored = ['No. 15-674', 'The above-entitled matter', 'Intervenor-Respondents', "GENERAL VERRILLI:  That is -- that's a very", 'Official - Subject to Final Review', 'The principal --\n'];
    expect(restored.filter((words) => !text.includes(words))).toEqual([]);
  });

  it('reads a page turned a quarter (`/Rotate 90`, its text drawn upright as shown) line by line', async () => {
    const text = await pdfText(craftedPdf([[100, 72, 'JOHN: Hello there.'], [114, 72, 'MARY: Fine.'], [128, 72, 'JOHN: Good.']], { rotate: 90 }), 'turned.pdf');
    expect(text).toBe('JOHN: Hello there.\nMARY: Fine.\nJOHN: Good.');
  });

  it('reads a line of right-to-left words set as separate runs from the right, a number or a Latin label in its place', async () => {
    // Drawn left to right: `EBCD` then `:AF` (Hebrew letters); read from the right, the label comes first.
    const text = await pdfText(craftedPdf([[300, 700, 'EBCD'], [336, 700, ':AF'], [300, 686, 'EBCD'], [336, 686, '1948'], [372, 686, 'AF'], [72, 672, 'Noor:'], [120, 672, 'EBCD'], [156, 672, 'AF']], { hebrew: true }), 'rtl.pdf');
    expect(text.split('\n')).toEqual(['\u05d5\u05d0: \u05d3\u05d2\u05d1\u05d4', '\u05d5\u05d0 1948 \u05d3\u05d2\u05d1\u05d4', 'Noor: \u05d5\u05d0 \u05d3\u05d2\u05d1\u05d4']);
  });

  it('puts soft hyphens back on a page whose other letters decompose (an ellipsis, a ligature)', async () => {
    const text = await pdfText(craftedPdf([[72, 700, 'Well\x85 No. 15\xad674'], [72, 686, 'The above\xadentitled matter\x85']], { softHyphens: true }), 'shy.pdf');
    expect(text).toBe('Well\u2026 No. 15-674\nThe above-entitled matter\u2026');
  });

  it("leaves a page's number at its foot (centred, `Page 3`, `2/5`) out of the speech, and a line number at the margin in", async () => {
    const text = await pdfText(craftedPdf([[72, 700, 'WALSH: No, thanks for'], [72, 688, 'having me.'], [300, 100, '2']]), 'foot.pdf');
    expect(text.trim()).toBe('WALSH: No, thanks for\nhaving me.');
    expect((await pdfText(craftedPdf([[72, 700, 'Yes.'], [72, 100, 'Page 2']]), 'p.pdf')).trim()).toBe('Yes.');
    expect((await pdfText(craftedPdf([[72, 700, 'Yes.'], [72, 688, 'No.'], [500, 100, '2/5']]), 'm.pdf')).trim()).toBe('Yes.\nNo.');
    expect((await pdfText(craftedPdf([[72, 700, '24 And so on.'], [72, 688, '25']]), 'g.pdf')).trim()).toBe('24 And so on.\n25');
  });

  it('keeps text set far off the page to a line of bounded length', async () => {
    const text = await pdfText(craftedPdf([[108, 700, 'HOLT'], [1e7, 700, 'far'], [1e7, 688, 'farther'], [108, 688, 'Yes.'], [108, 664, 'Good evening.']]), 'far.pdf');
    expect(text.split('\n').every((l) => l.length < 1000)).toBe(true);
    expect(text).toMatch(/^HOLT\b/);
    // Two lines' height apart where the lines above are one apart: a blank line between.
    expect(text).toMatch(/\nYes\.[^\n]*\n\nGood evening\.$/);
  });
});

describe('SBV captions (YouTube)', () => {
  it('reads the cues and their times, with no timing line among the words', async () => {
    const file = path.join(REAL, 'subtitles/youtube-sbv-seventeen-moments-dialogue-excerpt.sbv');
    const parsed = await loadSourceFile(file, { displayPath: 'moments.sbv', slug: 'moments', collection: null, registry: new SpeakerRegistry([]) });
    expect(parsed.source).toMatchObject({ reader: 'subtitles', format: 'sbv' });
    expect(parsed.quotes[0]!.time).toMatchObject({ start: 1.36 });
    expect(parsed.quotes[0]!.text).toMatch(/^My face has some really strange characteristics\. Everyone thinks/);
    expect(parsed.quotes.some((q) => /\d:\d\d:\d\d\.\d{3},/.test(q.text))).toBe(false);
    // The last cue, `0:01:56.800,0:02:02.640`.
    expect(parsed.quotes.at(-1)!.time!.end).toBeCloseTo(122.64, 3);
  });

  it('reads SBV saved under another name, from its timing lines', async () => {
    const text = readFileSync(path.join(REAL, 'subtitles/youtube-sbv-seventeen-moments-dialogue-excerpt.sbv'), 'utf8');
    const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-sbv-'));
    try {
      writeFileSync(path.join(dir, 'captions.txt'), text);
      const parsed = await loadSourceFile(path.join(dir, 'captions.txt'), { displayPath: 'captions.txt', slug: 'c', collection: null, registry: new SpeakerRegistry([]) });
      expect(parsed.source.reader).toBe('subtitles');
      expect(parsed.quotes[0]!.time).toMatchObject({ start: 1.36 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a folder of documents', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-documents-'));
    cpSync(path.join(REAL, 'labelled/qualcoding-participant-1-inline-labels-excerpt.docx'), path.join(dir, 'interview.docx'));
    cpSync(path.join(REAL, 'screenplay/feast-liminal-screenplay-pages-1-3.pdf'), path.join(dir, 'feast.pdf'));
    cpSync(path.join(REAL, 'subtitles/youtube-sbv-seventeen-moments-dialogue-excerpt.sbv'), path.join(dir, 'moments.sbv'));
    writeFileSync(path.join(dir, 'broken.docx'), 'PK\u0003\u0004 not really');
    writeFileSync(path.join(dir, 'scan.pdf'), readFileSync(path.join(DOCUMENTS, 'blank-page-no-text.pdf')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the documents it can read and names each it cannot, losing none of the others', async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.map((s) => [s.slug, s.format]).sort()).toEqual([
      ['feast', 'pdf'],
      ['interview', 'docx'],
      ['moments', 'sbv'],
    ]);
    expect(corpus.rejected.map((r) => [r.file, r.message.replace(/ \(.*/, '')]).sort()).toEqual([
      ['broken.docx', 'this Word document could not be read'],
      ['scan.pdf', 'the PDF has no text in it'],
    ]);
    expect(corpus.quotes.filter((q) => q.source === 'interview' && q.speaker?.name === 'Participant').length).toBeGreaterThan(3);
    expect(corpus.quotes.filter((q) => q.source === 'feast' && q.speaker?.name === 'Cancerman').length).toBeGreaterThan(1);
  });
});
