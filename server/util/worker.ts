/**
 * Worker threads for TypeScript modules. Module loader hooks (tsx, which runs this TypeScript) are
 * not inherited by worker threads in Node 20, so a worker whose entry is a `.ts` file first registers
 * tsx itself; compiled `.js` entries start directly.
 */
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/** The sibling module of `from` named `name`, with `from`'s extension (.ts under tsx, .js compiled). */
export function sibling(from: string, name: string): URL {
  const ext = from.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${ext}`, from);
}

/** A reply from a `requestWorker` thread: the request's id and its value or error message. */
export type WorkerReply<T> = { id: number; ok: true; value: T } | { id: number; ok: false; error: string };

/** A `requestWorker` thread's caller: send a request, and ask whether the thread is up. */
export interface WorkerCaller<Req, Res> {
  (request: Req): Promise<Res>;
  /** Whether the thread is running (or starting) now. */
  running(): boolean;
  /** With `idleMs`: count the thread's idle time from now, as if it had just answered. */
  touch(): void;
}

/**
 * A thread that answers requests one message each (`{ id, ...request }` → `WorkerReply`), started on
 * first use and again after it stops; it holds the process open only while answers are awaited, so a
 * finished script or test is never kept alive by it. With `idleMs`, the thread is stopped once it has
 * answered everything and been asked nothing for that long: what it built (style processors, fonts)
 * is memory the process gets back, and the next request starts it again.
 */
export function requestWorker<Req extends object, Res>(entry: URL, what: string, options: { idleMs?: number } = {}): WorkerCaller<Req, Res> {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (v: Res) => void; reject: (e: Error) => void }>();
  const thread = (): Worker => {
    if (worker) return worker;
    const w = startWorker(entry, {});
    w.unref();
    w.on('message', (reply: WorkerReply<Res> | { ready: true }) => {
      if (!('id' in reply)) return;
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) {
        w.unref();
        armIdle(w);
      }
      if (reply.ok) call?.resolve(reply.value);
      else call?.reject(new Error(`${what} failed: ${reply.error}`));
    });
    const fail = (error: Error) => {
      // A thread stopped for being idle has nothing pending, and a new one may have taken its place.
      if (worker !== w) return;
      worker = null;
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the ${what} thread stopped (exit code ${code})`)));
    return (worker = w);
  };
  const armIdle = (w: Worker) => {
    if (options.idleMs === undefined) return;
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => stopIdle(w), options.idleMs);
    idle.unref();
  };
  const stopIdle = (w: Worker) => {
    if (worker !== w || pending.size > 0) return;
    worker = null;
    void w.terminate();
  };
  const call = (request: Req) =>
    new Promise<Res>((resolve, reject) => {
      if (idle) clearTimeout(idle);
      idle = null;
      const id = next++;
      pending.set(id, { resolve, reject });
      const w = thread();
      w.ref();
      w.postMessage({ ...request, id });
    });
  return Object.assign(call, {
    running: () => worker !== null,
    touch: () => {
      if (worker && pending.size === 0) armIdle(worker);
    },
  });
}

/**
 * Lower the calling thread's scheduling priority (a nice value, 0–19), so that the web server's
 * event loop is scheduled first whenever both want a core: a long search (or a rebuild) then waits a
 * moment, rather than every request waiting for it. Linux only, where a nice value belongs to one
 * thread; elsewhere it would lower the whole process, so nothing is done. Failures are ignored.
 */
export function yieldToEventLoop(nice: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, nice);
  } catch {
    // Not permitted (a container with a fixed priority, say): run at the usual priority.
  }
}
