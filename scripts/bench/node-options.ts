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
 * the 2 MB inputs of the cheapest readers paid for scavenges their 1 MB inputs escaped: in podcast
 * HTML they took 3.2–4.4 times as long as the 1 MB ones in two runs, about twice in the next.
 * Only `tsx --option=value … script` is understood; any other shape is an error, not a silent
 * measurement without the options.
 */
export function indexNodeOptions(packageJson = readFileSync(PACKAGE_JSON, 'utf8')): string[] {
  const script = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.index;
  if (!script) throw new Error('package.json has no "index" script');
  const words = script.split(' ');
  const end = words.findIndex((word, i) => i > 0 && !word.startsWith('-'));
  const options = words.slice(1, end === -1 ? words.length : end);
  if (words[0] !== 'tsx' || end === -1 || !options.every((o) => OPTION.test(o))) {
    throw new Error(`package.json's "index" script is not "tsx --option=value … script" (it is "${script}"): the parse bench cannot tell which Node options indexing runs with`);
  }
  return options;
}

/** One option with its value joined by `=`, as Node takes it on its command line. */
const OPTION = /^--[a-z][a-z0-9-]*=[^\s"']+$/;
