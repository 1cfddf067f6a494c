/**
 * Debian's chromium for the browser tests, driven by playwright-core (never a downloaded browser):
 * where it is, whether it is there (the tests skip, saying why, when it is not), and how it starts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../web/helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** Where the browser tests save the screenshots to look at. */
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
export const available = existsSync(CHROMIUM);
if (!available) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

/** Headless, sandbox and GPU off, no background traffic: as CI runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
