/**
 * A person's journey in a real browser (Debian's Chromium, driven by playwright-core): search from
 * the home page, filter by a speaker facet, open a permalink, copy a citation, follow the link into
 * the source; then the same pages on a phone-sized screen, and the search without JavaScript.
 * Screenshots of every page land in test-results/screenshots/ for people to look at.
 *
 * Skips, saying why, when /usr/bin/chromium is missing (install it with `apt-get install chromium`).
 */
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, CHROMIUM, launchChromium, SHOTS } from './chromium.ts';
import { createApp } from '../../server/app.ts';
import { indexedEngine, testConfig } from '../web/helpers.ts';


let browser: Browser;
let server: http.Server;
let base: string;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page is no wider than the screen: nothing scrolls sideways. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, page.url()).toBeLessThanOrEqual(client);
}

describe.skipIf(!available)(`browser journey (needs ${CHROMIUM})`, () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const engine = await indexedEngine();
    server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('request', createApp({ engine, config: testConfig({ BASE_URL: base }) }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('searches, filters by speaker, opens a permalink, copies a citation and reads the source (desktop)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${base}/`);
    await shot(page, 'desktop-1-home');
    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');

    await page.getByLabel('Search the quotes').fill('camera');
    await page.getByLabel('Search the quotes').press('Enter');
    await page.waitForURL(/\/search\?q=camera/);
    await expect.poll(() => page.locator('.quote-item').count()).toBe(3);
    await shot(page, 'desktop-2-search');

    await page.locator('fieldset.facet').getByLabel(/Hamoud/).check();
    await page.getByRole('button', { name: 'Apply filters' }).first().click();
    await page.waitForURL(/speaker=hamoud/);
    expect(await page.locator('.quote-item').count()).toBe(1);
    expect(await page.locator('.chip').innerText()).toContain('Hamoud');
    await shot(page, 'desktop-3-filtered');

    await page.getByRole('link', { name: /Permalink and citation/ }).click();
    await page.waitForURL(/\/q\//);
    const permalink = page.url();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(permalink);
    expect(await page.locator('.big-quote').innerText()).toContain('Whoever holds the camera is stronger');
    await shot(page, 'desktop-4-permalink');

    // The citation goes on the clipboard as HTML (italics kept) and as plain text.
    const apa = (await page.locator('#cite-apa').innerText()).replace(/\s+/g, ' ').trim();
    await page.locator('button[data-copy-rich="cite-apa"]').click();
    await expect.poll(() => page.locator('button[data-copy-rich="cite-apa"]').innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('text/html'));
      return item ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<i>City of Ghosts</i>');
    await page.locator('button[data-copy-target="permalink-url"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);

    const id = permalink.split('/q/')[1]!;
    await page.getByRole('link', { name: 'plain anchor link' }).click();
    await page.waitForURL(/\/sources\//);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    await page.goBack();
    await page.getByRole('link', { name: 'Read it in the source' }).click();
    await page.waitForURL(/\/sources\//);
    await shot(page, 'desktop-5-source');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 390px-wide phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base}/search?q=camera`);
    const permalink = await page.locator('.item-links a').first().getAttribute('href');
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['search', '/search?q=camera'],
      ['permalink', permalink!],
      ['speaker', '/speakers/matthew-heineman'],
      ['source-review', '/sources/001-d12ca1375d55f297'],
      ['source-interview', '/sources/003-e883455660d33f06'],
      ['not-found', '/q/no-such-quote_000000000000'],
    ];
    for (const [name, url] of pages) {
      await page.goto(`${base}${url}`);
      await noSidewaysScroll(page);
      await shot(page, `phone-${name}`);
    }
    // The narrowest phones too.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [, url] of pages) {
      await page.goto(`${base}${url}`);
      await noSidewaysScroll(page);
    }
    await context.close();
  });

  it('searches without JavaScript, and hides the copy buttons that would need it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Search the quotes').fill('bartender');
    await page.getByLabel('Search the quotes').press('Enter');
    await page.waitForURL(/q=bartender/);
    expect(await page.locator('.quote-item').count()).toBe(1);
    await page.getByRole('link', { name: /Permalink and citation/ }).click();
    await page.waitForURL(/\/q\//);
    expect(await page.locator('button.copy').first().isVisible()).toBe(false);
    expect(await page.locator('#cite-apa').isVisible()).toBe(true);
    await shot(page, 'nojs-permalink');
    await context.close();
  });
});
