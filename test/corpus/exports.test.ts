/**
 * Speakers as real exports, web pages and records write them, each read from a real excerpt: an Otter
 * export reworked with `0:00 ` before every line, Otter's `### Name  0:03` headings, role headings
 * (`### Interviewer`), a debate's `**00:01:39 LT. GOV. EARLE-SEARS**`, Hansard's `Mr. Gar Knutson
 * (Parliamentary Secretary …):`, a hearing's roster headings, pages with bold names
 * (`<strong>Mr. LIMAN</strong>:`), a label said once among others, an oral history's legend, and
 * meeting notes whose speakers are initials. Every expectation is read from the file's own lines by
 * this test's patterns; none of these files read right before (see the README's fixture table).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import type { Quote } from '../../server/corpus/model.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';
import { inspectText } from './inspect-text.ts';

const REAL = path.resolve('test/fixtures/real');

/** A fixture's rows (1-based by index + 1), its quotes and what inspect says of it. */
async function read(file: string) {
  const full = path.join(REAL, file);
  const rows = readFileSync(full, 'utf8').split('\n').map((r) => r.replace(/\r$/, ''));
  const parsed = await inspectFile(full);
  return { rows, parsed, quotes: parsed.quotes };
}

/** The quote holding the words of row `line` (1-based): the one starting at or before it, latest first. */
function quoteAt(quotes: Quote[], line: number): Quote | undefined {
  let found: Quote | undefined;
  for (const q of quotes) if (q.position.line <= line) found = q;
  return found;
}

/** `MR. LIMAN` as shown: `Mr. Liman`. */
const shown = (caps: string) => caps.toLowerCase().replace(/(^|[ .-])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());

/** Expected speaker of the first words under each label row, from this test's own pattern. */
function underLabels(rows: string[], label: RegExp, name: (m: RegExpExecArray) => string | null): Array<{ line: number; who: string | null; words: string }> {
  const out: Array<{ line: number; who: string | null; words: string }> = [];
  rows.forEach((row, i) => {
    const m = label.exec(row);
    if (!m) return;
    // The speech: the rest of the row, else the next row with words.
    let rest = row.slice(m[0].length).trim();
    let at = i + 1;
    if (!/\p{L}/u.test(rest)) {
      let j = i + 1;
      while (j < rows.length && !/\p{L}/u.test(rows[j]!)) j++;
      if (j >= rows.length || label.test(rows[j]!)) return;
      rest = rows[j]!.trim();
      at = j + 1;
    }
    out.push({ line: at, who: name(m), words: rest.replace(/^0:00 /, '').split(/\s+/).slice(0, 3).join(' ') });
  });
  return out;
}

/** Each expectation met by the quote holding its words: its speaker, and its text holding those words. */
function speakersOf(quotes: Quote[], expected: ReturnType<typeof underLabels>) {
  return expected.map(({ line, words }) => {
    const q = quoteAt(quotes, line);
    return { line, who: q?.speaker?.name ?? null, words: q?.text.includes(words) ?? false };
  });
}

describe('an Otter export reworked with a time before every line (`0:00 Michael Kennedy  00:13`)', () => {
  it('gives each speech line to the name above it, and takes no words of speech for a name', async () => {
    const { rows, quotes } = await read('labelled/pythonbytes-310-otter-zero-prefixed-excerpt.txt');
    const expected = underLabels(rows, /^0:00 ([A-Z][a-z]+ [A-Z][a-z]+) {2}(\d\d):(\d\d)$/, (m) => (m[1] === 'Unknown Speaker' ? null : m[1]!));
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    const names = new Set(expected.map((e) => e.who));
    expect(quotes.filter((q) => q.speaker && !names.has(q.speaker.name)).map((q) => q.speaker!.name)).toEqual([]);
    // The time after the name is the turn's (the `0:00` before every line is the tool's, not the talk's):
    // each turn starts at one of the file's header times, in order.
    const seconds = new Set(rows.flatMap((r) => {
      const m = /^0:00 [A-Z][a-z]+ [A-Z][a-z]+ {2}(\d\d):(\d\d)$/.exec(r);
      return m ? [Number(m[1]) * 60 + Number(m[2])] : [];
    }));
    const starts = quotes.map((q) => q.time?.start ?? -1);
    expect(starts.filter((s) => !seconds.has(s))).toEqual([]);
    expect(starts.every((s, i) => i === 0 || s > starts[i - 1]!)).toBe(true);
    expect(new Set(starts).size).toBeGreaterThanOrEqual(10);
  });

  it('reads a time, capitalised speech and no colon as speech, unless the name stands alone or in emphasis', () => {
    expect(lineLabel('0:00 Awesome. Thank you. I\'m really excited to be here.')).toMatchObject({ style: 'time', textStart: 5 });
    expect(lineLabel('0:00 Michael Kennedy  00:13')).toMatchObject({ label: 'Michael Kennedy', time: 13, style: 'header' });
    expect(lineLabel('0:05 Matthew Heineman')).toMatchObject({ label: 'Matthew Heineman', time: 5, style: 'header' });
    expect(lineLabel('0:00:14.2 **Adam Garrett-Harris** Welcome to BookBytes.')).toMatchObject({ label: 'Adam Garrett-Harris', style: 'header' });
    // A sentence after the time is speech, even when its words are capitalised to its end.
    expect(lineLabel("0:00 And I'm Adam Hopkins.")).toMatchObject({ style: 'time' });
    // A particle is a whole word: `y` of `you` is no `Carlos y Ana`.
    expect(lineLabel('Carlos y Ana: hola')?.label).toBe('Carlos y Ana');
    expect(lineLabel('Ana de Armas: hi')?.label).toBe('Ana de Armas');
  });
});

describe('Markdown headings that hold the speakers', () => {
  it("gives each turn under Otter's `### Name  0:03` to that name, and an unheaded `Unknown Speaker` to no one", async () => {
    const { rows, quotes, parsed } = await read('markdown/thatsmyjamstack-otter-heading-labels-excerpt.md');
    const expected = underLabels(rows, /^(?:### )?([A-Z][a-z]+ [A-Z][a-z]+) {2}\d{1,2}:\d\d *$/, (m) => (m[1] === 'Unknown Speaker' ? null : m[1]!));
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    expect(parsed.source.reader).toBe('markdown');
  });

  it('gives each turn under a role heading (`### Interviewer`) to that role, and takes no such heading for the title', async () => {
    const { rows, quotes, parsed } = await read('markdown/thesis-nl-interview-role-headings-excerpt.md');
    const expected = underLabels(rows, /^### (Interviewer|Systems Developer)$/, (m) => m[1]!);
    expect(expected.length).toBeGreaterThanOrEqual(15);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    expect(parsed.source.meta.title).not.toBe('Interviewer');
  });

  it("keeps headings that recur over lists (a changelog) and chapters with their times out of anyone's name", async () => {
    const md = ['# Changelog', '', '### Added', '- a thing', '', '### Fixed', '- a bug', '', '### Added', '- more', '', '### Fixed', '- another'].join('\n');
    const parsed = await inspectText(md);
    expect(parsed.quotes.filter((q) => q.speaker && /added|fixed/i.test(q.speaker.name))).toEqual([]);
    const chapters = ['# Episode 12', '', '## 00:40 Memory Safety', 'Why it matters to us.', '', '## 12:30 Borrow Checker', 'How it works.', '', '**Ann Lee:** Welcome back.', '', '**Bo Chen:** Thanks.', '', '**Ann Lee:** So.'].join('\n');
    const read = await inspectText(chapters);
    expect(read.quotes.filter((q) => q.speaker && /memory|borrow/i.test(q.speaker.name))).toEqual([]);
    expect(read.quotes.filter((q) => q.speaker?.name === 'Ann Lee')).toHaveLength(2);
  });
});

describe("a debate's bold labels with the time inside (`**00:01:39 LT. GOV. EARLE-SEARS**`)", () => {
  it('gives each answer to the label above it, never to names the turn-taking made up', async () => {
    const { rows, quotes } = await read('markdown/virginia-debate-2025-timed-bold-labels-excerpt.md');
    const label = /^\*\*(?:\d{1,2}:\d\d:\d\d )?([A-Z][A-Z.\- ]+?)(?: \(([A-Z.]+)\))?\*\*(?::|$)/;
    // `MODERATOR (TOM)`: the name in brackets is who the moderator is; `(CONT.)` names no one. A name
    // given once, with only a time (`**00:05:43 TEXT MESSAGE READ ALOUD**`), may be an agenda's item: no one.
    const times = new Map<string, number>();
    for (const r of rows) {
      const m = label.exec(r);
      if (m) times.set(m[1]!.trim(), (times.get(m[1]!.trim()) ?? 0) + 1);
    }
    const expected = underLabels(rows, label, (m) => (times.get(m[1]!.trim()) === 1 && /^\*\*\d/.test(m[0]) && !m[2] ? null : shown(m[2] && !m[2].endsWith('.') ? m[2] : m[1]!.trim())));
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    expect(quotes.filter((q) => q.attribution.method === 'turn-taking')).toEqual([]);
  });
});

describe("Hansard's speakers with their office, riding or party in brackets", () => {
  it('gives each speech to the member named, keeps the role as written, and takes no sentence for a label', async () => {
    const { rows, quotes } = await read('news/hansard-canada-2000-bracketed-roles-excerpt.txt');
    const expected = underLabels(rows, /^((?:Mr|Mrs|Ms|Hon)\.? [A-Z][\w .'-]+?) \(([^()]+)\):\s*$/, (m) => m[1]!);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    const roles = rows.flatMap((r) => /^(?:Mr|Mrs|Ms|Hon)\.? [A-Z][\w .'-]+? \(([^()]+)\):\s*$/.exec(r)?.slice(1) ?? []);
    expect(quotes.filter((q) => q.speaker).map((q) => q.speaker!.role).every((role) => roles.includes(role))).toBe(true);
    // `Unfortunately, Marleau and Montpetit continue to say:` and `Mr. Speaker, I ask for unanimous consent …:` open sentences.
    expect(rows.some((r) => r.startsWith('Unfortunately, ') && r.trimEnd().endsWith(':'))).toBe(true);
    expect(quotes.filter((q) => q.speaker && /^(?:Unfortunately|Mr\. Speaker)$/.test(q.speaker.name))).toEqual([]);
    expect(lineLabel('Mr. Speaker, I ask for unanimous consent to move the following motion:')).toBeNull();
  });
});

describe("a hearing's roster headings (`SENATE MEMBERS PRESENT:`)", () => {
  it('are no one: the lists under them are nobody\'s words', async () => {
    const { rows, quotes } = await read('labelled/nysenate-2011-roundtable-line-numbered-roster-excerpt.txt');
    const headings = rows.flatMap((r) => /^\s*\d*\s+([A-Z][A-Z ]+?)(?:, Continued)?:\s*$/.exec(r)?.slice(1) ?? []);
    expect(headings).toEqual(expect.arrayContaining(['PRESIDING', 'SENATE MEMBERS PRESENT', 'ROUNDTABLE PARTICIPANTS', 'ALSO IN ATTENDANCE']));
    const asShown = new Set(headings.map(shown));
    expect(quotes.filter((q) => q.speaker && asShown.has(q.speaker.name)).map((q) => q.speaker!.name)).toEqual([]);
    expect(quotes.some((q) => q.speaker?.name === 'Senator Valesky')).toBe(true);
  });
});

describe('web pages that name their speakers in bold', () => {
  it.each([
    ['a hearing, between line breaks (`<strong>Mr. LIMAN</strong>: …`)', 'podcast-html/irancontra-1987-bold-labels-excerpt.html', /<strong>([^<]+)<\/strong>:/],
    ['an oral argument kept as Markdown (`<p><b>MR. MOORE</b>: …`)', 'podcast-html/lonedissent-pierce-1925-bold-labels-excerpt.md', /<b>([^<]+)<\/b>:/],
  ])('%s: one turn per bold label, its words to that name, inside the turn\'s range', async (_what, file, bold) => {
    const { rows, quotes, parsed } = await read(file);
    const labels = rows.flatMap((r, i) => {
      const m = bold.exec(r);
      return m && /\p{L}/u.test(r.slice(m.index + m[0].length).replace(/<[^>]*>/g, '')) ? [{ line: i + 1, who: shown(m[1]!) }] : [];
    });
    expect(labels.length).toBeGreaterThanOrEqual(8);
    const turns = quotes.filter((q) => q.speaker);
    expect(turns.map((q) => ({ line: q.position.line, who: q.speaker!.name.replace(/Mcr/, 'McR') }))).toEqual(labels.map((l) => ({ line: l.line, who: l.who.replace(/Mcr/, 'McR') })));
    const source = parsed.source.text;
    for (const q of quotes) {
      const first = /[\p{L}\p{N}]+/u.exec(q.text)![0];
      expect({ at: q.position.line, inside: source.slice(q.position.start, q.position.end).includes(first) }).toEqual({ at: q.position.line, inside: true });
    }
  });
});

describe('captions whose speakers are named in Arabic (`(المشروع): …`)', () => {
  it('keeps each speaker apart, named without the brackets, one slug per name', async () => {
    const { rows, quotes } = await read('subtitles/ableplayer-deadline-captions-ar.vtt');
    const names = [...new Set(rows.flatMap((r) => /^\(([^()]+)\): /.exec(r)?.slice(1) ?? []))];
    expect(names.length).toBe(2);
    expect(names.every((n) => !/[A-Za-z]/.test(n))).toBe(true);
    expect([...new Set(quotes.map((q) => q.speaker?.name))].sort()).toEqual([...names].sort());
    const slugs = new Map(quotes.map((q) => [q.speaker!.name, q.speaker!.slug]));
    expect(new Set(slugs.values()).size).toBe(2);
    for (const q of quotes) expect(q.speaker!.slug).toBe(slugs.get(q.speaker!.name));
    expect([...slugs.values()].every((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))).toBe(true);
  });
});

describe('a page with words in it and nothing found to search', () => {
  it('is read with a warning that names the file and says what to do, not silently', async () => {
    // A page with `<cite>` is read by the page reader, which finds no paragraph here: the words are in a table.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-page-')), 'table.html');
    writeFileSync(file, '<html><body><cite>Transcript</cite><table><tr><td>Mr. LIMAN</td><td>Now, after you were dismissed</td></tr></table></body></html>');
    const parsed = await inspectFile(file);
    expect(parsed.quotes).toEqual([]);
    expect(parsed.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no quotes were found in it \(read as podcast-html\).*reader: labelled/)]);
    expect(parsed.warnings[0]!.file).toContain('table.html');
  });

  it('is read for its words where nothing marks it as a transcript: a table is a page of text', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-page-')), 'table.html');
    writeFileSync(file, '<html><body><table><tr><td>Mr. LIMAN</td><td>Now, after you were dismissed</td></tr></table></body></html>');
    const parsed = await inspectFile(file);
    expect(parsed.quotes.map((q) => q.text)).toEqual(['Mr. LIMAN Now, after you were dismissed']);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('a label said once among labels that recur (`**Judy Woodruff:**` opening a report)', () => {
  it("is a label: the anchor's words are hers, not part of the summary above", async () => {
    const { rows, quotes } = await read('news/newshour-2018-label-said-once-excerpt.md');
    const expected = underLabels(rows, /^\*\*([A-Z][\w.\- ]+?):\*\*\s*$/, (m) => m[1]!);
    expect(expected.filter((e) => e.who === 'Judy Woodruff')).toHaveLength(1);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
  });
});

describe("an oral history's legend in the middle of the page (`INTERVIEWER: Peter Asaro`)", () => {
  it('is no turn: it names who asks, and Q: goes to him, in the Markdown and saved as plain text', async () => {
    const { rows, quotes } = await read('news/ethw-corke-legend-excerpt.md');
    const interviewer = rows.flatMap((r) => /^INTERVIEWER: (.+?)\s*$/.exec(r)?.slice(1) ?? [])[0]!;
    expect(interviewer).toBe('Peter Asaro');
    expect(quotes.filter((q) => q.speaker?.name === 'Interviewer')).toEqual([]);
    // As text, the headings below the legend join the turn before them: the legend is still no turn.
    const asText = await inspectText(rows.join('\n'));
    expect(asText.quotes.filter((q) => q.speaker?.name === 'Interviewer').map((q) => q.text.slice(0, 40))).toEqual([]);
    expect(asText.quotes.some((q) => q.speaker?.name === interviewer)).toBe(true);
    const expected = underLabels(rows, /^(Q|Peter Corke):\s*$/, (m) => (m[1] === 'Q' ? interviewer : m[1]!));
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
  });
});

describe('meeting notes whose speakers are initials', () => {
  it('names the initials the notes give a name for (`Myles Borins (MBS)`), keeps the rest as written, and takes no `Presenter:` line for a turn', async () => {
    const { rows, quotes } = await read('markdown/tc39-notes-initials-excerpt.md');
    const given = new Map<string, string>();
    for (const r of rows) for (const m of r.matchAll(/([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}) \(([A-Z]{2,4})\)(?!:)/g)) if (!given.has(m[2]!)) given.set(m[2]!, m[1]!);
    const expected = underLabels(rows, /^([A-Z]{2,4}):/, (m) => given.get(m[1]!) ?? m[1]!);
    expect(expected.length).toBeGreaterThanOrEqual(25);
    expect(expected.some((e) => e.who === 'Myles Borins')).toBe(true);
    expect(expected.some((e) => /^[A-Z]{2,4}$/.test(e.who!) && /[AEIOU]/.test(e.who!.slice(1)))).toBe(true);
    expect(speakersOf(quotes, expected)).toEqual(expected.map(({ line, who }) => ({ line, who, words: true })));
    expect(quotes.filter((q) => q.speaker?.name === 'Presenter')).toEqual([]);
  });
});
