/**
 * The citation thread: holds one citeproc processor per style and formats what `client.ts` sends.
 * Building the processors (seconds, for the large Chicago style) and formatting (milliseconds per
 * style and item) never run on the thread that serves HTTP.
 */
import { parentPort } from 'node:worker_threads';
import { createProcessor, type Processor } from './processor.ts';
import { loadStyles, type StyleInfo } from './styles.ts';
import type { FormatCall, FormatReply } from './protocol.ts';

const port = parentPort!;
const { styles } = loadStyles();
const processors = new Map<string, Processor>();
const processorFor = (style: StyleInfo) => {
  let p = processors.get(style.key);
  if (!p) processors.set(style.key, (p = createProcessor([style])));
  return p;
};

port.on('message', (call: FormatCall) => {
  try {
    const wanted = call.styles ? styles.filter((s) => call.styles!.includes(s.key)) : styles;
    const outputs = wanted.map((s) => processorFor(s).format(call.item, call.cite)[0]!);
    port.postMessage({ id: call.id, ok: true, outputs } satisfies FormatReply);
  } catch (error) {
    port.postMessage({ id: call.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies FormatReply);
  }
});

port.postMessage({ ready: true });
// Build the three promised styles' processors while nothing is asked yet: the first quote page then waits for none.
setTimeout(() => {
  for (const s of styles.slice(0, 3)) if (!processors.has(s.key)) processorFor(s).format({ id: 'warm-up', type: 'article-newspaper', title: 'Warm-up' }, { quotedPerson: null, timestamp: null });
}, 0);
