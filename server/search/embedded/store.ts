/**
 * The embedded engine's only file I/O: the index file in DATA_DIR, and watching it.
 *
 * The file is NDJSON, streamed both ways because V8 cannot hold one JSON string for a million
 * quotes: a header line `{"format", "version", "builtAt", "counts"}`, then `{"catalog": …}`, then one
 * `{"text": …}` per source text, one `{"permalink": …}` per record and one `{"quote": …}` per quote.
 * It holds the snapshot, not the built structures: building is fast, and the file stays readable.
 *
 * Writes go to a temporary file in the same directory, are fsynced, then renamed over the index, so
 * a reader (or a crash) sees the old file or the new one, never half of one.
 */
import { createReadStream, watch as fsWatch, type FSWatcher } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { QuoteDocument, SourceRef, SpeakerRef } from '../../corpus/model.ts';
import type { Catalog, IndexDump, IndexSnapshot, PermalinkRecord, SourceText } from '../engine.ts';
import { EngineError } from '../../errors.ts';
import { checkedRecord, type RecordType } from '../records.ts';
import { isAlive } from '../../util/process-alive.ts';

export const INDEX_FILE_NAME = 'embedded-index.ndjson';
export const INDEX_FORMAT = 'verbatim-embedded-index';
export const INDEX_FORMAT_VERSION = 1;

/** Where the embedded engine keeps its index in `dataDir`. */
export function embeddedIndexPath(dataDir: string): string {
  return join(dataDir, INDEX_FILE_NAME);
}

/** Which file is on disk: changes whenever another file is renamed into place. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The identity of the file at `path`, or null when there is none. */
export async function identify(path: string): Promise<FileIdentity | null> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

interface Header {
  format: string;
  version: number;
  builtAt: string | null;
  counts: { quotes: number; texts: number; permalinks: number };
}

const WRITE_CHUNK = 1 << 20;

/**
 * Write `snapshot` to `path` atomically. On any failure the previous file is untouched and the
 * temporary file is removed. Returns the identity of the file written.
 */
export async function writeIndexFile(path: string, snapshot: IndexSnapshot): Promise<FileIdentity> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(dir, basename(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | null = null;
  try {
    handle = await open(temp, 'wx');
    const header: Header = {
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      builtAt: snapshot.catalog?.builtAt ?? null,
      counts: { quotes: snapshot.quotes.length, texts: snapshot.texts.length, permalinks: snapshot.permalinks.length },
    };
    // Lines are encoded straight into a buffer that goes to disk when full, one chunk written while
    // the next fills. Gathered in a string instead, each chunk was a rope of a thousand lines that
    // had to be flattened and then encoded: a third of writing the bench's 83 MB index.
    let chunk = Buffer.allocUnsafe(WRITE_CHUNK);
    let spare = Buffer.allocUnsafe(WRITE_CHUNK);
    let used = 0;
    let writing: Promise<unknown> | null = null;
    // A write in flight is awaited before the next starts (so its failure is thrown there, not lost).
    const start = (write: Promise<unknown>) => {
      write.catch(() => {});
      writing = write;
    };
    const flush = async () => {
      if (writing) await writing;
      writing = null;
      if (used > 0) start(handle!.write(chunk, 0, used));
      [chunk, spare] = [spare, chunk];
      used = 0;
    };
    const writeAlone = async (line: string) => {
      await flush();
      await writing;
      start(handle!.write(line));
    };
    // Awaited only when a chunk is full: most lines are copied into it without a turn of the event loop.
    const emit = (line: string): Promise<void> | undefined => {
      // A UTF-16 unit takes at most three bytes in UTF-8.
      if (used + 3 * line.length > WRITE_CHUNK) {
        if (3 * line.length > WRITE_CHUNK) return writeAlone(line);
        const flushed = flush();
        return flushed.then(() => {
          used += chunk.write(line, used);
        });
      }
      used += chunk.write(line, used);
      return undefined;
    };
    await emit(`${JSON.stringify(header)}\n`);
    await emit(`${JSON.stringify({ catalog: snapshot.catalog ?? null })}\n`);
    for (const text of snapshot.texts) await emit(`${JSON.stringify({ text })}\n`);
    for (const permalink of snapshot.permalinks) await emit(`${JSON.stringify({ permalink })}\n`);
    for (const quote of snapshot.quotes) {
      const full = emit(`${JSON.stringify({ quote })}\n`);
      if (full) await full;
    }
    await flush();
    if (writing) await writing;
    await handle.sync();
    const s = await handle.stat();
    await handle.close();
    handle = null;
    await rename(temp, path);
    await syncDirectory(dir);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
  } catch (error) {
    if (handle) await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw new EngineError(`Could not write the embedded index ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Delete the index file (a missing one is fine) and the temporary files of dead writers. */
export async function removeIndexFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new EngineError(`Could not delete the embedded index ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  await removeStaleTemps(dirname(path), basename(path));
  await syncDirectory(dirname(path));
}

/**
 * A writer killed before its rename leaves its temporary file behind (the live index is untouched).
 * Remove those of processes that are gone; a live process's file is another writer's, in progress.
 */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await unlink(join(dir, entry)).catch(() => {});
  }
}

/** Make the rename itself durable; not every platform can open a directory, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * The index file is damaged: truncated, empty, not JSON, a record that fails its check. Carries the
 * quotes and permalink records read before the damage, so that a rebuild can still re-anchor the
 * permalinks they hold.
 */
export class CorruptIndexError extends EngineError {
  constructor(
    message: string,
    readonly partial: IndexDump,
  ) {
    super(message);
    this.name = 'CorruptIndexError';
  }
}

/** Read the index file at `path`: null when there is none, a `CorruptIndexError` naming the line when it is damaged. */
export async function readIndexFile(path: string): Promise<IndexSnapshot | null> {
  let stream;
  try {
    await stat(path);
    stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new EngineError(`Cannot read the embedded index ${path}: ${(error as Error).message}`, { cause: error });
  }

  let header: Header | null = null;
  let catalog: Catalog | null = null;
  const texts: SourceText[] = [];
  const permalinks: PermalinkRecord[] = [];
  const quotes: QuoteDocument[] = [];
  const corrupt = (line: number, why: string) =>
    new CorruptIndexError(`The index file ${path} is damaged at line ${line}: ${why}. Rebuild it from the transcripts with npm run index (npm start does it by itself).`, {
      quotes,
      permalinks,
      catalog,
    });
  const intern = createInterner();
  let lineNo = 0;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.length === 0) continue;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line) as Record<string, unknown>;
      } catch (error) {
        throw corrupt(lineNo, `not valid JSON (${(error as Error).message})`);
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw corrupt(lineNo, 'not a JSON object');
      const check = <T extends RecordType>(type: T) => checkedRecord(type, value[type], (problem) => corrupt(lineNo, `a bad ${type} record (${problem})`));
      if (lineNo === 1) {
        const h = value as unknown as Header;
        if (h.format !== INDEX_FORMAT || !h.counts || typeof h.counts.quotes !== 'number') throw corrupt(1, 'not an embedded index header');
        if (h.version !== INDEX_FORMAT_VERSION) {
          throw corrupt(1, `format version ${String(h.version)}, this server reads version ${INDEX_FORMAT_VERSION}`);
        }
        header = h;
      } else if ('quote' in value) {
        quotes.push(intern(check('quote')));
      } else if ('permalink' in value) {
        permalinks.push(check('permalink'));
      } else if ('text' in value) {
        texts.push(check('text'));
      } else if ('catalog' in value) {
        catalog = value.catalog === null ? null : check('catalog');
      } else {
        throw corrupt(lineNo, `an unknown record (${Object.keys(value).join(', ')})`);
      }
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof EngineError) throw error;
    throw new EngineError(`Cannot read the embedded index ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (!header) throw corrupt(Math.max(lineNo, 1), 'the file is empty');
  const { counts } = header;
  if (quotes.length !== counts.quotes || texts.length !== counts.texts || permalinks.length !== counts.permalinks) {
    throw corrupt(
      lineNo,
      `the file ends early or has extra lines (expected ${counts.quotes} quotes, ${counts.texts} texts, ` +
        `${counts.permalinks} permalinks; found ${quotes.length}, ${texts.length}, ${permalinks.length})`,
    );
  }
  return { quotes, catalog: catalog ?? { builtAt: header.builtAt ?? '', collections: [], sources: [], speakers: [] }, texts, permalinks };
}

/**
 * Quotes read from a file each carry their own copy of the source and speaker: share one object per
 * distinct value instead (a large saving at a million quotes).
 */
function createInterner(): (q: QuoteDocument) => QuoteDocument {
  const sources = new Map<string, SourceRef>();
  const speakers = new Map<string, SpeakerRef>();
  const shallowEqual = (a: object, b: object) => {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
    return true;
  };
  return (q) => {
    if (q.sourceRef) {
      const known = sources.get(q.sourceRef.slug);
      if (known && shallowEqual(known, q.sourceRef)) q.sourceRef = known;
      else if (!known) sources.set(q.sourceRef.slug, q.sourceRef);
    }
    if (q.speaker) {
      const known = speakers.get(q.speaker.slug);
      if (known && shallowEqual(known, q.speaker)) q.speaker = known;
      else if (!known) speakers.set(q.speaker.slug, q.speaker);
    }
    return q;
  };
}

/**
 * Call `onChange` (debounced) when a file is renamed into place as `path`, or changed. Returns a
 * function that stops watching. The directory is watched, not the file: a rename replaces the inode
 * a file watch would follow.
 */
export async function watchIndexFile(path: string, onChange: () => void, debounceMs: number): Promise<() => void> {
  const dir = dirname(path);
  const name = basename(path);
  await mkdir(dir, { recursive: true });
  let timer: NodeJS.Timeout | null = null;
  const watcher: FSWatcher = fsWatch(dir, { persistent: false }, (_event, filename) => {
    // Some platforms do not report the name; then any change in the directory is worth a look.
    if (filename !== null && filename !== undefined && String(filename) !== name) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
    timer.unref?.();
  });
  watcher.on('error', () => {
    // A vanished directory ends the watch; the engine keeps serving what it has.
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
