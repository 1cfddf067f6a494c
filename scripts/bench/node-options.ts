/**
 * The Node options `npm run index` runs with, read from package.json's `index` script
 * (`tsx --max-semi-space-size=64 scripts/index.ts`), for the parse benchmark's reading processes.
 */
import { readFileSync } from 'node:fs';

const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/**
 * The options between the runner and the script in package.json's `index` script. The readers run
 * under them when a user indexes, so the parse benchmark measures them under them too: V8's young
 * generation decides how often a dense shape's many small records are scavenged. With Node's default,
 * the 2 MB inputs of the cheapest readers paid for scavenges their 1 MB inputs escaped, and took
 * 3.2–4.4 times as long in one run and about twice in the next.
 */
export function indexNodeOptions(packageJson = readFileSync(PACKAGE_JSON, 'utf8')): string[] {
  const script = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.index;
  if (!script) throw new Error('package.json has no "index" script');
  const words = script.split(' ').filter(Boolean);
  const end = words.findIndex((word, i) => i > 0 && !word.startsWith('-'));
  return words.slice(1, end === -1 ? words.length : end);
}
