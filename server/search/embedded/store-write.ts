/**
 * Writing the embedded index file (its format is described in `store.ts`): atomically, through a
 * temporary file that is fsynced and renamed into place, and deleting it.
 */
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { IndexSnapshot } from '../engine.ts';
import { EngineError } from '../../errors.ts';
import { isAlive } from '../../util/process-alive.ts';
import { INDEX_FORMAT, INDEX_FORMAT_VERSION, type FileIdentity, type Header } from './store.ts';

const WRITE_CHUNK = 1 << 20;

/**
 * Write the first `length` bytes of `bytes`. One write may take fewer (a full disk, a file-size
 * limit); the rest is written until the file system refuses with an error, which is then thrown.
 */
async function writeAll(handle: FileHandle, bytes: Buffer, length = bytes.length): Promise<void> {
  let done = 0;
  while (done < length) {
    const { bytesWritten } = await handle.write(bytes, done, length - done);
    if (bytesWritten <= 0) throw new Error(`the file system took ${done} of ${length} bytes`);
    done += bytesWritten;
  }
}

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
      if (used > 0) start(writeAll(handle!, chunk, used));
      [chunk, spare] = [spare, chunk];
      used = 0;
    };
    const writeAlone = async (line: string) => {
      await flush();
      await writing;
      start(writeAll(handle!, Buffer.from(line)));
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
