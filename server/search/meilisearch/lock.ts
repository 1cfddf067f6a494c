/**
 * One indexer at a time for a Meilisearch index, whatever machine each runs on: the lock is an index
 * of its own, `<index>_lock`. Creating an index is atomic in Meilisearch (a second creation fails
 * with `index_already_exists`), so whoever creates it holds the lock; the holder keeps one document
 * in it fresh (a heartbeat), and deletes the index to release. A waiting indexer deletes a lock
 * whose heartbeat stopped (its holder was killed).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { IndexLock } from '../engine.ts';
import type { IndexingContext } from './indexing.ts';

/** How often the holder refreshes its heartbeat, and when a silent lock counts as abandoned. */
export const LOCK_TIMING = { heartbeatMs: 15_000, staleMs: 90_000, pollMs: 500 };

interface LockDocument {
  id: 'lock';
  owner: string;
  token: string;
  heartbeat: number;
}

export const lockIndexName = (index: string) => `${index}_lock`;

/** Take the lock of `ctx.index`, waiting while a live indexer holds it. */
export async function lockIndex(ctx: IndexingContext, onWait?: (holder: string) => void, timing = LOCK_TIMING): Promise<IndexLock> {
  const { client } = ctx;
  const uid = lockIndexName(ctx.index);
  const me = { owner: `process ${process.pid} on ${hostname()}, indexing since ${new Date().toISOString()}`, token: randomBytes(8).toString('hex') };
  const beat = async () => {
    const doc: LockDocument = { id: 'lock', ...me, heartbeat: Date.now() };
    await client.waitForTask((await client.addDocuments(uid, [doc], 'id')).taskUid, ctx.taskTimeoutMs);
  };
  /** When this indexer first saw the current lock without a heartbeat (its holder between creating and writing it). */
  let silentSince: number | null = null;
  let told = false;
  try {
    for (;;) {
      const created = await client.waitForTask((await client.createIndex(uid, 'id')).taskUid, ctx.taskTimeoutMs);
      if (created.status === 'succeeded') break;
      if (created.error?.code !== 'index_already_exists') throw new Error(`could not create the lock index ${uid}: ${created.error?.message ?? created.status}`);
      const holder = (await client.getDocuments(uid, { offset: 0, limit: 1 }).catch(() => ({ results: [] }))).results[0] as LockDocument | undefined;
      const now = Date.now();
      const silent = !holder || now - holder.heartbeat > timing.staleMs;
      const since: number | null = silent ? (silentSince ??= holder ? holder.heartbeat : now) : (silentSince = null);
      if (since !== null && now - since > timing.staleMs) {
        await client.waitForTask((await client.deleteIndex(uid)).taskUid, ctx.taskTimeoutMs);
        silentSince = null;
        continue;
      }
      if (!told && holder) {
        onWait?.(holder.owner);
        told = true;
      }
      await new Promise((resolve) => setTimeout(resolve, timing.pollMs));
    }
    await beat();
  } catch (error) {
    throw ctx.translate(error);
  }
  const heartbeat = setInterval(() => void beat().catch(() => {}), timing.heartbeatMs);
  heartbeat.unref();
  return {
    async release() {
      clearInterval(heartbeat);
      try {
        // Only our own lock: one broken as abandoned may since belong to another indexer.
        const holder = (await client.getDocuments(uid, { offset: 0, limit: 1 })).results[0] as LockDocument | undefined;
        if (holder?.token === me.token) await client.waitForTask((await client.deleteIndex(uid)).taskUid, ctx.taskTimeoutMs);
      } catch (error) {
        throw ctx.translate(error);
      }
    },
  };
}
