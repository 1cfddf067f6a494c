/**
 * Earnings calls as journalists copy them: The Motley Fool's `Amy Hood--Chief Financial Officer` and
 * Seeking Alpha's `Amy E. Hood - Microsoft Corp.` on a line of their own before each speech, `Operator`
 * alone, lists of participants that nobody says, a site's footer after them.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/**
 * Meeting recordings as their exports open: a block of fields above a rule or a blank line. The shapes
 * are those of a Zoom cloud recording scraped to text (OpenTelemetry's FaaS working group) and a
 * Fireflies.ai export in Markdown; neither file states a licence, so the speech here is made up and
 * the headers are theirs, with other values.
 */
describe('a meeting export with a header of fields', () => {
  async function speakersOf(name: string, text: string): Promise<Map<string, number>> {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-header-'));
    try {
      await writeFile(path.join(dir, name), text);
      const parsed = await inspectFile(path.join(dir, name));
      const counts = new Map<string, number>();
      for (const q of parsed.quotes) counts.set(q.speaker?.name ?? '—', (counts.get(q.speaker?.name ?? '—') ?? 0) + 1);
      return counts;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const speech = (lines: string[]) => lines.join('\n');
  /** The people named, in order of name (the unattributed left out). */
  const named = (counts: Map<string, number>) => [...counts.keys()].filter((k) => k !== '—').sort();

  it("takes the meeting's name above `Date:` and `Duration:` for no one's label", async () => {
    const text = speech([
      'SIG: FAAS WG',
      'Date: 2026-02-12',
      'Duration: 14 minutes',
      'Source URL: https://zoom.us/rec/share/abc',
      '='.repeat(60),
      '',
      'Ada Stone 00:52 Hello.',
      'Ben Ode 00:57 Hello, hello!',
      'Ada Stone 01:01 How are you doing?',
      'Ben Ode 01:03 Doing pretty good.',
      'So I have not been able to make it the past couple of times.',
    ]);
    const counts = await speakersOf('faas-wg.txt', text);
    expect(named(counts)).toEqual(['Ada Stone', 'Ben Ode']);
  });

  it('reads a Markdown export\'s `**Meeting ID**:` and `**Date**:` as fields, not speakers', async () => {
    const text = speech([
      '# Budget review',
      '**Meeting ID**: 01JSCPKXP7X12TW8ETK21Q8KQ2',
      '**Date**: 2025-04-23',
      '**Duration**: 113.5 minutes',
      '**Transcript**: [View Transcript](https://app.fireflies.ai/view/01JSCPKXP7X12TW8ETK21Q8KQ2)',
      '**Participants**: ada@example.com, ben@example.com',
      '',
      '## Transcript',
      '**Ada**: Hello.',
      '**Ben**: How are you doing?',
      '**Ada**: Well, I like your background.',
      '**Ben**: Thanks.',
    ]);
    const counts = await speakersOf('budget-review.md', text);
    expect(named(counts)).toEqual(['Ada', 'Ben']);
  });

  it('keeps a label of the header block that stands again below it', async () => {
    const turns = ['Where did it start?', 'In a garage, like all of these.', 'And then?', 'Then the money ran out.'];
    const text = speech(['Date: 2026-02-12', 'Duration: 40 minutes', 'MARIA LOPEZ: Welcome to the show.', 'JOHN REED: Thanks for having me.', '', ...turns.map((t, i) => `${i % 2 ? 'JOHN REED' : 'MARIA LOPEZ'}: ${t}`)]);
    const counts = await speakersOf('show-header.txt', text);
    expect(counts.get('Maria Lopez')).toBe(3);
    expect(counts.get('John Reed')).toBe(3);
  });

  it('still reads labels at the top of a file that has one such field only', async () => {
    const turns = ['Welcome to the show.', 'Thanks for having me.', 'Where did it start?', 'In a garage, like all of these.', 'And then?', 'Then the money ran out.'];
    const text = speech(['Date: 2026-02-12', ...turns.map((t, i) => `${i % 2 ? 'JOHN REED' : 'MARIA LOPEZ'}: ${t}`), '', 'MARIA LOPEZ: Thank you.', 'JOHN REED: Thank you.']);
    const counts = await speakersOf('show.txt', text);
    expect(counts.get('Maria Lopez')).toBe(4);
    expect(counts.get('John Reed')).toBe(4);
  });
});

describe("a call transcript's glossary", () => {
  it("gives its terms to no one: 'Atlas' (a first name) and 'ARR (Annual Recurring Revenue)' (capitals) are no speakers", async () => {
    const full = path.resolve('test/fixtures/real/labelled/motley-fool-earnings-call-mdb-2025-glossary-excerpt.txt');
    const parsed = await inspectFile(full);
    const speakers = new Set(parsed.quotes.map((q) => q.speaker?.name).filter((n) => n !== undefined));
    expect([...speakers].sort()).toEqual(['Brian Denyeau', 'Dev Ittycheria', 'Mike Cikos', 'Operator', 'Sanjit Singh']);
    const definitions = parsed.quotes.filter((q) => /database-as-a-service|subscription revenue|vector representations|on-premises/.test(q.text));
    expect(definitions.length).toBeGreaterThanOrEqual(4);
    for (const q of definitions) expect(q.speaker).toBeNull();
  });
});
