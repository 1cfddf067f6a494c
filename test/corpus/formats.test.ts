import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource, type GivenMeta } from '../../server/corpus/build.ts';
import type { SourceFormat } from '../../server/corpus/model.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

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
  it('reads news-style labels with roles, resolves later surnames to the full name, and keeps markers out', () => {
    const { source, quotes } = parseFixture('news-style.txt');
    expect(source.layout).toBe('script');
    expect(source.meta.kind).toBe('interview');
    expect(quotes.slice(0, 5).map((q, i) => [q.speaker?.slug, q.text.slice(0, DEBATE_OPENING[i]![1]!.length)])).toEqual(DEBATE_OPENING);
    expect(quotes[0]!.speaker).toEqual({ slug: 'lester-holt', name: 'Lester Holt', role: 'moderator' });
    expect(quotes[0]!.attribution).toEqual({ method: 'label', confidence: 1, label: 'LESTER HOLT, MODERATOR' });
    expect(quotes[2]!.attribution.label).toBe('HOLT');
    expect(quotes.some((q) => /APPLAUSE|CROSSTALK/.test(q.text))).toBe(false);
  });

  it('reads the speaker name on its own line', () => {
    const { source, quotes } = parseFixture('own-line.txt');
    expect(source.layout).toBe('script');
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
    expect(source.layout).toBe('otter');
    expect(quotes.slice(0, 3).map((q) => [q.speaker?.name, q.time?.start])).toEqual([
      ['Lester Holt', 0],
      ['Hillary Clinton', 107],
      ['Lester Holt', 115],
    ]);
  });

  it('maps Q and A to the interviewer and the single guest, and "Speaker 2" to a placeholder of this source', () => {
    const text = 'Q: What was your goal?\n\nA: To draw the attention of people everywhere.\n\nSpeaker 2: And mine was to stay alive.\n\nQ: Thank you.\n';
    const r = buildSource({ path: 'qa.txt', slug: 'qa', collection: null, text, format: 'text', contentStart: 0, given: { interviewer: 'Michel Martin', speakers: ['Abdalaziz Alhamza'] }, registry: new SpeakerRegistry([]) });
    expect(r.quotes.map((q) => q.speaker?.slug)).toEqual(['michel-martin', 'abdalaziz-alhamza', 'qa-speaker-2', 'michel-martin']);
    expect(r.source.meta.interviewer).toBe('michel-martin');
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
    expect(source.layout).toBe('subtitles');
    expect(source.meta.kind).toBe('film');
    expect(quotes.length).toBe(30);
    expect(quotes[0]).toMatchObject({ speaker: { name: 'Lester Holt' }, time: { start: 1, end: expect.any(Number) } });
    expect(quotes[0]!.text.startsWith('Well, I don')).toBe(true);
    for (const q of quotes) expect(q.time!.end).toBeGreaterThan(q.time!.start);
    expect(new Set(quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Lester Holt', 'Hillary Clinton', 'Donald Trump']));
  });

  it('reads WebVTT voice spans, decoding entities, ignoring NOTE blocks and cue settings', () => {
    const { quotes } = parseFixture('voices.vtt');
    expect(quotes.length).toBe(30);
    expect(quotes[0]!.attribution).toMatchObject({ method: 'label', label: 'Lester Holt' });
    expect(quotes.some((q) => q.text.includes('&amp;'))).toBe(false);
    expect(quotes.some((q) => /NOTE|Speakers are marked/.test(q.text))).toBe(false);
  });

  it('reads broadcast SRT: ">> NAME:" speaker changes, carried-on sentences, styling stripped', () => {
    const { quotes } = parseFixture('broadcast.srt');
    expect(quotes[0]).toMatchObject({ speaker: { slug: 'holt' }, attribution: { method: 'label' }, time: { start: 1, end: 5.2 } });
    expect(quotes[1]).toMatchObject({ speaker: { slug: 'holt' }, attribution: { method: 'context' } });
    expect(quotes[2]!.text).toBe('scheduled. We are going to focus on many of the issues that');
    expect(quotes[3]!.speaker?.slug).toBe('clinton');
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
});
