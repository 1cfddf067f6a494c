/**
 * "Quoted in" links: made only where the words are the same, within a collection unless related,
 * never changing a said-clause's speaker. Checked on the seeds (the reviews quote the film's
 * subjects; a subtitle file in the same collection says the lines) and on every real fixture at once.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { loadCorpus, loadSourceFile, sourceSlugOf } from '../../server/corpus/load.ts';
import type { Collection, Quote } from '../../server/corpus/model.ts';
import { linkQuotedIn } from '../../server/corpus/quoted-in.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { normalizeForId } from '../../server/corpus/ids.ts';
import { fixtures } from '../../scripts/eval/fixtures.ts';

const registry = new SpeakerRegistry([
  { slug: 'hamoud', name: 'Hamoud', role: 'subject', aliases: [] },
  { slug: 'aziz', name: 'Abdalaziz Alhamza', role: 'subject', aliases: ['Aziz'] },
]);
// The film's lines as subtitles (the words the seed reviews quote; cue times illustrative).
const film = (collection: string | null) =>
  buildSource({
    path: 'film.srt',
    slug: 'film',
    collection: collection ? ({ slug: collection, title: collection } as Collection) : null,
    text: [
      '1\n00:01:00,000 --> 00:01:02,000\nHAMOUD: Whoever holds the camera\n',
      '2\n00:01:02,000 --> 00:01:04,000\nis stronger than the one with the gun, you know.\n',
      '3\n00:01:05,000 --> 00:01:07,000\nHAMOUD: Danger has a special taste.\n',
      '4\n00:01:08,000 --> 00:01:10,000\nAZIZ: I think the revolution changed us, all of us, in every way.\n',
    ].join('\n'),
    format: 'srt',
    contentStart: 0,
    given: { kind: 'film' },
    registry,
  });
const review = (text: string, collection: string | null = 'c') =>
  buildSource({ path: 'review.txt', slug: 'review', collection: collection ? ({ slug: collection, title: collection } as Collection) : null, text, format: 'text', contentStart: 0, given: { kind: 'review' }, registry });
const quotationsOf = (quotes: Quote[]) => quotes.filter((q) => q.kind === 'quotation');

describe('quoted in', () => {
  it('links a quotation of eight words or more to the line it reproduces, across subtitle cues, keeping the said-clause speaker', () => {
    const f = film('c');
    const r = review('We meet Hamoud. “Whoever holds the camera is stronger than the one with the gun,” he says.');
    const result = linkQuotedIn([...f.quotes, ...r.quotes]);
    const [q] = quotationsOf(r.quotes);
    expect(result.links).toBe(1);
    expect(q!.reproduces).toBe(f.quotes[0]!.id);
    expect(f.quotes[0]!.quotedIn).toEqual([q!.id]);
    expect(q!.speaker?.slug).toBe('hamoud');
    expect(q!.attribution.method).not.toBe('link');
    expect(result.sample[0]).toMatchObject({ quotationSource: 'review', lineSource: 'film', speaker: 'Hamoud' });
  });

  it('links a complete short line, and names an unattributed quotation only when the words are exactly the line', () => {
    const f = film('c');
    const r = review('The film opens on a warning. “Danger has a special taste.” Later, the words “the revolution changed us, all of us, in every way” hang over it.');
    const result = linkQuotedIn([...f.quotes, ...r.quotes]);
    const [danger, revolution] = quotationsOf(r.quotes);
    expect(result.links).toBe(2);
    // Hamoud's cues are one turn; the quotation is one whole sentence of it.
    expect(f.quotes.find((q) => q.id === danger!.reproduces)?.text).toContain('Danger has a special taste.');
    expect(danger!.speaker?.slug).toBe('hamoud');
    expect(danger!.attribution).toMatchObject({ method: 'link', rule: 'quoted-in' });
    expect(revolution!.speaker?.slug).toBe('aziz');
    expect(result.named).toBe(2);
  });

  it('links a quotation with words left out ("…") without naming anyone by it', () => {
    const f = film('c');
    const r = review('A line stays with you: “Whoever holds the camera … than the one with the gun.”');
    const result = linkQuotedIn([...f.quotes, ...r.quotes]);
    const [q] = quotationsOf(r.quotes);
    expect(result.links).toBe(1);
    expect(q!.reproduces).toBe(f.quotes[0]!.id);
    expect(q!.speaker).toBeNull();
  });

  it('does not link partial lines under eight words, different words, or a line another named person said', () => {
    const f = film('c');
    const r = review('“Holds the camera is stronger,” Hamoud says. “Whoever holds the camera is weaker than the one with the gun,” he says. “I think the revolution changed us, all of us, in every way,” Hamoud says.');
    const result = linkQuotedIn([...f.quotes, ...r.quotes]);
    expect(result.links).toBe(0);
    expect(quotationsOf(r.quotes).map((q) => q.speaker?.slug)).toEqual(['hamoud', 'hamoud', 'hamoud']);
  });

  it('stays within a collection unless the registry relates the collections', () => {
    const f = film('film-collection');
    const text = '“Danger has a special taste.” So begins the film.';
    expect(linkQuotedIn([...f.quotes, ...review(text, 'reviews').quotes]).links).toBe(0);
    const related = [{ slug: 'reviews', title: 'Reviews', related: ['film-collection'] } as Collection];
    expect(linkQuotedIn([...f.quotes, ...review(text, 'reviews').quotes], related).links).toBe(1);
  });

  it('links across related collections a line to a quotation of the same name, whose slugs each collection scoped apart', () => {
    const f = film('film-collection');
    const r = review('“Danger has a special taste,” says Hamoud.', 'reviews');
    // The reviews' collection met Hamoud in its own texts: `hamoud-reviews`, the same name.
    for (const q of r.quotes) if (q.speaker?.slug === 'hamoud') q.speaker = { ...q.speaker, slug: 'hamoud-reviews' };
    const related = [{ slug: 'reviews', title: 'Reviews', related: ['film-collection'] } as Collection];
    expect(linkQuotedIn([...f.quotes, ...r.quotes], related).links).toBe(1);
    expect(quotationsOf(r.quotes)[0]!.speaker?.slug).toBe('hamoud-reviews');
  });

  it('on every real fixture and seed at once (as one collection), links only the same words and changes no said-clause speaker', async () => {
    const quotes: Quote[] = [];
    for (const { name, file } of await fixtures()) {
      const parsed = await loadSourceFile(path.resolve(file), { displayPath: name, slug: sourceSlugOf(name.replace(/\//g, '-')), collection: null, registry: new SpeakerRegistry([]) });
      quotes.push(...parsed.quotes);
    }
    quotes.push(...(await loadCorpus(path.resolve('transcripts'))).quotes);
    for (const q of quotes) q.collection = 'all';
    const before = new Map(quotes.map((q) => [q.id, q.speaker?.slug ?? null]));
    const result = linkQuotedIn(quotes);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    for (const q of quotes.filter((x) => x.reproduces)) {
      const line = byId.get(q.reproduces!)!;
      const words = (t: string) => ` ${normalizeForId(t)} `;
      // Every piece the quotation keeps is in the line's words (the line, or it with its neighbours).
      expect(q.text.split(/…|\.\.\./).every((piece) => normalizeForId(piece).length === 0 || words(line.text).includes(words(piece)) || line.text.length < q.text.length)).toBe(true);
      if (before.get(q.id) !== null) expect(q.speaker?.slug).toBe(before.get(q.id));
    }
    // Nothing else moved.
    expect(quotes.filter((q) => !q.reproduces && (q.speaker?.slug ?? null) !== before.get(q.id))).toEqual([]);
    expect(result.links).toBeGreaterThanOrEqual(0);
  });
});
