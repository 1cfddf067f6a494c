/**
 * `collection.yml`: a collection and its speaker registry. Stricter than a source's metadata: a
 * registry that cannot be read would give the collection's quotes wrong speakers, so a broken one
 * rejects the collection (the loader keeps its previous index) instead of loading it half right.
 */
import { z } from 'zod';
import { ParseError } from '../errors.ts';
import type { Collection, LoadWarning } from '../model.ts';
import { slugify } from '../text.ts';
import { readYaml } from './yaml.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugSchema = z.string().regex(SLUG, 'a slug holds lower-case letters, digits and single dashes');

const speakerSchema = z.object({
  name: z.string().trim().min(1, 'a speaker needs a name'),
  slug: slugSchema.optional(),
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
  /** Collections whose quotations may be linked to this one's lines (and back). */
  related: z.array(slugSchema).optional(),
});

/** A collection from its `collection.yml` text (`slug` is the folder's). */
export function parseCollection(text: string, file: string, slug: string, warnings: LoadWarning[]): Collection {
  const doc = readYaml(text, file, warnings);
  const raw = doc.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ParseError(file, 1, 'a collection.yml must be a mapping of keys to values');
  const result = collectionSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ParseError(file, doc.lineOf(issue.path as Array<string | number>), `${where}${issue.message}`);
  }
  for (const key of Object.keys(raw)) {
    if (!(key in collectionSchema.shape)) warnings.push({ file, line: doc.lineOf([key]), message: `unknown key "${key}" was ignored` });
  }
  const data = result.data;
  const speakers = (data.speakers ?? []).map((s) => ({
    slug: s.slug ?? slugify(s.name),
    name: s.name,
    role: (s.role ?? 'unknown').toLowerCase(),
    aliases: s.aliases ?? [],
    ...(s.description ? { description: s.description.trim() } : {}),
    ...(s.pronouns ? { pronouns: s.pronouns } : {}),
  }));
  const seen = new Set<string>();
  speakers.forEach((s, i) => {
    if (seen.has(s.slug)) throw new ParseError(file, doc.lineOf(['speakers', i]), `two speakers share the slug "${s.slug}"`);
    seen.add(s.slug);
  });
  return {
    slug,
    title: data.title,
    ...(data.year !== undefined ? { year: data.year } : {}),
    ...(data.director ? { director: data.director } : {}),
    ...(data.description ? { description: data.description } : {}),
    ...(data.related?.length ? { related: data.related } : {}),
    speakers,
  };
}
