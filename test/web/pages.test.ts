/**
 * Acceptance tests of the HTML pages against the seed corpus: home, search (results, facets,
 * filters, pagination, help when nothing is found), permalinks (meta, text fragments, citations and
 * their downloads), speakers and sources; plus what every page shares (CSP, landmarks, labels).
 */
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { BASE_URL, meta, quoteStarting, seededApp, SOURCES, TEXTS } from './helpers.ts';

let app: Express;
let engine: SearchEngine;
let camera: QuoteDocument;
let turn: QuoteDocument;

beforeAll(async () => {
  ({ app, engine } = await seededApp());
  camera = await quoteStarting(engine, TEXTS.camera);
  turn = await quoteStarting(engine, TEXTS.heinemanTurn);
});

const get = (url: string) => request(app).get(url);
/** A page's HTML with the entities Handlebars writes inside attributes (`=`, `&`) decoded, to match URLs. */
const page = async (url: string) => (await get(url)).text.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
/** Visible text of some HTML, entities decoded, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('every page', () => {
  const pages = () => ['/', '/search?q=camera', `/q/${camera.id}`, '/speakers', '/speakers/matthew-heineman', '/sources', `/sources/${SOURCES.review}`, `/sources/${SOURCES.interview}`, '/nope'];

  it('sends a Content-Security-Policy without inline script or style, and uses no inline script, style or external asset', async () => {
    for (const url of pages()) {
      const res = await get(url);
      const csp = res.headers['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.text, url).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)/);
      expect(res.text, url).not.toMatch(/\sstyle=|<style/);
      for (const [, attr] of res.text.matchAll(/<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]*)"/g)) expect(attr, url).toMatch(/^(\/|https:\/\/verbatim\.test\/)/);
    }
  });

  it('has landmarks, a skip link, and a label for every visible input', async () => {
    for (const url of pages()) {
      const html = (await get(url)).text;
      expect(html, url).toContain('<a class="skip-link" href="#main">');
      for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(html, url).toContain(landmark);
      for (const [input] of html.matchAll(/<(?:input|select)\b[^>]*>/g)) {
        if (/type="hidden"/.test(input)) continue;
        const id = /\bid="([^"]+)"/.exec(input)?.[1];
        expect(id, `${url}: ${input}`).toBeDefined();
        expect(html, `${url}: label for ${id}`).toContain(`for="${id}"`);
      }
    }
  });

  it('serves its one stylesheet and one script, cached', async () => {
    for (const asset of ['/assets/verbatim.css', '/assets/verbatim.js']) {
      const res = await get(asset);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    }
  });
});

describe('home', () => {
  it('shows the search box, the collection with its sanitized Markdown description, speakers and sources', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<form class="search-form" role="search" action="/search" method="get">');
    expect(res.text).toMatch(/City of Ghosts <span class="muted">\(2017\)<\/span>/);
    expect(res.text).toContain('Directed by Matthew Heineman');
    expect(res.text).toContain('<em>City of Ghosts</em>');
    expect(res.text).toContain('<strong>Raqqa is Being Slaughtered Silently</strong>');
    expect(res.text).toMatch(/76 quotes<\/a> from 4 sources/);
    // Three of the 76 are nobody's: the lede counts quotes, not "attributed quotes".
    expect(res.text).toContain('Search 76 quotes from documentary interviews');
    expect(res.text).toContain('href="/speakers/abdalaziz-alhamza"');
    expect(res.text).toContain(`href="/sources/${SOURCES.interview}"`);
    expect(res.text).toContain('aria-current="page">Verbatim</a>');
  });
});

describe('search', () => {
  it('lists highlighted results with their attribution and permalink', async () => {
    const res = await get('/search?q=camera');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/3 quotes match/);
    expect(res.text).toContain('Whoever holds the <mark>camera</mark> is stronger');
    expect(res.text).toContain('<a class="who" href="/speakers/hamoud">Hamoud</a>');
    expect(res.text).toContain(`href="/q/${camera.id}"`);
    expect(res.text).toContain('<link rel="stylesheet" href="/assets/verbatim.css">');
    expect(res.text).toContain('<a href="/search" aria-current="page">Search</a>');
  });

  it('offers facets with names and titles, not slugs, and tells apart speakers who share a name', async () => {
    const html = await page('/search?q=camera');
    expect(html).toMatch(/name="speaker" value="hamoud"><label for="f-speaker-\d+"><span class="facet-label">Hamoud<\/span> <span class="count">1<span class="visually-hidden"> quote<\/span>/);
    expect(html).toMatch(/<span class="facet-label">Unnamed critic \(Review of City of Ghosts, 000_acea1c6f1abc6d80\.txt\)<\/span>/);
    expect(html).toMatch(/<span class="facet-label">Quoted in a review or article<\/span> <span class="count">1</);
    expect(html).not.toMatch(/facet-label">000-acea/);
  });

  it('applies a filter, shows it, and removes it in one click', async () => {
    const html = await page('/search?q=camera&speaker=hamoud');
    expect(html).toMatch(/1 quote matches/);
    expect(html).toContain('<a class="chip" href="/search?q=camera"><span class="chip-field">Speaker:</span> Hamoud');
    expect(html).toContain('<input type="hidden" name="speaker" value="hamoud">');
  });

  it('paginates', async () => {
    const first = await page('/search');
    expect(first).toMatch(/76 quotes <span class="muted">· showing 1–20<\/span>/);
    expect(first).toContain('<a href="/search?page=2" rel="next">');
    expect(first).toMatch(/href="\/search" aria-current="page"><span class="visually-hidden">Page <\/span>1<\/a>/);
    const last = await page('/search?page=4');
    expect(last).toMatch(/showing 61–76/);
    expect(last).toContain('<a href="/search?page=3" rel="prev">');
    expect(last).toContain('<span class="disabled">Next →</span>');
  });

  it('links to CSV and JSON exports of the current search', async () => {
    const html = await page('/search?q=camera&kind=quotation');
    expect(html).toContain('href="/api/search?q=camera&kind=quotation&format=csv"');
    expect(html).toContain('href="/api/search?q=camera&kind=quotation&format=json"');
    const csv = await get('/api/search?q=camera&kind=quotation&format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('Whoever holds the camera is stronger');
  });

  it('says which words were dropped when no quote has them all', async () => {
    const html = (await get('/search?q=camera+zebra')).text;
    expect(html).toContain('No quote has all of <strong>camera zebra</strong> — showing results for <strong>camera</strong>.');
    expect(html).toMatch(/3 quotes match <span class="muted">“camera”<\/span>/);
  });

  it('suggests a spelling that finds something', async () => {
    const html = await page('/search?q=raqa');
    expect(html).toContain('No quotes match');
    expect(html).toMatch(/Did you mean <a href="\/search\?q=raqqa">raqqa<\/a>\?/);
  });

  it('offers to drop each filter that hides every result', async () => {
    const html = await page('/search?q=bartender&speaker=hamoud');
    expect(html).toContain('No quotes match');
    expect(html).toMatch(/<a href="\/search\?q=bartender">Remove “Speaker: Hamoud”<\/a> <span class="muted">\(1 quote\)<\/span>/);
  });

  it('explains the query syntax', async () => {
    const html = (await get('/search')).text;
    expect(html).toMatch(/for an exact phrase and <code>-word<\/code> to leave a word out/);
  });
});

describe('permalink', () => {
  it('shows the quote, its speaker and source, with canonical, OpenGraph and Twitter meta', async () => {
    const res = await get(`/q/${camera.id}`);
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).toMatch(/<blockquote class="big-quote" cite="https:\/\/verbatim\.test\/q\/[^"]+" data-quote="[^"]+">\s*<p>Whoever holds the camera is stronger<\/p>/);
    expect(html).toContain(`<link rel="canonical" href="${BASE_URL}/q/${camera.id}">`);
    expect(meta(html, 'og:title')).toBe('“Whoever holds the camera is stronger”');
    expect(meta(html, 'og:description')).toBe('Hamoud, subject — Review of City of Ghosts');
    expect(meta(html, 'og:url')).toBe(`${BASE_URL}/q/${camera.id}`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image')).toMatch(new RegExp(`^${BASE_URL}/cards/q/${camera.id}\\.png\\?v&#x3D;\\w+$`));
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'twitter:title')).toBe(meta(html, 'og:title'));
    expect(meta(html, 'twitter:description')).toBe(meta(html, 'og:description'));
    expect(html).toContain('<a class="who" href="/speakers/hamoud">Hamoud</a>');
    expect(html).toContain(`<a href="/sources/${SOURCES.review}">`);
  });

  it('links into the source with a text fragment and with a plain anchor', async () => {
    const short = await page(`/q/${camera.id}`);
    expect(short).toContain(`href="/sources/${SOURCES.review}#:~:text=Whoever%20holds%20the%20camera%20is%20stronger"`);
    expect(short).toContain(`href="/sources/${SOURCES.review}#${camera.id}"`);
    const long = await page(`/q/${turn.id}`);
    expect(long).toContain(`href="/sources/${SOURCES.interview}#:~:text=You%20know%20I%20do,much%20different%20as%20well."`);
    // The words of the fragment are on the source page, and so is the anchor.
    const source = (await get(`/sources/${SOURCES.review}`)).text;
    expect(textOf(source)).toContain('Whoever holds the camera is stronger');
    expect(source).toContain(`id="${camera.id}"`);
  });

  it('shows the lines around the quote', async () => {
    const html = (await get(`/q/${camera.id}`)).text;
    expect(html).toContain('In context');
    expect(html).toMatch(/danger has a special taste/);
    expect(html).toContain('(this quote)');
  });

  it('gives APA, MLA and Chicago citations (HTML and plain text) with copy buttons, what is missing, and downloads', async () => {
    const html = (await get(`/q/${turn.id}`)).text;
    // The interview names no host, title or date: described, n.d., and the permalink only as where it was read.
    expect(textOf(html)).toMatch(/\[Interview with Matthew Heineman and Abdalaziz Alhamza\]\. \(n\.d\.\)\. NPR\. Retrieved \w+ \d+, \d{4}, from https:\/\/verbatim\.test\/q\//);
    expect(textOf(html)).toContain('Interview with Matthew Heineman and Abdalaziz Alhamza. NPR, https://verbatim.test/q/');
    expect(textOf(html)).toContain('no date in the source — check before citing');
    expect(textOf(html)).toContain('no original address in the source — the link is where it was read in Verbatim');
    expect(html).toMatch(/<button type="button" class="copy" data-copy-target="permalink-url" data-copy-what="[^"]+" hidden>/);
    for (const key of ['apa', 'mla', 'chicago']) {
      expect(html).toContain(`<button type="button" class="copy" data-copy-rich="cite-${key}" hidden>`);
      expect(html).toMatch(new RegExp(`<p id="cite-${key}" class="citation-text" data-plain="[^"]+">`));
    }
    expect(textOf(html)).toContain('APA Style 7th edition');
    expect(textOf(html)).toContain('Chicago Manual of Style 17th edition (notes and bibliography)');
    expect(html).toContain(`href="/q/${turn.id}/cite.bib" download`);
    expect(html).toContain(`href="/q/${turn.id}/cite.json" download`);
  });

  it('a review names the film it reviews, italic, and the quoted person “as cited in”', async () => {
    const html = (await get(`/q/${camera.id}`)).text;
    expect(html).toContain('[Review of the film <i>City of Ghosts</i>, by M. Heineman]. (n.d.).');
    expect(textOf(html)).toContain('(Hamoud, as cited in [Review of City of Ghosts], n.d.)');
    expect(textOf(html)).toContain('(qtd. in review of City of Ghosts)');
  });

  it('downloads BibTeX and CSL-JSON with their content types and file names', async () => {
    const bib = await get(`/q/${camera.id}/cite.bib`);
    expect(bib.status).toBe(200);
    expect(bib.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
    expect(bib.headers['content-disposition']).toBe(`attachment; filename="verbatim-${camera.id}.bib"`);
    expect(bib.text).toMatch(/^@misc\{review\w*-\w+,\n/);
    expect(bib.text).toContain("note = {Quoted: Hamoud: ``Whoever holds the camera is stronger''}");

    const csl = await get(`/q/${camera.id}/cite.json`).buffer(true).parse((res, done) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done(null, body));
    });
    expect(csl.headers['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(csl.headers['content-disposition']).toBe(`attachment; filename="verbatim-${camera.id}.json"`);
    const items = JSON.parse(csl.body as string);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: camera.id, type: 'review', URL: `${BASE_URL}/q/${camera.id}`, 'reviewed-title': 'City of Ghosts', note: 'Quoted: Hamoud: “Whoever holds the camera is stronger”' });
    expect(items[0]).not.toHaveProperty('author');
    expect(items[0]).not.toHaveProperty('issued');
  });

  it('puts the citations in the quote API', async () => {
    const res = await get(`/api/quotes/${turn.id}`);
    expect(res.status).toBe(200);
    const { citations } = res.body;
    expect(Object.keys(citations.styles).slice(0, 3)).toEqual(['apa', 'mla', 'chicago']);
    expect(citations.styles.apa.reference).toMatch(/^\[Interview with Matthew Heineman and Abdalaziz Alhamza\]\. \(n\.d\.\)\. NPR\. Retrieved /);
    expect(citations.styles.apa.inText).toBe('([Interview with Matthew Heineman and Abdalaziz Alhamza], n.d.)');
    expect(citations.styles.mla.reference).toMatch(/^Interview with Matthew Heineman and Abdalaziz Alhamza\. NPR, https:\/\/verbatim\.test\/q\//);
    expect(citations.styles.chicago.shortNote).toBe('Interview with Matthew Heineman and Abdalaziz Alhamza.');
    expect(citations.missing).toContain('no date in the source — check before citing');
    expect(citations.bibtex).toMatch(/^@misc\{/);
    expect(citations.csl).toMatchObject({ type: 'broadcast', publisher: 'NPR', genre: 'Interview with Matthew Heineman and Abdalaziz Alhamza' });
  });

  it('cites a word range (?w=) and turns the no-JavaScript form’s first and last words into one', async () => {
    const form = await get(`/q/${turn.id}?from=${encodeURIComponent('I do not start')}&to=${encodeURIComponent('goal in mind')}`);
    expect(form.status).toBe(303);
    expect(form.headers.location).toBe(`/q/${turn.id}?w=3-15#:~:text=I%20do%20not%20start,certain%20goal%20in%20mind`);
    const html = (await get(`/q/${turn.id}?w=3-15`)).text;
    expect(textOf(html)).toContain('Citing words 3–15: I do not start out making films with a certain goal in mind');
    expect(html).toContain('<p>You know <mark class="cited">I do not start out making films with a certain goal in mind</mark>. You know I think');
    expect(html).toContain(`${BASE_URL}/q/${turn.id}?w=3-15`);
    const api = (await get(`/api/quotes/${turn.id}?w=3-15`)).body;
    expect(api.excerpt).toEqual({ words: '3-15', text: 'I do not start out making films with a certain goal in mind', url: `${BASE_URL}/q/${turn.id}?w=3-15` });
    expect(api.citations.csl.note).toBe('Quoted: Matthew Heineman: “I do not start out making films with a certain goal in mind”');
    const bad = await get(`/q/${turn.id}?w=5-2`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('first not after last');
    expect((await get(`/q/${turn.id}?from=never%20said`)).status).toBe(400);
  });

  it('shows what is known about the source: given, inferred, or not in the source', async () => {
    const html = (await get(`/q/${camera.id}`)).text;
    expect(html).toContain('<h2 id="provenance-title">About the source</h2>');
    expect(html).toMatch(/<div class="fact fact-inferred"><dt>Title<\/dt>/);
    expect(html).toMatch(/<div class="fact fact-unknown"><dt>Date<\/dt><dd><span class="fact-status">not in the source<\/span>/);
    // Said once: not "not given not in the source".
    expect(html).not.toContain('not given');
    expect(html).toMatch(/<div class="fact fact-given"><dt>Collection<\/dt><dd>City of Ghosts \(2017\)/);
    expect(html).toContain(`href="/sources/${SOURCES.review}#cite-source">Cite this source</a>`);
  });
});

describe('speakers', () => {
  it('lists the speakers, named ones first', async () => {
    const html = (await get('/speakers')).text;
    expect(html).toContain('<a href="/speakers" aria-current="page">Speakers</a>');
    expect(html.indexOf('Matthew Heineman')).toBeLessThan(html.indexOf('Voices without a name'));
    expect(html).toContain('Director of City of Ghosts and Cartel Land.');
    // Two reviews share the inferred title "Review of City of Ghosts": their file names tell their critics apart.
    expect(html).toContain('>Unnamed critic (Review of City of Ghosts, 000_acea1c6f1abc6d80.txt)</a>');
    expect(html).toContain('>Unnamed critic (Review of City of Ghosts, 002_e9c1e3c8df0d4fff.txt)</a>');
    expect(html).toMatch(/>Unnamed host<\/a>/);
  });

  it('shows one speaker: role, aliases, description, counts per source, quotes and a search within their words', async () => {
    const html = (await get('/speakers/matthew-heineman')).text;
    expect(html).toContain('<h1 id="speaker-title">Matthew Heineman</h1>');
    expect(html).toMatch(/director/);
    expect(html).toMatch(/Also called: <span class="alias">Heineman<\/span>, <span class="alias">Matthew<\/span>/);
    expect(html).toMatch(/<td><a href="\/sources\/003-e883455660d33f06">Interview with Matthew Heineman and Abdalaziz Alhamza<\/a><\/td><td>Interview<\/td><td class="num"><a [^>]*>4<\/a><\/td>/);
    expect(html).toContain('<label for="speaker-q">Search within Matthew Heineman’s quotes</label>');
    expect(html).toContain('<input type="hidden" name="speaker" value="matthew-heineman">');
    expect(html).toMatch(/Quotes <span class="muted">1–7 of 7<\/span>/);
    expect(html).toContain('aria-current="true">Speakers</a>');
  });

  it('says so when a registered speaker has no quotes yet', async () => {
    const html = (await get('/speakers/hassam')).text;
    expect(html).toContain('No quote is attributed to Hassam yet.');
  });
});

describe('sources', () => {
  it('lists the sources by collection', async () => {
    const html = (await get('/sources')).text;
    expect(html).toContain('<h2 id="col-0">City of Ghosts');
    expect(html).toContain(`href="/sources/${SOURCES.headlined}">Syria War Movie &#x27;City of Ghosts&#x27; Shows Citizens`);
    // Three seeds give no title: two reviews are named from kind and collection, the interview from its speakers.
    expect(html.match(/No title given: this one was worked out from the file\./g)).toHaveLength(3);
  });

  it('shows a transcript as speaker turns, each anchored by its quote id and linked', async () => {
    const html = (await get(`/sources/${SOURCES.interview}`)).text;
    const { quotes } = await engine.list({ source: SOURCES.interview }, { offset: 0, limit: 100 });
    expect(quotes).toHaveLength(23);
    for (const q of quotes) {
      expect(html).toContain(`<div class="turn" id="${q.id}" data-quote="${q.id}">`);
      expect(html).toContain(`<a class="pin" href="/q/${q.id}">`);
    }
    expect(html).toMatch(/<a class="who" href="\/speakers\/abdalaziz-alhamza">Abdalaziz Alhamza<\/a>/);
  });

  it('shows a review as paragraphs with every sentence and quotation anchored, linked and attributed', async () => {
    const html = (await get(`/sources/${SOURCES.headlined}`)).text;
    const { quotes } = await engine.list({ source: SOURCES.headlined }, { offset: 0, limit: 100 });
    for (const q of quotes) {
      expect(html.split(`id="${q.id}"`)).toHaveLength(2);
      expect(html).toContain(`href="/q/${q.id}"`);
    }
    const ibrahim = await quoteStarting(engine, TEXTS.ibrahim);
    // The quotation sits inside the sentence that quotes it, attributed to Ibrahim.
    expect(html).toMatch(new RegExp(`<span class="sentence" id="[^"]+">&quot;<a class="quotation" id="${ibrahim.id}" href="/q/${ibrahim.id}" data-by="Ibrahim">Raqqa is in the worst state it has ever been,</a>`));
    // The headline is in no quote: plain text.
    expect(html).toMatch(/<p>Syria War Movie &#x27;City of Ghosts&#x27; Shows Citizens Fighting for Their Lives Against ISIS In Raqqa<\/p>/);
    expect(textOf(html)).toContain('A cellular phone rings.');
  });
});
