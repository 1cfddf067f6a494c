/** Test helper: a text read as a user's `.txt` file would be, the way `npm run inspect` reads it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectFile } from '../../server/corpus/inspect.ts';

/** `text` saved as `transcript.txt` in a folder of its own, then inspected. */
export function inspectText(text: string): ReturnType<typeof inspectFile> {
  return inspectAs('transcript.txt', text);
}

/** `text` saved under `name` (its extension picks the readers that may claim it) in a folder of its own, then inspected. */
export function inspectAs(name: string, text: string): ReturnType<typeof inspectFile> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-text-')), name);
  writeFileSync(file, text);
  return inspectFile(file);
}

/** The name of whoever says the first quote holding `words`, or null (no such quote, or no one's). */
export function saidBy(parsed: { quotes: Array<{ text: string; speaker: { name: string } | null }> }, words: string): string | null {
  return parsed.quotes.find((q) => q.text.includes(words))?.speaker?.name ?? null;
}
