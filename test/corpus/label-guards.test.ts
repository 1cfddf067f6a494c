/**
 * What this round's new readings must not do to ordinary files: a review of the change wrote each of
 * these inputs and found the change naming someone wrong, losing words or crashing on it. They guard
 * the readings `exports.test.ts` checks on real files — headings as speakers, a time before a name,
 * a label said once, initials, roles in brackets, bold names in web pages, "said X at a campaign event".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';

/** `text` saved as `name` in a folder of its own, then inspected as a user's file is. */
async function inspectAs(name: string, text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-guard-')), name);
  writeFileSync(file, text);
  return inspectFile(file);
}
const speakers = (quotes: Array<{ speaker: { name: string } | null }>) => [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))].sort();

describe('Markdown that is no transcript', () => {
  it('keeps headings that recur over paragraphs (`### Discussion`, `### Decision`) and an agenda\'s timed items out of anyone\'s name', async () => {
    const notes = ['# Weekly sync', '', '## Item 1: Budget', '', '### Discussion', 'The team went over the numbers.', '', '### Decision', 'Keep the budget as it is.', '', '## Item 2: Hiring', '', '### Discussion', 'We still need one more engineer.', '', '### Decision', 'Open the role next week.'].join('\n');
    expect(speakers((await inspectAs('notes.md', notes)).quotes).filter((n) => /discussion|decision/i.test(n))).toEqual([]);
    const agenda = ['# Spring fair', '', '**09:00 Welcome Coffee**', 'Tea and introductions in the hall.', '', '**10:30 Budget Review**', 'The treasurer walks through the figures.', '', '**12:00 Lunch Break**', 'Sandwiches in the garden room.'].join('\n');
    expect(speakers((await inspectAs('agenda.md', agenda)).quotes).filter((n) => /coffee|budget|lunch/i.test(n))).toEqual([]);
  });

  it('reads a line of `# ` marks thousands long without overflowing the stack', async () => {
    const parsed = await inspectAs('marks.md', `Intro line.\n\n${'# '.repeat(3000)}\n\nMore text.\n`);
    expect(parsed.quotes.some((q) => q.text.includes('More text'))).toBe(true);
  });
});

describe('labelled text', () => {
  it('takes no list heading said once for a speaker, and leaves a surname ending in -ly with its role its own', async () => {
    const own = await inspectAs('own.txt', 'Ann Lee: Welcome back.\n\nBo Chen: Thanks. I have a list.\n\nAnn Lee: Go ahead.\n\nBo Chen: Here it is.\n\nAction Items:\nBook the hall and call the band.\n\nAnn Lee: Sounds right.\n\nBo Chen: Good.\n');
    expect(speakers(own.quotes)).toEqual(['Ann Lee', 'Bo Chen']);
    expect(own.quotes.find((q) => q.text.includes('Book the hall'))?.speaker?.name).toBe('Bo Chen');
    const ly = await inspectAs('ly.txt', 'Smith: Thanks for coming.\n\nJones: Glad to be here.\n\nSmith: The budget.\n\nJones: Looks fine.\n\nConnolly, Analyst: I have a question.\n\nSmith: Go ahead.\n\nJones: I can answer.\n');
    expect(ly.quotes.find((q) => q.text.includes('I have a question'))?.speaker?.name).toBe('Connolly');
  });

  it('spells out initials only from a legend or an introduction, not from the speech (`Physical Therapy (PT)`)', async () => {
    const pt = await inspectAs('pt.txt', 'Follow-up visit\n\nDR: Good morning. How is the knee?\n\nPT: Better, mostly.\n\nDR: Have you kept up with the Physical Therapy (PT) exercises?\n\nPT: Most days.\n\nDR: Keep going.\n\nPT: I will.\n');
    expect(speakers(pt.quotes)).toEqual(['DR', 'PT']);
  });

  it('keeps `Presenter: Absolutely.` as speech, and names in capitals after a time as labels', async () => {
    const pres = await inspectAs('pres.txt', 'Presenter: Good morning. With me is Ann Lee.\n\nAnn Lee: Thank you for having me.\n\nPresenter: Absolutely.\n\nAnn Lee: Bees are in trouble.\n');
    expect(pres.quotes.map((q) => q.text)).toContain('Absolutely.');
    const caps = await inspectAs('caps.txt', '[00:00:05] ANN LEE Welcome back to the program.\n[00:00:09] BO CHEN Thanks for having me on.\n[00:00:12] ANN LEE Let us begin.\n[00:00:16] BO CHEN The numbers look fine.\n');
    expect(caps.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ann Lee', 'Bo Chen', 'Ann Lee', 'Bo Chen']);
  });
});

describe('web pages', () => {
  it("takes a page's `<strong>Related:</strong>` for no speaker", async () => {
    const page = '<html><body><article><h1>City opens library</h1><p>The city opened its library.</p><p><strong>Related:</strong> <a href="/a">Plan approved</a></p><p>"We needed it," said Mayor Ann Lee.</p><p><strong>Related:</strong> <a href="/b">Vote delayed</a></p><p>Critics disagreed.</p></article></body></html>';
    expect(speakers((await inspectAs('news.html', page)).quotes).filter((s) => /related/i.test(s))).toEqual([]);
  });

  it('reads `Juror No. 3`, keeps a bold sentence that names no one as nobody\'s note, and points past `&nbsp;`', async () => {
    const page = '<html><body><p><strong>Mr. LIMAN</strong>:&nbsp;&nbsp;Where did you go?</p><p><strong>Colonel NORTH</strong>: Home.</p><p><strong>Mr. LIMAN</strong>: And then?</p><p><strong>Colonel NORTH</strong>: I stayed.</p><p><b>The committee recessed at noon</b> and met again at two.</p><p><b>Juror No. 3</b>: I do not.</p></body></html>';
    const parsed = await inspectAs('hearing.html', page);
    const at = (words: string) => parsed.quotes.find((q) => q.text.includes(words));
    expect(at('I do not')?.speaker?.name).toBe('Juror No. 3');
    expect(at('The committee recessed at noon and met again')?.speaker ?? null).toBeNull();
    const first = at('Where did you go')!;
    expect(parsed.source.text.slice(first.position.start, first.position.start + 5)).toBe('Where');
  });

  it('ends a paragraph left open where its block ends, and reads `<p/>` as a paragraph', async () => {
    const page = '<html><body><div><cite>Ann:</cite><time>0:01</time><p>Welcome to the show.</div><div class="footer">Copyright 2023</div><cite>Bo:</cite><time>0:05</time><p/>Thanks for having me.</body></html>';
    const parsed = await inspectAs('episode.html', page);
    expect(parsed.quotes.map((q) => [q.speaker?.name ?? null, q.text])).toEqual([
      ['Ann', 'Welcome to the show.'],
      ['Bo', 'Thanks for having me.'],
    ]);
  });
});

describe('prose', () => {
  it('names the aide, not the candidate, in `said Clinton aide Jake Sullivan at a campaign event`', async () => {
    const text = 'Clinton courts voters in Iowa\n\nDES MOINES, Iowa — Hillary Clinton spent Tuesday in Iowa.\n\n"She is going to win this state," said Clinton aide Jake Sullivan at a campaign event on Tuesday night.\n';
    const parsed = await inspectAs('iowa.txt', text);
    expect(parsed.quotes.find((q) => q.kind === 'quotation')?.speaker?.name).toBe('Jake Sullivan');
  });
});
