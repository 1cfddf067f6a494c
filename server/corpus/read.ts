/**
 * One file's bytes as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
 * mark are read as they are; text that is not valid UTF-8 is read as Windows-1252 (of which Latin-1
 * is a subset), as older subtitle files are written, with a warning. Empty and binary files are
 * refused with an error naming the file and line.
 */
import { ParseError } from './errors.ts';
import type { SourceFormat } from './model.ts';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.transcript': 'text',
  '.fountain': 'text',
  '.spmd': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.srt': 'srt',
  '.vtt': 'vtt',
  '.sbv': 'sbv',
  '.ass': 'ass',
  '.ssa': 'ass',
  '.ttml': 'ttml',
  '.dfxp': 'ttml',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'xml',
  '.fdx': 'fdx',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The extension of a file name, lower case with its dot, or ''. */
export function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
}

/** Files that are not text: refused by name, with what to do, rather than read as bytes. */
const BINARY = new Set(['.doc', '.odt', '.rtf', '.pages', '.xls', '.xlsx', '.ppt', '.pptx', '.mp3', '.m4a', '.wav', '.ogg', '.flac', '.aac', '.mp4', '.mov', '.mkv', '.webm', '.avi', '.jpg', '.jpeg', '.png', '.gif', '.webp', '.tif', '.tiff', '.zip', '.gz', '.tar', '.7z', '.exe', '.dmg']);

/**
 * The format a file name implies: a known extension's, plain text for any other (the readers decide
 * from the content), or null for documents, media and archives Verbatim cannot read.
 */
export function formatOf(fileName: string): SourceFormat | null {
  const ext = extensionOf(fileName);
  return FORMATS[ext] ?? (BINARY.has(ext) ? null : 'text');
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decoded text, and a warning when it had to be read in another encoding than UTF-8. */
export interface Decoded {
  text: string;
  warning?: { line?: number; message: string };
}

/** Decode a file's bytes; throws `ParseError` for empty or binary files. */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  let text: string;
  let warning: Decoded['warning'];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new ParseError(file, lineOfByte(bytes, nul), 'this looks like a binary file (it contains a NUL byte), not text');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      text = new TextDecoder('windows-1252').decode(bytes);
      warning = { line: lineOfByte(bytes, bad), message: `is not valid UTF-8 (byte ${bad + 1}); it was read as Windows-1252 (Latin-1): save it as UTF-8 if any character looks wrong` };
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ParseError(file, undefined, 'the file holds only white space');
  return warning ? { text, warning } : { text };
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
