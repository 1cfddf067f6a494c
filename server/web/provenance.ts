/**
 * What is known about a source, field by field, for the provenance box of source and quote pages:
 * each fact with where it came from — given in the metadata, inferred from the text, or unknown —
 * so that readers know what to check before citing.
 */
import type { MetaField } from '../corpus/model.ts';
import type { SourceRecord } from '../search/engine.ts';
import { displayDate } from './format.ts';
import { SOURCE_KIND_LABELS, isUnnamed, type Labels } from './labels.ts';

export interface ProvenanceFact {
  label: string;
  value: string;
  /** For links (the original URL, the recording). */
  href?: string;
  status: 'given' | 'inferred' | 'unknown';
}

export interface Provenance {
  facts: ProvenanceFact[];
  inferredCount: number;
  unknownCount: number;
}

export function provenanceOf(source: SourceRecord, labels: Labels): Provenance {
  const meta = source.meta;
  const status = (field: MetaField | null, value: unknown): ProvenanceFact['status'] => (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) ? 'unknown' : field && meta.inferred.includes(field) ? 'inferred' : 'given');
  const names = (slugs: string[] | undefined) => (slugs ?? []).map((s) => labels.speaker(s)).filter((s) => s && !isUnnamed(s)).map((s) => s!.name);
  const fact = (label: string, field: MetaField | null, value: string | undefined, href?: string): ProvenanceFact => ({ label, value: value ?? '', status: status(field, value), ...(href && value ? { href } : {}) });
  const collection = labels.collection(source.collection);
  const facts: ProvenanceFact[] = [
    fact('Title', 'title', meta.title),
    fact('Kind', 'kind', SOURCE_KIND_LABELS[meta.kind]),
    fact('Outlet', 'outlet', meta.outlet),
    fact('Author', 'author', meta.author && !/^Unnamed\b/.test(meta.author) ? meta.author : undefined),
    fact('Date', 'date', meta.date ? displayDate(meta.date) : undefined),
    fact('Original address', null, meta.url, meta.url),
    fact('Collection', null, collection ? `${collection.title}${collection.year ? ` (${collection.year})` : ''}` : undefined),
  ];
  const optional: Array<[string, MetaField | null, string | undefined, string?]> = [
    ['Programme', null, meta.programme],
    ['Episode', null, meta.episode],
    ['Medium', null, meta.medium],
    ['Host', 'host', names(meta.host).join(', ') || undefined],
    ['Interviewer', 'interviewer', names(meta.interviewer ? [meta.interviewer] : []).join(', ') || undefined],
    ['Director', null, meta.director],
    ['Repository', null, meta.repository],
    ['Recording', null, meta.media, meta.media],
    ['Accessed', null, meta.accessed ? displayDate(meta.accessed) : undefined],
  ];
  // Fields that only some kinds have are shown when present, not listed as unknown everywhere.
  for (const [label, field, value, href] of optional) if (value) facts.push(fact(label, field, value, href));
  return { facts, inferredCount: facts.filter((f) => f.status === 'inferred').length, unknownCount: facts.filter((f) => f.status === 'unknown').length };
}
