/**
 * Court transcripts with the reporter's line numbers down the margin (`readers/labels/gutter.ts`): a
 * real page of a New York trial transcript, and a real federal trial transcript numbered the way
 * court reporters number their pages, must give each line's words to the person its label names,
 * with no line number, running head or page number inside anyone's words, and positions that still
 * point at the words in the file. No unnumbered file may be read as numbered.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { hasGutter } from '../../server/corpus/readers/labels/gutter.ts';
import { lines } from '../../server/corpus/text.ts';

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

/**
 * A transcript numbered as a court reporter numbers it: 25 lines a page, a running head over each,
 * and with `spacing`, blank lines after every line (reporters double- and triple-space their pages).
 */
function numbered(text: string, spacing = 0): string {
  const out: string[] = [];
  text.split('\n').forEach((row, i) => {
    if (i % 25 === 0) out.push(`Page ${i / 25 + 1}`, '');
    out.push(`${String((i % 25) + 1).padStart(2)}  ${row}`, ...Array<string>(spacing).fill(''));
  });
  return out.join('\n');
}

describe('a federal trial transcript with the line numbers its reporter printed', () => {
  const file = path.join(REAL, 'labelled/sdny-trial-transcript-examinations-excerpt.txt');

  it.each([0, 2])('reads as the same transcript without them, with %i blank lines after each: the same speakers for the same words', async (spacing) => {
    const plain = await inspectFile(file);
    const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-gutter-'));
    const copy = path.join(dir, 'numbered.txt');
    writeFileSync(copy, numbered(readFileSync(file, 'utf8').replace(/\r/g, ''), spacing));
    const withNumbers = await inspectFile(copy);
    const turns = (p: typeof plain) => p.quotes.map((q) => [q.speaker?.name ?? null, words(q.text)]);
    expect(plain.quotes.length).toBeGreaterThan(60);
    expect(turns(withNumbers)).toEqual(turns(plain));
  });
});

describe('files without line numbers', () => {
  /** Every real fixture and format sample, of every format, and the seeds. */
  const all = ['test/fixtures/real', 'test/fixtures/formats', '../shared/seeds', 'transcripts'].flatMap((dir) =>
    readdirSync(path.resolve(dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.gold.json') && !e.name.endsWith('.yml') && !e.name.includes('line-numbered'))
      .map((e) => path.join(e.parentPath, e.name)),
  );

  it('are never taken for numbered ones', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((f) => hasGutter(lines(readFileSync(f, 'utf8'))))).toEqual([]);
  });

  it('nor is a short numbered list, or numbering that does not run line by line', () => {
    const list = Array.from({ length: 8 }, (_, i) => `${i + 1} item`).join('\n');
    expect(hasGutter(lines(list))).toBe(false);
    const scattered = Array.from({ length: 40 }, (_, i) => `${(i * 7) % 30 + 1} words here`).join('\n');
    expect(hasGutter(lines(scattered))).toBe(false);
    expect(hasGutter(lines(numbered(Array.from({ length: 30 }, () => 'MR. SMITH: words').join('\n'))))).toBe(true);
  });
});
