/**
 * The citation processors run the styles without their sort keys (`withoutSortKeys`): a processor
 * formats one item at a time, so they never order anything, but citeproc-js builds them into most of
 * the processors' memory. These tests hold both halves of that: the same output as the style as
 * written, for every kind of source and every way a quote is cited, and the memory it saves.
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../server/corpus/model.ts';
import { cslItem } from '../../server/web/citations/csl-item.ts';
import type { CitationFacts } from '../../server/web/citations/facts.ts';
import { createProcessor, withoutSortKeys } from '../../server/web/citations/processor.ts';
import { CORE_STYLES, loadStyles } from '../../server/web/citations/styles.ts';

const { styles } = loadStyles();
const core = styles.filter((s) => s.key in CORE_STYLES);

const name = fc.constantFrom('Ira Glass', 'Simone de Beauvoir', 'Michel Martin', 'Farhad Manjoo', 'Ludwig van Beethoven', 'Zhang Wei', 'Jean-Luc Godard');
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const factsArb: fc.Arbitrary<CitationFacts> = fc.record({
  kind: fc.constantFrom(...SOURCE_KINDS),
  title: maybe(fc.constantFrom('Filming the Fight Against ISIS', 'City of Ghosts Review – A Brave, Brutal Portrait', 'Amusement Park', 'What the “Camera” Saw')),
  description: fc.constant('Interview'),
  outlet: maybe(fc.constantFrom('NPR', 'The Guardian', 'WBEZ Chicago')),
  programme: maybe(fc.constantFrom('All Things Considered', 'This American Life')),
  episode: maybe(fc.constantFrom('443', '12')),
  medium: fc.constantFrom('radio' as const, 'television' as const, null),
  author: maybe(name),
  director: maybe(name),
  repository: maybe(fc.constant('Studs Terkel Radio Archive')),
  url: maybe(fc.constantFrom('https://www.npr.org/x', 'https://example.org/a?b=c')),
  date: maybe(fc.constantFrom('2017', '2017-07', '2017-07-09', '1960-05-04')),
  accessed: maybe(fc.constant('2026-11-30')),
  hosts: fc.array(name, { maxLength: 2 }),
  interviewer: maybe(name),
  guests: fc.array(name, { maxLength: 3 }),
  work: maybe(fc.record({ title: fc.constant('City of Ghosts'), director: maybe(name), year: maybe(fc.constant(2017)) })),
  inferred: fc.constant([]),
});
const citeArb = fc.record({ quotedPerson: maybe(name), timestamp: maybe(fc.constantFrom('8:32', '1:02:03')) });

describe('citation styles without their sort keys', () => {
  it('remove every <sort> element and nothing else', () => {
    for (const style of core) {
      const out = withoutSortKeys(style.xml);
      expect(out).not.toMatch(/<sort\b|<\/sort>/);
      expect(out.length).toBeLessThan(style.xml.length);
      // The bibliography and citation layouts are all still there.
      expect(out.match(/<layout\b/g)?.length).toBe(style.xml.match(/<layout\b/g)?.length);
      expect(out.match(/<macro\b/g)?.length).toBe(style.xml.match(/<macro\b/g)?.length);
    }
  });

  it('leave a <sort> in a comment alone and remove an empty <sort/> without taking what follows it', () => {
    const mla = core.find((s) => s.key === 'mla')!;
    const dropIn = {
      ...mla,
      key: 'mla-edited',
      xml: mla.xml.replace('<citation', '<!-- the <sort> keys below are MLA\'s own --><citation').replace(/(<citation\b[^>]*>)/, '$1<sort/>'),
    };
    expect(dropIn.xml).toMatch(/<!-- the <sort> keys/);
    expect(withoutSortKeys(dropIn.xml)).toContain('<!-- the <sort> keys below are MLA\'s own -->');
    expect(withoutSortKeys(dropIn.xml)).not.toMatch(/<sort\/>/);
    const { item } = cslItem({ ...(fc.sample(factsArb, { numRuns: 1, seed: 7 })[0]!), kind: 'podcast', title: 'Amusement Park', hosts: ['Ira Glass'] }, { id: 'abc_123456789abc', permalink: 'https://verbatim.test/q/abc_123456789abc', today: '2026-11-30', properWords: new Set() });
    const cite = { quotedPerson: null, timestamp: '8:32' };
    expect(createProcessor([dropIn]).format(item, cite)).toEqual(createProcessor([dropIn], { keepSortKeys: true }).format(item, cite));
  }, 30_000);

  it('format every kind of source exactly as the style as written does (APA, MLA, Chicago)', () => {
    const written = createProcessor(core, { keepSortKeys: true });
    const unsorted = createProcessor(core);
    fc.assert(
      fc.property(factsArb, citeArb, (facts, cite) => {
        const { item } = cslItem(facts, { id: 'abc_123456789abc', permalink: 'https://verbatim.test/q/abc_123456789abc', today: '2026-11-30', properWords: new Set() });
        expect(unsorted.format(item, cite)).toEqual(written.format(item, cite));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('build the three core styles in a small part of the memory the written styles take', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfter = (make: () => unknown): number => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = make();
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      expect(kept).toBeDefined();
      return grown / 2 ** 20;
    };
    const item = { id: 'warm-up', type: 'article-newspaper', title: 'Warm-up' } as const;
    const build = (keepSortKeys: boolean) => () => {
      const p = createProcessor(core, { keepSortKeys });
      p.format(item, { quotedPerson: null, timestamp: null });
      return p;
    };
    const unsorted = heapAfter(build(false));
    const written = heapAfter(build(true));
    // Measured: 12 MB against 221 MB.
    expect(unsorted).toBeLessThan(60);
    expect(written).toBeGreaterThan(3 * unsorted);
  }, 60_000);
});
