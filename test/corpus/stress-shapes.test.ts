/**
 * The crafted inputs of the parse stress bench (`npm run bench:parse`), kept as regression cases: every
 * reader reads every shape (wrapped in its own format), and each crafted whole file is read as
 * indexing reads it, to a sane result — no crash, no stack
 * overflow, every quote's range inside the file. Speed is the bench's business, not a test's; these
 * run at 64 kB so that a return of super-linear parsing would still show here as a test that takes
 * minutes.
 */
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { ParseError } from '../../server/corpus/errors.ts';
import { READER_NAMES, type SourceFormat } from '../../server/corpus/model.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { parseSource } from '../../server/corpus/source-file.ts';
import { CRAFTED_FILES, FORMATS, SHAPES } from '../../scripts/bench/parse-inputs.ts';

const SIZE = 64_000;
const FORMAT_OF: Record<string, SourceFormat> = { '.srt': 'srt', '.vtt': 'vtt', '.json': 'json', '.html': 'html', '.xml': 'xml', '.md': 'markdown' };

describe.each([...READER_NAMES])('the %s reader on crafted inputs', (reader) => {
  it.each(Object.keys(SHAPES))('reads "%s" to quotes inside the file, or refuses it by name', (shape) => {
    const { ext, wrap } = FORMATS[reader];
    const text = wrap(SHAPES[shape]!(SIZE));
    let parsed;
    try {
      parsed = buildSource({ path: `stress${ext}`, slug: 'stress', collection: null, text, format: FORMAT_OF[ext] ?? 'text', contentStart: 0, given: { reader }, registry: new SpeakerRegistry([]) });
    } catch (error) {
      // A reader may refuse a file it cannot read, but only with a ParseError naming the file.
      expect(error).toBeInstanceOf(ParseError);
      expect((error as Error).message).toContain(`stress${ext}`);
      return;
    }
    expect(parsed.source.reader).toBe(reader);
    for (const q of parsed.quotes) {
      expect(q.position.start).toBeGreaterThanOrEqual(0);
      expect(q.position.end).toBeLessThanOrEqual(text.length);
      expect(q.position.start).toBeLessThanOrEqual(q.position.end);
    }
  });
});

describe('crafted whole files', () => {
  it.each(Object.keys(CRAFTED_FILES))('reads "%s" to quotes inside the file, or refuses it by name', (name) => {
    const file = CRAFTED_FILES[name]!;
    const text = file.make(SIZE);
    const raw = { bytes: Buffer.from(text, 'utf8'), sidecar: { text: `reader: ${file.reader}\n`, file: `stress${file.ext}.yml` }, warnings: [] };
    let parsed;
    try {
      parsed = parseSource(`stress${file.ext}`, raw, { displayPath: `stress${file.ext}`, slug: 'stress', collection: null, registry: new SpeakerRegistry([]) });
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as Error).message).toContain(`stress${file.ext}`);
      return;
    }
    expect(parsed.source.reader).toBe(file.reader);
    for (const q of parsed.quotes) {
      expect(q.position.start).toBeGreaterThanOrEqual(0);
      expect(q.position.end).toBeLessThanOrEqual(text.length);
    }
  });
});
