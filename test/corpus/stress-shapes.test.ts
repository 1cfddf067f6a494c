/**
 * The crafted inputs of the parse stress bench (`npm run bench:parse`), kept as regression cases:
 * every reader reads every shape (wrapped in its own format), and each crafted whole file is read as
 * indexing reads it, to a sane result — no crash, no stack overflow, every quote's range inside the
 * file. Speed is the bench's business, not a test's; these run at 64 kB so that a return of
 * super-linear parsing would still show here as a test that takes minutes.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedSource } from '../../server/corpus/build.ts';
import { ParseError } from '../../server/corpus/errors.ts';
import { READER_NAMES, type ReaderName } from '../../server/corpus/model.ts';
import { CRAFTED_FILES, FORMATS, readCraftedFile, readShape, SHAPES } from '../../scripts/bench/parse-inputs.ts';

const SIZE = 64_000;

/** `read` gives `reader`'s quotes, each inside `text`, or refuses it — only with a ParseError naming `path`. */
function readsSanely(read: () => ParsedSource, text: string, path: string, reader: ReaderName): void {
  let parsed;
  try {
    parsed = read();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toContain(path);
    return;
  }
  expect(parsed.source.reader).toBe(reader);
  for (const q of parsed.quotes) {
    expect(q.position.start).toBeGreaterThanOrEqual(0);
    expect(q.position.end).toBeLessThanOrEqual(text.length);
    expect(q.position.start).toBeLessThanOrEqual(q.position.end);
  }
}

describe.each([...READER_NAMES])('the %s reader on crafted inputs', (reader) => {
  it.each(Object.keys(SHAPES))('reads "%s" to quotes inside the file, or refuses it by name', (shape) => {
    const { ext, wrap } = FORMATS[reader];
    const text = wrap(SHAPES[shape]!(SIZE));
    readsSanely(() => readShape(reader, text), text, `stress${ext}`, reader);
  });
});

describe('crafted whole files', () => {
  it.each(Object.keys(CRAFTED_FILES))('reads "%s" to quotes inside the file, or refuses it by name', (name) => {
    const file = CRAFTED_FILES[name]!;
    const text = file.make(SIZE);
    readsSanely(() => readCraftedFile(file, Buffer.from(text, 'utf8')), text, `stress${file.ext}`, file.reader);
  });
});
