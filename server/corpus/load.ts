/**
 * Folder → corpus: the only module of the corpus layer that reads files. `transcripts/<collection>/`
 * holds a `collection.yml` and one file per source, each with optional metadata in `<file>.yml` or
 * front matter. A file that cannot be read is rejected with a message naming it (and its line); the
 * rest of the corpus still loads.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildSource, type ParsedSource } from './build.ts';
import { ParseError } from './errors.ts';
import type { Collection, Corpus, LoadWarning, Quote, Source, SourceKind, Speaker } from './model.ts';
import { parseCollection } from './metadata/collection.ts';
import { parseFrontMatter, parseSidecar } from './metadata/source.ts';
import { decode, formatOf, SUPPORTED_EXTENSIONS } from './read.ts';
import { SpeakerRegistry } from './speakers.ts';
import { slugify, titleCase } from './text.ts';

/** A file that could not be loaded, and the source it would have been. */
export interface Rejection extends LoadWarning {
  source?: string;
  collection?: string;
}

export interface LoadedCorpus extends Corpus {
  rejected: Rejection[];
}

export interface LoadOptions {
  /** Called after each file: how many are done, of how many. */
  onProgress?: (done: number, total: number, file: string) => void;
}

const IGNORED = /^(?:\.|readme(?:\.|$)|license|changelog|collection\.ya?ml$|.*\.ya?ml$|.*~$|thumbs\.db$)/i;

async function listFiles(dir: string, root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, root)));
    else if (entry.isFile() && !IGNORED.test(entry.name)) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return decode(await readFile(file), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function asRejection(error: unknown, file: string, source?: string, collection?: string): Rejection {
  const base = error instanceof ParseError ? { file: error.file, ...(error.line !== undefined ? { line: error.line } : {}), message: error.reason } : { file, message: `could not be read: ${(error as Error).message}` };
  return { ...base, ...(source ? { source } : {}), ...(collection ? { collection } : {}) };
}

/** Slug of a source from its path inside its collection: "interviews/NPR 2017.txt" → "interviews-npr-2017". */
export function sourceSlugOf(relativeInCollection: string): string {
  return slugify(relativeInCollection.replace(/\.[^./]+$/, '')) || 'source';
}

/** A file's bytes and its sidecar's text, read ahead of parsing. */
interface RawSource {
  bytes: Buffer;
  sidecar: string | null;
}

async function readSource(absolute: string, displayPath: string): Promise<RawSource> {
  if (!formatOf(absolute)) throw new ParseError(displayPath, undefined, `unsupported file type: Verbatim reads ${SUPPORTED_EXTENSIONS.join(', ')}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new ParseError(displayPath, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return { bytes, sidecar: (await readOptional(`${absolute}.yml`)) ?? (await readOptional(`${absolute}.yaml`)) };
}

interface SourceOptions {
  displayPath: string;
  slug: string;
  collection: Collection | null;
  registry: SpeakerRegistry;
  kind?: SourceKind;
}

function parseSource(absolute: string, raw: RawSource, options: SourceOptions): ParsedSource {
  const { displayPath } = options;
  const format = formatOf(absolute)!;
  const warnings: LoadWarning[] = [];
  const text = decode(raw.bytes, displayPath).replace(/^\uFEFF/, '');
  const sidecar = raw.sidecar !== null ? parseSidecar(raw.sidecar, `${displayPath}.yml`, warnings) : {};
  const front = format === 'markdown' ? parseFrontMatter(text, displayPath, warnings) : { meta: {}, contentStart: 0 };
  const { slug: givenSlug, ...given } = { ...front.meta, ...sidecar };
  if (options.kind) given.kind = options.kind;
  const parsed = buildSource({
    path: displayPath,
    slug: givenSlug ?? options.slug,
    collection: options.collection,
    text,
    format,
    contentStart: front.contentStart,
    given,
    registry: options.registry,
  });
  parsed.warnings.unshift(...warnings);
  return parsed;
}

/** Parse one file of a collection (or a loose file for `inspect`). */
export async function loadSourceFile(absolute: string, options: SourceOptions): Promise<ParsedSource> {
  return parseSource(absolute, await readSource(absolute, options.displayPath), options);
}

/** Files read this many ahead of the one being parsed, so parsing never waits on the disk. */
const READ_AHEAD = 16;

/** Load every collection under `dir`. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const root = path.resolve(dir);
  if (!(await stat(root).catch(() => null))?.isDirectory()) throw new ParseError(dir, undefined, 'the transcripts folder does not exist');
  const warnings: LoadWarning[] = [];
  const rejected: Rejection[] = [];
  const collections: Collection[] = [];
  const plan: Array<{ collection: Collection; registry: SpeakerRegistry; files: string[]; base: string }> = [];

  const entries = (await readdir(root, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const loose = entries.filter((e) => e.isFile() && formatOf(e.name)).map((e) => e.name);
  if (loose.length > 0) {
    const collection: Collection = { slug: 'uncollected', title: 'Uncollected sources', speakers: [] };
    for (const f of loose) warnings.push({ file: f, message: 'is not in a collection folder: loaded into "Uncollected sources"' });
    plan.push({ collection, registry: new SpeakerRegistry([]), files: loose, base: root });
  }
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const base = path.join(root, entry.name);
    const slug = slugify(entry.name) || 'collection';
    const files = await listFiles(base, base);
    const ymlPath = `${entry.name}/collection.yml`;
    let collection: Collection;
    try {
      const yml = await readOptional(path.join(base, 'collection.yml'));
      if (yml === null) {
        warnings.push({ file: ymlPath, message: 'is missing: the collection is titled after its folder and has no speaker registry' });
        collection = { slug, title: titleCase(entry.name.replace(/[-_]+/g, ' ')), speakers: [] };
      } else collection = parseCollection(yml, ymlPath, slug, warnings);
    } catch (error) {
      // Without its registry a collection would load with wrong speakers: reject it whole.
      for (const f of files) rejected.push({ ...asRejection(error, ymlPath, sourceSlugOf(f), slug), file: `${entry.name}/${f}` });
      rejected.push(asRejection(error, ymlPath, undefined, slug));
      continue;
    }
    collections.push(collection);
    plan.push({ collection, registry: new SpeakerRegistry(collection.speakers), files, base });
  }
  if (plan.some((p) => p.collection.slug === 'uncollected')) collections.unshift(plan[0]!.collection);

  const total = plan.reduce((n, p) => n + p.files.length, 0);
  let done = 0;
  const parsed: ParsedSource[] = [];
  const slugs = new Map<string, string>();
  const jobs = plan.flatMap(({ collection, registry, files, base }) =>
    files.map((file) => ({ collection, registry, file, absolute: path.join(base, file), display: collection.slug === 'uncollected' ? file : `${path.basename(base)}/${file}` })),
  );
  const reads = new Map<number, Promise<RawSource>>();
  const read = (i: number) => {
    const job = jobs[i];
    if (job && !reads.has(i)) {
      const pending = readSource(job.absolute, job.display);
      pending.catch(() => {}); // handled when its turn comes
      reads.set(i, pending);
    }
  };
  for (let i = 0; i < READ_AHEAD; i++) read(i);
  for (let i = 0; i < jobs.length; i++) {
    read(i + READ_AHEAD);
    const { collection, registry, file, absolute, display } = jobs[i]!;
    let slug = sourceSlugOf(file);
    if (slugs.has(slug)) slug = `${collection.slug}-${slug}`;
    try {
      const raw = await reads.get(i)!;
      reads.delete(i);
      const source = parseSource(absolute, raw, { displayPath: display, slug, collection, registry });
      if (slugs.has(source.source.slug)) throw new ParseError(`${display}`, undefined, `its slug "${source.source.slug}" is already used by ${slugs.get(source.source.slug)}`);
      slugs.set(source.source.slug, display);
      parsed.push(source);
      warnings.push(...source.warnings);
    } catch (error) {
      rejected.push(asRejection(error, display, slug, collection.slug));
    }
    options.onProgress?.(++done, total, display);
  }
  return assemble(collections, parsed, warnings, rejected);
}

/** Sources → corpus, speakers merged by slug. (Quotations are linked to the lines they reproduce by the indexer.) */
export function assemble(collections: Collection[], parsed: ParsedSource[], warnings: LoadWarning[], rejected: Rejection[]): LoadedCorpus {
  const speakers = new Map<string, Speaker>();
  for (const c of collections) for (const s of c.speakers) if (!speakers.has(s.slug)) speakers.set(s.slug, s);
  for (const p of parsed) for (const s of p.speakers) if (!speakers.has(s.slug)) speakers.set(s.slug, s);
  const sources: Source[] = parsed.map((p) => p.source);
  const quotes: Quote[] = parsed.flatMap((p) => p.quotes);
  return { collections, sources, quotes, speakers: [...speakers.values()], warnings, rejected };
}
