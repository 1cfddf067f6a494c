/**
 * Captions in SubStation Alpha (`.ass`, `.ssa`), converted to WebVTT for the subtitle reader: each rule
 * of the conversion on small inputs, the real karaoke file, and the errors a user sees. The real files
 * with golds are in the conformance suite (test/fixtures/real/subtitles).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assToWebVtt } from '../../../server/corpus/documents/ass.ts';
import { ParseError } from '../../../server/corpus/errors.ts';
import { quotesOf } from './index-one.ts';

const ASS_HEAD = `[Script Info]
ScriptType: v4.00+

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
`;
const dialogue = (start: string, end: string, style: string, name: string, text: string) => `Dialogue: 0,${start},${end},${style},${name},0,0,0,,${text}\n`;

describe('SubStation Alpha', () => {
  it("reads the Name field as the speaker, override tags as styling, \\N as a line break and Comment lines as notes", async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:03.50', 'Default', 'Ann Lee', '{\\i1}Hello{\\i0} there,\\Nfriend & co.') +
      'Comment: 0,0:00:02.00,0:00:03.00,Default,Bob,0,0,0,,a note to the typesetter\n' +
      dialogue('0:00:04.00', '0:00:06.00', 'Default', 'Bob', 'Hi, Ann. Nice to see you.');
    const vtt = assToWebVtt(text, 'a.ass');
    expect(vtt).toContain('00:00:01.000 --> 00:00:03.500\n<v Ann Lee>Hello there,\nfriend &amp; co.</v>');
    expect(vtt).not.toContain('typesetter');
    expect(await quotesOf('names.ass', text)).toEqual(['Ann Lee: Hello there, friend & co.', 'Bob: Hi, Ann. Nice to see you.']);
  });

  it('keeps songs and signs out of speech, and never makes a speaker of a sign, a song or a template tag in the Name field', async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:02.00', 'OP1', 'rom', '{\\k20}Ka{\\k30}ze') +
      dialogue('0:00:02.00', '0:00:03.00', 'Default', 'OP LYRICS', 'The wind blows') +
      dialogue('0:00:03.00', '0:00:04.00', 'Signs', '', '{\\pos(100,200)}CITY HALL') +
      dialogue('0:00:04.00', '0:00:05.00', 'Default', 'TEXT', 'Chapter One') +
      dialogue('0:00:05.00', '0:00:06.00', 'Default', '', '{\\p1}m 0 0 l 100 0 100 100{\\p0}') +
      dialogue('0:00:06.00', '0:00:08.00', 'Default', 'KING', 'Kneel before me.');
    const vtt = assToWebVtt(text, 'b.ass');
    expect(vtt).toContain('♪ Kaze ♪');
    expect(vtt).toContain('♪ The wind blows ♪');
    expect(vtt).toContain('[CITY HALL]');
    expect(vtt).toContain('[Chapter One]');
    expect(vtt).not.toContain('m 0 0');
    expect(await quotesOf('songs.ass', text)).toEqual(['King: Kneel before me.']);
  });

  it("reads a real opening song's karaoke as a song: its lines between ♪, no one speaking, the template's Lua in Comment lines left out", async () => {
    const file = 'test/fixtures/real/subtitles/kaleido-kimetsu-op1-karaoke-excerpt.ass';
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^Comment:.*function/m);
    const vtt = assToWebVtt(text, file);
    const captions = vtt.split('\n\n').slice(1).filter((c) => c.trim() !== '');
    expect(captions.length).toBeGreaterThanOrEqual(10);
    for (const caption of captions) expect(caption.trim().split('\n').slice(1).every((line) => line.startsWith('♪ ') || line.startsWith('[')), caption).toBe(true);
    expect(vtt).not.toMatch(/function|<v /);
    expect(await quotesOf('karaoke.ass', text)).toEqual([]);
  });

  it('keeps characters named like a song or a sign (Ed, Kara, Staff Sergeant Miller) as speakers, and a name with & as written', async () => {
    const text =
      ASS_HEAD +
      dialogue('0:00:01.00', '0:00:02.00', 'Default', 'Ed', 'We have to get our bodies back.') +
      dialogue('0:00:03.00', '0:00:04.00', 'Default', 'Kara', 'I fly.') +
      dialogue('0:00:05.00', '0:00:06.00', 'Default', 'Staff Sergeant Miller', 'Move out.') +
      dialogue('0:00:07.00', '0:00:08.00', 'Default', 'AT&T Operator', 'Please hold.');
    expect(assToWebVtt(text, 'e.ass')).toContain('<v AT&amp;T Operator>');
    expect(await quotesOf('characters.ass', text)).toEqual(['Ed: We have to get our bodies back.', 'Kara: I fly.', 'Staff Sergeant Miller: Move out.', 'AT&T Operator: Please hold.']);
  });

  it('refuses a Dialogue line with fewer fields than its Format line, naming the line', () => {
    expect(() => assToWebVtt(ASS_HEAD + 'Dialogue: 0,0:00:01.00,0:00:02.00,Default,Ann\n', 'short.ass')).toThrow(/short\.ass:6: this Dialogue line has no text/);
  });

  it('reads captions in time order, whatever order the file lists them in', () => {
    const vtt = assToWebVtt(ASS_HEAD + dialogue('0:00:05.00', '0:00:06.00', 'Default', 'B', 'Second.') + dialogue('0:00:01.00', '0:00:02.00', 'Default', 'A', 'First.'), 'c.ass');
    expect(vtt.indexOf('First.')).toBeLessThan(vtt.indexOf('Second.'));
  });

  it('refuses a file with no Dialogue lines, and names the line of a time it cannot read', () => {
    expect(() => assToWebVtt('[Script Info]\nTitle: x\n', 'empty.ass')).toThrow(/empty\.ass: no "Dialogue:" lines under \[Events\]/);
    const bad = ASS_HEAD + dialogue('0:00:01.00', '0:00:02.00', 'Default', 'A', 'Fine.') + dialogue('soon', 'later', 'Default', 'A', 'Not fine.');
    const error = (() => {
      try {
        assToWebVtt(bad, 'bad.ass');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ file: 'bad.ass', line: 7 });
  });
});
