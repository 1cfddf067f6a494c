/**
 * Court transcripts with the reporter's line numbers down the margin (`readers/labels/gutter.ts`): a
 * real page of a New York trial transcript, and a real federal trial transcript numbered the way
 * court reporters number their pages, must give each line's words to the person its label names,
 * with no line number, running head or page number inside anyone's words, and positions that still
 * point at the words in the file. No unnumbered file may be read as numbered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { hasGutter, withoutGutter } from '../../server/corpus/readers/labels/gutter.ts';
import { withoutScannedNumbers } from '../../server/corpus/readers/labels/scanned-gutter.ts';
import { lines } from '../../server/corpus/text.ts';
import { inspectText } from './inspect-text.ts';

const REAL = path.resolve('test/fixtures/real');
const words = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('a page of a New York trial transcript, numbered 1 to 25', () => {
  const full = path.join(REAL, 'labelled/nysupreme-trial-transcript-line-numbered-page.txt');
  const text = readFileSync(full, 'utf8');

  it('gives each labelled line to the person its label names, with all the words of the turn and no line numbers', async () => {
    const parsed = await inspectFile(full);
    expect([parsed.source.reader, parsed.source.meta.kind]).toEqual(['labelled', 'interview']);
    const rows = text.split('\n');
    // The file's own labels, read by a pattern of this test's: `N MR. NAME:` or `N THE COURT:`.
    const labelled = rows.flatMap((row, i) => {
      const m = /^\d{1,2} (MR\. [A-Z]+|THE COURT): (.*)$/.exec(row);
      return m ? [{ line: i + 1, who: m[1] === 'THE COURT' ? 'The Court' : `Mr. ${m[1]!.slice(4, 5)}${m[1]!.slice(5).toLowerCase()}`, first: m[2]! }] : [];
    });
    expect(labelled.length).toBe(4);
    for (const { line, who, first } of labelled) {
      const q = parsed.quotes.find((x) => x.position.line === line);
      expect({ line, who: q?.speaker?.name, opens: q && words(q.text).startsWith(words(first)) }).toEqual({ line, who, opens: true });
    }
    // The Court's turn runs over nine numbered lines: its words are theirs, numbers cut off.
    const court = rows.slice(4, 13).map((r, k) => r.replace(/^\d{1,2} /, '').replace(k === 0 ? 'THE COURT: ' : '', ''));
    expect(words(parsed.quotes.find((q) => q.speaker?.name === 'The Court')!.text)).toBe(words(court.join(' ')));
  });

  it("gives each answer to the witness, though the page does not name them (no `BY …:` heading on it)", async () => {
    const parsed = await inspectFile(full);
    const answers = text.split('\n').flatMap((row, i) => (/^\d{1,2} A\. /.test(row) ? [i + 1] : []));
    expect(answers.length).toBe(2);
    for (const line of answers) expect({ line, who: parsed.quotes.find((q) => q.position.line === line)?.speaker?.name }).toEqual({ line, who: 'The Witness' });
  });

  it("keeps the page's running head, number and reporter out of every turn, and points each quote at its words in the file", async () => {
    const parsed = await inspectFile(full);
    for (const q of parsed.quotes) {
      expect(q.text).not.toMatch(/Page 1023|Direct\/Steinglass|Court Reporter|Magniccari/);
      // From its first word to its last, as the file has them (the numbers of later lines between).
      const span = text.slice(q.position.start, q.position.end);
      const ws = words(q.text).split(' ');
      expect(span.startsWith(ws[0]!)).toBe(true);
      expect(words(span).endsWith(ws.at(-1)!)).toBe(true);
    }
  });
});

interface Layout {
  /** Blank lines after every line: reporters double- and triple-space their pages. */
  spacing?: number;
  /** Columns the numbers are right-aligned to: a PDF's layout text sets them in from the margin. */
  width?: number;
  /** Each page starts with a form feed stuck to its line 1, and has no running head, as `pdftotext` writes it. */
  formFeed?: boolean;
}

/** A transcript numbered as a court reporter numbers it: 25 lines a page, a running head over each. */
function numbered(text: string, { spacing = 0, width = 2, formFeed = false }: Layout = {}): string {
  const out: string[] = [];
  text.split('\n').forEach((row, i) => {
    if (i % 25 === 0 && !formFeed) out.push(`Page ${i / 25 + 1}`, '');
    const n = String((i % 25) + 1).padStart(width);
    out.push(`${formFeed && i % 25 === 0 ? '\f' : ''}${n}  ${row}`, ...Array<string>(spacing).fill(''));
  });
  return out.join('\n');
}

/** Every word of `text`, in order: what a reading that drops nothing keeps. */
const allWords = (text: string) => words(text).split(' ');

describe('a federal trial transcript with the line numbers its reporter printed', () => {
  const file = path.join(REAL, 'labelled/sdny-trial-transcript-examinations-excerpt.txt');

  it.each<[string, Layout]>([
    ['as printed', {}],
    ['triple-spaced', { spacing: 2 }],
    ['numbers set in 14 columns, a form feed on each line 1', { width: 14, formFeed: true }],
  ])('reads as the same transcript without them (%s): the same speakers for the same words', async (_, layout) => {
    const plain = await inspectFile(file);
    const withNumbers = await inspectText(numbered(readFileSync(file, 'utf8').replace(/\r/g, ''), layout));
    const turns = (p: typeof plain) => p.quotes.map((q) => [q.speaker?.name ?? null, words(q.text)]);
    expect(plain.quotes.length).toBeGreaterThan(60);
    expect(turns(withNumbers)).toEqual(turns(plain));
  });
});

describe('a numbered page whose scan lost a number', () => {
  it('keeps the line without its number, and every other word, where it was said', async () => {
    const text = readFileSync(path.join(REAL, 'labelled/nysupreme-trial-transcript-line-numbered-page.txt'), 'utf8');
    const lost = text.replace('\n20 A. Pardon me.', '\nA. Pardon me.').replace('\n7 dates', '\nl dates');
    expect(lost).not.toBe(text);
    const parsed = await inspectText(lost);
    // What is said: the page's numbered lines, but for a reporter's note on a line of its own.
    const said = lost.split('\n').slice(2, 27).filter((row) => !/^\d{1,2} \([^()]*\)$/.test(row)).join(' ').replace(/(?:^|\s)\d{1,2}(?=\s)/g, ' ').replace(/\b(?:MR\. \w+|THE COURT):|\b[QA]\./g, ' ');
    expect(allWords(parsed.quotes.map((q) => q.text).join(' '))).toEqual(allWords(said));
    expect(parsed.quotes.some((q) => q.text === 'Pardon me.')).toBe(true);
  });
});

describe('a long run of unnumbered lines within a page', () => {
  it('is kept whole, without overflowing the stack', () => {
    // 200,000 lines a scan left unnumbered, inside 500,000 numbered ones: a spread of them into one call overflowed.
    const rows: string[] = [];
    for (let i = 0; i < 500_000; i++) {
      rows.push(`${(i % 25) + 1} MR. HOLT: yes.`);
      if (i === 250_002) for (let k = 0; k < 200_000; k++) rows.push('words the scan left unnumbered');
    }
    const read = withoutGutter(lines(rows.join('\n')));
    expect(read.gutter).toBe(true);
    expect(read.lines.length).toBe(700_000);
    expect(read.lines.filter((l) => l.text === 'words the scan left unnumbered').length).toBe(200_000);
  });
});

describe('files without line numbers', () => {
  /** Every real fixture and format sample, of every format, and the seeds (in `transcripts/`). */
  const all = ['test/fixtures/real', 'test/fixtures/formats', 'transcripts'].flatMap((dir) =>
    readdirSync(path.resolve(dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.gold.json') && !e.name.endsWith('.yml') && !e.name.includes('line-numbered') && !e.name.includes('partly-numbered'))
      .map((e) => path.join(e.parentPath, e.name)),
  );

  it('are never taken for numbered ones, wholly or in part', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((f) => hasGutter(lines(readFileSync(f, 'utf8'))))).toEqual([]);
    // A scan that kept some numbers has them cut (court.test.ts); no other file loses a character.
    expect(all.filter((f) => { const ls = lines(readFileSync(f, 'utf8')); return withoutScannedNumbers(ls) !== ls; })).toEqual([]);
  });

  it('nor is a short numbered list, numbering that runs on past a page, or numbering that does not run line by line', async () => {
    const list = Array.from({ length: 8 }, (_, i) => `${i + 1} item`).join('\n');
    expect(hasGutter(lines(list))).toBe(false);
    // A conversation analyst's extract, numbered straight through: no page of a transcript runs to 40.
    const extract = `Phone call\n${Array.from({ length: 40 }, (_, i) => `${String(i + 1).padStart(2, '0')} ${i % 2 ? 'Mum' : 'Les'}: line ${i + 1} of the call`).join('\n')}`;
    expect(hasGutter(lines(extract))).toBe(false);
    const parsed = await inspectText(extract);
    expect(parsed.quotes.map((q) => q.text).join(' ')).toContain('line 40 of the call');
    // Its speakers in capitals, as court labels are: its numbers stay, for they run on past a page too.
    const caps = lines(extract.replace(/Mum:/g, 'MUM:').replace(/Les:/g, 'LES:'));
    expect(withoutScannedNumbers(caps)).toBe(caps);
    const scattered = Array.from({ length: 40 }, (_, i) => `${(i * 7) % 30 + 1} words here`).join('\n');
    expect(hasGutter(lines(scattered))).toBe(false);
    expect(hasGutter(lines(numbered(Array.from({ length: 30 }, () => 'MR. SMITH: words').join('\n'))))).toBe(true);
  });
});

describe('numbers a scan kept on some lines only', () => {
  /** A deposition's examination as a scan leaves it: the line numbers of every other line lost. */
  const scan = (answer: (i: number) => string) =>
    lines(['DIRECT EXAMINATION', 'BY MS. HADDAD:', ...Array.from({ length: 16 }, (_, i) => [`${(2 * i) % 25 + 1} Q. Question ${i}?`, `A. ${answer(i)}`]).flat()].join('\n'));

  it('are cut before court labels, and a number that is part of the words stays', () => {
    const read = withoutScannedNumbers(scan((i) => (i === 3 ? 'For about' : 'Yes.')).concat(lines('12 years, maybe longer.')));
    expect(read.filter((l) => /^\d/.test(l.text)).map((l) => l.text)).toEqual(['12 years, maybe longer.']);
    expect(read.filter((l) => l.text.startsWith('Q. ')).length).toBe(16);
  });

  it('are not taken for a scan where a number belongs to a name (`21 SAVAGE:`, `1 CITIZEN:`)', () => {
    for (const name of ['21 SAVAGE', '1 CITIZEN']) {
      const text = lines(Array.from({ length: 20 }, (_, i) => (i % 2 ? `${name}: words ${i}.` : `INTERVIEWER: words ${i}?`)).join('\n'));
      expect(withoutScannedNumbers(text)).toBe(text);
    }
  });
});
