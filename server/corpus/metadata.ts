/**
 * Metadata files: `collection.yml` (a collection and its speaker registry) and each source's sidecar
 * `<file>.yml` or Markdown front matter. YAML is read with `yaml`, front matter is split with
 * `gray-matter`, and both are validated with `zod`; every problem names the file and line.
 */
import matter from 'gray-matter';
import { LineCounter, parse, parseDocument, isMap, isNode, type Document } from 'yaml';
import { z } from 'zod';
import { ParseError } from './errors.ts';
import { SOURCE_KINDS, SOURCE_LAYOUTS, type Collection, type LoadWarning } from './model.ts';
import { slugify } from './text.ts';
import type { GivenMeta } from './build.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const speakerSchema = z.object({
  name: z.string().trim().min(1, 'a speaker needs a name'),
  slug: z.string().regex(SLUG, 'a slug holds lower-case letters, digits and single dashes').optional(),
  role: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  description: z.string().optional(),
  pronouns: z.enum(['he', 'she', 'they']).optional(),
});

const collectionSchema = z.object({
  title: z.string().trim().min(1, 'the collection needs a title'),
  year: z.number().int().min(1870).max(2100).optional(),
  director: z.string().trim().min(1).optional(),
  description: z.string().optional(),
  speakers: z.array(speakerSchema).optional(),
});

const sourceSchema = z.object({
  title: z.string().trim().min(1).optional(),
  kind: z.enum(SOURCE_KINDS as [string, ...string[]], { message: `kind must be one of ${SOURCE_KINDS.join(', ')}` }).optional(),
  outlet: z.string().trim().min(1).optional(),
  author: z.string().trim().min(1).optional(),
  url: z.url({ message: 'url must be an absolute http(s) URL' }).optional(),
  date: z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .refine((v) => ISO_DATE.test(v), 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  host: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]).optional(),
  interviewer: z.string().trim().min(1).optional(),
  speakers: z.array(z.string().trim().min(1)).optional(),
  layout: z.enum(SOURCE_LAYOUTS as [string, ...string[]], { message: `layout must be one of ${SOURCE_LAYOUTS.join(', ')}` }).optional(),
  slug: z.string().regex(SLUG, 'a slug holds lower-case letters, digits and single dashes').optional(),
});

export type SourceMetaFile = GivenMeta & { slug?: string };

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

/**
 * Parse YAML text; `firstLine` is the file line of the text's first line. YAML's own warnings (an
 * unknown `!tag`, a key that is a collection) become load warnings naming the file and line, rather
 * than process warnings.
 */
function parseYaml(text: string, file: string, warnings: LoadWarning[], firstLine = 1): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const error = doc.errors[0];
  const lineAt = (e: { linePos?: Array<{ line: number }>; pos: [number, number] }) => (e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line) + firstLine - 1;
  if (error) throw new ParseError(file, lineAt(error), `invalid YAML: ${error.message.split('\n')[0]}`);
  for (const w of doc.warnings) warnings.push({ file, line: lineAt(w), message: w.message.split('\n')[0]! });
  return { doc, lines };
}

/** File line of the YAML node at `path`, or of the document start. */
function lineOf(parsed: ParsedYaml, path: ReadonlyArray<PropertyKey>, firstLine: number): number {
  const node = parsed.doc.getIn(path as unknown[], true);
  const range = isNode(node) ? node.range : undefined;
  const line = range ? parsed.lines.linePos(range[0]).line : 1;
  return line + firstLine - 1;
}

function validate<S extends z.ZodType>(schema: S, parsed: ParsedYaml, file: string, firstLine: number, warnings: LoadWarning[]): z.output<S> {
  let data: unknown;
  try {
    data = parsed.doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // Aliases that point nowhere or expand without bound ("billion laughs") surface only here.
    throw new ParseError(file, firstLine, `invalid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new ParseError(file, firstLine, 'metadata must be a mapping of keys to values');
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ParseError(file, lineOf(parsed, issue.path, firstLine), `${where}${issue.message}`);
  }
  const known = new Set(Object.keys((schema as unknown as z.ZodObject).shape));
  if (isMap(parsed.doc.contents)) {
    for (const key of Object.keys(data as object)) {
      if (!known.has(key)) warnings.push({ file, line: lineOf(parsed, [key], firstLine), message: `unknown key "${key}" was ignored` });
    }
  }
  return result.data;
}

/** A collection from its `collection.yml` text (`slug` is the folder's). */
export function parseCollection(text: string, file: string, slug: string, warnings: LoadWarning[]): Collection {
  const data = quickValidate(collectionSchema, text) ?? validate(collectionSchema, parseYaml(text, file, warnings), file, 1, warnings);
  const speakers = (data.speakers ?? []).map((s) => ({
    slug: s.slug ?? slugify(s.name),
    name: s.name,
    role: (s.role ?? 'unknown').toLowerCase(),
    aliases: s.aliases ?? [],
    ...(s.description ? { description: s.description.trim() } : {}),
    ...(s.pronouns ? { pronouns: s.pronouns } : {}),
  }));
  const seen = new Set<string>();
  for (const s of speakers) {
    if (seen.has(s.slug)) throw new ParseError(file, undefined, `two speakers share the slug "${s.slug}"`);
    seen.add(s.slug);
  }
  return {
    slug,
    title: data.title,
    ...(data.year !== undefined ? { year: data.year } : {}),
    ...(data.director ? { director: data.director } : {}),
    ...(data.description ? { description: data.description } : {}),
    speakers,
  };
}

/** A source's metadata from a sidecar file's text. */
export function parseSidecar(text: string, file: string, warnings: LoadWarning[]): SourceMetaFile {
  if (text.trim() === '') return {};
  return (quickValidate(sourceSchema, text) ?? validate(sourceSchema, parseYaml(text, file, warnings), file, 1, warnings)) as SourceMetaFile;
}

/**
 * The common case, cheaply: YAML that parses, validates and has no unknown key. Anything else
 * returns undefined and goes the slow way, which finds the line to report.
 */
function quickValidate<S extends z.ZodObject>(schema: S, text: string): z.output<S> | undefined {
  // Tags, anchors, aliases and complex keys take the slow way, which reports YAML's warnings.
  if (/[!&*?]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (Object.keys(data).some((key) => !(key in schema.shape))) return undefined;
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

/** Split Markdown front matter: its metadata and where the content starts. */
export function parseFrontMatter(text: string, file: string, warnings: LoadWarning[]): { meta: SourceMetaFile; contentStart: number } {
  if (!/^---[ \t]*\r?\n/.test(text)) return { meta: {}, contentStart: 0 };
  if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) throw new ParseError(file, 1, 'front matter opened with "---" is never closed by a "---" line');
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const meta = split.matter.trim() === '' ? {} : (validate(sourceSchema, parseYaml(split.matter, file, warnings), file, 1, warnings) as SourceMetaFile);
  return { meta, contentStart: text.length - split.content.length };
}
