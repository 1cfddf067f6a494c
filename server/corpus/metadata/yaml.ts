/**
 * YAML and TOML documents with line numbers, so that every metadata warning can name its line.
 * YAML is read with `yaml`, TOML with `smol-toml`; neither is ever evaluated beyond plain data.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ParseError } from '../errors.ts';
import type { LoadWarning } from '../model.ts';

/** A parsed metadata document: its data and a way to find the line of a top-level key. */
export interface MetaDocument {
  data: unknown;
  /** File line of the value at `path` (a top-level key, or a key inside a list item), else the first line. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/**
 * Parse YAML text; `firstLine` is the file line of the text's first line. A syntax error throws a
 * `ParseError` with its line; YAML's own warnings (an unknown `!tag`) become load warnings.
 */
export function readYaml(text: string, file: string, warnings: LoadWarning[], firstLine = 1): MetaDocument {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const lineAt = (e: { linePos?: Array<{ line: number }>; pos: [number, number] }) => (e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line) + firstLine - 1;
  const error = doc.errors[0];
  if (error) throw new ParseError(file, lineAt(error), `invalid YAML: ${error.message.split('\n')[0]}`);
  for (const w of doc.warnings) warnings.push({ file, line: lineAt(w), message: w.message.split('\n')[0]! });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    // Aliases that point nowhere or expand without bound ("billion laughs") surface only here.
    throw new ParseError(file, firstLine, `invalid YAML: ${(err as Error).message}`);
  }
  return {
    data,
    lineOf(path) {
      const node = doc.getIn(path as unknown[], true);
      const range = isNode(node) ? node.range : undefined;
      return (range ? lines.linePos(range[0]).line : 1) + firstLine - 1;
    },
  };
}

/** Parse TOML text (front matter between `+++` lines); `firstLine` as for YAML. */
export function readToml(text: string, file: string, firstLine = 1): MetaDocument {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch (err) {
    const line = err instanceof TomlError ? err.line : 1;
    throw new ParseError(file, line + firstLine - 1, `invalid TOML: ${(err as Error).message.split('\n')[0]}`);
  }
  const starts = keyLines(text);
  return { data, lineOf: (path) => (starts.get(String(path[0])) ?? 1) + firstLine - 1 };
}

/** Line of each top-level `key =` in TOML text (before the first table header). */
function keyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.trimStart().startsWith('[')) break;
    const eq = row.indexOf('=');
    if (eq > 0) {
      const key = row.slice(0, eq).trim().replace(/^["']|["']$/g, '');
      if (key && !out.has(key)) out.set(key, i + 1);
    }
  }
  return out;
}
