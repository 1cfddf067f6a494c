/**
 * Earnings calls as journalists copy them: The Motley Fool's `Amy Hood--Chief Financial Officer` and
 * Seeking Alpha's `Amy E. Hood - Microsoft Corp.` on a line of their own before each speech, `Operator`
 * alone, lists of participants that nobody says, a site's footer after them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { decode } from '../../server/corpus/read.ts';

const CALLS = [
  { file: 'motley-fool-earnings-call-msft-excerpt.txt', label: /^(Operator|[A-Z][a-z]+ [A-Z][A-Za-z]+)(?:--.*)?$/ },
  { file: 'seeking-alpha-earnings-call-msft-2018-excerpt.txt', label: /^(Operator|[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){1,3})(?: - .*)?$/ },
];

describe.each(CALLS)('an earnings call: $file', ({ file, label }) => {
  const full = path.resolve('test/fixtures/real/news', file);
  const { text } = decode(readFileSync(full), file);
  const rows = text.split('\n').map((r) => r.replace(/\r$/, ''));

  it("gives the words after each speaker's line to that speaker, and names no one else", async () => {
    const parsed = await inspectFile(full);
    const named = new Set<string>();
    let checked = 0;
    // The speech begins with the operator; above it are the lists of who takes part, and The Motley Fool lists them again at the end, its footer below.
    const opening = rows.indexOf('Operator');
    const closing = rows.includes('Call participants:') ? rows.indexOf('Call participants:') : rows.length;
    rows.forEach((row, i) => {
      const m = i >= opening && i < closing ? label.exec(row) : null;
      // A speaker's line: a name (and a role or firm), then words on the next line with any.
      if (!m || (m[1] !== 'Operator' && !row.includes(' - ') && !row.includes('--'))) return;
      let next = i + 1;
      // Past blank lines and a note in brackets alone (`[Operator signoff]`), which is nobody's words.
      while (next < rows.length && (rows[next]!.trim() === '' || /^\[[^\]]*\]$/.test(rows[next]!.trim()))) next++;
      if (next >= rows.length || label.exec(rows[next]!)) return;
      const q = parsed.quotes.find((x) => x.position.line === next + 1);
      expect({ line: next + 1, who: q?.speaker?.name ?? null }).toEqual({ line: next + 1, who: m[1] });
      named.add(m[1]!);
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(12);
    // The lists of participants and the page's furniture name nobody else.
    expect([...new Set(parsed.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))].filter((n) => !named.has(n))).toEqual([]);
  });

  it("keeps the lists of participants and the site's footer out of anyone's words", async () => {
    const parsed = await inspectFile(full);
    expect(parsed.quotes.filter((q) => q.speaker && /More MSFT analysis|This article is a transcript|Executives|Analysts/.test(q.text)).map((q) => q.text.slice(0, 60))).toEqual([]);
  });
});

describe('a label said once among others said once', () => {
  it('is a heading, not a speaker, between a news transcript\'s speakers ("First Up: Ford Hood Charges")', async () => {
    const parsed = await inspectFile(path.resolve('test/fixtures/real/news/cnn-student-news-2009-11-13-excerpt.story'));
    expect(readFileSync(path.resolve('test/fixtures/real/news/cnn-student-news-2009-11-13-excerpt.story'), 'utf8')).toContain('\nFirst Up: Ford Hood Charges\n');
    expect(parsed.quotes.filter((q) => q.speaker?.name === 'First Up')).toEqual([]);
    // Nor is it the anchor's words: who says a line turned down is not known.
    const heading = parsed.quotes.find((q) => q.text.includes('Ford Hood Charges'));
    expect({ text: heading?.text, speaker: heading?.speaker ?? null }).toEqual({ text: 'First Up: Ford Hood Charges', speaker: null });
  });
});
