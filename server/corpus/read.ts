/**
 * Reading one file's bytes as text, refusing what is not a transcript: empty files, binary files and
 * text that is not valid UTF-8 (or UTF-16 with a byte-order mark) get an error naming the file and line.
 */
import { ParseError } from './errors.ts';
import type { SourceFormat } from './model.ts';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.transcript': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.srt': 'srt',
  '.vtt': 'vtt',
};

/** The format a file name implies, or null for files Verbatim does not read. */
export function formatOf(fileName: string): SourceFormat | null {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  return FORMATS[ext] ?? null;
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decode a file's bytes; throws `ParseError` for empty, binary or mis-encoded files. */
export function decode(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ParseError(file, lineOfByte(bytes, nul), 'this looks like a binary file (it contains a NUL byte), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ParseError(file, lineOfByte(bytes, bad), `the text is not valid UTF-8 (byte ${bad + 1}); save the file as UTF-8`);
  }
  if (text.trim() === '') throw new ParseError(file, undefined, 'the file holds only white space');
  return text;
}

/** Index of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n === -1) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, bytes.length - 1);
}
