/**
 * Pages over an edited copy of the corpus: what a hostile transcript cannot do (its `<script>` is
 * text everywhere, its Markdown is sanitized), "Quoted in" and "Reproduces" between a review and
 * the interview it quotes, and old permalinks after a re-index (301 to where a quote moved, 410
 * with a link to the source for one that is gone).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { runIndex } from '../../server/indexer/run.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { corpusCopy, indexedEngine, quoteStarting, ROOT, SOURCES, testConfig, TEXTS } from './helpers.ts';

const REVIEW = '000_acea1c6f1abc6d80.txt';
let corpus: Awaited<ReturnType<typeof corpusCopy>>;
let engine: SearchEngine;
let app: Express;

beforeAll(async () => {
  corpus = await corpusCopy();
  await corpus.edit('city-of-ghosts/collection.yml', (yml) =>
    yml.replace(
      '  This collection holds',
      '  <script>alert("description")</script>\n\n  A [click](javascript:alert(1)) and <img src="x" onerror="alert(1)"> <span style="color:red">styled</span>.\n\n  This collection holds',
    ),
  );
  await corpus.write('city-of-ghosts/004_quoting.txt', 'Alhamza is asked about the future, and about what he will do after the war.\n\n“So far maybe like a bartender,” Alhamza said with a laugh.\n');
  await corpus.write('city-of-ghosts/004_quoting.txt.yml', 'kind: review\ntitle: The Bartender of Raqqa\nauthor: Jane Doe\noutlet: The Example Times\ndate: 2017-07-21\n');
  await corpus.write('city-of-ghosts/005_hostile.txt', 'This review tries <script>alert("prose")</script> to break the page.\n\n“<script>alert(\'quoted\')</script> is all I said,” Heineman said.\n');
  await corpus.write('city-of-ghosts/005_hostile.txt.yml', 'kind: review\ntitle: "<b>Bold</b> & <i>hostile</i>"\n');
  await corpus.write('city-of-ghosts/006_timed.vtt', await readFile(path.join(ROOT, 'test/fixtures/formats/voices.vtt'), 'utf8'));
  await corpus.write('city-of-ghosts/006_timed.vtt.yml', 'kind: interview\ntitle: A Timed Conversation\noutlet: Example Radio\ndate: 2016-09\n');
  engine = await indexedEngine(corpus.dir);
  app = createApp({ engine, config: testConfig() });
});

afterAll(async () => {
  await corpus?.cleanup();
});

describe('escaping', () => {
  it('renders a quote containing <script> as text on every page', async () => {
    const hostile = await quoteStarting(engine, "<script>alert('quoted')");
    for (const url of ['/search?q=alert', `/q/${hostile.id}`, `/sources/${hostile.source}`, '/speakers/matthew-heineman', '/sources', '/']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(200);
      expect(res.text, url).not.toMatch(/<script>alert|<b>Bold|<i>hostile/);
    }
    const permalink = (await request(app).get(`/q/${hostile.id}`)).text;
    expect(permalink).toContain('&lt;script&gt;alert(&#x27;quoted&#x27;)&lt;/script&gt; is all I said');
    expect(permalink).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;i&gt;hostile&lt;/i&gt;');
    const search = (await request(app).get('/search?q=alert')).text;
    expect(search).toMatch(/&lt;script&gt;<mark>alert<\/mark>/);
  });

  it('sanitizes the Markdown description: no script, no event handler, no javascript: link, no style', async () => {
    const home = (await request(app).get('/')).text;
    expect(home).not.toMatch(/<script>alert|onerror|href="javascript:|style=|<img/);
    expect(home).toContain('<a rel="nofollow noopener noreferrer">click</a>');
    expect(home).toContain('styled');
  });
});

describe('quoted in and reproduces', () => {
  let line: QuoteDocument;
  let quotation: QuoteDocument;
  beforeAll(async () => {
    line = await quoteStarting(engine, 'I do not know. So far maybe like a bartender.');
    quotation = await quoteStarting(engine, 'So far maybe like a bartender');
  });

  it('links the interview line to the review that quotes it', async () => {
    expect(line.quotedIn).toEqual([quotation.id]);
    const html = (await request(app).get(`/q/${line.id}`)).text;
    expect(html).toContain('<h2 id="quoted-in-title">Quoted in</h2>');
    expect(html).toContain(`href="/q/${quotation.id}"`);
    expect(html).toContain('The Bartender of Raqqa');
  });

  it('links the quotation back to the line it reproduces', async () => {
    const html = (await request(app).get(`/q/${quotation.id}`)).text;
    expect(html).toContain('<h2 id="reproduces-title">Reproduces</h2>');
    expect(html).toContain(`href="/q/${line.id}"`);
    const { citations } = (await request(app).get(`/api/quotes/${quotation.id}`)).body;
    expect(citations.styles.apa.reference, citations.styles.apa.reference).toMatch(/^Doe, J\. \(2017, July 21\)\. The bartender of Raqqa \[Review of the film City of Ghosts, by M\. Heineman\]\. The Example Times\. https:\/\/verbatim\.test\/q\//);
    // APA 8.6 names the original speaker by surname, as it names authors.
    expect(citations.styles.apa.inText).toBe('(Alhamza, as cited in Doe, 2017)');
    expect(citations.styles.mla.inText).toBe('(qtd. in Doe)');
  });
});

describe('timed transcripts', () => {
  it('show the timestamp in results, on the permalink, in citations and on the source page', async () => {
    const search = (await request(app).get('/search?q=hofstra')).text;
    expect(search).toMatch(/<span class="time">at <time>0:14<\/time><\/span>/);
    const line = await quoteStarting(engine, 'Well, thank you, Lester');
    const permalink = (await request(app).get(`/q/${line.id}`)).text;
    expect(permalink).toContain('<dt>Time</dt><dd><time>0:14</time> into the recording</dd>');
    // No host is named, so the title leads (APA writes it in title case in the text); the locator is the time the words are said.
    expect(permalink, permalink.slice(permalink.indexOf('cite-apa-intext'), permalink.indexOf('cite-apa-intext') + 300)).toMatch(/\(<i>A Timed Conversation<\/i>, 2016, 0:14\)/);
    // Her role is known to no text: "unknown" is shown nowhere as if it were one.
    expect(line.speaker?.role).toBe('unknown');
    expect(permalink).not.toMatch(/<span class="role">[^<]*unknown|Hillary Clinton<\/a> \(unknown\)/);
    expect(search).not.toMatch(/<span class="role">, unknown/);
    const speakers = (await request(app).get('/speakers')).text;
    expect(speakers).not.toMatch(/muted">unknown ·/);
    const source = (await request(app).get(`/sources/${line.source}`)).text;
    expect(source).toMatch(new RegExp(`<div class="turn" id="${line.id}" data-quote="${line.id}">\\s*<p class="turn-head">\\s*<a class="who" href="/speakers/[\\w-]+">Hillary Clinton</a>\\s*<time class="time">0:14</time>`));
  });
});

describe('old permalinks after a re-index', () => {
  let moved: QuoteDocument;
  let gone: QuoteDocument;
  let movedTo: QuoteDocument;
  beforeAll(async () => {
    moved = await quoteStarting(engine, TEXTS.camera);
    gone = await quoteStarting(engine, TEXTS.itMust);
    await corpus.edit(`city-of-ghosts/${REVIEW}`, (text) => text.replace('Whoever holds the camera is stronger,', 'Whoever holds the camera is the stronger one,').replace(' It must.', ''));
    await runIndex({ transcriptsDir: corpus.dir, engine });
    movedTo = await quoteStarting(engine, 'Whoever holds the camera is the stronger one');
  });

  it('redirects a moved quote’s permalink, its citations and its API with 301', async () => {
    expect(movedTo.id).not.toBe(moved.id);
    for (const [from, to] of [
      [`/q/${moved.id}`, `/q/${movedTo.id}`],
      [`/q/${moved.id}/cite.bib`, `/q/${movedTo.id}/cite.bib`],
      [`/q/${moved.id}/cite.json`, `/q/${movedTo.id}/cite.json`],
      [`/api/quotes/${moved.id}`, `/api/quotes/${movedTo.id}`],
    ]) {
      const res = await request(app).get(from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.location).toBe(to);
    }
    expect((await request(app).get(`/q/${movedTo.id}`)).text).toContain('Whoever holds the camera is the stronger one');
  });

  it('answers 410 for a gone quote, linking to its source (HTML and JSON)', async () => {
    const page = await request(app).get(`/q/${gone.id}`);
    expect(page.status).toBe(410);
    expect(page.text).toContain('This quote is gone');
    expect(page.text).toContain(`<a href="/sources/${SOURCES.review}">read “Review of City of Ghosts”`);
    const api = await request(app).get(`/api/quotes/${gone.id}`);
    expect(api.status).toBe(410);
    expect(api.body.error).toMatchObject({ status: 410, code: 'gone', source: { slug: SOURCES.review, url: `/sources/${SOURCES.review}` } });
  });
});

describe('old permalinks after a file is renamed or deleted', () => {
  let before: QuoteDocument;
  let after: QuoteDocument;
  let deleted: QuoteDocument;
  beforeAll(async () => {
    before = await quoteStarting(engine, 'Well, thank you, Lester');
    deleted = await quoteStarting(engine, 'This review tries');
    const dir = path.join(corpus.dir, 'city-of-ghosts');
    await rename(path.join(dir, '006_timed.vtt'), path.join(dir, '007_debate-night.vtt'));
    await rename(path.join(dir, '006_timed.vtt.yml'), path.join(dir, '007_debate-night.vtt.yml'));
    await rm(path.join(dir, '005_hostile.txt'));
    await rm(path.join(dir, '005_hostile.txt.yml'));
    await runIndex({ transcriptsDir: corpus.dir, engine });
    after = await quoteStarting(engine, 'Well, thank you, Lester');
  });

  it('follows a renamed file: its quotes, their cited words and their cards answer 301 to the new ids', async () => {
    expect(after.id).not.toBe(before.id);
    for (const [from, to] of [
      [`/q/${before.id}`, `/q/${after.id}`],
      [`/q/${before.id}?w=1-3`, `/q/${after.id}?w=1-3`],
      [`/api/quotes/${before.id}`, `/api/quotes/${after.id}`],
      [`/api/quotes/${before.id}?w=2-3`, `/api/quotes/${after.id}?w=2-3`],
      [`/cards/q/${before.id}.png`, `/cards/q/${after.id}.png`],
    ]) {
      const res = await request(app).get(from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.location, from).toBe(to);
    }
  });

  it('answers 410 for a quote of a deleted file, with no link to a source that is gone too', async () => {
    const page = await request(app).get(`/q/${deleted.id}`);
    expect(page.status).toBe(410);
    expect(page.text).toContain('removed with its source');
    expect(page.text).not.toContain(`href="/sources/${deleted.source}"`);
    expect((await request(app).get(`/api/quotes/${deleted.id}`)).body.error.source).toEqual({ slug: deleted.source });
    // Its share card is gone as its page is.
    expect((await request(app).get(`/cards/q/${deleted.id}.png`)).status).toBe(410);
  });
});
