/**
 * Cards on disk, per index build: `DATA_DIR/cards/<build>/<name>.png`. A card is drawn once per build
 * (the words, speaker and source of a quote only change with a re-index), written to a temporary file
 * and renamed into place, so a reader never gets half a file. Drawing happens on one thread of its
 * own, one card at a time; when too many are waiting, new ones are refused with a 503 at once rather
 * than queued without end, so a burst of card requests cannot stall the server.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.ts';
import { requestWorker, sibling } from '../../util/worker.ts';
import type { CardContent } from './layout.ts';

/** Cards drawn or waiting at once before new requests are turned away. */
export const MAX_WAITING = 64;

export interface CardStore {
  /** The PNG for `name` in this build if it is on disk already. */
  cached(build: string, name: string): Promise<Buffer | null>;
  /** The PNG for `name` in this build: from disk, or drawn from `content()` and saved. */
  get(build: string, name: string, content: () => Promise<CardContent>): Promise<Buffer>;
}

// A thread stopped after ten idle minutes gives back its fonts and renderer; the next card starts it again.
const draw = requestWorker<{ content: CardContent }, Uint8Array>(sibling(import.meta.url, 'worker'), 'card drawing', { idleMs: 10 * 60_000 });

const buildDir = (build: string) => createHash('sha256').update(build).digest('hex').slice(0, 16);

export function createCardStore(dataDir: string): CardStore {
  const root = path.join(dataDir, 'cards');
  const inFlight = new Map<string, Promise<Buffer>>();
  let current: string | null = null;

  /** A new build makes the old builds' cards stale: remove them (best effort). */
  async function enter(dir: string): Promise<void> {
    if (current === dir) return;
    current = dir;
    await mkdir(path.join(root, dir), { recursive: true });
    for (const entry of await readdir(root).catch(() => [])) if (entry !== dir) await rm(path.join(root, entry), { recursive: true, force: true }).catch(() => {});
  }

  return {
    cached: (build, name) => readFile(path.join(root, buildDir(build), `${name}.png`)).catch(() => null),
    async get(build, name, content) {
      const dir = buildDir(build);
      const file = path.join(root, dir, `${name}.png`);
      const cached = await readFile(file).catch(() => null);
      if (cached) return cached;
      const key = `${dir}/${name}`;
      const running = inFlight.get(key);
      if (running) return running;
      if (inFlight.size >= MAX_WAITING) throw new AppError(503, 'engine_unavailable', 'Too many share cards are being drawn right now: try again in a few seconds.');
      const job = (async () => {
        await enter(dir);
        const png = Buffer.from(await draw({ content: await content() }));
        const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
        await writeFile(tmp, png);
        await rename(tmp, file);
        return png;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, job);
      return job;
    },
  };
}
