/** The card thread: draws cards (satori + resvg) so that no drawing runs on the thread serving HTTP. */
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardContent } from './layout.ts';

const port = parentPort!;
port.on('message', async ({ id, content }: { id: number; content: CardContent }) => {
  try {
    const png = await renderCard(content);
    port.postMessage({ id, ok: true, value: png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
