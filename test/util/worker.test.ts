import { describe, expect, it } from 'vitest';
import { requestWorker } from '../../server/util/worker.ts';

const ECHO = new URL('./echo-worker.ts', import.meta.url);
type Ask = { n: number; delay?: number };

/** Waits until `done()` holds, for at most `ms`. */
async function until(done: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return done();
}

describe('requestWorker', () => {
  it('stops an idle thread and starts it again for the next request', async () => {
    const ask = requestWorker<Ask, number>(ECHO, 'echo', { idleMs: 50 });
    expect(ask.running()).toBe(false);
    expect(await ask({ n: 2 })).toBe(4);
    expect(ask.running()).toBe(true);
    expect(await until(() => !ask.running())).toBe(true);
    // Asked at once after the stop, before the old thread's exit is reported: answered by a new thread.
    expect(await ask({ n: 3 })).toBe(6);
    expect(ask.running()).toBe(true);
  });

  it('does not stop a thread while an answer is awaited, however long it takes', async () => {
    const ask = requestWorker<Ask, number>(ECHO, 'echo', { idleMs: 20 });
    expect(await ask({ n: 1 })).toBe(2);
    const slow = ask({ n: 5, delay: 300 });
    expect(await slow).toBe(10);
  });

  it('counts idle time again from each touch', async () => {
    const ask = requestWorker<Ask, number>(ECHO, 'echo', { idleMs: 150 });
    expect(await ask({ n: 1 })).toBe(2);
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ask.touch();
    }
    // 400 ms after its answer, kept by the touches.
    expect(ask.running()).toBe(true);
    expect(await until(() => !ask.running())).toBe(true);
  });

  it('keeps a thread without idleMs running', async () => {
    const ask = requestWorker<Ask, number>(ECHO, 'echo');
    expect(await ask({ n: 4 })).toBe(8);
    await new Promise((r) => setTimeout(r, 200));
    expect(ask.running()).toBe(true);
  });
});
