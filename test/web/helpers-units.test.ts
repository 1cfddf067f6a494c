/**
 * The pure pieces behind the pages: text fragments and search links, source text segmentation,
 * pagination windows and Markdown sanitizing.
 */
import { describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import { searchHref, textDirective, toggleFilter, type SearchState } from '../../server/web/links.ts';
import { renderMarkdown } from '../../server/web/markdown.ts';
import { paragraphRanges, proseParagraphs, turnParagraphs } from '../../server/web/source-text.ts';
import { pager } from '../../server/web/view-models.ts';

describe('text fragments', () => {
  it('matches a short quote whole and a long one by its first and last four words', () => {
    expect(textDirective('Whoever holds the camera is stronger')).toBe(':~:text=Whoever%20holds%20the%20camera%20is%20stronger');
    expect(textDirective('one two three four five six seven eight nine')).toBe(':~:text=one%20two%20three%20four,six%20seven%20eight%20nine');
  });

  it('percent-encodes the characters that mean something in a directive, and non-ASCII', () => {
    expect(textDirective('Kurdish-Arab alliance, 50% & more’s')).toBe(':~:text=Kurdish%2DArab%20alliance%2C%2050%25%20%26%20more%E2%80%99s');
    expect(textDirective('a\n  b')).toBe(':~:text=a%20b');
  });
});

describe('search links', () => {
  const state: SearchState = { q: 'camera', filters: { speaker: ['hamoud'], source: [], kind: ['quotation'], collection: [] }, sort: 'relevance', page: 3, perPage: 20 };
  it('keeps the state, leaves defaults out and resets the page when filters change', () => {
    expect(searchHref(state)).toBe('/search?q=camera&speaker=hamoud&kind=quotation&page=3');
    expect(searchHref(toggleFilter(state, 'speaker', 'hamoud'))).toBe('/search?q=camera&kind=quotation');
    expect(searchHref(toggleFilter(state, 'speaker', 'ibrahim'))).toBe('/search?q=camera&speaker=hamoud&speaker=ibrahim&kind=quotation');
    expect(searchHref({ ...state, q: 'a "b c" -d', sort: 'date:desc', page: 1 })).toBe('/search?q=a+%22b+c%22+-d&speaker=hamoud&kind=quotation&sort=date%3Adesc');
  });
});

function quote(id: string, kind: QuoteDocument['kind'], start: number, end: number, speaker: string | null = null): QuoteDocument {
  return { id, kind, text: '', speaker: speaker ? { slug: speaker.toLowerCase(), name: speaker, role: 'subject' } : null, position: { ordinal: 0, start, end, line: 1 } } as unknown as QuoteDocument;
}

describe('source text', () => {
  const text = 'Headline\n\nHe said “stay alive” today. Then he left.\n\n“Run,” she said.';
  //            0         10        20        30        40        50        60
  const s1 = text.indexOf('He said');
  const q1 = text.indexOf('stay alive');
  const s2 = text.indexOf('Then');
  const q2 = text.indexOf('Run');

  it('nests quotations in the sentences that quote them and keeps unquoted text plain', () => {
    const paragraphs = proseParagraphs(text, 0, [
      quote('s1', 'prose', s1, s2 - 1),
      quote('q1', 'quotation', q1, q1 + 'stay alive'.length, 'Mohamed'),
      quote('s2', 'prose', s2, s2 + 'Then he left.'.length),
      quote('q2', 'quotation', q2, q2 + 3, 'Ghada'),
    ]);
    expect(paragraphs).toEqual([
      [{ type: 'text', text: 'Headline' }],
      [
        { type: 'sentence', id: 's1', children: [{ type: 'text', text: 'He said “' }, { type: 'quotation', id: 'q1', text: 'stay alive', speaker: 'Mohamed' }, { type: 'text', text: '” today.' }] },
        { type: 'text', text: ' ' },
        { type: 'sentence', id: 's2', children: [{ type: 'text', text: 'Then he left.' }] },
      ],
      [{ type: 'text', text: '“' }, { type: 'quotation', id: 'q2', text: 'Run', speaker: 'Ghada' }, { type: 'text', text: ',” she said.' }],
    ]);
  });

  it('never splits a quote across paragraphs', () => {
    const long = 'One.\n\nA “quote\n\nacross” here.';
    const start = long.indexOf('quote');
    expect(paragraphRanges(long, 0, long.length, [{ id: 'q', kind: 'quotation', start, end: long.indexOf('”'), speaker: null }])).toEqual([
      [0, 4],
      [6, long.length],
    ]);
  });

  it('starts after front matter', () => {
    const withMatter = '---\ntitle: x\n---\nBody text.';
    const from = withMatter.indexOf('Body');
    expect(proseParagraphs(withMatter, from, [])).toEqual([[{ type: 'text', text: 'Body text.' }]]);
  });

  it('splits a transcript turn at blank lines only', () => {
    expect(turnParagraphs('one\ntwo\n\nthree')).toEqual(['one two', 'three']);
  });
});

describe('pager', () => {
  const href = (n: number) => `/p${n}`;
  it('is absent for one page and windows long ranges', () => {
    expect(pager(1, 5, 20, href)).toBeNull();
    const p = pager(10, 400, 20, href)!;
    expect(p.links.map((l) => l.number)).toEqual([1, 8, 9, 10, 11, 12, 20]);
    expect(p.links.filter((l) => l.gapBefore).map((l) => l.number)).toEqual([8, 20]);
    expect(p.links.find((l) => l.current)?.number).toBe(10);
    expect([p.prev, p.next]).toEqual(['/p9', '/p11']);
  });
});

describe('markdown', () => {
  it('keeps formatting and plain links, drops script, images, styles and javascript: links', () => {
    const html = renderMarkdown('# Title\n\n*a* **b** [ok](https://example.org) [bad](javascript:alert(1)) ![i](https://x/y.png) <span style="color:red">s</span>\n\n<script>alert(1)</script>');
    expect(html).toBe(
      '<h3>Title</h3>\n<p><em>a</em> <strong>b</strong> <a href="https://example.org" rel="nofollow noopener noreferrer">ok</a> <a rel="nofollow noopener noreferrer">bad</a>  s</p>',
    );
    expect(renderMarkdown(undefined)).toBe('');
  });
});
