/**
 * Checks of the records an engine reads back from its storage (the embedded engine's index file,
 * Meilisearch's documents): a record that was damaged, hand-edited or written by another version is
 * refused with a message naming the field, instead of failing later on a page. Only the fields the
 * engines and pages rely on are checked, and fields added later pass: the schemas only check, and the
 * copy zod parses (which would drop unknown fields) is thrown away. Plain `z.object` rather than
 * `looseObject` for that reason, and because zod checks it several times faster: every search hit
 * from Meilisearch is checked on the web server's thread.
 */
import { z } from 'zod';
import { QUOTE_KINDS } from '../corpus/model.ts';
import type { Catalog, PermalinkRecord, SourceText } from './engine.ts';
import type { QuoteDocument } from '../corpus/model.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,511}$/, 'not a quote id');
const count = z.number().int().min(0);
const counts = z.record(z.string(), count);

const speakerRef = z.object({ slug: z.string(), name: z.string(), role: z.string() });

const quote = z.object({
  id,
  text: z.string(),
  kind: z.enum(QUOTE_KINDS),
  speaker: speakerRef.nullable(),
  attribution: z.object({ method: z.string(), confidence: z.number() }),
  source: z.string(),
  collection: z.string(),
  position: z.object({ ordinal: count, start: count, end: count, line: count }),
  time: z.object({ start: z.number(), end: z.number() }).optional(),
  prev: z.string().nullable().optional(),
  next: z.string().nullable().optional(),
  reproduces: z.string().optional(),
  quotedIn: z.array(z.string()),
  sourceRef: z.object({ slug: z.string(), title: z.string(), kind: z.string(), collection: z.string() }),
  order: count,
});

const permalink = z.object({
  id,
  status: z.enum(['moved', 'gone']),
  to: z.string().optional(),
  source: z.string(),
  text: z.string(),
  at: z.string(),
});

const text = z.object({ slug: z.string(), text: z.string(), contentStart: count });

const catalog = z.object({
  builtAt: z.string(),
  collections: z.array(z.object({ slug: z.string(), title: z.string(), speakers: z.array(z.string()), sourceCount: count, quoteCount: count })),
  sources: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      kind: z.string(),
      collection: z.string(),
      path: z.string(),
      layout: z.string(),
      meta: z.object({ title: z.string(), kind: z.string(), inferred: z.array(z.string()) }),
      quoteCount: count,
      kindCounts: counts,
      speakerCounts: counts,
      pages: z.array(count).optional(),
    }),
  ),
  speakers: z.array(
    z.object({ slug: z.string(), name: z.string(), role: z.string(), aliases: z.array(z.string()), collections: z.array(z.string()), quoteCount: count, sourceCounts: counts }),
  ),
  unread: z.array(z.object({ file: z.string(), line: count.optional(), message: z.string(), carried: z.boolean() })).optional(),
});

const SCHEMAS = { quote, permalink, text, catalog } as const;
export type RecordType = keyof typeof SCHEMAS;
interface Records {
  quote: QuoteDocument;
  permalink: PermalinkRecord;
  text: SourceText;
  catalog: Catalog;
}

/**
 * What is wrong with `value` as a record of `type` ("position.ordinal: expected number, received
 * string"), or null when it is sound. The value itself is not copied or changed.
 */
export function recordProblem(type: RecordType, value: unknown): string | null {
  const result = SCHEMAS[type].safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : type;
  return `${where}: ${issue.message}`;
}

/** `value` as a record of `type`; throws `fail(problem)` when it is not one. */
export function checkedRecord<T extends RecordType>(type: T, value: unknown, fail: (problem: string) => Error): Records[T] {
  const problem = recordProblem(type, value);
  if (problem) throw fail(problem);
  return value as Records[T];
}
