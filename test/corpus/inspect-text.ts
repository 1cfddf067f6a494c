/** Test helper: a text read as a user's `.txt` file would be, the way `npm run inspect` reads it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectFile } from '../../server/corpus/inspect.ts';

/** `text` saved as `transcript.txt` in a folder of its own, then inspected. */
export function inspectText(text: string): ReturnType<typeof inspectFile> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-text-')), 'transcript.txt');
  writeFileSync(file, text);
  return inspectFile(file);
}
