/**
 * Folder → corpus. `transcripts/<collection>/` holds a `collection.yml` and one file per source, each
 * with optional metadata in `<file>.yml` or front matter. A file that cannot be read is rejected
 * with a message naming it (and its line); the rest of the corpus still loads. Files that are not
 * sources are reported with the reason (`files.ts`). This module, `files.ts` and `source-file.ts`
 * are the corpus layer's only file I/O.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedSource } from './build.ts';
import { ParseError } from './errors.ts';
import { followable, listSources } from './files.ts';
import type { Collection, Corpus, LoadWarning } from './model.ts';
import { parseCollection } from './metadata/collection.ts';
import { decode } from './read.ts';
import { parseSource, readSource } from './source-file.ts';
import { scopeSpeakers, SpeakerRegistry } from './speakers.ts';
import { slugify, titleCase } from './text.ts';

export { loadSourceFile } from './source-file.ts';

/** A file that could not be loaded, and the source it would have been. */
export interface Rejection extends LoadWarning {
  source?: string;
  collection?: string;
}

export interface LoadedCorpus extends Corpus {
  rejected: Rejection[];
  /** Files under the folder that are not sources, each with the reason. */
  skipped: LoadWarning[];
}

export interface LoadOptions {
  /** Called after each file: how many are done, of how many. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Speakers' slugs in the previous index, each with its collection: kept where they still apply (`scopeSpeakers`). */
  claims?: ReadonlyMap<string, string>;
}

function asRejection(error: unknown, file: string, source?: string, collection?: string): Rejection {
  const base = error instanceof ParseError ? { file: error.file, ...(error.line !== undefined ? { line: error.line } : {}), message: error.reason } : { file, message: `could not be read: ${(error as Error).message}` };
  return { ...base, ...(source ? { source } : {}), ...(collection ? { collection } : {}) };
}

/** Slug of a source from its path inside its collection: "interviews/NPR 2017.txt" → "interviews-npr-2017". */
export function sourceSlugOf(relativeInCollection: string): string {
  return slugify(relativeInCollection.replace(/\.[^./]+$/, '')) || 'source';
}

/** How long loading runs before it lets the event loop take a turn. */
const YIELD_EVERY_MS = 50;

interface Planned {
  collection: Collection;
  registry: SpeakerRegistry;
  files: string[];
  base: string;
}

/** The collections under the folder, each with its source files; what cannot be planned is reported. */
async function plan(root: string, warnings: LoadWarning[], rejected: Rejection[], skipped: LoadWarning[]): Promise<{ collections: Collection[]; plan: Planned[] }> {
  const collections: Collection[] = [];
  const planned: Planned[] = [];
  const top = await listSources(root, root, (r) => r);
  skipped.push(...top.skipped);
  const loose = top.files.filter((f) => !f.includes('/'));
  if (loose.length > 0) {
    const collection: Collection = { slug: 'uncollected', title: 'Uncollected sources', speakers: [] };
    // One warning for them all: a new user's folder of fifteen files printed fifteen of the same line.
    const others = loose.length > 1 ? ` and ${loose.length - 1} other ${loose.length === 2 ? 'file' : 'files'}` : '';
    warnings.push({ file: loose[0]!, message: `${others ? `(${others.trim()}) are` : 'is'} not in a collection folder: loaded into "Uncollected sources" (a folder of their own per film or series groups them)` });
    collections.push(collection);
    planned.push({ collection, registry: new SpeakerRegistry([]), files: loose, base: root });
  }
  const folders = [...new Set(top.files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))];
  for (const folder of folders) {
    const base = path.join(root, folder);
    const slug = slugify(folder) || 'collection';
    const files = top.files.filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1));
    const ymlPath = `${folder}/collection.yml`;
    let collection: Collection;
    try {
      const yml = await readCollectionYml(root, path.join(base, 'collection.yml'), ymlPath, warnings);
      if (yml === null) {
        warnings.push({ file: ymlPath, message: 'is missing: the collection is titled after its folder and has no speaker registry' });
        collection = { slug, title: titleCase(folder.replace(/[-_]+/g, ' ')), speakers: [] };
      } else collection = parseCollection(yml, ymlPath, slug, warnings);
    } catch (error) {
      // Without its registry a collection would load with wrong speakers: reject it whole.
      // Each file is named with the reason, which is the collection's file, not its own (nor the line of it).
      for (const f of files) rejected.push({ file: `${folder}/${f}`, message: `not read: its collection's ${ymlPath} could not be read (see below); fix that file and index again`, source: sourceSlugOf(f), collection: slug });
      rejected.push(asRejection(error, ymlPath, undefined, slug));
      continue;
    }
    collections.push(collection);
    planned.push({ collection, registry: new SpeakerRegistry(collection.speakers), files, base });
  }
  return { collections, plan: planned };
}

async function readCollectionYml(root: string, file: string, display: string, warnings: LoadWarning[]): Promise<string | null> {
  const target = await followable(root, file);
  if ('reason' in target) {
    if (!/does not exist/.test(target.reason)) warnings.push({ file: display, message: target.reason });
    return null;
  }
  return decode(await readFile(target.real), display).text;
}

/** Load every collection under `dir`. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const root = path.resolve(dir);
  if (!(await stat(root).catch(() => null))?.isDirectory()) throw new ParseError(dir, undefined, 'the transcripts folder does not exist');
  const warnings: LoadWarning[] = [];
  const rejected: Rejection[] = [];
  const skipped: LoadWarning[] = [];
  const { collections, plan: planned } = await plan(root, warnings, rejected, skipped);

  const jobs = planned.flatMap(({ collection, registry, files, base }) =>
    files.map((file) => ({ collection, registry, file, absolute: path.join(base, file), display: collection.slug === 'uncollected' ? file : `${path.relative(root, base).split(path.sep).join('/')}/${file}` })),
  );
  const parsed: ParsedSource[] = [];
  const slugs = new Map<string, string>();
  let turn = Date.now();
  for (let i = 0; i < jobs.length; i++) {
    // Files are read synchronously (`readSource`): every 50 ms the event loop gets a turn, so that
    // timers (the index lock's heartbeat), signals and progress still run while a large corpus loads.
    if (Date.now() - turn > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = Date.now();
    }
    const { collection, registry, file, absolute, display } = jobs[i]!;
    let slug = sourceSlugOf(file);
    if (slugs.has(slug)) slug = `${collection.slug}-${slug}`;
    try {
      const raw = await readSource(absolute, display, root);
      const source = parseSource(absolute, raw, { displayPath: display, slug, collection, registry, root });
      if (slugs.has(source.source.slug)) throw new ParseError(display, undefined, `its slug "${source.source.slug}" is already used by ${slugs.get(source.source.slug)}`);
      slugs.set(source.source.slug, display);
      parsed.push(source);
      warnings.push(...source.warnings);
    } catch (error) {
      rejected.push(asRejection(error, display, slug, collection.slug));
    }
    options.onProgress?.(i + 1, jobs.length, display);
  }
  return assemble(collections, parsed, warnings, rejected, skipped, options.claims);
}

/** Sources → corpus, speakers scoped per collection. (Quotations are linked to lines by the indexer.) */
export function assemble(collections: Collection[], parsed: ParsedSource[], warnings: LoadWarning[], rejected: Rejection[], skipped: LoadWarning[] = [], claims?: ReadonlyMap<string, string>): LoadedCorpus {
  const speakers = scopeSpeakers(collections, parsed, claims);
  return { collections, sources: parsed.map((p) => p.source), quotes: parsed.flatMap((p) => p.quotes), speakers, warnings, rejected, skipped };
}
