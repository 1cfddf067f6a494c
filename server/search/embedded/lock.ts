/**
 * One indexer at a time over a DATA_DIR: a lock file created exclusively (`index.lock`), naming its
 * holder and kept fresh by a heartbeat. A waiting indexer breaks it when its holder is gone (a dead
 * process on this machine, or no heartbeat for a minute from any machine).
 */
import { hostname } from 'node:os';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IndexLock } from '../engine.ts';
import { isAlive } from '../../util/process-alive.ts';

export const LOCK_FILE_NAME = 'index.lock';
/** How often the holder touches its lock file. */
const HEARTBEAT_MS = 10_000;
/** A lock file not touched for this long belongs to a holder that is gone. */
export const STALE_MS = 60_000;
const POLL_MS = 200;

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
}

export function describeHolder(h: Pick<Holder, 'pid' | 'host' | 'startedAt'>): string {
  return `process ${h.pid} on ${h.host}, indexing since ${h.startedAt}`;
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as Holder;
    return typeof h.pid === 'number' && typeof h.token === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** Take the lock of `dir`, waiting while another live indexer holds it. */
export async function lockDataDir(dir: string, onWait?: (holder: string) => void, staleMs = STALE_MS): Promise<IndexLock> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK_FILE_NAME);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  let told = false;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [holder, info] = await Promise.all([readHolder(path), stat(path).catch(() => null)]);
    if (!info) continue; // released meanwhile
    const gone = holder !== null && holder.host === me.host && !isAlive(holder.pid);
    if (gone || Date.now() - info.mtimeMs > staleMs) {
      await unlink(path).catch(() => {});
      continue;
    }
    if (!told && holder) {
      onWait?.(describeHolder(holder));
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    async release() {
      clearInterval(heartbeat);
      // Only our own lock: one broken as stale may since have been taken by another indexer.
      if ((await readHolder(path))?.token === me.token) await unlink(path).catch(() => {});
    },
  };
}

/** One indexer at a time within this process, for an engine without a data directory. */
export function memoryLock(): (onWait?: (holder: string) => void) => Promise<IndexLock> {
  let held: Promise<void> | null = null;
  return async (onWait) => {
    if (held) onWait?.(`another indexer in this process (${process.pid})`);
    // Everyone waiting wakes at a release; the first to run takes the lock, the others wait again.
    while (held) await held;
    let done!: () => void;
    held = new Promise<void>((resolve) => (done = resolve));
    return {
      async release() {
        held = null;
        done();
      },
    };
  };
}
