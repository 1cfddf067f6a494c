/**
 * Crafted inputs read in a worker thread with a deadline: an input that has not been read by then
 * stops the worker and fails its test by name, where a synchronous super-linear loop would otherwise
 * hang the run. The deadline only catches a hang — at the test's size every input reads in
 * milliseconds — and speed itself is the parse bench's business.
 */
import { Worker } from 'node:worker_threads';
import type { StressAnswer, StressInput } from './read-apart.ts';

/** One worker, started when first needed and again after a deadline stopped it. */
export class ApartReader {
  private worker: Worker | null = null;
  private next = 0;

  constructor(private readonly deadlineMs: number) {}

  private start(): Worker {
    this.worker ??= new Worker(new URL('./worker.mjs', import.meta.url));
    return this.worker;
  }

  /** Read one crafted input in the worker; rejects naming `what` when the deadline passes first. */
  read(input: StressInput, what: string): Promise<StressAnswer> {
    const worker = this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (a: StressAnswer) => {
        if (a.id !== id) return;
        done();
        resolve(a);
      };
      const onError = (e: Error) => {
        done();
        this.worker = null;
        reject(e);
      };
      const timer = setTimeout(() => {
        done();
        // The worker is stuck in the read: stop it, and start a fresh one for the next input.
        void worker.terminate();
        this.worker = null;
        reject(new Error(`${what} was not read within ${this.deadlineMs / 1000} s: parsing it is no longer linear (see npm run bench:parse)`));
      }, this.deadlineMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ ...input, id });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
