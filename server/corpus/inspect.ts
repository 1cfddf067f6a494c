/**
 * One file, parsed as the indexer would parse it, for `npm run inspect`. A file inside a collection
 * folder (one with a `collection.yml`, in its folder or up to two folders above) is read with that
 * collection's speaker registry; any other file is read on its own.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedSource } from './build.ts';
import { loadSourceFile, sourceSlugOf } from './load.ts';
import { parseCollection } from './metadata/collection.ts';
import type { Collection, LoadWarning, SourceKind } from './model.ts';
import { decode } from './read.ts';
import { SpeakerRegistry } from './speakers.ts';
import { slugify } from './text.ts';

async function findCollection(file: string, warnings: LoadWarning[]): Promise<{ collection: Collection; dir: string } | null> {
  let dir = path.dirname(file);
  for (let depth = 0; depth < 3; depth++) {
    const yml = path.join(dir, 'collection.yml');
    if (await stat(yml).catch(() => null)) {
      const { text } = decode(await readFile(yml), yml);
      return { collection: parseCollection(text, yml, slugify(path.basename(dir)), warnings), dir };
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** Parse one file anywhere on disk; throws `ParseError` for unreadable input. */
export async function inspectFile(file: string, options: { kind?: SourceKind; cwd?: string } = {}): Promise<ParsedSource> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  const warnings: LoadWarning[] = [];
  const found = await findCollection(absolute, warnings);
  const relative = found ? path.relative(found.dir, absolute).split(path.sep).join('/') : path.basename(absolute);
  const parsed = await loadSourceFile(absolute, {
    displayPath: file,
    slug: sourceSlugOf(relative),
    collection: found?.collection ?? null,
    registry: new SpeakerRegistry(found?.collection.speakers ?? []),
    ...(options.kind ? { kind: options.kind } : {}),
  });
  parsed.warnings.unshift(...warnings);
  return parsed;
}
