import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource, type GivenMeta } from '../../server/corpus/build.ts';
import type { SourceFormat } from '../../server/corpus/model.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { plainInline } from '../../server/corpus/readers/markdown-inline.ts';
import { inspectFile } from '../../server/corpus/inspect.ts';

const FIXTURES = path.resolve('test/fixtures/formats');

function parseFixture(file: string, given: GivenMeta = {}, registry = new SpeakerRegistry([])) {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const format: SourceFormat = file.endsWith('.srt') ? 'srt' : file.endsWith('.vtt') ? 'vtt' : file.endsWith('.md') ? 'markdown' : 'text';
  return buildSource({ path: file, slug: file.replace(/\W+/g, '-'), collection: null, text, format, contentStart: 0, given, registry });
}

const DEBATE_OPENING = [
  ['lester-holt', 'Good evening from Hofstra University'],
  ['hillary-clinton', 'How are you, Donald?'],
  ['lester-holt', 'Good luck to you.'],
  ['lester-holt', "Well, I don't expect us to cover"],
  ['hillary-clinton', 'Well, thank you, Lester'],
];

describe('labelled scripts', () => {
  it("gives a chat message that is only a link to its sender, where the sender says something else too", () => {
    const text = readFileSync(path.resolve('test/fixtures/real/labelled/zoom-saved-chat-link-message.txt'), 'utf8');
    const { quotes } = buildSource({ path: 'chat.txt', slug: 'c', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const messages = text.trim().split('\n').map((l) => l.split('\t'));
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual(messages.map(([, name, words]) => [name!.replace(/:$/, ''), words!.trim()]));
  });

  it("takes an oral history's header of participants as who they are, not as their words", () => {
    const text = readFileSync(path.resolve('test/fixtures/real/markdown/ethw-oral-history-arkin-excerpt.md'), 'utf8');
    const { source, quotes } = buildSource({ path: 'arkin.md', slug: 'a', collection: null, text, format: 'markdown', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(text).toContain('INTERVIEWER: Peter Asaro');
    expect(quotes.filter((q) => /^(?:Ronald Arkin|Peter Asaro|An Interview Conducted)/.test(q.text))).toEqual([]);
    expect(new Set(quotes.filter((q) => q.speaker).map((q) => q.speaker!.name))).toEqual(new Set(['Peter Asaro', 'Ronald Arkin']));
    expect(source.meta.interviewer).toBe('peter-asaro');
  });

  it("reads Otter's Unknown Speaker as no one, and leaves its signature out of the last turn", () => {
    // The real export's excerpt, ended as the whole export ends (its last line, as Otter writes it).
    const text = `${readFileSync(path.resolve('test/fixtures/real/labelled/ladybug-security-otter-export-excerpt.md'), 'utf8').trimEnd()}\n\nTranscribed by https://otter.ai\n`;
    const { quotes } = buildSource({ path: 'otter.md', slug: 'o', collection: null, text, format: 'markdown', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const unknown = quotes.filter((q) => q.attribution.label === 'Unknown Speaker');
    expect(unknown.length).toBeGreaterThan(2);
    expect(unknown.map((q) => q.speaker)).toEqual(unknown.map(() => null));
    expect(quotes.at(-1)!.text).not.toContain('Transcribed by');
    expect(quotes.at(-1)!.speaker).not.toBeNull();
  });

  it('reads news-style labels with roles, resolves later surnames to the full name, and keeps markers out', () => {
    const { source, quotes } = parseFixture('news-style.txt');
    expect(source.layout).toBe('transcript');
    expect(source.reader).toBe('labelled');
    expect(source.meta.kind).toBe('interview');
    expect(quotes.slice(0, 5).map((q, i) => [q.speaker?.slug, q.text.slice(0, DEBATE_OPENING[i]![1]!.length)])).toEqual(DEBATE_OPENING);
    expect(quotes[0]!.speaker).toEqual({ slug: 'lester-holt', name: 'Lester Holt', role: 'moderator' });
    expect(quotes[0]!.attribution).toEqual({ method: 'label', rule: 'label', confidence: 1, label: 'LESTER HOLT, MODERATOR' });
    expect(quotes[2]!.attribution.label).toBe('HOLT');
    // Two "CLINTON:" paragraphs in a row are two statements, each under its own label.
    expect(quotes.slice(4, 7).map((q) => [q.speaker?.slug, q.attribution.label, q.text.slice(0, 20)])).toEqual([
      ['hillary-clinton', 'CLINTON', 'Well, thank you, Les'],
      ['hillary-clinton', 'CLINTON', 'I also want to see m'],
      ['lester-holt', 'HOLT', 'Secretary Clinton, t'],
    ]);
    expect(quotes.some((q) => /APPLAUSE|CROSSTALK/.test(q.text))).toBe(false);
  });

  it('reads the speaker name on its own line', () => {
    const { source, quotes } = parseFixture('own-line.txt');
    expect(source.layout).toBe('transcript');
    expect(source.reader).toBe('news');
    expect(quotes.slice(0, 5).map((q) => [q.attribution.label, q.text.slice(0, 20)])).toEqual([
      ['HOLT', 'Good evening from Ho'],
      ['CLINTON', 'How are you, Donald?'],
      ['HOLT', 'Good luck to you.'],
      ['HOLT', "Well, I don't expect"],
      ['CLINTON', 'Well, thank you, Les'],
    ]);
    expect(quotes.some((q) => q.text === '(APPLAUSE)' || q.text === '')).toBe(false);
  });

  it('reads Rev-style "Name (hh:mm:ss):" headers with start and end times', () => {
    const { quotes } = parseFixture('rev-timestamps.txt');
    expect(quotes[0]!.speaker?.name).toBe('Lester Holt');
    expect(quotes[0]!.time).toEqual({ start: 0, end: quotes[1]!.time!.start });
    expect(quotes[1]!.time!.start).toBeGreaterThan(0);
    for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.time!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.time!.start);
  });

  it('reads Otter.ai exports', () => {
    const { source, quotes } = parseFixture('otter-export.txt');
    expect(source.layout).toBe('transcript');
    expect(source.reader).toBe('labelled');
    expect(quotes.slice(0, 3).map((q) => [q.speaker?.name, q.time?.start])).toEqual([
      ['Lester Holt', 0],
      ['Hillary Clinton', 107],
      ['Lester Holt', 115],
    ]);
    // A repeated header with a new time ("Lester Holt  2:03") continues the turn; where it picks up is kept as a cue.
    const joined = quotes[2]!;
    expect(joined.text.startsWith("Good luck to you. Well, I don't expect")).toBe(true);
    expect(joined.time!.cues!.map((c) => c.start)).toEqual([115, 123]);
    expect(joined.text.slice(joined.time!.cues![1]!.at).trimStart().startsWith("Well, I don't expect")).toBe(true);
  });

  it('maps Q and A to the interviewer and the single guest, and "Speaker 2" to a placeholder of this source', () => {
    const text = 'Q: What was your goal?\n\nA: To draw the attention of people everywhere.\n\nSpeaker 2: And mine was to stay alive.\n\nQ: Thank you.\n';
    const r = buildSource({ path: 'qa.txt', slug: 'qa', collection: null, text, format: 'text', contentStart: 0, given: { interviewer: 'Michel Martin', speakers: ['Abdalaziz Alhamza'] }, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.speaker?.slug)).toEqual(['michel-martin', 'abdalaziz-alhamza', 'qa-speaker-2', 'michel-martin']);
    expect(r.source.meta.interviewer).toBe('michel-martin');
  });

  it('gives a headline title\'s role to the name alone, and takes a closing "END" for no speaker (White House remarks, public domain)', () => {
    // Lines of brian14708/wh-briefings, speeches-remarks/2024-10/2024-10-30-remarks-by-vice-president-harris-before-air-force-two-departure-joint-base-andrews-md-4.md.
    const title = 'Remarks by Vice President Harris Before Air Force Two Departure | Joint Base Andrews, MD';
    const text = [
      'THE VICE PRESIDENT:  Good morning.  Good morning.  Good morning. ',
      '',
      'Q    Did he speak to you about —',
      '',
      'THE VICE PRESIDENT:  I am running for president of the United States.',
      '',
      '                              END                    10:16 A.M. EDT',
      '',
    ].join('\n');
    const r = buildSource({ path: 'remarks.md', slug: 'remarks', collection: null, text, format: 'markdown', contentStart: 0, given: { title }, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Harris', 'Interviewer', 'Harris']);
  });

  it('leaves speech after a soundbite marker and unidentified speakers unattributed', () => {
    const text = 'MICHEL MARTIN, HOST: A new documentary tells their story.\n\n(SOUNDBITE OF DOCUMENTARY, "CITY OF GHOSTS")\n\nThe dozen activists are pulling back the curtain.\n\nUNIDENTIFIED REPORTER #1: Much of what we know comes from citizens.\n\nMARTIN: To hear more about the film we are joined now by its director.\n';
    const r = buildSource({ path: 'npr.txt', slug: 'npr', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => [q.speaker?.slug ?? null, q.attribution.method, q.text.slice(0, 16)])).toEqual([
      ['michel-martin', 'label', 'A new documentar'],
      [null, 'none', 'The dozen activi'],
      [null, 'none', 'Much of what we '],
      ['michel-martin', 'label', 'To hear more abo'],
    ]);
    expect(r.quotes[0]!.speaker?.role).toBe('host');
  });
});

describe('subtitles', () => {
  it('reads WebVTT "Name:" cues, every line with its start and end time', () => {
    const { source, quotes } = parseFixture('zoom-export.vtt');
    expect(source.layout).toBe('transcript');
    expect(source.reader).toBe('subtitles');
    // Captions of a conversation between named people are an interview, not the film itself.
    expect(source.meta.kind).toBe('interview');
    // 30 cues, joined into 10 turns where the same speaker goes on; each cue keeps its own times.
    expect(quotes.length).toBe(10);
    expect(quotes.reduce((n, q) => n + (q.time!.cues?.length ?? 1), 0)).toBe(30);
    expect(quotes[0]).toMatchObject({ speaker: { name: 'Lester Holt' }, time: { start: 1, end: 14 } });
    expect(quotes[0]!.text).toBe("Well, I don't expect us to cover all the issues of this campaign tonight, but I remind everyone, there are two more presidential debates scheduled. We are going to focus on many of the issues that");
    expect(quotes[0]!.time!.cues!.map((c) => [quotes[0]!.text.slice(c.at, c.at + 9), c.start, c.end])).toEqual([
      ['Well, I d', 1, 5.2],
      ['campaign ', 5.4, 9.6],
      ['scheduled', 9.8, 14],
    ]);
    for (const q of quotes) {
      expect(q.time!.end).toBeGreaterThan(q.time!.start);
      for (const c of q.time!.cues ?? []) expect(c.end).toBeGreaterThan(c.start);
    }
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Lester Holt', 'Hillary Clinton', 'Donald Trump']));
  });

  it('reads WebVTT voice spans, decoding entities, ignoring NOTE blocks and cue settings', () => {
    const { quotes } = parseFixture('voices.vtt');
    expect(quotes.length).toBe(10);
    expect(quotes.reduce((n, q) => n + (q.time!.cues?.length ?? 1), 0)).toBe(30);
    expect(quotes.map((q) => q.speaker?.name).slice(0, 4)).toEqual(['Lester Holt', 'Hillary Clinton', 'Lester Holt', 'Donald Trump']);
    expect(quotes[0]!.attribution).toMatchObject({ method: 'label', label: 'Lester Holt' });
    expect(quotes.some((q) => q.text.includes('&amp;'))).toBe(false);
    expect(quotes.some((q) => /NOTE|Speakers are marked/.test(q.text))).toBe(false);
  });

  it('reads broadcast SRT: ">> NAME:" speaker changes, carried-on sentences, styling stripped', () => {
    const { quotes } = parseFixture('broadcast.srt');
    // The cues carried on after ">> HOLT:" are Holt's turn, joined, with the styling of cue 3 gone.
    expect(quotes[0]).toMatchObject({ speaker: { slug: 'holt' }, attribution: { method: 'label', label: 'HOLT' }, time: { start: 1, end: 14 } });
    expect(quotes[0]!.text).toBe("Well, I don't expect us to cover all the issues of this campaign tonight, but I remind everyone, there are two more presidential debates scheduled. We are going to focus on many of the issues that");
    const third = quotes[0]!.time!.cues![2]!;
    expect([quotes[0]!.text.slice(third.at), third.start, third.end]).toEqual(['scheduled. We are going to focus on many of the issues that', 9.8, 14]);
    expect(quotes[1]).toMatchObject({ speaker: { slug: 'clinton' }, time: { start: 14.2, end: 40.4 } });
    expect(quotes[2]!.speaker?.slug).toBe('holt');
  });

  it('splits dialogue dashes into separate lines with the same cue time', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n- Whoever holds the camera is stronger.\n- It makes me stronger.\n';
    const r = buildSource({ path: 'd.srt', slug: 'd', collection: null, text: srt, format: 'srt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => [q.text, q.time])).toEqual([
      ['Whoever holds the camera is stronger.', { start: 1, end: 3 }],
      ['It makes me stronger.', { start: 1, end: 3 }],
    ]);
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
    expect(srt.slice(r.quotes[1]!.position.start, r.quotes[1]!.position.end)).toBe('It makes me stronger.');
  });

  // YouTube's automatic captions roll: each cue repeats the line before its new words, and a 10 ms cue
  // between shows the finished line again. Every finished line is in a 10 ms cue: read once, each of
  // them is in the quotes exactly as often as the 10 ms cues show it.
  it.each(['youtube-auto-captions-embedded-talk.vtt', 'youtube-auto-captions-fortnite-2018-excerpt.vtt'])('reads each line of rolling captions once: %s', (file) => {
    const text = readFileSync(path.resolve('test/fixtures/real/subtitles', file), 'utf8');
    const { quotes } = buildSource({ path: file, slug: 'y', collection: null, text, format: 'vtt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const said = ` ${quotes.map((q) => q.text).join(' ')} `;
    const finished = [...text.matchAll(/^(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})[^\n]*\n([^\n]*)/gm)]
      .filter((m) => Number(m[6]) - Number(m[3]) <= 0.011 && m[2] === m[5])
      .map((m) => m[7]!.replace(/<[^>]*>/g, '').trim())
      .filter((line) => line !== '');
    expect(finished.length).toBeGreaterThan(10);
    for (const line of new Set(finished)) {
      const shown = finished.filter((l) => l === line).length;
      expect({ line, times: said.split(` ${line} `).length - 1 }).toEqual({ line, times: shown });
    }
    // The first words are the first cue's, at its time (its opening line of one space is part of it).
    expect(quotes[0]!.time!.start).toBe(Number(/^\d\d:\d\d:(\d\d\.\d{3}) -->/m.exec(text)![1]));
  });

  it('keeps a line said again in the next cue when the captions do not roll', () => {
    const srt = ['1\n00:00:01,000 --> 00:00:02,000\nNo.', '2\n00:00:02,500 --> 00:00:03,000\nNo.', '3\n00:00:03,500 --> 00:00:05,000\nI said no.\nAnd I meant it.', '4\n00:00:05,500 --> 00:00:07,000\nAnd I meant it.\nGo.'].join('\n\n');
    const r = buildSource({ path: 'n.srt', slug: 'n', collection: null, text: srt, format: 'srt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.text).join(' ')).toBe('No. No. I said no. And I meant it. And I meant it. Go.');
  });

  // Zoom writes each cue's speaker as the participant typed the name: lowercase, several words, a device.
  it("gives every cue of a real Zoom transcript to the name before its colon, however it is typed", () => {
    const file = 'zoom-class-session-lowercase-names-excerpt.vtt';
    const text = readFileSync(path.resolve('test/fixtures/real/subtitles', file), 'utf8');
    const { quotes } = buildSource({ path: file, slug: 'z', collection: null, text, format: 'vtt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const cues = [...text.matchAll(/-->[^\n]*\n([^:\n]{1,60}): ([^\n]+)/g)].map((m) => ({ name: m[1]!, words: m[2]!.replace(/\s+/g, ' ').trim() }));
    // Names with a word in lower case ('shruthi', 'Anand sharma'): what a name pattern turned away.
    expect(new Set(cues.filter((c) => /(?:^|\s)\p{Ll}/u.test(c.name)).map((c) => c.name)).size).toBeGreaterThanOrEqual(3);
    let q = 0;
    for (const c of cues) {
      while (q < quotes.length && !quotes[q]!.text.includes(c.words)) q++;
      expect({ words: c.words, speaker: quotes[q]?.speaker?.name }).toEqual({ words: c.words, speaker: c.name });
    }
  });

  it("names each cue's speaker as meeting tools write it outside the cue text: Zoom's identifier, an account id as a numbered speaker", () => {
    const read = (file: string) => {
      const text = readFileSync(path.resolve('test/fixtures/real/subtitles', file), 'utf8');
      return { text, quotes: buildSource({ path: file, slug: 'm', collection: null, text, format: 'vtt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) }).quotes };
    };
    const zoom = read('zoom-speaker-in-cue-id-excerpt.vtt');
    const names = new Set([...zoom.text.matchAll(/^\d+ "([^"]+)"/gm)].map((m) => m[1]!));
    expect(names.size).toBeGreaterThan(0);
    expect(zoom.quotes.every((q) => q.speaker !== null && names.has(q.speaker.name))).toBe(true);

    const stream = read('stream-teams-account-id-voices-excerpt.vtt');
    // Each account id is one speaker, numbered in order of first speech; no id is shown as a name.
    const ids = [...stream.text.matchAll(/<v ([^>]+)>([^<]+)/g)].map((m) => ({ id: m[1]!, words: m[2]!.replace(/\s+/g, ' ').trim() }));
    const order = [...new Set(ids.map((x) => x.id))];
    expect(order.length).toBeGreaterThan(1);
    let q = 0;
    for (const { id, words } of ids) {
      while (q < stream.quotes.length && !stream.quotes[q]!.text.includes(words)) q++;
      expect({ words, speaker: stream.quotes[q]?.speaker?.name }).toEqual({ words, speaker: `Speaker ${order.indexOf(id) + 1}` });
    }
    // Its times are unpadded, milliseconds too: `0:0:42.80` is 42.080 s, and every cue ends after it starts.
    expect(stream.text).toContain('0:0:42.80 -->');
    const cues = stream.quotes.flatMap((x) => x.time?.cues ?? (x.time ? [{ start: x.time.start, end: x.time.end! }] : []));
    expect(cues.some((c) => c.start === 42.08)).toBe(true);
    expect(cues.filter((c) => c.end < c.start)).toEqual([]);
  });

  it("reads a transcript saved from a Zoom meeting: `[Name] hh:mm:ss` above each message", () => {
    const text = readFileSync(path.resolve('test/fixtures/real/news/zoom-saved-transcript-bracketed-names.txt'), 'utf8');
    const { quotes } = buildSource({ path: 'z.txt', slug: 'z', collection: null, text, format: 'text', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    const messages = [...text.matchAll(/^\[([^\]]+)\] \d\d:\d\d:\d\d\n(.+)$/gm)].map((m) => ({ name: m[1]!, words: m[2]!.trim() }));
    expect(messages.length).toBeGreaterThan(5);
    let q = 0;
    for (const { name, words } of messages) {
      while (q < quotes.length && !quotes[q]!.text.includes(words)) q++;
      expect({ words, speaker: quotes[q]?.speaker?.name, timeLeftIn: /\d\d:\d\d:\d\d/.test(quotes[q]?.text ?? '') }).toEqual({ words, speaker: name, timeLeftIn: false });
    }
  });

  it("cuts a named speaker's long run of captions into passages, each still theirs", () => {
    const file = 'podcastindex-buzzsprout-inline-labels.srt';
    const text = readFileSync(path.resolve('test/fixtures/real/subtitles', file), 'utf8');
    const { quotes } = buildSource({ path: file, slug: 'b', collection: null, text, format: 'srt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    // Travis's third turn ran to 3,313 characters: two passages now, both Travis's, cut at a sentence's end.
    const long = quotes.findIndex((q, i) => i > 0 && q.speaker?.name === quotes[i - 1]!.speaker?.name);
    expect(long).toBeGreaterThan(0);
    expect([quotes[long - 1]!.speaker?.name, quotes[long]!.speaker?.name]).toEqual(['Travis', 'Travis']);
    expect(quotes[long - 1]!.text).toMatch(/[.!?]$/);
    expect(quotes.every((q) => q.speaker !== null && q.text.length < 4_000)).toBe(true);
  });

  it('takes no label from a cue that opens with a word in capitals and a full stop (a play\'s prefix is no caption label)', () => {
    // Stanford CS193P's captions (lecture 13): "UTI." opens a sentence there, about Uniform Type Identifiers.
    const srt = ['1\n00:40:01,000 --> 00:40:04,000\nUTI. This one throws as well. This one you\'re more likely to', '2\n00:40:04,000 --> 00:40:07,000\nthrow, because here you\'re being given a JSON thing.', '3\n00:40:07,000 --> 00:40:09,000\nUTI. Again.'].join('\n\n');
    const r = buildSource({ path: 'l.srt', slug: 'l', collection: null, text: srt, format: 'srt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.speaker)).toEqual(r.quotes.map(() => null));
    expect(r.quotes[0]!.text.startsWith('UTI. This one throws')).toBe(true);
  });

  it("reads a meeting's unnamed cue as nobody's, a device as its owner, and a long silence as a new turn", () => {
    const cue = (n: number, from: number, to: number, words: string) => `${n}\n00:00:${String(from).padStart(2, '0')}.000 --> 00:00:${String(to).padStart(2, '0')}.000\n${words}`;
    const vtt = ['WEBVTT', cue(1, 1, 2, 'Ann Lee: Shall we start?'), cue(2, 2, 3, 'bo chen: Yes.'), cue(3, 3, 4, 'Ann Lee: Good.'), cue(4, 4, 5, 'Maya Roy’s iPad: Can you hear me?'), cue(5, 5, 6, 'Ann Lee: We can.'), cue(6, 6, 7, 'Yes. Okay.'), cue(7, 8, 9, 'bo chen: Fine.'), cue(8, 9, 10, 'Ann Lee: Then the budget.'), cue(9, 40, 41, 'Ann Lee: Anything else?'), cue(10, 41, 42, 'bo chen: No.')].join('\n\n');
    const r = buildSource({ path: 'm.vtt', slug: 'm', collection: null, text: vtt, format: 'vtt', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => [q.speaker?.name ?? null, q.text])).toEqual([
      ['Ann Lee', 'Shall we start?'],
      ['bo chen', 'Yes.'],
      ['Ann Lee', 'Good.'],
      ['Maya Roy', 'Can you hear me?'],
      ['Ann Lee', 'We can.'],
      [null, 'Yes. Okay.'],
      ['bo chen', 'Fine.'],
      ['Ann Lee', 'Then the budget.'],
      ['Ann Lee', 'Anything else?'],
      ['bo chen', 'No.'],
    ]);
  });

  // Real captions that name no one: a lecture after one `>>` (CEA-608, ccextractor), and Whisper's cues,
  // whose sentences end mid-cue. Each was read as one or a few quotes of thousands of characters.
  it.each([
    ['stanford-cs193p-2017-lecture4-ccextractor-excerpt.srt', 'srt'],
    ['kde-express-16-telegram-whisper.vtt', 'vtt'],
  ] as const)('cuts a long stretch of captions naming no one into passages: %s', (file, format) => {
    const text = readFileSync(path.resolve('test/fixtures/real/subtitles', file), 'utf8');
    const { quotes } = buildSource({ path: file, slug: 'c', collection: null, text, format, contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(quotes.length).toBeGreaterThan(1);
    // At most a passage (1,000 characters) and the one cue that crossed it.
    for (const q of quotes) expect({ id: q.id, long: q.text.length > 1_200 }).toEqual({ id: q.id, long: false });
    // Where the captions are punctuated, a passage ends at a sentence's end.
    const ends = quotes.slice(0, -1).filter((q) => /[.!?…]$/.test(q.text)).length;
    expect(ends).toBeGreaterThanOrEqual(file.endsWith('.srt') ? quotes.length - 2 : 0);
  });
});

describe('Markdown in unlabelled interviews', () => {
  it("keeps a link's words and decodes entities, rather than keeping the address", () => {
    const file = 'test/fixtures/real/unlabelled/fsm-scale-orv-beach-interview.md';
    const text = readFileSync(path.resolve(file), 'utf8');
    expect(text).toContain('[SCALE](http://www.socallinuxexpo.org/)');
    const { quotes } = buildSource({ path: 'scale.md', slug: 's', collection: null, text, format: 'markdown', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(quotes.some((q) => q.text.startsWith('SCALE is a grass-roots free software show'))).toBe(true);
    expect(quotes.filter((q) => /\(https?:\/\//.test(q.text)).map((q) => q.text.slice(0, 60))).toEqual([]);
    expect(plainInline('Readers &amp; Reporters, [*Music for Airports*](reviews/x/)')).toBe('Readers & Reporters, Music for Airports');
  });

  it("gives a printed interview's bold questions to its author and the answers to the guest its title names", async () => {
    const file = 'test/fixtures/real/unlabelled/audioxide-interview-dylan-seeger.md';
    const text = readFileSync(path.resolve(file), 'utf8');
    // Read as indexing reads it, front matter and all: the author is given there as an id.
    const parsed = await inspectFile(file);
    const bold = text.split(/\n\s*\n/).filter((p) => /^\*\*.*\*\*$/s.test(p.trim())).map((p) => p.replace(/[*]/g, '').trim().slice(0, 25));
    expect(bold.length).toBeGreaterThan(10);
    for (const b of bold) expect({ b, who: parsed.quotes.find((q) => q.text.startsWith(b))?.speaker?.name }).toEqual({ b, who: 'Frederick Obrien' });
    expect(parsed.quotes.some((q) => q.speaker?.name === 'Dylan Seeger')).toBe(true);
    expect(parsed.quotes.filter((q) => q.speaker && !['Frederick Obrien', 'Dylan Seeger'].includes(q.speaker.name))).toEqual([]);
  });

  it("reads a Q&A page whose questions are headings as an interview: the questions are the (unnamed) interviewer's, the answers the person the title names", async () => {
    const file = 'test/fixtures/real/unlabelled/initialcommit-daniel-stenberg-qa-excerpt.md';
    const text = readFileSync(path.resolve(file), 'utf8');
    const parsed = await inspectFile(file);
    expect([parsed.source.reader, parsed.source.meta.kind]).toEqual(['unlabelled', 'interview']);
    const paragraphs = text.split(/^---$/m)[2]!.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const questions = paragraphs.filter((p) => p.startsWith('#'));
    expect(questions.length).toBe(5);
    // Each paragraph is one quote, in order; a heading's words are the question, without its #s.
    expect(parsed.quotes.map((q) => q.text.slice(0, 30))).toEqual(paragraphs.map((p) => p.replace(/^#+\s+/, '').replace(/\s+/g, ' ').slice(0, 30)));
    parsed.quotes.forEach((q, i) => {
      const asked = paragraphs[i]!.startsWith('#');
      expect({ i, who: q.speaker?.name ?? null }).toEqual({ i, who: asked ? 'Unnamed host' : 'Daniel Stenberg' });
    });
  });

  it("gives a Q&A page's introduction and sign-off to its author, never to the guest, and takes the guest's name from a title 'Name - what they do'", async () => {
    const file = 'test/fixtures/real/unlabelled/btcpay-interview-jeff-vandrew.md';
    const parsed = await inspectFile(file);
    const who = (start: string) => parsed.quotes.find((q) => q.text.startsWith(start))?.speaker?.name;
    // Before the first question: the author's words about the guest, in the third person.
    expect(who('Jeff Vandrew Jr is an Attorney')).toBe('pavlenex');
    expect(who('The interview was co-authored by')).toBe('pavlenex');
    expect(who('How did you get into Bitcoin?')).toBe('pavlenex');
    expect(who('Being an Attorney and a CPA is cool')).toBe('Jeff Vandrew Jr');
    // And the author signs off ("We hope you enjoyed the interview …"), after the guest's last answer.
    expect(who('We hope you enjoyed the interview')).toBe('pavlenex');
    // An answer opened with its speaker's name in italics (`_Jeff:_ I'm old, …`) is quoted without it.
    expect(who("I'm old, so I'm one of the Bitcoiners")).toBe('Jeff Vandrew Jr');
    expect(parsed.quotes.filter((q) => q.text.startsWith('Jeff:')).map((q) => q.text.slice(0, 40))).toEqual([]);
    // Topic headings that ask nothing ("## The Future") are structure, not questions.
    expect(parsed.quotes.some((q) => q.text === 'The Future' || q.text === 'Software development')).toBe(false);
    expect([...new Set(parsed.quotes.map((q) => q.speaker?.name ?? null))].sort()).toEqual(['Jeff Vandrew Jr', 'pavlenex']);
  });

  it('keeps an FAQ an article: questions its title calls frequently asked, or asked in the first person, are not an interview', async () => {
    const personal = await inspectFile('test/fixtures/real/prose/faq-battery-data-careers.md');
    // Its questions ask "you", as an interviewer's do; its title says FAQ.
    expect(readFileSync(path.resolve('test/fixtures/real/prose/faq-battery-data-careers.md'), 'utf8').match(/^### .*\byou\b.*\?/gm)?.length).toBeGreaterThanOrEqual(5);
    expect([personal.source.reader, personal.source.meta.kind]).toEqual(['prose', 'article']);
    // Without its title, a product FAQ is still told by its questions: "Can I …?", not "Do you …?".
    const text = readFileSync(path.resolve('test/fixtures/real/prose/faq-atelier.md'), 'utf8');
    expect(text.startsWith('# Frequently Asked Questions\n')).toBe(true);
    const untitled = text.slice(text.indexOf('\n') + 1);
    const product = buildSource({ path: 'faq.md', slug: 'f', collection: null, text: untitled, format: 'markdown', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) });
    expect(product.source.reader).toBe('prose');
  });
});
