/**
 * Court transcripts as users have them (`readers/labels/examination.ts`, `gutter.ts`): real excerpts
 * of two trials and a deposition must give each `Q.` to the lawyer the last `BY …:` heading names and
 * each `A.` to the witness the transcript called or who stated their name (else to "The Witness"), in
 * a trial day that is mostly argument, in a scan whose line numbers survive on some lines only, and
 * for a witness called back on a later day. Headings, a court's closing index and a time of day are
 * no one's words. Every expectation is read from the file's own lines by this test's patterns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import type { Quote } from '../../server/corpus/model.ts';
import { inspectText } from './inspect-text.ts';

const DIR = path.resolve('test/fixtures/real/labelled');

/** `MR. STEINGLASS` as a person is shown: `Mr. Steinglass` (a name's own `Mc` kept: `McNamara`). */
const shown = (caps: string) => caps.toLowerCase().replace(/(^|[ .-])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()).replace(/\bMc(\p{L})/gu, (_m, c: string) => `Mc${c.toUpperCase()}`);

/** A fixture's lines (without carriage returns) and its quotes by the line each starts on. */
async function read(name: string): Promise<{ rows: string[]; at: Map<number, Quote>; quotes: Quote[] }> {
  const file = path.join(DIR, name);
  const rows = readFileSync(file, 'utf8').split('\n').map((r) => r.replace(/\r$/, ''));
  const { quotes } = await inspectFile(file);
  return { rows, at: new Map(quotes.map((q) => [q.position.line, q])), quotes };
}

/**
 * Who each `Q.` and `A.` line should be given, from the file's own headings: the examiner of the last
 * `BY MR. NAME:` and the witness of the last `NAME,` above an oath or `NAME, resumed.` (null: unreadable).
 */
function examinationSpeakers(rows: string[], number = /^/): Array<{ line: number; who: string }> {
  let examiner = '';
  let witness: string | null = null;
  const out: Array<{ line: number; who: string }> = [];
  rows.forEach((raw, i) => {
    const row = raw.replace(number, '').trim();
    // A witness asked to state their name, and answering with it alone: `THE WITNESS: David Pecker.`
    const stated = /^THE WITNESS: ([A-Z][a-z]+ [A-Z][a-z]+)\.$/.exec(row);
    if (stated && !witness && /state your name/i.test(rows[i - 1]!)) witness = stated[1]!;
    const by = /^BY ((?:MR|MS)\. [A-Z]+):$/.exec(row);
    if (by) examiner = shown(by[1]!);
    const resumed = /^([A-Z][A-Za-z ]+), resumed\.$/.exec(row);
    if (resumed) witness = shown(resumed[1]!);
    if (/^(?:was )?called as a witness/.test(row)) {
      const named = /^([A-Z][A-Za-z ]+),$/.exec(rows[i - 1]!.replace(number, '').trim());
      witness = named ? shown(named[1]!) : null;
    }
    const qa = /^([QA])\. /.exec(row);
    if (qa) out.push({ line: i + 1, who: qa[1] === 'Q' ? examiner : (witness ?? 'The Witness') });
    else if (/^THE WITNESS: /.test(row)) out.push({ line: i + 1, who: witness ?? 'The Witness' });
  });
  return out;
}

/** Each line's expected speaker against the speaker of the quote that starts there. */
function check(at: Map<number, Quote>, expected: Array<{ line: number; who: string }>, fewest = 6) {
  expect(expected.length).toBeGreaterThanOrEqual(fewest);
  for (const { line, who } of expected) expect({ line, who: at.get(line)?.speaker?.name }).toEqual({ line, who });
}

describe('court transcripts', () => {
  it('names the examiner and the witness in a trial day that is mostly argument (New York, April 22, 2024)', async () => {
    const { rows, at, quotes } = await read('nysupreme-trial-2024-04-22-formatted-excerpt.txt');
    // The file's premise: fewer Q and A lines than lines of argument, so no share of Q and A marks it.
    const qa = rows.filter((r) => /^[QA]\. /.test(r)).length;
    const argued = rows.filter((r) => /^[A-Z][A-Z. ]+: /.test(r)).length;
    expect(qa).toBeLessThan(argued);
    // The oath spells the name out (`D—A—V—I—D P—E—C—K—E—R`), inside a turn: the witness is named when
    // asked to state their name, and not before.
    const expected = examinationSpeakers(rows);
    expect(expected.filter((e) => e.who === 'David Pecker').length).toBeGreaterThan(6);
    expect(expected.some((e) => e.who === 'The Witness')).toBe(true);
    check(at, expected);
    for (const [i, row] of rows.entries()) {
      const m = /^([A-Z][A-Z. ]+): /.exec(row);
      if (m && m[1] !== 'THE WITNESS') expect({ line: i + 1, who: at.get(i + 1)?.speaker?.name }).toEqual({ line: i + 1, who: shown(m[1]!) });
    }
    expect(quotes.some((q) => q.text.includes('BY MR.'))).toBe(false);
  });

  it('reads a deposition whose scan kept the line numbers of some lines, split ones too (Florida, 2012)', async () => {
    const { rows, at, quotes } = await read('deposition-fla-ocr-partly-numbered-excerpt.txt');
    const number = /^(?:\d \d|\d{1,2}) /;
    expect(rows.filter((r) => number.test(r) && /^[QA]\. /.test(r.replace(number, ''))).length).toBeGreaterThan(12);
    check(at, examinationSpeakers(rows, number));
    // No question runs on inside an answer, and the examination's heading names no one.
    for (const q of quotes) expect(q.text).not.toMatch(/(?:^|\s)\d{1,2} [QA]\. /);
    expect(quotes.filter((q) => /^By /.test(q.speaker?.name ?? ''))).toEqual([]);
  });

  it('gives the answers of a witness called back on a later day to that witness (S.D.N.Y., May 30, 2024)', async () => {
    const { rows, at } = await read('sdny-trial-transcript-witness-resumed-excerpt.txt');
    const expected = examinationSpeakers(rows);
    expect(expected.some((e) => e.who === 'Karin Maistrello')).toBe(true);
    check(at, expected);
  });

  it("keeps the court's closing index out of the last turn and its column heads out of the speakers", async () => {
    const { rows, at, quotes } = await read('sdny-trial-transcript-index-excerpt.txt');
    check(at, examinationSpeakers(rows), 3);
    const index = rows.indexOf('INDEX OF EXAMINATION') + 1;
    expect(index).toBeGreaterThan(0);
    const last = [...at.entries()].filter(([line, q]) => line < index && q.speaker).at(-1)![1];
    expect(last.text).not.toContain('INDEX');
    expect(quotes.filter((q) => /^Exhibit/.test(q.speaker?.name ?? ''))).toEqual([]);
  });

  it('shows a witness called in capitals with a name of their own small letters as a person is written', async () => {
    const { rows, at } = await read('sdny-trial-transcript-first-witness-excerpt.txt');
    expect(rows).toContain('ERIN McNAMARA,');
    const expected = examinationSpeakers(rows);
    expect(expected.filter((e) => e.who === 'Erin McNamara').length).toBeGreaterThan(2);
    check(at, expected);
  });

  it('keeps a question wrapped onto a line that opens as an oath does, and the witness named after it', async () => {
    // The examination's opening as the Guo excerpt has it, then a question of the kind that wraps so.
    const { rows } = await read('sdny-trial-transcript-first-witness-excerpt.txt');
    const start = rows.indexOf('ERIN McNAMARA,');
    const text = [...rows.slice(start, rows.indexOf('Q. Good afternoon.') + 1), 'A. Good afternoon.', 'Q. Did you know the agent who', 'was called as a witness at the first trial?', 'A. Yes, I knew him.'].join('\n');
    const { quotes } = await inspectText(text);
    const asked = quotes.find((q) => q.text.startsWith('Did you know'));
    expect(asked?.text).toBe('Did you know the agent who was called as a witness at the first trial?');
    expect(quotes.at(-1)!.speaker?.name).toBe('Erin McNamara');
  });

  it("gives the answers to whom the cover names (`INTERVIEW OF:  GLENN SIMPSON`, `DEPOSITION OF JOHN DOE`) until a witness is called", async () => {
    const interview = ['SENATE JUDICIARY COMMITTEE', 'INTERVIEW OF:  GLENN SIMPSON', 'TUESDAY, AUGUST 22, 2017', '', 'EXAMINATION', 'BY MR. DAVIS:', 'Q. Good morning.', 'A. Good morning.', 'Q. Where do you work?', 'A. At a research firm.'].join('\n');
    const named = (await inspectText(interview)).quotes.map((q) => q.speaker?.name);
    expect(named.slice(-4)).toEqual(['Mr. Davis', 'Glenn Simpson', 'Mr. Davis', 'Glenn Simpson']);
    const deposition = ['DEPOSITION OF JOHN DOE', '', 'BY MS. LEE:', 'Q. State your address.', 'A. 12 Elm Street.', '', 'MARY ROE,', 'called as a witness, having been duly sworn, testified as follows:', 'BY MS. LEE:', 'Q. Do you know Mr. Doe?', 'A. Yes.'].join('\n');
    const answers = (await inspectText(deposition)).quotes.filter((q) => /^(?:12 Elm|Yes)/.test(q.text)).map((q) => q.speaker?.name);
    expect(answers).toEqual(['John Doe', 'Mary Roe']);
  });

  it('takes a time of day on its own line for no speaker', async () => {
    const { rows, quotes } = await read('sdny-trial-transcript-afternoon-session-excerpt.txt');
    expect(rows).toContain('2:15 P.M.');
    expect(quotes.map((q) => q.speaker?.name ?? null).filter((n) => n !== null && !/^(?:The Court|All Counsel)$/.test(n))).toEqual([]);
  });
});
