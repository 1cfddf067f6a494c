import { describe, expect, it } from 'vitest';
import { corrections } from '../../server/search/corrections.ts';
import { MARK_END, MARK_START } from '../../server/search/highlight.ts';
import { parseQuery } from '../../server/search/query.ts';

const m = (s: string) => s.replace(/\[/g, MARK_START).replace(/\]/g, MARK_END);
const of = (q: string, marked: string) => corrections(parseQuery(q).parts, m(marked));

describe('typo corrections of a hit', () => {
  it('name the query word each typo match stands for, the nearest one when there are several', () => {
    expect(of('raqqe camrea ', 'In [Raqqa] the [camera] rolled')).toEqual([
      { typed: 'raqqe', matched: 'raqqa' },
      { typed: 'camrea', matched: 'camera' },
    ]);
    expect(of('camrea ', 'the [Camera], the [camera] again')).toEqual([{ typed: 'camrea', matched: 'camera' }]);
  });

  it('leave out exact words, phrase words and extensions of the prefix typed last', () => {
    expect(of('"being slaughtered" propag', '[Being] [Slaughtered] and [propaganda]')).toEqual([]);
    expect(of('propoga', 'their [propaganda] videos')).toEqual([{ typed: 'propoga', matched: 'propaganda' }]);
    expect(of('film', '[film]')).toEqual([]);
  });
});
