/**
 * A source's own metadata: a sidecar `<file>.yml` beside it, or front matter at the top of the file
 * as static-site generators write it — YAML between `---` lines (Jekyll, Hugo, Eleventy) or TOML
 * between `+++` lines (Hugo). Lenient: keys we do not use are ignored, a value we cannot use is a
 * warning naming the file and line and is dropped. Metadata that cannot be parsed at all is a warning
 * too; the file still loads on its content (only unreadable content rejects a file).
 */
import { ParseError } from '../errors.ts';
import type { LoadWarning } from '../model.ts';
import { readFields, type GivenMeta } from './fields.ts';
import { readToml, readYaml, type MetaDocument } from './yaml.ts';

function fromDocument(doc: MetaDocument, file: string, warnings: LoadWarning[], line: number): GivenMeta {
  const { data } = doc;
  if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0)) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push({ file, line, message: 'metadata must be a mapping of keys to values; it was ignored' });
    return {};
  }
  const { meta, problems } = readFields(data as Record<string, unknown>);
  for (const p of problems) warnings.push({ file, line: doc.lineOf([p.key]), message: p.message });
  return meta;
}

/** Metadata that could not be parsed: a warning, and none of it used. */
function unreadable(error: unknown, warnings: LoadWarning[]): GivenMeta {
  if (!(error instanceof ParseError)) throw error;
  warnings.push({ file: error.file, ...(error.line !== undefined ? { line: error.line } : {}), message: `${error.reason}; the metadata was ignored` });
  return {};
}

/** A source's metadata from a sidecar file's text. */
export function parseSidecar(text: string, file: string, warnings: LoadWarning[]): GivenMeta {
  if (text.trim() === '') return {};
  try {
    return fromDocument(readYaml(text, file, warnings), file, warnings, 1);
  } catch (error) {
    return unreadable(error, warnings);
  }
}

/** Where front matter ends: the line after its closing delimiter, or -1 when it is never closed. */
function closing(text: string, delimiter: string, from: number): { end: number; after: number } | -1 {
  let at = from;
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol === -1) eol = text.length;
    const line = text.slice(at, eol).replace(/\r$/, '');
    if (line.trimEnd() === delimiter) return { end: at, after: Math.min(text.length, eol + 1) };
    at = eol + 1;
  }
  return -1;
}

/**
 * Split front matter from the content: its metadata and where the content starts. A file that
 * opens with `---` or `+++` but never closes it has no front matter (a warning says so).
 */
export function parseFrontMatter(text: string, file: string, warnings: LoadWarning[]): { meta: GivenMeta; contentStart: number } {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return { meta: {}, contentStart: 0 };
  const delimiter = open[1]!;
  const close = closing(text, delimiter, open[0].length);
  if (close === -1) {
    warnings.push({ file, line: 1, message: `front matter opened with "${delimiter}" is never closed by a "${delimiter}" line; the file was read without metadata` });
    return { meta: {}, contentStart: 0 };
  }
  const body = text.slice(open[0].length, close.end);
  let meta: GivenMeta;
  try {
    const doc = delimiter === '+++' ? readToml(body, file, 2) : readYaml(body, file, warnings, 2);
    meta = fromDocument(doc, file, warnings, 1);
  } catch (error) {
    meta = unreadable(error, warnings);
  }
  return { meta, contentStart: close.after };
}

/** True when a text starts with front matter (so any format may carry it, not only Markdown). */
export function hasFrontMatter(text: string): boolean {
  return /^(?:---|\+\+\+)[ \t]*\r?\n/.test(text);
}
