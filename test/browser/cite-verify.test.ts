/**
 * Cite and verify in a real browser (Debian's Chromium through playwright-core): selecting words in a
 * quote and in a source's turn gives a link to exactly those words and their citations; the same
 * without JavaScript through the first-and-last-words form; the verify page; the quote page on a
 * phone shows who said it and where on the first screen, however long the quote. Screenshots land
 * in test-results/screenshots/ (cite-*, verify-*, phone-quote-*, card-*).
 *
 * Skips, saying why, when /usr/bin/chromium is missing.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, CHROMIUM, launchChromium, SHOTS } from './chromium.ts';
import { createApp } from '../../server/app.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import type { QuoteDocument } from '../../server/corpus/model.ts';
import { indexedEngine, quoteStarting, TEXTS, testConfig } from '../web/helpers.ts';


let browser: Browser;
let server: http.Server;
let base: string;
let engine: SearchEngine;
let dataDir: string;
let turn: QuoteDocument;
let camera: QuoteDocument;

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

/** Selects the characters [from, to) of the first text node under `selector` containing `words`, as a user's drag would. */
async function select(page: Page, selector: string, words: string): Promise<void> {
  await page.evaluate(
    ([sel, text]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`no text "${text}" under ${sel}`);
    },
    [selector, words] as const,
  );
}

describe.skipIf(!available)(`cite and verify in the browser (needs ${CHROMIUM})`, () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-browser-cards-'));
    engine = await indexedEngine();
    turn = await quoteStarting(engine, TEXTS.heinemanTurn);
    camera = await quoteStarting(engine, TEXTS.camera);
    server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('request', createApp({ engine, config: testConfig({ BASE_URL: base, DATA_DIR: dataDir }) }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('select to cite: words in the quote give a link to exactly them, and their citations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/q/${turn.id}`);
    await select(page, '.big-quote', 'I do not start out making films with a certain goal in mind');
    const pop = page.locator('.cite-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.cite-pop-words').innerText()).toBe('Words 3–15 selected');
    const link = await pop.locator('.cite-pop-link').getAttribute('href');
    expect(link).toBe(`/q/${turn.id}?w=3-15#:~:text=I%20do%20not%20start,certain%20goal%20in%20mind`);
    await shot(page, 'cite-1-selected', false);
    await pop.locator('.cite-pop-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${link}`);
    await pop.locator('.cite-pop-cite').click();
    await page.waitForURL(/\?w=3-15#cite/);
    expect(await page.locator('.excerpt-text').innerText()).toBe('I do not start out making films with a certain goal in mind');
    expect(await page.locator('#cite-title').innerText()).toBe('Cite these words');
    expect(await page.locator('#cite-apa').innerText()).toContain(`${base}/q/${turn.id}?w=3-15`);
    await shot(page, 'cite-2-excerpt');

    // In a source's transcript, a turn is a quote: the same link to the selected words.
    await page.goto(`${base}/sources/${turn.source}`);
    await select(page, `[data-quote="${turn.id}"]`, 'it became an immigrant story');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.locator('.cite-pop-link').getAttribute('href')).toMatch(new RegExp(`^/q/${turn.id}\\?w=\\d+-\\d+#:~:text=it%20became%20an%20immigrant%20story$`));
    await shot(page, 'cite-3-source-turn', false);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('select to cite without JavaScript: the first and last words', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/q/${turn.id}`);
    expect(await page.locator('.cite-pop').count()).toBe(0);
    await page.getByLabel('First words').fill('I do not start');
    await page.getByLabel('Last words').fill('goal in mind');
    await page.getByRole('button', { name: 'Cite these words' }).click();
    await page.waitForURL(/\?w=3-15/);
    expect(await page.locator('.excerpt-text').innerText()).toBe('I do not start out making films with a certain goal in mind');
    await shot(page, 'cite-4-nojs-excerpt');
    await context.close();
  }, 60_000);

  it('verify: a misremembered line, its differences and who really said it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sources`);
    await page.getByRole('link', { name: 'Check a quote' }).click();
    await page.waitForURL(/\/verify$/);
    await page.getByLabel('The words').fill('“I never start making films with a goal in my mind” — Aziz');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForURL(/\/verify\?/);
    expect(await page.locator('#verdict-title').innerText()).toBe('Close');
    expect(await page.locator('.speaker-notice').innerText()).toBe('Said by Matthew Heineman, not Abdalaziz Alhamza.');
    expect(await page.locator('.match').first().locator('.diff-omitted').first().innerText()).toBe('out');
    await shot(page, 'verify-1-close');
    await page.goto(`${base}/verify?text=${encodeURIComponent('The weather in Paris was lovely this spring')}`);
    expect(await page.locator('#verdict-title').innerText()).toBe('Not found');
    await shot(page, 'verify-2-not-found');
    await context.close();
  }, 60_000);

  it('the quote page on a phone: who said it and where are on the first screen, however long the quote', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const [name, quote] of [['long', turn], ['short', camera]] as const) {
      await page.goto(`${base}/q/${quote.id}`);
      const caption = await page.locator('.quote-figure figcaption').boundingBox();
      expect(caption, name).not.toBeNull();
      expect(caption!.y + caption!.height, name).toBeLessThanOrEqual(844);
      expect(await page.locator('.quote-figure figcaption .who').innerText()).toBe(quote.speaker!.name);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await shot(page, `phone-quote-${name}`, false);
    }
    await context.close();
  }, 60_000);

  it('share cards: the PNG the quote page points at (saved to look at)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/q/${turn.id}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const res = await page.request.get(image!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await writeFile(path.join(SHOTS, 'card-quote-long.png'), png);
    const speaker = await page.request.get(`${base}/cards/speakers/abdalaziz-alhamza.png`);
    await writeFile(path.join(SHOTS, 'card-speaker.png'), await speaker.body());
    const source = await page.request.get(`${base}/cards/sources/${turn.source}.png`);
    await writeFile(path.join(SHOTS, 'card-source.png'), await source.body());
    await context.close();
  }, 60_000);
});
