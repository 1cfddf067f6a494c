/**
 * Bracketed notes on a recording (`[laughs]`, `[inaudible 00:01:02]`, `[Applause]`) are kept out of
 * quote text, except that words not heard leave a gap (`[…]`); an editor's words set into a quotation (`The data [released] this morning`) are part of
 * it as printed, and a citation must not lose them. Shapes from an FOMC transcript and oral histories.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isOnlyMarkers, removeMarkers } from '../../server/corpus/readers/markers.ts';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { inspectAs, saidBy } from './inspect-text.ts';

describe('bracketed runs in speech', () => {
  it("keeps an editor's insertion inside a sentence or leading into it", () => {
    expect(removeMarkers('The data [released] this morning are quite weak.')).toBe('The data [released] this morning are quite weak.');
    expect(removeMarkers('[Yes,] if one can determine that.')).toBe('[Yes,] if one can determine that.');
    expect(removeMarkers('I was born in Pescadero [Pescadero, California] in 1936.')).toBe('I was born in Pescadero [Pescadero, California] in 1936.');
    expect(removeMarkers('it is amazing how he [Hale] sings.')).toBe('it is amazing how he [Hale] sings.');
  });

  it('removes notes on the recording, times, tags and empty brackets', () => {
    expect(removeMarkers('I think [laughs] that is right.')).toBe('I think that is right.');
    expect(removeMarkers('We went home. [Door slams] Then it rained.')).toBe('We went home. Then it rained.');
    expect(removeMarkers('Thank you. [APPLAUSE]')).toBe('Thank you.');
    expect(removeMarkers('Switching to [glossary:DEMSH]. Start counting.')).toBe('Switching to. Start counting.');
    expect(removeMarkers('See [00:12:30] the next part.')).toBe('See the next part.');
    // Inside a sentence too: an interjection, what people do, what is heard, a footnote.
    expect(removeMarkers('We moved in 1952 [Interviewer: Really?] and my father stayed.')).toBe('We moved in 1952 and my father stayed.');
    expect(removeMarkers('it was crazy [both laugh] but my mother [coughing] never did')).toBe('it was crazy but my mother never did');
    expect(removeMarkers('And then [phone rings] oh, excuse me. The study[^1] found it.')).toBe('And then oh, excuse me. The study found it.');
    // A place's name is no note, whatever word it holds.
    expect(removeMarkers('we went to [Puget Sound] and [Bellevue] for [breakfast]')).toBe('we went to [Puget Sound] and [Bellevue] for [breakfast]');
  });
});

describe('space before punctuation', () => {
  it("keeps French typography's space before ! ? ; : as written, and drops what a removed note leaves", () => {
    // A user's trial: `**Joey :** Quoi ? Qu'est-ce qui se passe ?` was indexed as "Quoi? Qu'est-ce qui se passe?".
    expect(removeMarkers("Quoi ? Qu'est-ce qui se passe ?")).toBe("Quoi ? Qu'est-ce qui se passe ?");
    expect(removeMarkers('Oui ; bon : ok !')).toBe('Oui ; bon : ok !');
    expect(removeMarkers('Très bien [laughs] !')).toBe('Très bien !');
    // A note that the punctuation closed on goes with the space before it; words not heard leave their gap.
    expect(removeMarkers('What is it [laughs]?')).toBe('What is it?');
    expect(removeMarkers('What is it [inaudible]?')).toBe('What is it […]?');
    expect(removeMarkers('I know [laughs].')).toBe('I know.');
    expect(removeMarkers('Yes [laughs] , sir.')).toBe('Yes, sir.');
  });
});

describe('notes in a row before punctuation', () => {
  it('leaves no space that was never written', () => {
    expect(removeMarkers('What did he say [laughs] [crosstalk]?')).toBe('What did he say?');
    expect(removeMarkers('What did he say [inaudible] [crosstalk]?')).toBe('What did he say […]?');
    expect(removeMarkers('Really [laughs] [sighs]!')).toBe('Really!');
  });
});

describe('angle brackets in Markdown that are no HTML', () => {
  it('keeps an IRC nick (`<Ege> +1 to pandoc :)`, W3C minutes) as written, and drops tags and comments', async () => {
    const { plainInline } = await import('../../server/corpus/readers/markdown-inline.ts');
    expect(plainInline('<Ege> +1 to pandoc :)')).toBe('<Ege> +1 to pandoc :)');
    expect(plainInline('<jthomas> Reminder: the **call** is at 5.')).toBe('<jthomas> Reminder: the call is at 5.');
    expect(plainInline('so <b>bold</b> and <I>it</I><br/>')).toBe('so bold and it');
    expect(plainInline('a <span class="x">b</span> <!-- note --> c')).toBe('a b  c');
  });

  it('drops a transcriber’s note written as a tag (`<laughs>`, `<inaudible>`) and elements of SVG, canvas and MathML as markup', async () => {
    const { plainInline } = await import('../../server/corpus/readers/markdown-inline.ts');
    expect(plainInline('Well <laughs> that was the plan.')).toBe('Well  that was the plan.');
    expect(plainInline('I could not hear <inaudible> the end.')).toBe('I could not hear  the end.');
    expect(plainInline('<svg></svg><canvas></canvas><math></math>drawn')).toBe('drawn');
    expect(plainInline('<my-nick> still here')).toBe('<my-nick> still here');
  });
});

describe('Markdown reference links (a new user’s Uses This interview)', () => {
  it('reads `[Adobe Premiere][premiere]` as its words and the definitions at the foot as no one’s', async () => {
    const parsed = await inspectFile('test/fixtures/real/unlabelled/usesthis-danny-odwyer-reference-links.md');
    const software = parsed.quotes.find((q) => q.text.startsWith('I use Adobe Premiere'));
    expect(software?.speaker?.name).toBe("Danny O'Dwyer");
    expect(software?.text).toContain('both Adobe CC and Final Cut and Premiere');
    expect(parsed.quotes.some((q) => q.text.includes('vintage-camera-lenses.com'))).toBe(false);
  });

  it('goes on with a turn past a transcriber’s note on a line of its own (`<laughs>`)', async () => {
    const text = ['**Host:** So how did the band start?', '', '**Sam:** By accident. We all worked at the same record store.', '<laughs>', 'And one night the manager locked us in, so we played until morning.', '', '**Host:** And then?', '', '**Sam:** We got fired.', ''].join('\n');
    const parsed = await inspectAs('band.md', text);
    expect(parsed.quotes.find((q) => q.text.includes('locked us in'))?.speaker?.name).toBe('Sam');
  });

  it('in a labelled transcript too', async () => {
    const text = ['**Ana:** So how was the episode made?', '', '**Ben:** We used [Audacity][] and [the old mixer][mixer] for it.', '', '**Ana:** And nothing else?', '', '**Ben:** Nothing else.', '', '[audacity]: https://www.audacityteam.org/', '[mixer]: https://example.org/mixer "A mixer."', ''].join('\n');
    const parsed = await inspectAs('show.md', text);
    expect(parsed.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Ana', 'So how was the episode made?'],
      ['Ben', 'We used Audacity and the old mixer for it.'],
      ['Ana', 'And nothing else?'],
      ['Ben', 'Nothing else.'],
    ]);
  });
});

describe('words not heard (a new user’s oral history lost 67 of them without a trace)', () => {
  it('keeps each `[inaudible]` or `(inaudible)` as a gap, `[…]`, where the quote had words; other notes go', async () => {
    const beda = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/markdown/podlets-joe-beda.md'));
    expect(saidBy(beda, "I mean, that's a loaded question […]. Let me just first say")).toBe('Joe Beda');
    expect(saidBy(beda, "I'm stealing this from Tim […], who")).toBe('Joe Beda');
    const briefing = await inspectFile(path.join(import.meta.dirname, '../fixtures/real/news/white-house-briefing-mcconaughey-excerpt.md'));
    expect(briefing.quotes.some((q) => q.text.includes('What’s your response to […]?'))).toBe(true);
    // A caption that is nothing but the note is still no one's words.
    expect(isOnlyMarkers('>> [INAUDIBLE]')).toBe(true);
    expect(removeMarkers('[inaudible 00:01:02] so we went')).toBe('[…] so we went');
  });
});
