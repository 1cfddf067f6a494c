/** Property-based tests of the query parser: any input parses, and what it yields is safe and stable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropLast, formatQuery, MAX_QUERY_PARTS, parseQuery, queryPositions, type QueryPart } from '../../server/search/query.ts';

const RUNS = { numRuns: 1000 };
const queryish = fc.array(fc.oneof(fc.constantFrom('"', '-', ' ', '“', '”', '-"', 'camera', 'Café', 'it’s', '\\', '(', ')', 'OR', 'AND', '=', '*'), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((p) => p.join(''));
const terms = (parts: QueryPart[]) => parts.flatMap((p) => (p.kind === 'word' ? [p.term] : p.terms));

describe('the query parser', () => {
  it('parses anything into words of letters and digits only', () => {
    fc.assert(
      fc.property(fc.oneof(queryish, fc.string({ maxLength: 200 })), (q) => {
        const parsed = parseQuery(q);
        for (const t of [...terms(parsed.parts), ...terms(parsed.excluded)]) expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
        expect(parsed.parts.length).toBeLessThanOrEqual(MAX_QUERY_PARTS);
      }),
      RUNS,
    );
  });

  it('writes a query back as text that parses to the same query', () => {
    fc.assert(
      fc.property(queryish, (q) => {
        const parsed = parseQuery(q);
        const again = parseQuery(formatQuery(parsed));
        expect(again.parts).toEqual(parsed.parts);
        expect(again.excluded).toEqual(parsed.excluded);
        // Only letters, digits, spaces, straight quotes and minus signs reach an engine.
        expect(formatQuery(parsed)).toMatch(/^[\p{L}\p{N} "-]*$/u);
      }),
      RUNS,
    );
  });

  it('drops parts from the end only', () => {
    fc.assert(
      fc.property(queryish, fc.integer({ min: 0, max: 12 }), (q, n) => {
        const parsed = parseQuery(q);
        const dropped = dropLast(parsed, n);
        expect(terms(dropped.parts)).toEqual(terms(parsed.parts.slice(0, Math.max(0, parsed.parts.length - n))));
        expect(dropped.excluded).toEqual(parsed.excluded);
      }),
      RUNS,
    );
  });
});

describe('the query language, by example', () => {
  it('reads words, phrases, exclusions and the last word as a prefix', () => {
    expect(parseQuery('Camera -ISIS “holds the camera” stron')).toEqual({
      parts: [
        { kind: 'word', term: 'camera', prefix: false },
        { kind: 'phrase', terms: ['holds', 'the', 'camera'] },
        { kind: 'word', term: 'stron', prefix: true },
      ],
      excluded: [{ kind: 'word', term: 'isis', prefix: false }],
      ignored: [],
    });
    expect(parseQuery('camera ').parts).toEqual([{ kind: 'word', term: 'camera', prefix: false }]);
    expect(parseQuery('-"war of ideas" film').excluded).toEqual([{ kind: 'phrase', terms: ['war', 'of', 'ideas'] }]);
    expect(parseQuery('re-index').parts.map((p) => (p.kind === 'word' ? p.term : ''))).toEqual(['re', 'index']);
  });

  it('takes only the word typed last as a prefix: not one followed by an exclusion or a quote', () => {
    expect(parseQuery('hope -coalition').parts).toEqual([{ kind: 'word', term: 'hope', prefix: false }]);
    expect(parseQuery('-coalition hope').parts).toEqual([{ kind: 'word', term: 'hope', prefix: true }]);
    expect(parseQuery('"hope"').parts).toEqual([{ kind: 'word', term: 'hope', prefix: false }]);
    expect(parseQuery('hope "a b"').parts[0]).toEqual({ kind: 'word', term: 'hope', prefix: false });
  });

  it('writes the words to match first, exclusions after, unless the last word is a prefix', () => {
    const complete = parseQuery('bit more -less');
    expect(formatQuery(complete)).toBe('bit more -less ');
    expect(queryPositions(complete)).toEqual([0, 1]);
    const typing = parseQuery('-"not this" bit mo');
    expect(formatQuery(typing)).toBe('-"not this" bit mo');
    expect(queryPositions(typing)).toEqual([2, 3]);
    expect(queryPositions(parseQuery('"one of the" best'))).toEqual([0, 3]);
  });

  it('keeps a phrase of any length whole: it counts as one of the ten parts', () => {
    const long = 'during his campaign with a plan that s on the progress we ve made it clear';
    const parsed = parseQuery(`"${long}" and more`);
    expect(parsed.parts).toEqual([
      { kind: 'phrase', terms: long.split(' ') },
      { kind: 'word', term: 'and', prefix: false },
      { kind: 'word', term: 'more', prefix: true },
    ]);
    expect(parsed.ignored).toEqual([]);
  });

  it('keeps the first ten words, as Meilisearch does, and says which were ignored', () => {
    const parsed = parseQuery('one two three four five six seven eight nine ten eleven twelve');
    expect(parsed.parts).toHaveLength(10);
    expect(parsed.ignored).toEqual(['eleven', 'twelve']);
    expect(formatQuery(parsed)).toBe('one two three four five six seven eight nine ten ');
  });
});
