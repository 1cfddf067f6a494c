/**
 * The API's JSON form of a search: written by hand for speed, so it must parse to exactly what the
 * generic serialization of the same answer gives, whatever the facet values and texts hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FacetCounts, SearchResult } from '../../server/search/engine.ts';
import { facetsJson, hitJson, searchJsonText } from '../../server/search/wire.ts';
import { fixtureQuotes } from './fixtures.ts';

const BASE = 'https://verbatim.example';

function result(facets: FacetCounts): SearchResult {
  const quotes = fixtureQuotes().slice(0, 3);
  return {
    total: 42,
    page: 2,
    perPage: 3,
    hits: quotes.map((quote) => ({ quote, highlight: `<mark>${quote.text.slice(0, 5)}</mark>` })),
    facets,
    dropped: ['zebra'],
  };
}

const counts = fc.array(fc.tuple(fc.string({ maxLength: 12, unit: 'binary' }), fc.nat({ max: 10_000 })), { maxLength: 20 }).map((e) => new Map(e));

describe('search JSON text', () => {
  it('parses to the generic form of the same answer, for any facet values', () => {
    fc.assert(
      fc.property(fc.record({ speaker: counts, source: counts, kind: counts, collection: counts }), (facets) => {
        const r = result(facets);
        const parsed: unknown = JSON.parse(searchJsonText('the "q" <b>', r, BASE));
        expect(parsed).toEqual(
          JSON.parse(
            JSON.stringify({
              query: 'the "q" <b>',
              total: 42,
              page: 2,
              perPage: 3,
              dropped: ['zebra'],
              hits: r.hits.map((h) => hitJson(h, BASE)),
              facets: Object.fromEntries(Object.entries(facets).map(([name, m]) => [name, Object.fromEntries(m)])),
            }),
          ),
        );
      }),
    );
  });

  it('writes facets as objects in a fixed order, and empty facets as {}', () => {
    const empty = { speaker: new Map(), source: new Map(), kind: new Map(), collection: new Map() };
    expect(facetsJson(empty)).toBe('{"speaker":{},"source":{},"kind":{},"collection":{}}');
    expect(facetsJson({ ...empty, kind: new Map([['turn', 3], ['prose', 1]]) })).toBe('{"speaker":{},"source":{},"kind":{"turn":3,"prose":1},"collection":{}}');
  });

  it('gives every hit its permalink, and its times when the format has them', () => {
    const [quote] = fixtureQuotes();
    const hit = hitJson({ quote: { ...quote!, time: { start: 1.5, end: 3 } }, highlight: 'x' }, BASE);
    expect(hit.url).toBe(`${BASE}/q/${quote!.id}`);
    expect(hit.time).toEqual({ start: 1.5, end: 3 });
    expect(hit.highlight).toBe('x');
    expect('time' in hitJson({ quote: { ...quote!, time: undefined }, highlight: 'x' }, BASE)).toBe(false);
  });
});
