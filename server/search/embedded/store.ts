/**
 * The embedded engine's only file I/O, with `store-write.ts`: the index file in DATA_DIR, read and watched.
 *
 * The file is NDJSON, streamed both ways because V8 cannot hold one JSON string for a million
 * quotes: a header line `{"format", "version", "builtAt", "counts"}`, then `{"catalog": …}`, then one
 * `{"text": …}` per source text, one `{"permalink": …}` per record and one `{"quote": …}` per quote.
 * It holds the snapshot, not the built structures: building is fast, and the file stays readable.
 *
 * Writes (`store-write.ts`) go to a temporary file in the same directory, are fsynced, then renamed
 * over the index, so a reader (or a crash) sees the old file or the new one, never half of one.
 */
import { createReadStream, watch as fsWatch, type FSWatcher } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { QuoteDocument, SourceRef, SpeakerRef } from '../../corpus/model.ts';
import type { Catalog, IndexDump, IndexSnapshot, PermalinkRecord, SourceText } from '../engine.ts';
import { EngineError } from '../../errors.ts';
import { checkedRecord, type RecordType } from '../records.ts';

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

/** The index file's first line. */
export interface Header {
  format: string;
  version: number;
  builtAt: string | null;
  counts: { quotes: number; texts: number; permalinks: number };
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
