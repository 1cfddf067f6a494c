/**
 * Re-indexing without a half-built moment: build `<index>__next_<stamp>` and
 * `<index>_meta__next_<stamp>` from scratch, swap both with the live pair in one swap task (Meilisearch
 * applies the swaps of one task atomically), then delete the previous indexes. Every task's final
 * status is checked: a failed or canceled task stops the run, the temporary indexes are deleted, and
 * the live ones are left as they were.
 */
import type { IndexSnapshot, ReplaceOptions } from '../engine.ts';
import type { AppError } from '../../errors.ts';
import { EngineError } from '../../errors.ts';
import type { MeiliClientLike, MeiliEnqueued, MeiliTask } from './client.ts';
import { batches, toMetaDocuments, toQuoteDocument, QUOTE_FIELDS } from './documents.ts';
import { META_SETTINGS, QUOTE_SETTINGS } from './settings.ts';

/** Quotes per `addDocuments` call, and the JSON size a batch stays under (Meilisearch accepts 100 MB). */
export const BATCH_SIZE = 5000;
export const BATCH_BYTES = 16 * 1024 * 1024;

export interface IndexingContext {
  client: MeiliClientLike;
  /** The live quotes index; the meta index is `<index>_meta`. */
  index: string;
  /** Wait per task (settings, one batch, the swap, a deletion). */
  taskTimeoutMs: number;
  /** Turns a client error into ours (see `translateError`). */
  translate: (error: unknown) => AppError;
  /** Clock for the temporary index names; injectable for tests. */
  now?: () => number;
}

/** The uids of the live pair and of the pair a run stamped `stamp` builds. */
export function indexNames(index: string, stamp: number) {
  return {
    live: { quotes: index, meta: `${index}_meta` },
    next: { quotes: `${index}__next_${stamp}`, meta: `${index}_meta__next_${stamp}` },
  };
}

/** Temporary indexes of earlier runs of this index (uids are `[A-Za-z0-9_-]`, so no regex escaping is needed). */
export function isStaleIndex(index: string, uid: string): boolean {
  return new RegExp(`^${index}(?:_meta)?__next_\\d+$`).test(uid);
}

/** Wait for a task and insist that it succeeded: a failed or canceled task is an `EngineError` naming it. */
export async function runTask(ctx: IndexingContext, what: string, enqueue: () => Promise<MeiliEnqueued>): Promise<MeiliTask> {
  const { taskUid } = await enqueue();
  return checkTask(what, await ctx.client.waitForTask(taskUid, ctx.taskTimeoutMs));
}

function checkTask(what: string, task: MeiliTask): MeiliTask {
  if (task.status === 'succeeded') return task;
  const why = task.error ? `${task.error.message} (${task.error.code})` : 'Meilisearch gave no reason';
  throw new EngineError(`Meilisearch task ${task.uid} (${what}) ${task.status}: ${why}`);
}

/** Delete indexes, waiting for each; with `quiet`, failures are ignored (cleanup after another error). */
async function deleteIndexes(ctx: IndexingContext, uids: string[], quiet: boolean): Promise<void> {
  for (const uid of uids) {
    try {
      await runTask(ctx, `delete index ${uid}`, () => ctx.client.deleteIndex(uid));
    } catch (error) {
      if (!quiet) throw error;
    }
  }
}

/** Replace the live pair with a pair built from `snapshot`. */
export async function replaceIndexes(ctx: IndexingContext, snapshot: IndexSnapshot, options: ReplaceOptions = {}): Promise<void> {
  const { client } = ctx;
  const { live, next } = indexNames(ctx.index, (ctx.now ?? Date.now)());
  // Meilisearch index uids: `[A-Za-z0-9_-]`, at most 400 bytes (MEILI_INDEX is checked by the config).
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(next.meta)) {
    throw new EngineError(`The index name "${ctx.index}" is not usable: Meilisearch allows letters, digits, "-" and "_", and ${next.meta} must fit in 400 characters`);
  }
  try {
    // A run killed mid-way left its temporary indexes behind; they are never live, so they can go.
    const stale = (await client.listIndexes()).filter((uid) => isStaleIndex(ctx.index, uid));
    await deleteIndexes(ctx, stale, false);
  } catch (error) {
    throw ctx.translate(error);
  }

  try {
    // Explicit primary key: Meilisearch would otherwise guess it from the first document.
    await runTask(ctx, `create index ${next.quotes}`, () => client.createIndex(next.quotes, QUOTE_FIELDS.id));
    await runTask(ctx, `create index ${next.meta}`, () => client.createIndex(next.meta, QUOTE_FIELDS.id));
    // Settings before documents, so that documents are indexed once, with the final settings.
    await runTask(ctx, `settings of ${next.quotes}`, () => client.updateSettings(next.quotes, QUOTE_SETTINGS));
    await runTask(ctx, `settings of ${next.meta}`, () => client.updateSettings(next.meta, META_SETTINGS));

    // In browse order, so Meilisearch's last tie-break (its internal document id) follows it too.
    const quotes = [...snapshot.quotes].sort((a, b) => a.order - b.order).map(toQuoteDocument);
    await addAll(ctx, next.quotes, quotes, (done) => options.onProgress?.(done, quotes.length));
    await addAll(ctx, next.meta, toMetaDocuments(snapshot));

    // Swapping needs both sides to exist; a first run swaps with empty live indexes.
    const existing = new Set(await client.listIndexes());
    for (const uid of [live.quotes, live.meta]) {
      if (!existing.has(uid)) await runTask(ctx, `create index ${uid}`, () => client.createIndex(uid, QUOTE_FIELDS.id));
    }
    await runTask(ctx, `swap ${live.quotes} and ${live.meta} with the new indexes`, () =>
      client.swapIndexes([
        [live.quotes, next.quotes],
        [live.meta, next.meta],
      ]),
    );
  } catch (error) {
    // Deleting is safe even if the swap timed out and happens later: the deletion is queued after it,
    // so it removes whichever pair is not live by then.
    await deleteIndexes(ctx, [next.quotes, next.meta], true);
    throw ctx.translate(error);
  }

  try {
    // After the swap the `__next_` names hold the previous contents.
    await deleteIndexes(ctx, [next.quotes, next.meta], false);
  } catch (error) {
    const e = ctx.translate(error);
    throw new EngineError(`The new index is live, but deleting the previous one failed (the next run removes it): ${e.message}`, {
      cause: e,
    });
  }
}

/** Delete the live pair and any temporary indexes a killed run left; indexes already gone are fine. */
export async function dropIndexes(ctx: IndexingContext): Promise<void> {
  const { live } = indexNames(ctx.index, 0);
  try {
    const doomed = (await ctx.client.listIndexes()).filter((uid) => uid === live.quotes || uid === live.meta || isStaleIndex(ctx.index, uid));
    await deleteIndexes(ctx, doomed, false);
  } catch (error) {
    throw ctx.translate(error);
  }
}

/**
 * Add documents in batches. All batches are enqueued before waiting, so Meilisearch can merge them;
 * each task is then checked in order, and `onProgress` reports the documents known to be indexed.
 */
async function addAll(ctx: IndexingContext, uid: string, docs: object[], onProgress?: (done: number) => void): Promise<void> {
  onProgress?.(0);
  const pending: Array<{ taskUid: number; size: number }> = [];
  for (const batch of batches(docs, BATCH_SIZE, BATCH_BYTES)) {
    const { taskUid } = await ctx.client.addDocuments(uid, batch, QUOTE_FIELDS.id);
    pending.push({ taskUid, size: batch.length });
  }
  let done = 0;
  for (const [i, { taskUid, size }] of pending.entries()) {
    const what = `documents ${done + 1}–${done + size} of ${docs.length} into ${uid} (batch ${i + 1} of ${pending.length})`;
    checkTask(what, await ctx.client.waitForTask(taskUid, ctx.taskTimeoutMs));
    done += size;
    onProgress?.(done);
  }
}
