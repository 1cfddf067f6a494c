/**
 * What this round's new readings must not do to ordinary files: a review of the change wrote each of
 * these inputs (two rounds) and found the change naming someone wrong, losing words or crashing on it. They guard
 * the readings `exports.test.ts` checks on real files — headings as speakers, a time before a name,
 * a label said once, initials, roles in brackets, bold names in web pages, "said X at a campaign event".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { lineLabel } from '../../server/corpus/readers/labels/grammar.ts';
import { withoutParagraphNumbers } from '../../server/corpus/readers/labels/paragraph-numbers.ts';
import { rosterNames } from '../../server/corpus/readers/labels/roster.ts';
import { withoutWordIndex } from '../../server/corpus/readers/labels/word-index.ts';

/** `text` saved as `name` in a folder of its own, then inspected as a user's file is. */
async function inspectAs(name: string, text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-guard-')), name);
  writeFileSync(file, text);
  return inspectFile(file);
}
/** Who says the quote holding `words`, or undefined. */
const saidBy = (parsed: { quotes: Array<{ text: string; speaker: { name: string } | null }> }, words: string) => parsed.quotes.find((q) => q.text.includes(words))?.speaker?.name;
const speakers = (quotes: Array<{ speaker: { name: string } | null }>) => [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])))].sort();

describe('Markdown that is no transcript', () => {
  it('keeps headings that recur over paragraphs (`### Discussion`, `### Decision`) and an agenda\'s timed items out of anyone\'s name', async () => {
    const notes = ['# Weekly sync', '', '## Item 1: Budget', '', '### Discussion', 'The team went over the numbers.', '', '### Decision', 'Keep the budget as it is.', '', '## Item 2: Hiring', '', '### Discussion', 'We still need one more engineer.', '', '### Decision', 'Open the role next week.'].join('\n');
    expect(speakers((await inspectAs('notes.md', notes)).quotes).filter((n) => /discussion|decision/i.test(n))).toEqual([]);
    const agenda = ['# Spring fair', '', '**09:00 Welcome Coffee**', 'Tea and introductions in the hall.', '', '**10:30 Budget Review**', 'The treasurer walks through the figures.', '', '**12:00 Lunch Break**', 'Sandwiches in the garden room.'].join('\n');
    expect(speakers((await inspectAs('agenda.md', agenda)).quotes).filter((n) => /coffee|budget|lunch/i.test(n))).toEqual([]);
  });

  // A new user's podcast transcript: `### [00:05:34] Rich`, one turn among forty of the others, went to no one.
  it('in a dialogue of headings, gives a first name said once its turn, and still no chapter or topic heading', async () => {
    const turn = (t: string, name: string, words: string) => [`### [${t}] ${name}`, words, ''];
    const episode = ['# Episode 39', '', ...turn('00:00:00', 'John', 'Welcome to the show.'), ...turn('00:00:23', 'Kyle', 'My opinions are my own.'), ...turn('00:00:30', 'John', 'Our guest today studies war.'), ...turn('00:01:28', 'Kyle', 'Tell us about the book.'), ...turn('00:05:34', 'Rich', 'I have to say, that refrigerator story is great.'), ...turn('00:06:53', 'John', 'Back to the theory.'), ...turn('00:07:10', 'Listener Questions', 'We took these from the mailbag.')].join('\n');
    const parsed = await inspectAs('episode.md', episode);
    expect(parsed.quotes.find((q) => q.text.startsWith('I have to say'))?.speaker?.name).toBe('Rich');
    expect(speakers(parsed.quotes)).not.toContain('Listener Questions');
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
    expect(saidBy(own, 'Book the hall')).toBe('Bo Chen');
    const ly = await inspectAs('ly.txt', 'Smith: Thanks for coming.\n\nJones: Glad to be here.\n\nSmith: The budget.\n\nJones: Looks fine.\n\nConnolly, Analyst: I have a question.\n\nSmith: Go ahead.\n\nJones: I can answer.\n');
    expect(saidBy(ly, 'I have a question')).toBe('Connolly');
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

describe('a page title repeated over a transcript (NPR: `Mitch Part 4: \'Not A Happy Choice\'`)', () => {
  it('makes no speaker of the series\' part, and gives the hosts\' introductions to no one rather than to it', async () => {
    const parsed = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/labelled/npr-embedded-2019-series-part-title-excerpt.txt'));
    expect(parsed.quotes.map((q) => q.speaker?.name)).not.toContain('Mitch Part 4');
    expect(parsed.quotes.find((q) => q.text.includes("Hey, I'm Kelly McEvers"))?.speaker ?? null).toBeNull();
    expect(parsed.quotes.find((q) => q.text.startsWith('What he said was outrageous'))?.speaker?.name).toBe('Mitch McConnell');
  });
});

describe('a news page’s advertisement slots copied with an interview (KPBS)', () => {
  it('leaves `Advertisement` out of the answers, which go on past it', async () => {
    const parsed = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/labelled/kpbs-2025-amna-nawaz-advertisement-lines-excerpt.txt'));
    expect(parsed.quotes.filter((q) => q.text.includes('Advertisement'))).toEqual([]);
    expect(saidBy(parsed, 'So he never pushed us into journalism')).toBe('Amna');
    // The station's player above the headline (`Play Live Radio`, `Next Up:`, `0:00`) is no title.
    expect(parsed.source.meta.title).toBe('PBS NewsHour’s Amna Nawaz reflects on past and future of her journalism career');
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

describe('a second review', () => {
  it("reads Otter's own `### Speaker 1  0:03` headings, a titled name said once, and a name said once after its time", async () => {
    const otter = await inspectAs('otter.md', '# Meeting\n\n### Speaker 1  0:03\nSo let us start.\n\n### Speaker 2  0:10\nRevenue is up.\n\n### Speaker 1  0:18\nGood to hear.\n\n### Speaker 2  0:25\nCosts are flat.\n');
    expect(otter.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2']);
    const once = await inspectAs('once.md', '**Judy Woodruff:**\n\nGood evening.\n\n**Amna Nawaz:**\n\nThank you, Judy.\n\n**Judy Woodruff:**\n\nWhat are officials saying?\n\n**Amna Nawaz:**\n\nThey urge caution.\n\n**Dr. Anthony Fauci:**\n\nWe are seeing a rise.\n\n**Judy Woodruff:**\n\nThank you.\n');
    expect(saidBy(once, 'We are seeing a rise')).toBe('Dr. Anthony Fauci');
    const lead = await inspectAs('lead.txt', '0:00 Matthew Heineman\nWelcome to the show.\n\n0:15 Jane Doe\nThanks for having me.\n\n0:30 Matthew Heineman\nTell me about the film.\n\n0:45 Jane Doe\nIt started with an article.\n\n1:05 Robert Johnson\nI am the producer.\n\n1:20 Matthew Heineman\nThank you both.\n');
    expect(saidBy(lead, 'I am the producer')).toBe('Robert Johnson');
  });

  it('takes no `I` opening timed speech for a speaker, and keeps a name introduced with initials in speech', async () => {
    const timed = await inspectAs('yt.txt', '[00:00:01] ANN LEE Welcome back.\n[00:00:05] BOB KIM Thanks.\n[00:00:09] I think the first thing is the budget.\n[00:00:14] ANN LEE Go on.\n[00:00:18] BOB KIM It is fine.\n');
    expect(speakers(timed.quotes)).toEqual(['Ann Lee', 'Bob Kim']);
    const intro = await inspectAs('intro.md', 'Adam Jonas (AJ): Welcome Matt.\n\nMatt Corallo (MC): Hi.\n\nAJ: Today we talk about compact blocks.\n\nMC: Happy to.\n\nAJ: We are also joined today by Pieter Wuille (PW), who wrote much of it.\n\nPW: Thanks for having me.\n');
    expect(intro.quotes.at(-1)?.speaker?.name).toBe('Pieter Wuille');
  });

  it('keeps a Fountain speech\'s own brackets, a title page out of the speakers, and one-off cues a few places off their column', async () => {
    const fountain = await inspectAs('paren.fountain', 'Title: Paren\n\nINT. HALL - DAY\n\nSAM\nI grew up in Portland (the one in Maine, not Oregon) and never left.\n\nLUCY\nDid you?\n\nSAM\nYes.\n');
    expect(fountain.quotes[0]?.text).toContain('(the one in Maine, not Oregon)');
    const pad = (n: number, t: string) => `${' '.repeat(n)}${t}`;
    const script = [pad(32, 'THE LONG GOODBYE'), '', pad(34, 'SCREENPLAY BY'), '', pad(23, 'Leigh Brackett and Raymond Chandler'), '', pad(15, 'INT. KITCHEN - NIGHT'), '', pad(15, 'John enters the kitchen and looks around.'), '', pad(38, 'JOHN'), pad(25, 'Where are my keys?'), '', pad(38, 'MARY'), pad(25, 'Check the table.'), '', pad(38, 'JOHN'), pad(25, 'Not there either.'), '', pad(38, 'MARY'), pad(25, 'Ask your father.'), '', pad(32, 'SECOND POLICEMAN'), pad(25, 'Nobody move.'), '', pad(38, 'JOHN'), pad(25, 'What did I do?'), '', pad(15, 'Mary sighs and sits down at the table.'), ''].join('\n');
    const read = await inspectAs('script.txt', script);
    expect(speakers(read.quotes)).toEqual(['John', 'Mary', 'Second Policeman']);
    expect(saidBy(read, 'Nobody move')).toBe('Second Policeman');
  });

  it('keeps the words of a paragraph opening with `<b/>` (a bold run never closed)', async () => {
    const page = '<html><body><p><strong>Mr. LIMAN</strong>: Where?</p><p><strong>Mr. NORTH</strong>: Home.</p><p><strong>Mr. LIMAN</strong>: And then?</p><p><b/>I stayed there.</p></body></html>';
    const parsed = await inspectAs('bself.html', page);
    expect(parsed.quotes.some((q) => q.text.includes('I stayed there.'))).toBe(true);
  });

  it('starts a turn whose label stands alone in its paragraph where its words do', async () => {
    const page = '<html><body><p><strong>Mr. LIMAN</strong>:</p><p>Where did you go?</p><p><strong>Mr. NORTH</strong>: Home.</p><p><strong>Mr. LIMAN</strong>: And then?</p><p><strong>Mr. NORTH</strong>: I stayed.</p><p><b>Exhibit 12 &amp; 13</b> were shown.</p></body></html>';
    const parsed = await inspectAs('alone.html', page);
    for (const q of parsed.quotes) {
      const raw = parsed.source.text.slice(q.position.start, q.position.end);
      expect({ q: q.text, starts: raw.startsWith(q.text.slice(0, 5)), ends: raw.trimEnd().endsWith(q.text.slice(-4)) }).toEqual({ q: q.text, starts: true, ends: true });
    }
  });
});


describe('labels from Word documents and PDFs', () => {
  it("reads a meeting recorder's `@0:25 - Name (address)` as the name and its time, the address no part of it", () => {
    expect(lineLabel('@0:25 - Ann Lee (ann.lee@example.org)')).toMatchObject({ label: 'Ann Lee', time: 25, style: 'header' });
    expect(lineLabel('@1:02:03 - Tom Okafor')).toMatchObject({ label: 'Tom Okafor', time: 3723 });
    // An at sign with no time is no recorder's line; speech that names an address is no label.
    expect(lineLabel('@Ann Lee: see you there')?.label).not.toBe('Ann Lee');
    expect(lineLabel('Write to Ann Lee (ann@example.org) tomorrow')).toBeNull();
  });

  it("takes a court paper's caption (`UNITED STATES, ET AL.,   :`) for no one's label", () => {
    expect(lineLabel('UNITED STATES, ET AL.,            :')).toBeNull();
    expect(lineLabel('Texas, et al.:')).toBeNull();
    expect(lineLabel('MICHEL MARTIN, HOST: Good morning.')).toMatchObject({ label: 'MICHEL MARTIN', role: 'HOST' });
  });

  it("cuts a coding tool's paragraph numbers only where they run on from 1 and the paragraphs' lines are set in to their words", () => {
    const numbered = ['1', '      Interview', '2     Dan: Okay. So now you can stop sharing', '      your screen.', '', ...Array.from({ length: 14 }, (_, i) => `${i + 3}     ${i % 2 ? 'Dan' : 'Participant'}: words ${i}.`)];
    const cut = withoutParagraphNumbers(spans(numbered));
    // The number alone is left out; the next line's offset moves past its number: `1\n`, 15 characters and a line break, then `2     `.
    expect(cut[0]!.text).toBe('      Interview');
    expect(cut[1]).toMatchObject({ text: 'Dan: Okay. So now you can stop sharing', start: 2 + 16 + 6 });
    expect(cut.at(-1)!.text).toBe('Dan: words 13.');
    // A numbered list in ordinary text: its other lines stand at the margin.
    const list = ['Steps', ...Array.from({ length: 14 }, (_, i) => `${i + 1}  Step ${i}: do it.\nThen check it.`).join('\n').split('\n')];
    expect(withoutParagraphNumbers(spans(list)).map((l) => l.text)).toEqual(list);
    // Numbers that do not start at 1 (an excerpt of line numbers, years) are left as they are.
    const late = numbered.map((l) => l.replace(/^(\d+)/, (n) => String(Number(n) + 40)));
    expect(withoutParagraphNumbers(spans(late)).map((l) => l.text)).toEqual(late);
  });
});

/** Lines as spans of their text joined by line breaks. */
function spans(lines: string[]): Array<{ start: number; end: number; text: string }> {
  let at = 0;
  return lines.map((text) => {
    const span = { start: at, end: at + text.length, text };
    at += text.length + 1;
    return span;
  });
}

describe('what the second review of the documents round found', () => {
  it('reads names centred over speech at the margin (an oral history, a play manuscript) as the transcript it is, not a screenplay', async () => {
    const history = await inspectAs('history.txt', ["                      ORAL HISTORY PROJECT", "", "Interview with Margaret Hale, recorded at her home in Leeds.", "", "                           INTERVIEWER", "Can you tell me where you grew up?", "", "                           MARGARET HALE", "I grew up on a farm outside Skipton, with my two brothers.", "(laughs)", "We were always in trouble.", "", "                           INTERVIEWER", "What did your parents do?", "", "                           MARGARET HALE", "My father kept sheep and my mother taught at the village school.", "", "                           INTERVIEWER", "And did you go to that school?", "", "                           MARGARET HALE", "I did, until I was eleven.", ""].join('\n'));
    expect(history.source.reader).not.toBe('screenplay');
    expect(saidBy(history, 'where you grew up')).toBe('Interviewer');
    expect(saidBy(history, 'a farm outside Skipton')).toBe('Margaret Hale');
    const play = await inspectAs('play.txt', ["                              THE VISIT", "                          A play in one act", "", "          A kitchen. Morning. MARY sits at the table.", "", "                              MARY", "Where have you been?", "", "                              JOHN", "(taking off his coat)", "Out. Walking.", "", "          He sits. She does not look at him.", "", "                              MARY", "All night?", "", "                              JOHN", "Most of it.", "", "                              MARY", "You could have called.", "", "                              OLD TOM", "(from the doorway)", "He was with me.", ""].join('\n'));
    expect(play.source.reader).not.toBe('screenplay');
    expect(saidBy(play, 'Where have you been?')).toBe('Mary');
    expect(speakers(play.quotes)).not.toContain('The Visit');
  });

  it("takes a typed title page's title and credit (`THE LONG NIGHT` over `by Ann Writer`) for no one's speech", async () => {
    const script = await inspectAs('night.txt', ["                    THE LONG NIGHT", "                      by Ann Writer", "", "          The kitchen is dark. Mary sits at the table, waiting.", "", "                              MARY", "                    Where have you been?", "", "                              JOHN", "                         (taking off his coat)", "                    Out. Walking.", "", "          He sits. She does not look at him.", "", "                              MARY", "                    All night?", "", "                              JOHN", "                    Most of it.", "", "                                                   CUT TO:", "", "          The garden. Dawn.", "", "                              MARY", "                    You could have called.", ""].join('\n'));
    expect(script.source.meta.title).toBe('THE LONG NIGHT');
    expect(speakers(script.quotes)).toEqual(['John', 'Mary']);
  });

  it("never takes what a meeting recorder brackets after a name for the name, and keeps its notes out of anyone's turn", async () => {
    const addresses = await inspectAs('sync.txt', ["Weekly sync - March 3", "", "@0:05 - Ann Lee (Ann.Lee@Acme.com)", "Hi everyone, thanks for joining.", "", "@0:12 - Tom Okafor (tom@okafor.co.uk)", "Happy to be here. Shall we start with the numbers?", "", "@0:20 - Ann Lee (Ann.Lee@Acme.com)", "Yes, revenue is up eleven percent.", "", "@0:31 - Tom Okafor (tom@okafor.co.uk)", "That's better than we hoped.", "", "ACTION ITEM: Send the revenue deck to Tom - WATCH (0:35)", ""].join('\n'));
    expect(speakers(addresses.quotes)).toEqual(['Ann Lee', 'Tom Okafor']);
    const note = addresses.quotes.find((q) => q.text.includes('Send the revenue deck'));
    expect(note?.speaker ?? null).toBeNull();
    expect(saidBy(addresses, 'better than we hoped')).toBe('Tom Okafor');
    const firms = await inspectAs('firms.txt', ["Weekly sync - March 3", "", "@0:05 - Ann Lee (Acme Corp)", "Hi everyone, thanks for joining.", "", "@0:12 - Tom Okafor (Okafor Consulting)", "Happy to be here. Shall we start with the numbers?", "", "@0:20 - Ann Lee (Acme Corp)", "Yes, revenue is up eleven percent.", "", "@0:31 - Tom Okafor (Okafor Consulting)", "That's better than we hoped.", ""].join('\n'));
    expect(speakers(firms.quotes)).toEqual(['Ann Lee', 'Tom Okafor']);
    const colons = await inspectAs('colons.txt', ["@0:05 - Ann Lee (ann@acme.com): Hi everyone, thanks for joining.", "@0:12 - Tom Okafor (tom@okafor.co.uk): Happy to be here. Shall we start?", "@0:20 - Ann Lee (ann@acme.com): Yes, revenue is up eleven percent.", "@0:31 - Tom Okafor (tom@okafor.co.uk): That's better than we hoped.", ""].join('\n'));
    expect(speakers(colons.quotes)).toEqual(['Ann Lee', 'Tom Okafor']);
    expect(colons.quotes.length).toBe(4);
  });

  it('reads cues written with no blank line between them, each its own, their timing lines out of the words', async () => {
    const captions = await inspectAs('noblank.sbv', ["0:00:01.360,0:00:04.080", ">> ANN: Welcome back to the show.", "0:00:04.080,0:00:07.500", "Today we're talking about bees.", "0:00:07.500,0:00:10.200", ">> BOB: Thanks for having me.", "It's great to be here.", "0:00:10.200,0:00:13.000", ">> ANN: So why bees?", ""].join('\n'));
    expect(captions.quotes.some((q) => /\d:\d\d\.\d{3},/.test(q.text))).toBe(false);
    expect(saidBy(captions, 'Thanks for having me')).toBe('Bob');
    const srt = await inspectAs('noblank.srt', ['1', '00:00:01,000 --> 00:00:02,000', 'HOLT: Hello there.', '2', '00:00:03,000 --> 00:00:04,000', 'CLINTON: Hi.'].join('\n'));
    expect(srt.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Holt', 'Hello there.'], ['Clinton', 'Hi.']]);
  });

  it("takes `ET. AL.` in a caption for a party's, not a speaker's", () => {
    expect(lineLabel('UNITED STATES, ET. AL.,            :')).toBeNull();
  });

  it('reads one space before the colon as a label (`Jean Dupont : Bonjour`), not a column of colons (`Petitioners     :  No. 15-674`)', () => {
    expect(lineLabel('Jean Dupont : Bonjour à tous.')).toMatchObject({ label: 'Jean Dupont', style: 'inline' });
    expect(lineLabel('Devin Becker : And there we go.')).toMatchObject({ label: 'Devin Becker' });
    expect(lineLabel('Petitioners           :  No. 15-674')?.label).toBeUndefined();
    expect(lineLabel('So what : nothing')).toBeNull();
  });

  it('cuts paragraph numbers that stand alone above their paragraphs, and a time set beside one, only where the paragraphs stand further in', () => {
    const page = Array.from({ length: 14 }, (_, i) => [`         ${i + 1}${i % 5 === 1 ? `                    [00:${String(i).padStart(2, '0')}]` : ''}`, `              ${i % 2 ? 'RA' : 'DB'}: words ${i}.`, '']).flat();
    const cut = withoutParagraphNumbers(spans(page));
    expect(cut.filter((l) => /\d$|\]$/.test(l.text.trim()) && !/words/.test(l.text))).toEqual([]);
    expect(cut[0]!.text).toBe('              DB: words 0.');
    expect(cut.length).toBe(page.length - 14);
    // A list whose items stand at the numbers' own margin keeps its numbers.
    const flush = page.map((l) => l.replace(/^ {14}/, ''));
    expect(withoutParagraphNumbers(spans(flush)).map((l) => l.text)).toEqual(flush);
  });
});

describe("a cover's list of who takes part", () => {
  it('gives the full names under `Participants:`, not the titles under them, and stops at the next heading', () => {
    const cover = ['Participants:', '      CONOR WALSH', '      Assistant Professor of Business', '      Columbia Business School', '', '      Jane Doe, Moderator', '', 'Episode Summary:', '      MARY SMITH is quoted here.', 'WALSH: Thanks.'];
    expect(rosterNames(spans(cover), cover.length - 1)).toEqual(['CONOR WALSH', 'Jane Doe']);
    // No heading over them: lines of names in an ordinary preamble give nothing.
    expect(rosterNames(spans(cover.slice(1)), cover.length - 2)).toEqual([]);
  });

  it('names a surname label by the full name the cover gives it', async () => {
    const text = ['A PODCAST', '', 'Participants:', '   CONOR WALSH', '   Assistant Professor', '', '   SANJAY PATNAIK', '   Director', '', 'PATNAIK: Welcome, Conor.', '', 'WALSH: Thanks for having me.', '', 'PATNAIK: Let us begin.', '', 'WALSH: Gladly.'].join('\n');
    expect(speakers((await inspectAs('cover.txt', text)).quotes)).toEqual(['Conor Walsh', 'Sanjay Patnaik']);
  });
});

describe("a court reporter's word index after the last page", () => {
  const index = [
    'THOMAS 1:19  transferring  26:21       unreviewable  28:11,15,23',
    ' 2:6 35:11    16:1        undermine 22:9 19:13       29:1,19 30:4,7',
    'thought 32:20 transform 66:19 understand 6:13 upend 89:23 31:2,12,14,18',
    '                                                    Raines 15:15',
    ' 34:15 69:9,11 transformation 10:17,21 23:17 upheld 43:18 31:21,24 32:3',
  ];
  const speech = ['CHIEF JUSTICE ROBERTS: Thank you, General.', '', 'The case is submitted.', ''];

  it("is no one's words: its capitals before a page and line (`THOMAS 1:19`) name no speaker", async () => {
    const lines = [...speech, ...Array.from({ length: 4 }, () => index).flat()];
    const cut = withoutWordIndex(spans(lines));
    expect(cut.slice(0, 4).map((l) => l.text)).toEqual(speech);
    expect(cut.slice(4).every((l) => l.text === '')).toBe(true);
    const text = ['CHIEF JUSTICE ROBERTS: We will hear argument.', '', 'GENERAL VERRILLI: Thank you.', '', 'CHIEF JUSTICE ROBERTS: The case is submitted.', '', ...lines.slice(4)].join('\n');
    expect(speakers((await inspectAs('argument.txt', text)).quotes)).toEqual(['Chief Justice Roberts', 'General Verrilli']);
  });

  it("leaves speech that cites a few verses or times (`John 3:16, Romans 8:28`), and an export's times (`0:00 Name  00:13`), as they are", () => {
    const sermon = Array.from({ length: 14 }, (_, i) => (i % 4 === 0 ? `Read John 3:16, Romans 8:28 and Psalm 23:${i + 1} tonight.` : `And the word was with us, ${i}.`));
    expect(withoutWordIndex(spans(sermon))).toEqual(spans(sermon));
    const otter = Array.from({ length: 20 }, (_, i) => (i % 2 ? '0:00 Hello there, and welcome.' : `0:00 Michael Kennedy  00:${String(i).padStart(2, '0')}`));
    expect(withoutWordIndex(spans(otter))).toEqual(spans(otter));
  });
});

describe('what a review of the last rules found', () => {
  it("keeps speech among lines of times (a race's splits, a study's readings) and cuts no number alone from a hymn into blank lines", async () => {
    const race = Array.from({ length: 14 }, (_, i) => [`ALICE: And heat ${i + 1} is away, a strong start.`, '', `BOB: A fast pace from lane ${(i % 8) + 1}.`, '', `Splits 1:${String(10 + i)} 2:${String(20 + i)}`, '']).flat().join('\n');
    const read = await inspectAs('race.txt', race);
    expect(read.quotes.filter((q) => q.speaker?.name === 'Alice')).toHaveLength(14);
    expect(read.quotes.filter((q) => q.speaker?.name === 'Bob')).toHaveLength(14);
  });

  it('reads a space before the colon only where the file writes its labels so, or in its first turns as a full name', async () => {
    const text = ['MARIE: Bonjour Paul.', '', 'PAUL: Bonjour Marie.', '', 'MARIE: Madame Martin : elle n’est pas venue.', '', 'PAUL: Question : pourquoi ?', '', 'Madame Martin : elle était malade.', '', 'MARIE: Je vois.', '', 'PAUL: Voilà.'].join('\n');
    expect(speakers((await inspectAs('fr.txt', text)).quotes)).toEqual(['Marie', 'Paul']);
  });

  it("resolves a surname from a cover's list of participants in capitals", async () => {
    const text = ['A CALL-IN SHOW', '', 'Guests:', '   JOHN CARTER', '   Historian', '', 'HOST: Welcome to the show.', '', 'CARTER: Glad to be here.', '', 'JOHN: Hi, I am calling from Leeds.', '', 'HOST: Go ahead, John.', '', 'CARTER: Happy to take it.', '', 'JOHN: Thanks.'].join('\n');
    const read = await inspectAs('callin.txt', text);
    expect(saidBy(read, 'Glad to be here')).toBe('John Carter');
    expect(saidBy(read, 'Happy to take it')).toBe('John Carter');
  });
});

describe('a French fan transcript of a sitcom (a new user’s trial)', () => {
  const fixture = 'test/fixtures/real/markdown/friends-fr-s01e01-spaced-bold-labels-excerpt.md';

  it('reads `**Monica :**`, French typography’s space before the colon inside the emphasis, and keeps the words as written', async () => {
    const parsed = await inspectFile(fixture);
    expect(parsed.source.reader).toBe('markdown');
    expect(speakers(parsed.quotes)).toEqual(['Chandler', 'Joey', 'Monica', 'Phoebe', 'Rachel', 'Ross']);
    expect(saidBy(parsed, 'Il doit bien y avoir quelque chose')).toBe('Joey');
    // `Quoi ?`, not `Quoi?`: the space before `? ! ; :` is the transcriber's.
    expect(parsed.quotes.find((q) => q.text.startsWith('Au lieu de'))?.text).toBe('Au lieu de... ?');
  });

  it('gives no one the title fields, a line said by everyone, a line of several names, or a part said once — and none of them to the speaker before', async () => {
    const parsed = await inspectFile(fixture);
    const line = (words: string) => parsed.quotes.find((q) => q.text.includes(words));
    expect(line('The One Where Monica Gets A New Roommate')?.speaker).toBeNull();
    expect(line('Celui qui déménage')?.speaker).toBeNull();
    expect(line('Ah oui, tu as refait ce rêve')?.speaker).toBeNull();
    expect(line('Je peux vous servir un café')?.speaker).toBeNull();
    expect(line('Pousse-la dans l\'escalier ! Pousse-la')?.speaker).toBeNull();
    expect(speakers(parsed.quotes)).not.toContain('Titre FR');
  });

  it('takes a part named by an article (`**Le photographe :**`) for a speaker where it recurs, and `**The bottom line:**` said once for no one', async () => {
    const play = await inspectAs('scene.md', ['**Le photographe :** Superbe. Très bien !', '', '**Monica :** D\'accord.', '', '**Ross :** Je suis si heureux pour toi !', '', '**Le photographe :** Maintenant, une photo ?', '', '**Monica :** Oui.', '', '**Ross :** Non !', ''].join('\n'));
    expect(saidBy(play, 'Maintenant, une photo')).toBe('Le photographe');
    const notes = await inspectAs('notes.md', ['**Ann:** We shipped the release.', '', '**Bo:** And the docs?', '', '**The bottom line:** nothing else matters.', '', '**Ann:** The docs are next.', '', '**Bo:** Good.', ''].join('\n'));
    expect(saidBy(notes, 'nothing else matters')).toBeUndefined();
    expect(speakers(notes.quotes)).toEqual(['Ann', 'Bo']);
  });
});

describe('a review of the French transcript’s change', () => {
  it('gives a group’s words to no one, even where one of them was described so before', async () => {
    const article = await inspectAs('camp.md', ['Jane Roe, one of the protesters, said the camp would stay until the council voted.', '', 'By evening the mood was calm, and “we are not going anywhere,” the protesters insist.', ''].join('\n'));
    expect(article.quotes.find((q) => q.text.startsWith('we are not going anywhere'))?.speaker ?? null).toBeNull();
  });

  it('keeps a short answer to a question a quotation, no one’s, not the writer’s own words', async () => {
    const article = await inspectAs('dialogue.md', ['“And then?” asks Campbell, looking up.', '', '“Then the mission.”', ''].join('\n'));
    const answer = article.quotes.find((q) => q.text.includes('Then the mission'));
    expect({ kind: answer?.kind, speaker: answer?.speaker ?? null }).toEqual({ kind: 'quotation', speaker: null });
  });

  it('reads `Name, Founder and CEO:` as a name and its role, and `Look:` in a turn as the speaker’s words', async () => {
    const talk = await inspectAs('talk.txt', ['Host: Welcome back.', '', 'Jane Doe, Founder and CEO: Thanks for having me.', '', 'Host: Tell us about backups.', '', "Jane Doe: Here's the thing. Nobody tests restores.", '', "Look: if you never restore, you don't have a backup.", '', 'Host: Fair.', '', 'Jane Doe: Exactly.', ''].join('\n'));
    expect(saidBy(talk, 'Thanks for having me')).toBe('Jane Doe');
    expect(saidBy(talk, 'if you never restore')).toBe('Jane Doe');
  });

  it('gives a one-word label said once in a dialogue (`Nurse:`, a surname) to no one, not the speaker before; `Update:` stays in the turn', async () => {
    const scene = await inspectAs('scene.txt', ['Holmes: You have been in Afghanistan, I perceive.', 'Watson: How on earth did you know that?', 'Holmes: I know it.', 'Nurse: The doctor will see you now.', 'Watson: Thank you.', 'Holmes: A moment.', 'Okonkwo: I am the porter here.', 'Watson: Good evening.', 'Holmes: Look at his boots.', 'Update: the clay is from the river.', 'Watson: Remarkable.'].join('\n'));
    expect(saidBy(scene, 'doctor will see you') ?? null).toBeNull();
    expect(saidBy(scene, 'porter here') ?? null).toBeNull();
    expect(saidBy(scene, 'clay is from the river')).toBe('Holmes');
  });

  it('reads one-word names listed as one label as no one’s where each speaks alone (`Holmes, Watson and Lestrade:`), and `Anna, Host and Producer:` as Anna', async () => {
    const play = await inspectAs('play.txt', ['Holmes: Upstairs.', 'Watson: After you.', 'Lestrade: The body is here.', 'Holmes, Watson and Lestrade: To the stairs!', 'Holmes: Quietly now.', 'Watson: Of course.', 'Lestrade: Here.'].join('\n'));
    expect(saidBy(play, 'To the stairs') ?? null).toBeNull();
    const show = await inspectAs('show.txt', ['Anna, Host and Producer: Welcome to the show.', 'Ben: Glad to be here.', 'Anna: Let us begin.', 'Ben: Sure.'].join('\n'));
    expect(saidBy(show, 'Welcome to the show')).toBe('Anna');
  });

  it('titles an oral history by its cover (`Name` over `Interviewed by …`), not the site name above it, and names its surname labels in full', async () => {
    const page = ['Space Museum', ' PeopleProgramsNews', 'Return to Space Museum home page', '', 'Oral History Project', 'Edited Oral History Transcript', '', 'Maria T. Okafor', 'Interviewed by Daniel Brandt', 'Houston, TX – 3 August 2015', '', 'Brandt: Today is August 3rd, 2015.', '', 'Okafor: Glad to be here.', '', 'Brandt: Tell me about your training.', '', 'Okafor: It was long.', ''].join('\n');
    const parsed = await inspectAs('history.txt', page);
    expect(parsed.source.meta.title).toBe('Maria T. Okafor, interviewed by Daniel Brandt');
    expect(saidBy(parsed, 'Glad to be here')).toBe('Maria T. Okafor');
  });

  it('cuts a transcript of times and no names (a video site’s, line by line) into its sentences, each with its time, not one quote of the whole file', async () => {
    const lines = ['00:00 Welcome back to the show, everyone.', '00:04 Today we talk about bridges and', '00:07 how long they last.', '00:11 About a hundred years if you look after them.', '00:15 And what breaks them first?', '00:18 Water, mostly.'];
    const parsed = await inspectAs('video.txt', lines.join('\n'));
    expect(parsed.quotes.map((q) => q.text)).toEqual(['Welcome back to the show, everyone.', 'Today we talk about bridges and how long they last.', 'About a hundred years if you look after them.', 'And what breaks them first?', 'Water, mostly.']);
    expect(parsed.quotes[1]!.time?.start).toBe(4);
    // With a name in the file (an export's `Name 0:03` over timed blocks), times still carry a turn on.
    const otter = await inspectAs('otter.txt', ['Dana Reyes  0:03', 'Welcome back.', '', '0:10', 'Today we talk about bridges.', '', 'Sam Cole  0:20', 'Thanks.'].join('\n'));
    expect(saidBy(otter, 'Today we talk')).toBe('Dana Reyes');
  });

  it('keeps a heading in capitals a heading, and a minute’s `Resolution:` nobody’s, in any case', async () => {
    const call = await inspectAs('sync.md', ['**Kim:** Are we shipping Friday?', '', '**Lee:** Yes, if QA signs off.', '', '## DECISION', '', 'Ship on Friday.', '', '**Kim:** Good.', '', '**Lee:** Agreed.', ''].join('\n'));
    expect(call.quotes.some((q) => q.text.includes('##'))).toBe(false);
    const minutes = await inspectAs('minutes.txt', ['Kaz: item two, the release', '', 'Tom: not ready', '', 'Resolution: postpone the release', '', 'Kaz: ok', '', 'Tom: adjourned', ''].join('\n'));
    expect(saidBy(minutes, 'postpone the release') ?? null).toBeNull();
    expect(saidBy(minutes, 'not ready')).toBe('Tom');
  });
});

describe('a parliament’s record in German (a second new user’s trial)', () => {
  it('gives a member called on by the chair, a surname with the party in brackets said once, the question, not the chair', async () => {
    const parsed = await inspectFile('test/fixtures/real/labelled/bundestag-1981-05-13-fragestunde-excerpt.txt');
    expect(saidBy(parsed, 'erwägt die Bundesregierung notfalls')).toBe('Reuschenbach');
    expect(saidBy(parsed, 'wann könnten die Wettbewerbsverzerrungen')).toBe('Urbaniak');
    expect(saidBy(parsed, 'Herr Kollege Reuschenbach.')).toBe('Vizepräsident Windelen');
  });
});

describe('a fan transcript’s labels (a third new user’s trial: Seinfeld, seinology style)', () => {
  const file = 'test/fixtures/real/markdown/seinfeld-the-foundation-initial-and-honorific-labels-excerpt.md';

  it('reads an initial and a surname (`J. Peterman:`) as a label: his lines were in the turn before, Elaine’s', async () => {
    const parsed = await inspectFile(file);
    expect(saidBy(parsed, 'No washcloths!')).toBe('J. Peterman');
    expect(saidBy(parsed, 'Are you okay, Mr. Peterman?')).toBe('Elaine');
    expect(parsed.quotes.some((q) => q.text.includes('J. Peterman:'))).toBe(false);
    // `A. Smith:` is a name too, no answer of a Q and A transcript; `A. Yes, I did.` is one.
    expect(lineLabel('A. Smith: Fine.')?.label).toBe('A. Smith');
    expect(lineLabel('A. Yes, I did.')?.label).toBe('A');
  });

  it('keeps `Mrs. Ross` and `Mr. Ross` two people: her lines went to him', async () => {
    const parsed = await inspectFile(file);
    expect(saidBy(parsed, 'Hello, George.')).toBe('Mrs. Ross');
    expect(saidBy(parsed, 'We, uh, tried to call')).toBe('Mr. Ross');
    expect(saidBy(parsed, 'Something about a way')).toBe('Mrs. Ross');
  });

  it('gives a line said together (`Kids & Kramer:`) to no one, not to the speaker before', async () => {
    const parsed = await inspectFile(file);
    expect(saidBy(parsed, 'Yay!') ?? null).toBeNull();
    expect(saidBy(parsed, 'Yes, sensei.') ?? null).toBeNull();
    expect(saidBy(parsed, 'Are you prepared for kumite?')).toBe('Sensei');
    expect(parsed.quotes.find((q) => q.text.startsWith('Are you prepared'))!.text).toBe('Are you prepared for kumite?');
  });

  it('keeps a change of scene in brackets over two lines (`[New scene.` / `J. Peterman’s office.]`) out of the turn before, and out of anyone’s words', async () => {
    const parsed = await inspectFile(file);
    expect(parsed.quotes.find((q) => q.speaker?.name === 'Jerry')!.text).toBe('No.');
    expect(parsed.quotes.some((q) => q.text.includes('New scene'))).toBe(false);
  });
});

describe('a time alone on its line inside a turn (iHeart’s `(00:54):`, a new user’s trial)', () => {
  it('times the words after it and is none of them', async () => {
    const parsed = await inspectFile('test/fixtures/real/news/iheart-stdwytk-dark-web-lone-times-excerpt.txt');
    const turn = parsed.quotes.find((q) => q.text.includes('the way it is both misrepresented'))!;
    expect(turn.speaker?.name).toBe('Speaker 3');
    expect(turn.text).toContain('misrepresented and accurately explored');
    expect(parsed.quotes.some((q) => q.text.includes('(00:54)'))).toBe(false);
    expect(turn.time?.cues?.some((c) => c.start === 54)).toBe(true);
  });
});
