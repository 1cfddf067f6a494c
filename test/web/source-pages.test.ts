/**
 * Long sources are read a page at a time: pages break by quote count and by length, every quote is
 * on exactly one page with its anchor, a prose page shows only its own part of the text, and a
 * permalink links to the page that shows its quote.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import type { Quote, Source } from '../../server/corpus/model.ts';
import { toCatalog, toDocuments, toTexts } from '../../server/indexer/snapshot.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';
import type { SearchEngine, SourceTextRange } from '../../server/search/engine.ts';
import { PAGE_CHARACTERS, PAGE_QUOTES, pageBreaks, pageOf, pageQuotes } from '../../server/search/source-pages.ts';
import { testConfig } from './helpers.ts';

const speaker = { slug: 'ann', name: 'Ann Example', role: 'subject' };

function source(slug: string, layout: 'transcript' | 'prose', text: string): Source {
  return {
    slug,
    collection: 'long',
    path: `long/${slug}.txt`,
    format: 'text',
    reader: layout === 'prose' ? 'prose' : 'labelled',
    layout,
    meta: { title: `Source ${slug}`, kind: layout === 'prose' ? 'review' : 'interview', inferred: [] },
    text,
    contentStart: 0,
  };
}

function quote(src: string, ordinal: number, text: string, start: number, kind: Quote['kind'] = 'turn'): Quote {
  return {
    id: `${src}_${ordinal}`,
    text,
    kind,
    speaker,
    attribution: { method: 'label', confidence: 1 },
    source: src,
    collection: 'long',
    position: { ordinal, start, end: start + text.length, line: ordinal + 1 },
    prev: null,
    next: null,
    quotedIn: [],
  };
}

/** A transcript of two and a half pages of short turns, one of 8 turns longer than a page, and a review of 500 sentences. */
function longCorpus() {
  const sources: Source[] = [];
  const quotes: Quote[] = [];
  const transcript = (slug: string, turns: string[]) => {
    let text = '';
    turns.forEach((t, i) => {
      text += 'ANN: ';
      quotes.push(quote(slug, i, t, text.length));
      text += `${t}\n\n`;
    });
    sources.push(source(slug, 'transcript', text));
  };
  transcript('many-turns', Array.from({ length: TURNS }, (_, i) => `Turn number ${i} says little.`));
  transcript('long-turns', Array.from({ length: 8 }, (_, i) => `Long turn ${i} ${'word '.repeat(PAGE_CHARACTERS / 4)}`));
  // A review: sentences, every fifth quoting someone inside it; a blank line every ten sentences.
  let text = 'Headline of the review\n\n';
  let ordinal = 0;
  for (let i = 0; i < 500; i++) {
    const sentence = i % 5 === 0 ? `Sentence ${i} says “quoted words ${i}” aloud.` : `Sentence ${i} is the critic's own.`;
    const start = text.length;
    quotes.push(quote('review', ordinal++, sentence, start, 'prose'));
    if (i % 5 === 0) {
      const inner = `quoted words ${i}`;
      quotes.push(quote('review', ordinal++, inner, start + sentence.indexOf(inner), 'quotation'));
    }
    text += sentence + (i % 10 === 9 ? '\n\n' : ' ');
  }
  sources.push(source('review', 'prose', text));
  const builtAt = '2026-03-01T00:00:00.000Z';
  const collections = [{ slug: 'long', title: 'Long sources', speakers: [{ ...speaker, aliases: [] }] }];
  const documents = toDocuments(sources, quotes);
  const catalog = toCatalog({ collections, sources, quotes, speakers: [{ ...speaker, aliases: [] }] }, builtAt);
  return { snapshot: { quotes: documents, catalog, texts: toTexts(sources), permalinks: [] }, reviewText: text };
}

/** Turns of the long transcript: three pages, the last half full. */
const TURNS = 2 * PAGE_QUOTES + PAGE_QUOTES / 2;
/** A turn on the second page. */
const ON_PAGE_TWO = PAGE_QUOTES + PAGE_QUOTES / 4;

let engine: SearchEngine;
let app: Express;
let reviewText: string;
const ranges: Array<[number, number]> = [];
beforeAll(async () => {
  const corpus = longCorpus();
  reviewText = corpus.reviewText;
  const inner = await createEmbeddedEngine();
  await inner.replaceAll(corpus.snapshot);
  // Record which parts of the text the pages ask for.
  engine = new Proxy(inner, {
    get: (target, prop) =>
      prop === 'sourceTextRange'
        ? async (slug: string, start: number, end: number): Promise<SourceTextRange | null> => {
            ranges.push([start, end]);
            return target.sourceTextRange(slug, start, end);
          }
        : Reflect.get(target, prop),
  });
  app = createApp({ engine, config: testConfig() });
});
afterAll(async () => engine.close());

/** Page HTML with the entities Handlebars writes in attributes decoded. */
const page = async (path: string, status = 200) => {
  const res = await request(app).get(path).expect(status);
  return res.text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
};
/** The accessible names of a page's nav landmarks (each must differ: axe's landmark-unique). */
const navNames = (html: string) => [...html.matchAll(/<nav [^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!);
const anchors = (html: string) => [...html.matchAll(/id="((?:many-turns|long-turns|review)_\d+)"/g)].map((m) => m[1]!);

describe('page breaks', () => {
  it('break by quote count and by characters, never leaving a page empty', () => {
    expect(pageBreaks(Array(TURNS).fill(10))).toEqual([PAGE_QUOTES, 2 * PAGE_QUOTES]);
    expect(pageBreaks(Array(5).fill(PAGE_CHARACTERS * 2))).toEqual([1, 2, 3, 4]);
    expect(pageBreaks([PAGE_CHARACTERS / 2, PAGE_CHARACTERS / 2, 1])).toEqual([2]);
    expect(pageBreaks([])).toEqual([]);
    const record = { quoteCount: 450, pages: [200, 400] };
    expect([0, 199, 200, 449].map((o) => pageOf(record, o))).toEqual([1, 1, 2, 3]);
    expect(pageQuotes(record, 3)).toEqual({ offset: 400, limit: 50 });
    // An index built before breaks were stored: pages of PAGE_QUOTES.
    expect(pageOf({ quoteCount: 3 * PAGE_QUOTES }, 2 * PAGE_QUOTES + 1)).toBe(3);
  });
});

describe('a long transcript', () => {
  it('shows one page of turns at a time, every turn on exactly one page', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await request(app).get(`/sources/many-turns${page > 1 ? `?page=${page}` : ''}`).expect(200);
      expect(res.text).toContain(`Page ${page} of 3`);
      seen.push(...anchors(res.text));
    }
    expect(seen).toEqual(Array.from({ length: TURNS }, (_, i) => `many-turns_${i}`));
    // The charts of a page are the page's; the first page is the source's canonical address.
    const second = await page('/sources/many-turns?page=2');
    expect(second).toContain('This page at a glance');
    expect(second).not.toContain('rel="canonical"');
    expect(await page('/sources/many-turns')).toContain('rel="canonical" href="http');
    // Past the last page: the last page (as on every paged page); not a page number: a 400.
    expect((await request(app).get('/sources/many-turns?page=4').expect(302)).headers.location).toBe('/sources/many-turns?page=3');
    expect((await request(app).get('/sources/many-turns?page=none').expect(400)).text).toContain('page must be a whole number from 1');
    // Its two pagers are two landmarks, named apart.
    expect(navNames(second)).toEqual(['Main', 'Pages of this source', 'Pages of this source, after the text']);
  });

  it('keeps pages of very long turns short', async () => {
    const res = await request(app).get('/sources/long-turns').expect(200);
    expect(anchors(res.text)).toEqual(['long-turns_0']);
    // One turn is 1.25 pages of characters, two would be 2.5: the rest is the page around them
    // (provenance, citations, charts).
    expect(res.text.length).toBeLessThan(PAGE_CHARACTERS * 2);
    expect(res.text).toContain('Page 1 of 8');
  });

  it('links a permalink to the page that shows its quote', async () => {
    expect(await page(`/q/many-turns_${ON_PAGE_TWO}`)).toContain(`href="/sources/many-turns?page=2#many-turns_${ON_PAGE_TWO}"`);
    expect(await page('/sources/many-turns?page=2')).toContain(`id="many-turns_${ON_PAGE_TWO}"`);
    expect(await page('/q/many-turns_3')).toContain('href="/sources/many-turns#many-turns_3"');
  });
});

describe('a long review', () => {
  it('shows each page its own part of the text, every quote anchored on exactly one page', async () => {
    ranges.length = 0;
    const record = (await engine.catalog())!.sources.find((s) => s.slug === 'review')!;
    expect(record.pages?.length).toBeGreaterThan(0);
    const pages = record.pages!.length + 1;
    const seen: string[] = [];
    let words = '';
    for (let n = 1; n <= pages; n++) {
      const html = await page(`/sources/review?page=${n}`);
      seen.push(...anchors(html));
      const section = /<section class="source-text"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]!;
      words += section.replace(/<a class="pin[^"]*"[^>]*>¶<\/a>/g, '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
    }
    const total = (await engine.list({ source: 'review' }, { offset: 0, limit: 1000 })).quotes.map((q) => q.id);
    expect([...seen].sort()).toEqual([...total].sort());
    expect(new Set(seen).size).toBe(seen.length);
    // Together the pages hold the whole text, word for word, once.
    const normal = (s: string) => s.replace(/\s+/g, '');
    expect(normal(words)).toBe(normal(reviewText));
    // No page asked for the whole text.
    expect(ranges).toHaveLength(pages);
    for (const [start, end] of ranges) expect(Math.min(end, reviewText.length) - start).toBeLessThan(reviewText.length / 2);
  });

  it('links a quotation to its page', async () => {
    const quotes = (await engine.list({ source: 'review' }, { offset: 0, limit: 1000 })).quotes;
    const late = quotes.filter((q) => q.kind === 'quotation').at(-1)!;
    const record = (await engine.catalog())!.sources.find((s) => s.slug === 'review')!;
    const at = pageOf(record, late.position.ordinal);
    expect(at).toBeGreaterThan(1);
    expect(await page(`/q/${late.id}`)).toContain(`href="/sources/review?page=${at}#${late.id}"`);
    expect(await page(`/sources/review?page=${at}`)).toContain(`id="${late.id}"`);
  });
});

describe('long lists', () => {
  it('page /sources and /speakers, and keep the home page to the first few of each', async () => {
    const { LIST_PAGE_SIZE, HOME_LIST_SIZE } = await import('../../server/web/catalog-lists.ts');
    // 150 sources and 150 speakers, of one quote each, in one collection.
    const sources: Source[] = [];
    const quotes: Quote[] = [];
    const speakers = Array.from({ length: 150 }, (_, i) => ({ slug: `person-${i}`, name: `Person ${String(i).padStart(3, '0')}`, role: 'subject', aliases: [] }));
    for (let i = 0; i < 150; i++) {
      const slug = `source-${String(i).padStart(3, '0')}`;
      sources.push(source(slug, 'transcript', `ANN: Words ${i}\n`));
      quotes.push({ ...quote(slug, 0, `Words ${i}`, 5), speaker: { slug: `person-${i}`, name: `Person ${String(i).padStart(3, '0')}`, role: 'subject' } });
    }
    const catalog = toCatalog({ collections: [{ slug: 'long', title: 'Long sources', speakers }], sources, quotes, speakers }, '2026-03-02T00:00:00.000Z');
    const many = await createEmbeddedEngine();
    await many.replaceAll({ quotes: toDocuments(sources, quotes), catalog, texts: toTexts(sources), permalinks: [] });
    const listApp = createApp({ engine: many, config: testConfig() });
    const links = (html: string, kind: string) => [...html.matchAll(new RegExp(`href="/${kind}/([a-z0-9-]+)"`, 'g'))].map((m) => m[1]);

    const first = await request(listApp).get('/sources').expect(200);
    expect(links(first.text, 'sources')).toHaveLength(LIST_PAGE_SIZE);
    const last = await request(listApp).get('/sources?collection=long&page=3').expect(200);
    expect(links(last.text, 'sources')).toHaveLength(150 - 2 * LIST_PAGE_SIZE);
    expect((await request(listApp).get('/sources?page=4').expect(302)).headers.location).toBe('/sources?page=3');
    expect(navNames(last.text)).toEqual(['Main', 'Pages of sources', 'Pages of sources, after the list']);
    await request(listApp).get('/sources?collection=nope').expect(404);

    const people = await request(listApp).get('/speakers?page=2').expect(200);
    expect(new Set(links(people.text, 'speakers')).size).toBe(LIST_PAGE_SIZE);
    expect(navNames(people.text)).toEqual(['Main', 'Pages of speakers', 'Pages of speakers, after the list']);

    const home = (await request(listApp).get('/').expect(200)).text.replace(/&#x3D;/g, '=');
    // The list of sources holds the first few; the chart's data table, the most quoted — not all 150.
    const listed = /<section aria-labelledby="sources-long">([\s\S]*?)<\/section>/.exec(home)![1]!;
    expect(links(listed, 'sources')).toHaveLength(HOME_LIST_SIZE);
    expect(new Set(links(home, 'sources')).size).toBeLessThan(150);
    expect(home).toContain('<a href="/sources?collection=long">All 150 sources</a>');
    expect(home).toContain('<a href="/speakers">All 150 speakers</a>');
    await many.close();
  });
});
