/**
 * One source's text → its quote records. Pure: the caller reads files; this decides the layout,
 * runs the parser and attribution for it, infers missing metadata, and assigns stable ids, positions
 * and neighbours.
 */
import type { Collection, Quote, ReaderName, Source, SourceFormat, SourceKind, SourceMeta, Speaker, LoadWarning } from './model.ts';
import type { GivenMeta } from './metadata/fields.ts';
import { toSpeakerRef } from './model.ts';
import { assignIds } from './ids.ts';
import { adHocSpeaker, type SpeakerRegistry } from './speakers.ts';
import { lineAt, lineStarts, scrubReserved, sentences } from './text.ts';
import { findLabels, looksLikeScript, parseScript, type Labels } from './formats/script.ts';
import { parseSubtitles } from './formats/subtitles.ts';
import { splitUnlabelled } from './formats/unlabelled.ts';
import { proseBlocks, bylineAuthor } from './formats/prose.ts';
import { attributeLabelled } from './attribution/labels.ts';
import { attributeUnlabelled } from './attribution/turns.ts';
import { attributeProse } from './attribution/review.ts';
import { personFor } from './attribution/participants.ts';
import type { Draft } from './attribution/draft.ts';

export type { GivenMeta };

/** How the text was laid out (until the readers replace this). */
type SourceLayout = 'script' | 'subtitles' | 'otter' | 'unlabelled' | 'prose';
const READER_OF: Record<SourceLayout, ReaderName> = { script: 'labelled', otter: 'labelled', subtitles: 'subtitles', unlabelled: 'unlabelled', prose: 'prose' };

export interface SourceInput {
  /** Path for messages and records, relative to the transcripts folder where possible. */
  path: string;
  slug: string;
  collection: Collection | null;
  text: string;
  format: SourceFormat;
  /** Where the content starts (after front matter). */
  contentStart: number;
  given: GivenMeta;
  registry: SpeakerRegistry;
}

export interface ParsedSource {
  source: Source;
  quotes: Quote[];
  /** Every speaker the quotes refer to, registered or met here. */
  speakers: Speaker[];
  warnings: LoadWarning[];
}

const REVIEW_WORDS = /\b(?:film|documentary|movie|director|directed|cinema|screen|screening|festival|footage|filmmaker|viewing)\b/gi;

function chooseLayout(input: SourceInput, labels: Labels): SourceLayout {
  const { text, contentStart, format, given } = input;
  if (format === 'srt' || format === 'vtt') return 'subtitles';
  if (given.reader) return given.reader === 'prose' || given.reader === 'unlabelled' || given.reader === 'subtitles' ? given.reader : 'script';
  if (looksLikeScript(text, contentStart, text.length, labels)) {
    return /^[ \t]*\S.*?\s\d{1,2}:\d{2}(?::\d{2})?[ \t]*$/m.test(text.slice(contentStart)) && !/:\s/.test(text.slice(contentStart, contentStart + 200).split('\n')[0] ?? '') ? 'otter' : 'script';
  }
  if (given.kind === 'review' || given.kind === 'article') return 'prose';
  if (given.kind === 'interview' || given.kind === 'film') return 'unlabelled';
  const body = text.slice(contentStart);
  const turns = splitUnlabelled(text, contentStart, text.length);
  const questions = turns.filter((t) => /\?\s*$/.test(t.text)).length;
  return turns.length >= 4 && questions / turns.length >= 0.25 && /\byou\b/i.test(body) ? 'unlabelled' : 'prose';
}

function inferKind(layout: SourceLayout, text: string): SourceKind {
  if (layout === 'subtitles') return 'film';
  if (layout !== 'prose') return 'interview';
  return (text.match(REVIEW_WORDS)?.length ?? 0) >= 3 ? 'review' : 'article';
}

function firstWords(text: string, max = 80): string {
  const first = sentences(text.slice(0, 2000))[0]?.text ?? text;
  // A drop-cap style opening word ("DIRECTOR Matthew Heineman follows…") reads as a normal word.
  const clean = first.replace(/\s+/g, ' ').trim().replace(/^(\p{Lu})(\p{Lu}+)(?=\s+\p{Lu}\p{Ll})/u, (_m, a: string, b: string) => a + b.toLowerCase());
  if (clean.length <= max) return clean.replace(/[.:;,]$/, '');
  return `${clean.slice(0, clean.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
}

/** Parse and attribute one source. Throws `ParseError` for input it cannot read. */
export function buildSource(input: SourceInput): ParsedSource {
  const { text, contentStart, given, registry, slug } = input;
  const known = (name: string) => registry.resolve(name) !== null;
  const labels = input.format === 'srt' || input.format === 'vtt' ? [] : findLabels(text, contentStart, text.length, known);
  const layout = chooseLayout(input, labels);
  const kind = given.kind ?? inferKind(layout, text.slice(contentStart));
  const people: Speaker[] = [];
  const person = (name: string | undefined, role: string) => (name ? personFor(name, role, registry, people) : undefined);
  const hosts = [...[given.host ?? []].flat().map((n) => person(n, 'host')!), ...(given.interviewer ? [person(given.interviewer, 'interviewer')!] : [])];
  const host = hosts[0];
  const guests = (given.speakers ?? []).map((n) => person(n, 'guest')!).filter((s) => !hosts.includes(s));
  const warnings: LoadWarning[] = [];

  let drafts: Draft[];
  let headline: string | undefined;
  let byline: string | undefined;
  if (layout === 'prose') {
    const blocks = proseBlocks(text, contentStart, text.length, input.format === 'markdown');
    headline = blocks.find((b) => b.role === 'headline')?.text.trim();
    const by = blocks.find((b) => b.role === 'byline');
    byline = by ? (bylineAuthor(by) ?? undefined) : undefined;
    const author = given.author ?? byline;
    const critic = author
      ? personFor(author, 'critic', registry, people)
      : given.outlet
        ? adHocSpeaker(given.outlet, 'critic')
        : adHocSpeaker('Unnamed critic', 'critic', `${slug}-critic`);
    const director = input.collection?.director ? (registry.resolve(input.collection.director) ?? undefined) : undefined;
    const result = attributeProse(blocks, { registry, critic, ...(director ? { director } : {}) });
    drafts = result.drafts;
    people.push(critic, ...result.people);
  } else if (layout === 'unlabelled') {
    const turns = splitUnlabelled(text, contentStart, text.length);
    const unnamedHost = adHocSpeaker('Unnamed host', 'host', `${slug}-host`);
    const boundariesChangeSpeaker = !/\n\s*\n/.test(text.slice(contentStart).trim());
    const result = attributeUnlabelled(turns, { registry, hosts, guests, unnamedHost, boundariesChangeSpeaker });
    drafts = turns.map((t, i) => ({ kind: 'turn', text: t.text, start: t.start, end: t.end, ...result.decisions[i]! }));
    people.push(...result.people);
  } else {
    const parsed = layout === 'subtitles'
      ? parseSubtitles(text, contentStart, text.length, input.format === 'srt' ? 'srt' : 'vtt', input.path)
      : parseScript(text, contentStart, text.length, labels);
    for (const w of parsed.warnings) warnings.push({ file: input.path, line: w.line, message: w.message });
    const result = attributeLabelled(parsed.turns, { registry, sourceSlug: slug, ...(host ? { host } : {}), guests });
    drafts = result.drafts;
    people.push(...result.people);
  }

  const inferred: SourceMeta['inferred'] = [];
  const speakersIn = [...new Set(drafts.map((d) => d.speaker).filter((s): s is Speaker => s !== null && !s.slug.endsWith('-host') && s.role !== 'host'))];
  let title = given.title;
  if (!title) {
    inferred.push('title');
    title = headline ?? (layout !== 'prose' && guests.length > 0 ? `Interview with ${listNames(guests)}` : firstWords(text.slice(contentStart)));
    if (!headline && layout === 'unlabelled' && guests.length === 0 && speakersIn.length > 0 && speakersIn.length <= 3) title = `Interview with ${listNames(speakersIn)}`;
  }
  if (!given.kind) inferred.push('kind');
  const meta: SourceMeta = {
    title,
    kind,
    ...(given.outlet ? { outlet: given.outlet } : {}),
    ...(given.author ?? byline ? { author: (given.author ?? byline)! } : {}),
    ...(given.url ? { url: given.url } : {}),
    ...(given.date ? { date: given.date } : {}),
    ...(given.host ? { host: hosts.filter((h) => h.role !== 'interviewer').map((h) => h.slug) } : {}),
    ...(given.interviewer ? { interviewer: hosts.at(-1)!.slug } : {}),
    ...(guests.length ? { speakers: guests.map((g) => g.slug) } : {}),
    inferred,
  };
  const source: Source = { slug, collection: input.collection?.slug ?? '', path: input.path, format: input.format, reader: READER_OF[layout], layout: layout === 'prose' ? 'prose' : 'transcript', meta, text, contentStart };
  const quotes = toQuotes(source, drafts.filter((d) => /[\p{L}\p{N}]/u.test(d.text)));
  const referenced = new Set(quotes.map((q) => q.speaker?.slug));
  const speakers = dedupe([...drafts.map((d) => d.speaker), ...people, ...hosts, ...guests].filter((s): s is Speaker => !!s && (referenced.has(s.slug) || hosts.includes(s) || guests.includes(s))));
  return { source, quotes, speakers, warnings };
}

function listNames(people: Speaker[]): string {
  const names = people.map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function dedupe(speakers: Speaker[]): Speaker[] {
  const bySlug = new Map<string, Speaker>();
  for (const s of speakers) if (!bySlug.has(s.slug)) bySlug.set(s.slug, s);
  return [...bySlug.values()];
}

/** Drafts → quote records: ids, ordinals, lines, neighbours. */
function toQuotes(source: Source, drafts: Draft[]): Quote[] {
  const starts = lineStarts(source.text);
  const texts = drafts.map((d) => scrubReserved(d.text));
  const ids = assignIds(source.slug, texts);
  return drafts.map((d, i) => {
    const quote: Quote = {
      id: ids[i]!,
      text: texts[i]!,
      kind: d.kind,
      speaker: d.speaker ? toSpeakerRef(d.speaker) : null,
      attribution: { method: d.method, confidence: d.confidence, ...(d.label ? { label: d.label } : {}) },
      source: source.slug,
      collection: source.collection,
      position: { ordinal: i, start: d.start, end: d.end, line: lineAt(starts, d.start), ...(d.context ? { context: d.context } : {}) },
      prev: ids[i - 1] ?? null,
      next: ids[i + 1] ?? null,
      quotedIn: [],
    };
    if (d.time) quote.time = d.time;
    return quote;
  });
}
