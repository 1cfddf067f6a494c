/**
 * People met only in a collection's texts are that collection's: the same name in two collections is
 * two speakers, the later one's slug scoped (`samir-reviews`). Which one keeps the plain slug must not
 * change when a file is added elsewhere: a speaker's address stays what the previous index gave it.
 */
import { describe, expect, it } from 'vitest';
import { scopeSpeakers, adHocSpeaker, type ParsedSpeakers } from '../../server/corpus/speakers.ts';

/** A parsed source of `collection` whose one quote `name` says. */
function source(collection: string, name: string): ParsedSpeakers {
  const speaker = adHocSpeaker(name);
  return { source: { collection, meta: {} }, quotes: [{ speaker: { slug: speaker.slug, name: speaker.name, role: speaker.role } }], speakers: [speaker] };
}
const slugsOf = (parsed: ParsedSpeakers[]) => parsed.map((p) => p.quotes[0]!.speaker!.slug);

describe('speakers scoped per collection', () => {
  it('gives the plain slug to the first collection that names a person, the same name elsewhere a scoped one', () => {
    const parsed = [source('films', 'Mike Kai'), source('mixed', 'Mike Kai')];
    scopeSpeakers([], parsed);
    expect(slugsOf(parsed)).toEqual(['mike-kai', 'mike-kai-mixed']);
  });

  it('keeps the address the previous index gave: a file added in an earlier collection does not take it', () => {
    // Before: only `mixed` named Mike Kai, at /speakers/mike-kai. A review added in `films` names him too.
    const parsed = [source('films', 'Mike Kai'), source('mixed', 'Mike Kai')];
    scopeSpeakers([], parsed, new Map([['mike-kai', 'mixed']]));
    expect(slugsOf(parsed)).toEqual(['mike-kai-films', 'mike-kai']);
  });

  it('keeps a scoped address once the clash is gone, and frees a plain slug whose collection no longer names the person', () => {
    const kept = [source('mixed', 'Mike Kai')];
    scopeSpeakers([], kept, new Map([['mike-kai', 'films'], ['mike-kai-mixed', 'mixed']]));
    expect(slugsOf(kept)).toEqual(['mike-kai-mixed']);
    const freed = [source('mixed', 'Ann Lee')];
    scopeSpeakers([], freed, new Map([['ann-lee', 'films']]));
    expect(slugsOf(freed)).toEqual(['ann-lee']);
  });
});
