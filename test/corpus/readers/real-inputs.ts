/**
 * Every real fixture (`test/fixtures/real/<family>/<file>` with its gold) as the reader layer is
 * given it: the bytes decoded and the front matter skipped exactly as the loader does, so the
 * conformance suite calls `sniff` and `read` on what a user's file would become (a Word document's or
 * a PDF's text taken out by `documentText`, as `readSource` does; captions in SubStation Alpha or TTML
 * and Final Draft scripts converted by `convertedText`, as `parseSource` does). Read once, before the tests are enumerated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FixtureGold } from '../../../server/corpus/evaluate/formats.ts';
import { hasFrontMatter, parseFrontMatter } from '../../../server/corpus/metadata/source.ts';
import { convertedText, documentText } from '../../../server/corpus/documents/index.ts';
import { decode, extensionOf, formatOf } from '../../../server/corpus/read.ts';
import type { ReadInput } from '../../../server/corpus/readers/reader.ts';

export const REAL_FIXTURES = path.resolve('test/fixtures/real');

/** One fixture: `family/file`, its gold and the reader input built from it. */
export interface RealInput {
  name: string;
  gold: FixtureGold;
  input: ReadInput;
}

/** The reader input of one file, built as `source-file.ts` builds it. */
export async function readInputOf(file: string, display: string): Promise<ReadInput> {
  const format = formatOf(file)!;
  const bytes = readFileSync(file);
  const decoded = (await documentText(format, bytes, display)) ?? decode(bytes, display).text;
  const converted = convertedText(format, decoded, display);
  const text = converted?.text ?? decoded;
  const from = (format === 'markdown' || format === 'text') && hasFrontMatter(text) ? parseFrontMatter(text, display, []).contentStart : 0;
  return { text, from, ext: converted?.ext ?? extensionOf(file), file: display };
}

/** Every fixture that has a gold, in family and file order. */
export async function realInputs(dir = REAL_FIXTURES): Promise<RealInput[]> {
  const out: RealInput[] = [];
  for (const family of readdirSync(dir).sort()) {
    for (const goldName of readdirSync(path.join(dir, family)).filter((n) => n.endsWith('.gold.json')).sort()) {
      const file = goldName.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(path.join(dir, family, goldName), 'utf8')) as FixtureGold;
      out.push({ name: `${family}/${file}`, gold, input: await readInputOf(path.join(dir, family, file), `${family}/${file}`) });
    }
  }
  return out;
}
