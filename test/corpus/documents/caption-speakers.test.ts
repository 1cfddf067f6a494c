/**
 * Who speaks in captions, whatever their format: character references, manners and title cards
 * written as labels, SDH's names in brackets, names before quotations.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './index-one.ts';

describe('WebVTT character references', () => {
  it('reads &amp; &lt; &gt; written in full as the characters, not with a stray semicolon (Q&amp;A is Q&A)', async () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sarah>Welcome to Podcasting Q&amp;A, 1 &lt; 2 &gt; 0 &eacute;t&eacute;</v>\n';
    expect(await quotesOf('entities.vtt', text)).toEqual(['Sarah: Welcome to Podcasting Q&A, 1 < 2 > 0 été']);
  });
});

describe('labels in captions that name no one', () => {
  it('reads a manner (WHISPERS:, ON PHONE:, SARCASTICALLY:), a title card (Part One:) and a list item (Third Question:) as no speaker, and KING:, STERLING:, HAWKING:, SCULLY: as speakers', async () => {
    const cue = (n: number, text: string) => `${n}\n00:00:${String(n).padStart(2, '0')},000 --> 00:00:${String(n).padStart(2, '0')},900\n${text}\n\n`;
    const text = [cue(1, 'KING: Kneel.'), cue(2, 'WHISPERS: Now?'), cue(3, 'ON PHONE: Hello?'), cue(4, 'Part One:\nNoah'), cue(5, 'Third Question: Who sets the standard?'), cue(6, 'STERLING: Yes.'), cue(7, 'SARCASTICALLY: Great.'), cue(8, 'HAWKING: The universe.'), cue(9, 'SCULLY: Nothing human.'), cue(10, 'KING: Thank you, Professor Hawking. Agent Scully?')].join('');
    const quotes = await quotesOf('manner.srt', text);
    expect(quotes).toContain('King: Kneel.');
    expect(quotes).toContain('Sterling: Yes.');
    // Surnames that end as manners do (-ing, -ly) are names where the words also write them as names.
    expect(quotes).toContain('Hawking: The universe.');
    expect(quotes).toContain('Scully: Nothing human.');
    expect(quotes.join('\n')).not.toMatch(/^(?:Whispers|On Phone|Part One|Third Question|Sarcastically):/im);
    // A manner the lists lack, said once, is read as a manner too: no one is named Grumbling.
    const once = await quotesOf('grumbling.srt', [cue(1, 'KING: Kneel.'), cue(2, 'GRUMBLING: Fine.'), cue(3, 'KING: Good.'), cue(4, 'WHIRRING: Beep.'), cue(5, 'KING: Again.'), cue(6, 'WHIRRING: Beep.')].join(''));
    expect(once).toEqual(['King: Kneel.', '-: Fine.', 'King: Good.', '-: Beep.', 'King: Again.', '-: Beep.']);
  });
});

describe('names in brackets, as SDH captions name a speaker off screen', () => {
  const cue = (n: number, text: string) => `${n}\n00:00:${String(n * 2).padStart(2, '0')},000 --> 00:00:${String(n * 2 + 1).padStart(2, '0')},500\n${text}\n\n`;
  const srt = (lines: string[]) => lines.map((l, i) => cue(i + 1, l)).join('');

  it('carry on while the sentence runs on, and name no one after its end', async () => {
    const text = srt(['[Narrator] It is a success story', 'like no other.', 'We now live in a global society.', 'Everyone eats them.', '[dog barking]', 'Every day.', 'Sure.', 'Why not.', 'Right.', 'Fine.', 'Yes.', 'No.']);
    const quotes = await quotesOf('sdh.srt', text);
    expect(quotes[0]).toBe('Narrator: It is a success story like no other.');
    expect(quotes.slice(1).every((q) => q.startsWith('-: '))).toBe(true);
  });

  it('carry on through cues in italics after a name over italics (a voice-over)', async () => {
    const text = srt(['[Alba] <i>In 1928, women were</i>', '<i>something like ornaments.</i>', '<i>Objects without a voice.</i>', 'Leave her alone.', '[door slams]', 'Stay out of it.', 'Go.', 'Now.', 'Fine.', 'Yes.', 'No.', 'Maybe.', 'Later.']);
    const quotes = await quotesOf('voice-over.srt', text);
    expect(quotes[0]).toBe('Alba: In 1928, women were something like ornaments. Objects without a voice.');
    expect(quotes[1]).toMatch(/^-: Leave her alone\./);
  });

  it('give no one the words of the people on screen between a narrator and a reporter named in brackets', async () => {
    const witness = ['I remember that morning.', 'My father cried.', 'It was the longest twelve minutes of my life.', 'Then the roof went.', 'We ran to the car.'];
    const text = srt(['[Narrator] The storm came at dawn.', ...witness, '[Reporter] Officials say the damage is severe.', '[Narrator] By noon it was over.', ...witness]);
    const quotes = await quotesOf('documentary.srt', text);
    expect(quotes.filter((q) => !q.startsWith('-: '))).toEqual(['Narrator: The storm came at dawn.', 'Reporter: Officials say the damage is severe.', 'Narrator: By noon it was over.']);
  });

  it("end with the quotation they name, where names stand before quotations (a documentary's witnesses)", async () => {
    const text = srt(['Chai: "Have you ever seen a real star?"', 'Wang Huiqing: "No, I haven\'t."', 'I kept asking this question', 'until I met a professor.', 'He had studied it for years.']);
    expect(await quotesOf('witness.srt', text)).toEqual(['Chai: "Have you ever seen a real star?"', 'Wang Huiqing: "No, I haven\'t."', "-: I kept asking this question until I met a professor. He had studied it for years."]);
    // One speaker quoting someone once is no documentary's witness: the name carries on.
    const lecture = srt(['PROFESSOR: "Know thyself."', 'That is what the oracle said,', 'and today we ask what it means.']);
    expect(await quotesOf('lecture.srt', lecture)).toEqual(['Professor: "Know thyself." That is what the oracle said, and today we ask what it means.']);
  });

  it('end with their sentence for a lone name in brackets, even in captions without SDH marks', async () => {
    const text = srt(['[Narrator] In 1928, women were ornaments.', 'Where are you going tonight?', 'To the bar across the street.', 'Not again.', 'Yes, again.']);
    const quotes = await quotesOf('lone-narrator.srt', text);
    expect(quotes[0]).toBe('Narrator: In 1928, women were ornaments.');
    expect(quotes.slice(1).every((q) => q.startsWith('-: '))).toBe(true);
  });

  it('carry on as labels do where nearly every speaker is named so (a transcript, not SDH)', async () => {
    const text = srt(['[Ann] Welcome to the show.', 'It is good to be here.', '[Bob] Thanks for having me.', 'I mean it.', '[Ann] Let us begin.', 'First question.']);
    expect(await quotesOf('brackets.srt', text)).toEqual(['Ann: Welcome to the show. It is good to be here.', 'Bob: Thanks for having me. I mean it.', 'Ann: Let us begin. First question.']);
  });
});
