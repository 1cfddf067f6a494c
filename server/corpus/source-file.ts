/**
 * One source file from disk: its bytes and its sidecar read (the sidecar only through a link that
 * stays inside the transcripts folder), the text decoded, its front matter and sidecar merged into
 * the given metadata (the sidecar wins), then parsed and attributed by `build.ts`.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { buildSource, type ParsedSource } from './build.ts';
import { ParseError } from './errors.ts';
import { followable } from './files.ts';
import type { Collection, LoadWarning, SourceKind } from './model.ts';
import { hasFrontMatter, parseFrontMatter, parseSidecar } from './metadata/source.ts';
import { convertedText, documentText } from './documents/index.ts';
import { decode, extensionOf, formatOf, SUPPORTED_EXTENSIONS, type Decoded } from './read.ts';
import type { SpeakerRegistry } from './speakers.ts';

/** A file's bytes and its sidecar's text, read ahead of parsing. */
export interface RawSource {
  bytes: Buffer;
  sidecar: { text: string; file: string } | null;
  warnings: LoadWarning[];
  /** The text of a file that is not plain text (a Word document, a PDF), taken out of it when it was read. */
  text?: string;
}

export interface SourceOptions {
  displayPath: string;
  slug: string;
  collection: Collection | null;
  registry: SpeakerRegistry;
  kind?: SourceKind;
  /** The transcripts folder: sidecars reached through links must stay inside it. */
  root?: string;
}

async function readSidecar(absolute: string, display: string, root: string | undefined, warnings: LoadWarning[]): Promise<RawSource['sidecar']> {
  for (const ext of ['.yml', '.yaml']) {
    const file = `${absolute}${ext}`;
    let bytes: Buffer;
    try {
      const info = lstatSync(file, { throwIfNoEntry: false });
      if (!info) continue;
      let target = file;
      if (info.isSymbolicLink()) {
        const followed = root ? await followable(root, file) : { real: file };
        if ('reason' in followed) {
          if (!/does not exist/.test(followed.reason)) warnings.push({ file: `${display}${ext}`, message: followed.reason });
          continue;
        }
        target = followed.real;
      }
      // A pipe or a device would block the read for good (and with it the loader): only files are read.
      const kind = target === file ? info : statSync(target, { throwIfNoEntry: false });
      if (!kind) continue;
      if (!kind.isFile()) {
        warnings.push({ file: `${display}${ext}`, message: 'is not a regular file and was not read' });
        continue;
      }
      bytes = readFileSync(target);
    } catch (error) {
      // No such sidecar: a name too long to take the extension, or a path through something not a folder.
      if (['ENOENT', 'ENAMETOOLONG', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) continue;
      throw new ParseError(`${display}${ext}`, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const decoded = decode(bytes, `${display}${ext}`);
    return { text: decoded.text, file: `${display}${ext}` };
  }
  return null;
}

/**
 * Read a source file and its sidecar. The reads are synchronous: the loader parses each file as soon
 * as it is read, and the round trips of asynchronous reads (and a `realpath` for every sidecar, where
 * one `lstat` tells a link apart) cost more than the reads themselves (about a tenth of loading a
 * corpus of a thousand sources). Only a sidecar that is a link is resolved, to keep it inside `root`.
 */
export async function readSource(absolute: string, display: string, root?: string): Promise<RawSource> {
  if (!formatOf(absolute)) throw new ParseError(display, undefined, `"${extensionOf(absolute)}" files are not text: save the transcript as text, as a Word document (.docx) or as a PDF (Verbatim reads ${SUPPORTED_EXTENSIONS.join(', ')} and other text files)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new ParseError(display, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const warnings: LoadWarning[] = [];
  const text = await documentText(formatOf(absolute)!, bytes, display);
  return { bytes, sidecar: await readSidecar(absolute, display, root, warnings), warnings, ...(text !== undefined ? { text } : {}) };
}

/** Parse a source read by `readSource`. */
export function parseSource(absolute: string, raw: RawSource, options: SourceOptions): ParsedSource {
  const { displayPath } = options;
  const format = formatOf(absolute)!;
  const warnings: LoadWarning[] = [...raw.warnings];
  const decoded: Decoded = raw.text !== undefined ? { text: raw.text } : decode(raw.bytes, displayPath);
  if (decoded.warning) warnings.push({ file: displayPath, ...(decoded.warning.line !== undefined ? { line: decoded.warning.line } : {}), message: decoded.warning.message });
  const sidecar = raw.sidecar ? parseSidecar(raw.sidecar.text, raw.sidecar.file, warnings) : {};
  // Captions in SubStation Alpha or TTML, a Final Draft script, a web page: read in the form their reader knows.
  const converted = convertedText(format, decoded.text, displayPath, sidecar.reader);
  const text = converted?.text ?? decoded.text;
  // Front matter in Markdown and plain-text transcripts, as static-site generators write it.
  const front = (format === 'markdown' || format === 'text') && hasFrontMatter(text) ? parseFrontMatter(text, displayPath, warnings) : { meta: {}, contentStart: 0 };
  // A web page's own title, unless its sidecar gives another.
  const { slug: givenSlug, ...given } = { ...(converted?.title ? { title: converted.title } : {}), ...front.meta, ...sidecar };
  if (options.kind) given.kind = options.kind;
  const parsed = buildSource({
    path: displayPath,
    slug: givenSlug ?? options.slug,
    collection: options.collection,
    text,
    format,
    ext: converted?.ext ?? extensionOf(absolute),
    contentStart: front.contentStart,
    given,
    registry: options.registry,
  });
  // The reader's line numbers count lines of the converted text, not of the user's file: said so.
  if (converted) {
    const form = converted.ext === '.vtt' ? 'WebVTT' : converted.ext === '.md' ? 'Markdown' : 'Fountain';
    for (const w of parsed.warnings) {
      if (w.line === undefined) continue;
      w.message = `${w.message} (line ${w.line} of the ${form} it was converted to)`;
      delete w.line;
    }
  }
  parsed.warnings.unshift(...warnings);
  return parsed;
}

/** Parse one file of a collection (or a loose file for `inspect`). */
export async function loadSourceFile(absolute: string, options: SourceOptions): Promise<ParsedSource> {
  return parseSource(absolute, await readSource(absolute, options.displayPath, options.root), options);
}
