/**
 * The crafted inputs of the parse stress bench (`npm run bench:parse`), kept as regression cases:
 * every reader reads every shape (wrapped in its own format), and each crafted whole file is read as
 * indexing reads it, to a sane result — no crash, no stack overflow, every quote's range inside the
 * file. They run at 64 kB in a worker thread with a deadline, so that a return of super-linear parsing
 * fails here by name instead of hanging the run; speed itself is the bench's business.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { READER_NAMES, type ReaderName } from '../../server/corpus/model.ts';
import { CRAFTED_FILES, FORMATS, SHAPES } from '../../scripts/bench/parse-inputs.ts';
import type { StressAnswer } from './stress/read-apart.ts';
import { ApartReader } from './stress/reader.ts';

const SIZE = 64_000;
/** Far beyond any input's reading at this size (milliseconds); a quadratic return takes minutes. */
const DEADLINE_MS = 20_000;

const apart = new ApartReader(DEADLINE_MS);
afterAll(() => apart.close());

/** `reader`'s quotes, each inside the file, or a refusal — only a ParseError naming `path`. */
function readSanely(answer: StressAnswer, path: string, reader: ReaderName): void {
  if (!answer.read) {
    expect(answer.parseError).toBe(true);
    expect(answer.message).toContain(path);
    return;
  }
  expect(answer.reader).toBe(reader);
  expect(answer.outside).toEqual([]);
}

describe.each([...READER_NAMES])('the %s reader on crafted inputs', (reader) => {
  it.each(Object.keys(SHAPES))('reads "%s" to quotes inside the file, or refuses it by name', async (shape) => {
    const answer = await apart.read({ reader, shape, size: SIZE }, `"${shape}" for the ${reader} reader`);
    readSanely(answer, `stress${FORMATS[reader].ext}`, reader);
  });
});

describe('crafted whole files', () => {
  it.each(Object.keys(CRAFTED_FILES))('reads "%s" to quotes inside the file, or refuses it by name', async (name) => {
    const file = CRAFTED_FILES[name]!;
    const answer = await apart.read({ file: name, size: SIZE }, `the crafted file "${name}"`);
    readSanely(answer, `stress${file.ext}`, file.reader);
  });
});
