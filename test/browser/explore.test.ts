/**
 * Exploring in a real browser (Debian's Chromium through playwright-core): facets combined without
 * JavaScript, the recording played from a quote and followed on its source page (a WAV the test
 * writes and serves itself, with range requests), the charts, copy announcements, and axe-core on
 * every page type at desktop and phone sizes. Screenshots land in test-results/screenshots/.
 *
 * Skips, saying why, when /usr/bin/chromium is missing.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, CHROMIUM, launchChromium, SHOTS } from './chromium.ts';
import { createApp } from '../../server/app.ts';
import type { SearchEngine } from '../../server/search/engine.ts';
import { SOURCES, testConfig } from '../web/helpers.ts';
import { TIMED_TURNS, timedEngine } from '../web/timed.ts';
import { toneWav } from './wav.ts';


/**
 * A second collection, so that the home page shows two of each collection's regions, with a source
 * long enough to be paged (two pagers on each of its pages).
 */
const LONG_TURNS = 130;
const SECOND_COLLECTION = {
  'second-film/collection.yml': 'title: A Second Film\nyear: 2020\nspeakers:\n  - name: Ada Rowe\n    role: host\n  - name: Ben Ortiz\n    role: subject\n',
  'second-film/long-talk.txt': Array.from({ length: LONG_TURNS }, (_, i) => `${i % 2 ? 'BEN ORTIZ' : 'ADA ROWE'}: Turn number ${i + 1} of the long talk about rivers.`).join('\n\n'),
  'second-film/long-talk.txt.yml': 'title: The long talk\nkind: interview\n',
};

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: http.Server;
let base: string;
let engine: SearchEngine;
let timed: string;
let mediaDir: string;
let cleanup: () => Promise<void>;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `explore-${name}.png`), fullPage: true });
}

/** Ids of the quotes of the timed talk, in order. */
async function timedIds(): Promise<string[]> {
  return (await engine.list({ source: timed }, { offset: 0, limit: 10 })).quotes.map((q) => q.id);
}

describe.skipIf(!available)(`exploring in a browser (needs ${CHROMIUM})`, () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The recording: 20 seconds, served with range requests (express.static) as a media host would.
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-media-'));
    await writeFile(path.join(mediaDir, 'talk.wav'), toneWav(20));
    ({ engine, slug: timed, cleanup } = await timedEngine(`${base}/media/talk.wav`, SECOND_COLLECTION));
    const outer = express();
    outer.use('/media', express.static(mediaDir));
    outer.use(createApp({ engine, config: testConfig({ BASE_URL: base }) }));
    server.on('request', outer);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await cleanup?.();
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  it('combines facets and applies an order without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${base}/search?q=camera`);
    const speakers = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Speaker' }) });
    await speakers.getByLabel(/Hamoud/).check();
    await speakers.getByLabel(/Abdalaziz Alhamza/).check();
    await page.getByRole('button', { name: 'Apply filters' }).first().click();
    await page.waitForURL(/speaker=hamoud/);
    expect(new URL(page.url()).searchParams.getAll('speaker').sort()).toEqual(['abdalaziz-alhamza', 'hamoud']);
    expect(await page.locator('.quote-item').count()).toBe(2);
    // The other speakers stay listed, unticked, with their counts.
    expect(await speakers.locator('input:not(:checked)').count()).toBeGreaterThan(0);
    expect(await speakers.getByLabel(/Unnamed critic/).first().isChecked()).toBe(false);
    await shot(page, 'nojs-combined-facets');
    // The timed talk is dated: the order by date is offered, and its button applies it.
    await page.getByLabel('Order').selectOption('date:asc');
    await page.getByRole('button', { name: /Apply this order/ }).click();
    await page.waitForURL(/sort=date%3Aasc|sort=date:asc/);
    expect(await page.getByLabel('Order').inputValue()).toBe('date:asc');
    expect(new URL(page.url()).searchParams.getAll('speaker').sort()).toEqual(['abdalaziz-alhamza', 'hamoud']);
    await context.close();
  });

  it('plays the recording from the quote, asks nothing of the media host before, and follows it on the source page', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const mediaRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/media/') && mediaRequests.push(r.url()));
    const ids = await timedIds();

    await page.goto(`${base}/q/${ids[1]}`);
    expect(await page.locator('audio').count()).toBe(0);
    expect(mediaRequests).toEqual([]);
    expect(await page.locator('.recording-link').getAttribute('href')).toBe(`${base}/media/talk.wav#t=4,9`);
    await page.getByRole('button', { name: 'Play from 0:04' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0), { timeout: 15_000 }).toBeGreaterThan(4.2);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AUDIO');
    expect(mediaRequests.length).toBeGreaterThan(0);
    await shot(page, 'desktop-quote-playing');

    // Arriving at a turn of the source page, the player starts from that turn.
    await page.goto(`${base}/sources/${timed}#${ids[1]}`);
    expect(await page.locator('button[data-play]').innerText()).toBe('▶ Play from 0:04');
    await page.goto(`${base}/sources/${timed}`);
    await page.getByRole('button', { name: 'Play the recording' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0), { timeout: 15_000 }).toBeGreaterThan(0.2);
    // A click on a turn's time seeks there, and the transcript marks that turn as the current one.
    await page.locator(`[id="${ids[2]}"] a.seek`).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')!.currentTime), { timeout: 15_000 }).toBeGreaterThanOrEqual(9);
    await expect.poll(() => page.locator('[aria-current="time"]').getAttribute('id')).toBe(ids[2]);
    expect(page.url()).not.toContain('/media/');
    // The keyboard does the same: a turn's time is a link, Enter seeks.
    await page.locator(`[id="${ids[3]}"] a.seek`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')!.currentTime), { timeout: 15_000 }).toBeGreaterThanOrEqual(TIMED_TURNS[3].start);
    await expect.poll(() => page.locator('[aria-current="time"]').getAttribute('id')).toBe(ids[3]);
    // What the reader sees now (a full-page picture would draw the sticky player mid-page).
    await page.screenshot({ path: path.join(SHOTS, 'explore-desktop-source-following.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links each turn of the strip to its turn, and announces every copy', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    await page.goto(`${base}/sources/${SOURCES.interview}`);
    const segments = page.locator('svg.strip a');
    expect(await segments.count()).toBeGreaterThan(10);
    const href = await segments.nth(3).getAttribute('href');
    await segments.nth(3).locator('rect').click();
    await page.waitForURL((url) => url.hash === href);
    expect(await page.evaluate(() => document.querySelector(':target')?.className)).toBe('turn');
    expect(await page.locator('svg.bars[role="img"]').count()).toBe(1);
    // In print, the data tables behind the charts are open (and the search form is gone).
    expect(await page.locator('.chart-data table').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chart-data table').first().isVisible()).toBe(true);
    expect(await page.locator('.source-search').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const ids = await timedIds();
    await page.goto(`${base}/q/${ids[0]}`);
    // Every announcement the status region makes, in order.
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const region = document.querySelector('[role="status"]')!;
      new MutationObserver(() => region.textContent && w.said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
    const copy = page.locator('button[data-copy-target="permalink-url"]');
    await copy.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.length)).toBe(1);
    await copy.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['Copied link to the clipboard.', 'Copied link to the clipboard.']);
    await context.close();
  });

  describe('axe-core finds nothing to fix', () => {
    const pages = async (): Promise<Array<[string, string]>> => {
      const ids = await timedIds();
      const camera = (await engine.search({ q: 'camera', perPage: 1 })).hits[0]!.quote.id;
      return [
        ['home', '/'],
        ['search', '/search?q=camera&speaker=hamoud'],
        ['search-typo', '/search?q=cmaera+heineman'],
        ['search-empty', '/search?q=zebra+crossing&speaker=nobody'],
        ['quote', `/q/${camera}`],
        ['quote-recording', `/q/${ids[1]}`],
        ['speakers', '/speakers'],
        ['speaker', '/speakers/matthew-heineman'],
        ['sources', '/sources'],
        ['source-review', `/sources/${SOURCES.headlined}`],
        ['source-interview', `/sources/${SOURCES.interview}`],
        ['source-recording', `/sources/${timed}`],
        ['source-paged', '/sources/long-talk?page=2'],
        ['not-found', '/q/no-such-quote_000000000000'],
        ['bad-request', '/search?page=0'],
      ];
    };

    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`on every page type at ${size} size (${viewport.width}×${viewport.height})`, async () => {
        const context = await browser.newContext({ viewport, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
        const page = await context.newPage();
        const found: string[] = [];
        for (const [name, url] of await pages()) {
          await page.goto(`${base}${url}`);
          // Open every data table, so that they are checked too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const result = await new AxeBuilder({ page }).analyze();
          // (A run that checked nothing would pass too: make sure it looked.)
          expect(result.passes.length, name).toBeGreaterThan(10);
          for (const v of result.violations) found.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
          await shot(page, `${size}-${name}`);
        }
        expect(found).toEqual([]);
        await context.close();
      }, 180_000);
    }
  });
});
