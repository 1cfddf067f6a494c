/**
 * The stress test's reading, done in a worker thread (see `worker.mjs`) so that a super-linear
 * return can be stopped: a regular expression that backtracks runs synchronously, and no test timeout
 * interrupts it — the whole suite would hang instead of failing. Each request reads one crafted input
 * and answers with what the test checks, not the parsed source.
 */
import { parentPort } from 'node:worker_threads';
import { ParseError } from '../../../server/corpus/errors.ts';
import type { ReaderName } from '../../../server/corpus/model.ts';
import { CRAFTED_FILES, FORMATS, readCraftedFile, readShape, SHAPES } from '../../../scripts/bench/parse-inputs.ts';

/** One crafted input: a shape wrapped in a reader's format, or a whole crafted file. */
export type StressInput = { reader: ReaderName; shape: string; size: number } | { file: string; size: number };
/** A crafted input to read, numbered so that its answer can be told from a late one. */
export type StressRequest = StressInput & { id: number };

/** What reading it gave: the reader and whether every quote lies inside the text, or the refusal. */
export type StressAnswer =
  | { id: number; read: true; reader: string; quotes: number; outside: number[] }
  | { id: number; read: false; parseError: boolean; message: string };

function answer(request: StressRequest): StressAnswer {
  const { id } = request;
  const [text, read] =
    'file' in request
      ? (() => {
          const file = CRAFTED_FILES[request.file]!;
          const t = file.make(request.size);
          return [t, () => readCraftedFile(file, Buffer.from(t, 'utf8'))] as const;
        })()
      : (() => {
          const t = FORMATS[request.reader].wrap(SHAPES[request.shape]!(request.size));
          return [t, () => readShape(request.reader, t)] as const;
        })();
  try {
    const parsed = read();
    const outside = parsed.quotes.flatMap((q, i) => (q.position.start >= 0 && q.position.start <= q.position.end && q.position.end <= text.length ? [] : [i]));
    return { id, read: true, reader: parsed.source.reader, quotes: parsed.quotes.length, outside };
  } catch (error) {
    return { id, read: false, parseError: error instanceof ParseError, message: (error as Error).message };
  }
}

parentPort?.on('message', (request: StressRequest) => parentPort!.postMessage(answer(request)));
