import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { linkQuotedIn } from '../../server/corpus/quoted-in.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

const registry = new SpeakerRegistry([{ slug: 'hamoud', name: 'Hamoud', role: 'subject', aliases: [] }]);
const film = buildSource({
  path: 'film.srt',
  slug: 'film',
  collection: null,
  text: '1\n00:01:00,000 --> 00:01:02,000\nHAMOUD: Whoever holds the camera\n\n2\n00:01:02,000 --> 00:01:04,000\nis stronger than the one with the gun.\n\n3\n00:01:05,000 --> 00:01:07,000\nHAMOUD: Danger has a special taste.\n',
  format: 'srt',
  contentStart: 0,
  given: { kind: 'film' },
  registry,
});
const review = (text: string) =>
  buildSource({ path: 'review.txt', slug: 'review', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'review' }, registry });

describe('quoted in', () => {
  it('links a quotation to the subtitle lines it reproduces, even when trimmed and split across cues', () => {
    const r = review('We meet Hamoud. “Whoever holds the camera is stronger than the one with the gun,” he says. Later, a critic writes that “danger has a special taste”.');
    // Hamoud's three cues (the label repeated with each new time) are one turn, each cue with its time.
    expect(film.quotes.map((q) => [q.text, q.time?.cues?.map((c) => c.start)])).toEqual([
      ['Whoever holds the camera is stronger than the one with the gun. Danger has a special taste.', [60, 62, 65]],
    ]);
    const quotes = [...film.quotes, ...r.quotes];
    expect(linkQuotedIn(quotes)).toBe(2);
    const [whoever, danger] = r.quotes.filter((q) => q.kind === 'quotation');
    expect(whoever!.reproduces).toBe(film.quotes[0]!.id);
    expect(danger!.reproduces).toBe(film.quotes[0]!.id);
    expect(film.quotes[0]!.quotedIn).toEqual([whoever!.id, danger!.id]);
    // The review names nobody for it ("a critic writes"): the line it reproduces says who spoke.
    expect(danger!.speaker?.slug).toBe('hamoud');
  });

  it('does not link everyday phrases or a quotation of different words', () => {
    const r = review('“The one with the camera is not always the stronger,” he says. “It is what it is,” she says.');
    expect(linkQuotedIn([...film.quotes, ...r.quotes])).toBe(0);
  });
});
