/**
 * Index one file as the loader does (read, convert, parse, attribute) and give its quotes as
 * `speaker: text` (`-` for no one): the tests of captions and scripts in other formats read through it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSourceFile } from '../../../server/corpus/source-file.ts';
import type { ParsedSource } from '../../../server/corpus/build.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-captions-'));

/** Write `text` as `name` in a folder of its own and load it as indexing does. */
export async function loadOne(name: string, text: string | Buffer): Promise<ParsedSource> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return loadSourceFile(file, { displayPath: name, slug: name.replace(/\W/g, '-'), collection: null, registry: new SpeakerRegistry([]) });
}

/** The quotes of `text` loaded as `name`, as `speaker: text`. */
export async function quotesOf(name: string, text: string | Buffer): Promise<string[]> {
  return (await loadOne(name, text)).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}
