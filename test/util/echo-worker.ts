/** A thread for worker.test.ts: answers `{ id, n, delay }` with `n * 2` after `delay` milliseconds. */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', ({ id, n, delay }: { id: number; n: number; delay?: number }) => {
  setTimeout(() => parentPort!.postMessage({ id, ok: true, value: n * 2 }), delay ?? 0);
});
