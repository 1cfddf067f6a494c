/**
 * The search page as a researcher uses it: facets that combine without JavaScript, why a hit
 * matched (typo notes, names and titles offered as filters), the order offered only where results
 * have dates, pages past the last one, unknown filter values, and quotation marks that nest.
 */
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { titleText } from '../../server/web/page-meta.ts';
import { corpusCopy, indexedEngine, meta, seededApp, testConfig } from './helpers.ts';

let app: Express;
beforeAll(async () => {
  ({ app } = await seededApp());
});

const get = (url: string) => request(app).get(url);
/** A page's HTML with the entities Handlebars writes inside attributes decoded, to match URLs. */
const page = async (url: string) => (await get(url)).text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
const checkbox = (field: string, value: string) => new RegExp(`<input type="checkbox" id="f-${field}-\\d+" name="${field}" value="${value}"( checked)?>`);

describe('facets', () => {
  it('are one GET form of checkboxes that keeps the query, and list the other values of a chosen field with their counts', async () => {
    const html = await page('/search?q=camera&speaker=hamoud');
    expect(html).toMatch(/<form class="facet-form" action="\/search" method="get">\s*<input type="hidden" name="q" value="camera">/);
    expect(checkbox('speaker', 'hamoud').exec(html)?.[1]).toBe(' checked');
    // The two critics stay listed, unticked, with the quote each would add.
    for (const critic of ['000-acea1c6f1abc6d80-critic', '002-e9c1e3c8df0d4fff-critic']) {
      expect(checkbox('speaker', critic).exec(html)?.[1]).toBeUndefined();
    }
    expect(html).toMatch(/Unnamed critic \(Review of City of Ghosts, 002_e9c1e3c8df0d4fff\.txt\)<\/span> <span class="count">1</);
    expect(html).toContain('<button type="submit">Apply filters</button>');
    // The page's title says whose quotes it holds, not only the words.
    expect(html).toContain('<title>“camera” — Hamoud · Verbatim</title>');
    expect(await page('/search?speaker=hamoud')).toContain('<title>Quotes — Hamoud · Verbatim</title>');
  });

  it('combine: several values of one field match either of them', async () => {
    const one = await page('/search?q=camera&speaker=hamoud');
    expect(one).toMatch(/1 quote matches/);
    const two = await page('/search?q=camera&speaker=hamoud&speaker=002-e9c1e3c8df0d4fff-critic');
    expect(two).toMatch(/2 quotes match/);
    expect(checkbox('speaker', '002-e9c1e3c8df0d4fff-critic').exec(two)?.[1]).toBe(' checked');
    // Counts of another field are over the filtered results.
    expect(two).toMatch(/Quoted in a review or article<\/span> <span class="count">1</);
  });
});

describe('why a hit matched', () => {
  it('says which word a typo matched', async () => {
    const html = (await get('/search?q=cmaera')).text;
    expect(html).toMatch(/3 quotes match/);
    expect(html).toContain('<p class="match-note">Spelling: <span class="typed">cmaera</span> <span aria-hidden="true">→</span><span class="visually-hidden"> matched</span> <mark>camera</mark></p>');
    expect((await get('/search?q=camera')).text).not.toContain('class="match-note"');
    // The API says it too.
    const api = await get('/api/search?q=cmaera').expect(200);
    expect(api.body.hits[0].corrected).toEqual([{ typed: 'cmaera', matched: 'camera' }]);
    expect((await get('/api/search?q=camera')).body.hits[0]).not.toHaveProperty('corrected');
  });

  it('offers a speaker the query names as a filter, with the rest of the words', async () => {
    const html = await page('/search?q=heineman+camera');
    expect(html).toMatch(/The speaker <a href="\/speakers\/matthew-heineman">Matthew Heineman<\/a>: <a href="\/search\?q=camera&speaker=matthew-heineman">their quotes with “camera”<\/a>/);
    const alone = await page('/search?q=alhamza');
    expect(alone).toMatch(/<a href="\/search\?speaker=abdalaziz-alhamza">all their quotes<\/a>/);
  });

  it('offers a source whose title has every word', async () => {
    const html = await page('/search?q=syria+movie');
    expect(html).toMatch(/The source <a href="\/sources\/001-d12ca1375d55f297">Syria War Movie &#x27;City of Ghosts&#x27; Shows Citizens [^<]*<\/a>: <a href="\/search\?source=001-d12ca1375d55f297">all its quotes<\/a>/);
    expect(await page('/search?q=syria+zebra')).not.toContain('The source');
  });

  it('offers nothing for function words alone, which many titles and names hold', async () => {
    // "for" and "their" are both in the title above; "their for syria" still names it.
    expect(await page('/search?q=their')).not.toContain('Your search names');
    expect(await page('/search?q=for+their')).not.toContain('Your search names');
    expect(await page('/search?q=their+for+syria')).toContain('The source <a href="/sources/001-d12ca1375d55f297">');
  });

  it('explains under the search box what is searched', async () => {
    expect((await get('/search')).text).toContain('Finds the quotes that say every word (speakers and titles are filters).');
  });
});

describe('order', () => {
  it('is not offered by date when no result has a date, and is applied by its own button', async () => {
    const html = await page('/search?q=camera');
    expect(html).toMatch(/<form class="sort-form" action="\/search" method="get">\s*<input type="hidden" name="q" value="camera">/);
    expect(html).toContain('<option value="source">Transcript order</option>');
    expect(html).not.toContain('value="date:desc"');
    expect(html).toMatch(/<button type="submit" class="secondary" data-autosubmit-button>Apply/);
  });

  describe('with dated sources', () => {
    let dated: Express;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const copy = await corpusCopy();
      cleanup = copy.cleanup;
      await copy.edit('city-of-ghosts/003_e883455660d33f06.txt.yml', (text) => `${text}date: 2017-07-08\n`);
      dated = createApp({ engine: await indexedEngine(copy.dir), config: testConfig() });
    });
    afterAll(() => cleanup());

    it('offers newest and oldest first', async () => {
      const html = (await request(dated).get('/search?q=heineman')).text;
      expect(html).toContain('<option value="date:desc">Newest first</option>');
      const browse = (await request(dated).get('/search?sort=date:desc')).text;
      expect(browse).toContain('<option value="date:desc" selected>Newest first</option>');
    });
  });
});

describe('pages and filters that lead nowhere', () => {
  it('answers a page past the last one with the last page', async () => {
    const res = await get('/search?page=99');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/search?page=4');
    expect((await get('/search?q=camera&page=2')).headers.location).toBe('/search?q=camera');
    const speaker = await get('/speakers/matthew-heineman?page=9');
    expect(speaker.status).toBe(302);
    expect(speaker.headers.location).toBe('/speakers/matthew-heineman');
  });

  it('answers it alike on every paged page, however far past the end (within the parameter’s syntax)', async () => {
    const source = (await page('/sources')).match(/href="\/sources\/([a-z0-9-]+)"/)![1]!;
    const expected: Array<[string, string]> = [
      // Deeper than search pages go (500): still the last page, not a 400.
      ['/search?page=999', '/search?page=4'],
      ['/search?q=camera&page=100000', '/search?q=camera'],
      // Nothing found: page 1 is the last page.
      ['/search?q=zebra&page=3', '/search?q=zebra'],
      ['/speakers?page=2', '/speakers'],
      ['/sources?page=4', '/sources'],
      ['/sources?collection=city-of-ghosts&page=2', '/sources?collection=city-of-ghosts'],
      [`/sources/${source}?page=4`, `/sources/${source}`],
      ['/speakers/matthew-heineman?page=999', '/speakers/matthew-heineman'],
    ];
    for (const [url, location] of expected) {
      const res = await get(url);
      expect([url, res.status, res.headers.location]).toEqual([url, 302, location]);
    }
    // Not a page number at all: a 400 naming page, on each of them.
    for (const url of ['/search?page=abc', '/search?page=100001', '/speakers?page=0', '/sources?page=-1', `/sources/${source}?page=1.5`, '/speakers/matthew-heineman?page=x']) {
      const res = await get(url);
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.text).toContain('The problem is with the <strong>page</strong> parameter');
    }
  });

  it('says so when a filter names an unknown speaker or source', async () => {
    const html = await page('/search?q=camera&speaker=nobody&source=no-such-source');
    expect(html).toContain('There is no speaker “nobody” in the corpus, so this filter matches no quote. <a href="/search?q=camera&source=no-such-source">Search without it</a>.');
    expect(html).toContain('There is no source “no-such-source” in the corpus');
  });
});

describe('a query without words', () => {
  it.each(['😀', '-', '""', '- "…"'])('“%s” is no query: every quote, saying why, never that they match it', async (q) => {
    const html = await page(`/search?q=${encodeURIComponent(q)}`);
    expect(html).not.toMatch(/quotes? match/);
    expect(html).toMatch(/<h2 id="results-title"[^>]*>\s*\d+ quotes/);
    expect(html).toContain('has no words to search (letters or digits), so this shows every quote.');
    // The API answers as the page does: no query, every quote.
    const api = (await get(`/api/search?q=${encodeURIComponent(q)}`)).body;
    const all = (await get('/api/search')).body;
    expect(api).toMatchObject({ query: '', total: all.total });
  });

  it('leaves a query of excluded words alone', async () => {
    const html = await page('/search?q=-camera');
    expect(html).not.toContain('has no words to search');
    expect((await get('/api/search?q=-camera')).body.query).toBe('-camera');
  });
});

describe('quotation marks', () => {
  it('nest: a quote shown inside double marks has its own double marks made single', async () => {
    const html = (await get('/search?q=worst+state')).text;
    expect(html).toContain('<p>‘Raqqa is in the <mark>worst</mark> <mark>state</mark> it has ever been,’ Ibrahim');
    expect((await get('/search?q=camera+%22holds+the+camera%22')).text).toMatch(/<title>“camera ‘holds the camera’” · Verbatim<\/title>/);
  });
});

describe('page titles and share tags', () => {
  it('give each speaker page its own title, description and share tags', async () => {
    const html = (await get('/speakers/matthew-heineman')).text;
    expect(html).toContain('<title>Matthew Heineman · Verbatim</title>');
    expect(meta(html, 'og:title')).toBe('Matthew Heineman');
    expect(meta(html, 'description')).toBe('Matthew Heineman, director: 7 quotes in 3 sources (City of Ghosts). Director of City of Ghosts and Cartel Land.');
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
    expect(meta(html, 'og:url')).toBe('https://verbatim.test/speakers/matthew-heineman');
  });

  it('give each source page its own title, description and share tags, cut at a word', async () => {
    const html = (await get('/sources/001-d12ca1375d55f297')).text;
    const title = /<title>(.*) · Verbatim<\/title>/.exec(html)![1]!;
    expect(title).toBe('Syria War Movie &#x27;City of Ghosts&#x27; Shows Citizens Fighting for Their…');
    expect(meta(html, 'og:title')).toBe(title);
    expect(meta(html, 'description')).toMatch(/^Review, about City of Ghosts: \d+ quotes by \d+ speakers, each with a permanent link\.$/);
  });

  it('never end in a cut-off word', () => {
    expect(titleText('Raqqa is being slaughtered silently', 20)).toBe('Raqqa is being…');
    expect(titleText('Supercalifragilisticexpialidocious words', 10)).toBe('Supercalifragilisticexpialidocious…');
    expect(titleText('Short, sweet', 40)).toBe('Short, sweet');
    expect(titleText('One, two, three', 10)).toBe('One, two…');
  });
});
