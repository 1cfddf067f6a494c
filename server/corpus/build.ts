/**
 * One source's text → its quote records. Pure: the caller reads files; this gives the text to the
 * reader that claims it (`readers/registry.ts`), attributes what the reader found — labelled turns
 * from their labels, unlabelled turns from their words, prose quotations from their said-clauses —
 * fills in the metadata the file did not give, and assigns stable ids, positions and neighbours.
 */
import type { Collection, MetaField, Quote, Source, SourceFormat, SourceKind, SourceMeta, Speaker, LoadWarning } from './model.ts';
import { toSpeakerRef } from './model.ts';
import { assignIds } from './ids.ts';
import { adHocSpeaker, type SpeakerRegistry } from './speakers.ts';
import { lineNumbers, scrubReserved } from './text.ts';
import type { GivenMeta } from './metadata/fields.ts';
import { readWith } from './readers/registry.ts';
import type { ReadResult } from './readers/reader.ts';
import type { UnlabelledTurn } from './readers/unlabelled-turns.ts';
import { attributeLabelled } from './attribution/labels.ts';
import { attributeUnlabelled } from './attribution/turns.ts';
import { attributeProse } from './attribution/prose.ts';
import { personFor } from './attribution/participants.ts';
import type { Draft } from './attribution/draft.ts';
import { inferTitle } from './titles.ts';
import { isFirstName } from './lexicon/index.ts';
import { PARTICLE } from './readers/labels/head.ts';

/** Two to four capitalised words: a person's name as a title gives it. */
const PERSON_NAME = /^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

export type { GivenMeta };

export interface SourceInput {
  /** Path for messages and records, relative to the transcripts folder where possible. */
  path: string;
  slug: string;
  collection: Collection | null;
  text: string;
  format: SourceFormat;
  /** The file name's extension, lower case with its dot (by default the format's usual one). */
  ext?: string;
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

const USUAL_EXT: Record<SourceFormat, string> = { text: '.txt', markdown: '.md', srt: '.srt', vtt: '.vtt', sbv: '.sbv', ass: '.vtt', ttml: '.vtt', json: '.json', html: '.html', xml: '.xml', fdx: '.fountain', docx: '.docx', pdf: '.pdf' };

const REVIEW_WORDS = /\b(?:film|documentary|movie|director|directed|cinema|screen|screening|festival|footage|filmmaker|viewing)\b/gi;

/** Metadata fields with a value: the file's own (OHMS, a headline) overridden by what was given. */
function merge(read: GivenMeta, given: GivenMeta): GivenMeta {
  const out: GivenMeta = { ...read };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Words of someone speaking for themselves, in the languages front matter comes in ("Les habla Ana Ruiz", "vamos"). */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|us|our|yo|me llamo|les habla|vamos|nosotros|nuestro|nuestra|je|j['’]|nous|ich|wir|io|noi|eu|nós)(?![\p{L}'’])/giu;
/** Quotations, whose words are someone else's. */
const QUOTED = /["“”„«»][^"“”„«»\n]{0,2000}["“”„«»]/g;

/** The prose speaks in the first person (twice at least, outside quotations): a monologue's, not notes about one. */
function spokenInFirstPerson(blocks: ReadonlyArray<{ text: string; role: string }>): boolean {
  let n = 0;
  for (const b of blocks) {
    if (b.role !== 'content') continue;
    for (const _ of b.text.replace(QUOTED, ' ').matchAll(FIRST_PERSON)) if (++n >= 2) return true;
  }
  return false;
}

const CONVERSATIONS = new Set<SourceKind>(['interview', 'podcast', 'oral-history']);

/** Three letters in a row: a file with words in it. */
const WORDS = /\p{L}{3}/u;

/** Parse and attribute one source. Throws `ParseError` for input it cannot read. */
export function buildSource(input: SourceInput): ParsedSource {
  const { text, contentStart, given, registry, slug } = input;
  const ext = input.ext ?? USUAL_EXT[input.format];
  let read: ReadResult & { reader: Source['reader'] } = readWith({ text, from: contentStart, ext, file: input.path }, given.reader);
  // A file its metadata calls a conversation is read as one, even when its words read like prose.
  if (!given.reader && read.reader === 'prose' && given.kind && CONVERSATIONS.has(given.kind)) read = readWith({ text, from: contentStart, ext, file: input.path }, 'unlabelled');
  const meta = merge(read.meta, given);
  const inferred: MetaField[] = [];
  let kind: SourceKind;
  if (given.kind) kind = given.kind;
  else {
    inferred.push('kind');
    // SubStation Alpha is the format of a work's subtitles (fansubs, typesetting), not of a conversation's captions.
    kind = (input.format === 'ass' ? 'film' : undefined) ?? read.kind ?? (read.layout === 'prose' ? ((text.slice(contentStart).match(REVIEW_WORDS)?.length ?? 0) >= 3 ? 'review' : 'article') : 'interview');
  }
  for (const field of ['title', 'author', 'date', 'interviewer', 'outlet'] as const) if (read.meta[field] && !given[field]) inferred.push(field);

  const people: Speaker[] = [];
  const person = (name: string, role: string) => personFor(name, role, registry, people);
  const hosts = [meta.host ?? []].flat().map((n) => person(n, 'host'));
  const interviewer = meta.interviewer ? person(meta.interviewer, 'interviewer') : undefined;
  const narrator = meta.narrator ? person(meta.narrator, kind === 'oral-history' ? 'narrator' : 'guest') : undefined;
  const guests = [...(narrator ? [narrator] : []), ...(meta.speakers ?? []).map((n) => person(n, 'guest'))].filter((s, i, all) => !hosts.includes(s) && s !== interviewer && all.indexOf(s) === i);
  people.push(...hosts, ...(interviewer ? [interviewer] : []), ...guests);

  let drafts: Draft[];
  if (read.layout === 'prose') {
    const author = meta.author?.split(/ and |, /)[0];
    // A monologue's one host, with no author and no one else named (a history podcast's transcript in
    // prose, `presentador: …`), is who speaks its words; else the writer, the outlet, or no one known.
    // Only words in the first person are the host's: show notes and recaps under `host:` or `moderator:`
    // tell of them in the third ("In this episode, Jane talks with …"), and someone wrote those.
    const soleHost = !author && hosts.length === 1 && !interviewer && guests.length === 0 && spokenInFirstPerson(read.blocks) ? hosts[0] : undefined;
    const critic = author ? person(author, 'critic') : (soleHost ?? (meta.outlet ? adHocSpeaker(meta.outlet, 'critic') : adHocSpeaker('Unnamed critic', 'critic', `${slug}-critic`)));
    const director = input.collection?.director ? (registry.resolve(input.collection.director) ?? undefined) : undefined;
    const result = attributeProse(read.blocks, { registry, critic, ...(director ? { director } : {}) });
    drafts = result.drafts;
    people.push(critic, ...result.people);
  } else if (read.reader === 'unlabelled') {
    const turns = read.turns as UnlabelledTurn[];
    // A printed interview's byline is its interviewer, and "Interview with Orv Beach" names the guest.
    if (hosts.length === 0 && !interviewer && meta.author && kind === 'interview') hosts.push(person(meta.author.split(/ and |, /)[0]!, 'interviewer'));
    const subject = interviewSubject(given.title ?? read.meta.title, turns.some((t) => t.questionHeading));
    // The title may name the author of the page rather than its guest: no one is both.
    const guest = subject ? person(subject, 'guest') : undefined;
    if (guests.length === 0 && guest && !hosts.includes(guest)) guests.push(guest);
    const unnamedHost = adHocSpeaker('Unnamed host', 'host', `${slug}-host`);
    const boundariesChangeSpeaker = !/\n\s*\n/.test(text.slice(contentStart).trim());
    const unnamedSpeaker = adHocSpeaker('Unnamed speaker', 'guest', `${slug}-speaker`);
    const result = attributeUnlabelled(turns, { registry, hosts: interviewer ? [...hosts, interviewer] : hosts, guests, unnamedHost, unnamedSpeaker, boundariesChangeSpeaker });
    drafts = turns.map((t, i) => ({ kind: 'turn', text: t.text, start: t.start, end: t.end, ...result.decisions[i]! }));
    people.push(...result.people);
  } else {
    const title = given.title ?? read.meta.title;
    const result = attributeLabelled(read.turns, { registry, sourceSlug: slug, text, hosts, guests, ...(title ? { title } : {}), ...(read.names ? { names: read.names } : {}), ...(read.roster ? { roster: read.roster } : {}), ...(interviewer ? { interviewer } : {}), ...(narrator ? { narrator } : {}) });
    drafts = result.drafts;
    people.push(...result.people);
  }
  const warnings: LoadWarning[] = read.warnings.map((w) => ({ file: input.path, line: w.line, message: w.message }));

  const named = [...new Set(drafts.map((d) => d.speaker).filter((s): s is Speaker => s !== null && !s.slug.startsWith(`${slug}-`) && !hosts.includes(s) && s !== interviewer && s.role !== 'critic'))];
  const title = given.title ?? inferTitle({ ...(read.meta.title ? { stated: read.meta.title } : {}), kind, speakers: named.map((s) => s.name), path: input.path, ...(input.collection ? { collection: input.collection.title } : {}) });
  if (!given.title && !read.meta.title) inferred.push('title');
  const sourceMeta: SourceMeta = {
    title,
    kind,
    ...pick(meta, ['outlet', 'programme', 'episode', 'medium', 'author', 'director', 'repository', 'url', 'media', 'date', 'accessed']),
    ...(hosts.length ? { host: hosts.map((h) => h.slug) } : {}),
    ...(interviewer ? { interviewer: interviewer.slug } : {}),
    ...(guests.length ? { speakers: guests.map((g) => g.slug) } : {}),
    inferred: [...new Set(inferred)],
  };
  const layout = read.layout;
  const source: Source = { slug, collection: input.collection?.slug ?? '', path: input.path, format: input.format, reader: read.reader, layout, meta: sourceMeta, text, contentStart };
  const quotes = toQuotes(source, drafts.filter((d) => /[\p{L}\p{N}]/u.test(d.text)));
  const referenced = new Set(quotes.map((q) => q.speaker?.slug));
  const speakers = dedupe([...drafts.map((d) => d.speaker), ...people].filter((s): s is Speaker => !!s && (referenced.has(s.slug) || hosts.includes(s) || guests.includes(s) || s === interviewer)));
  // Words in the file and nothing found to search: say so, rather than index a source nobody can find.
  if (quotes.length === 0 && WORDS.test(text.slice(contentStart, contentStart + 100_000))) {
    warnings.push({ file: input.path, message: `no quotes were found in it (read as ${read.reader}): if it is a transcript, name its reader in a sidecar, e.g. "reader: labelled"` });
  }
  return { source, quotes, speakers, warnings };
}

/**
 * "Interview with Orv Beach @ SCALE", "Interview: Matt Holt", "An interview with …: …", and a
 * magazine's "Dylan Seeger: ‘Albums take you on journeys …’" (the guest's name, then their words in
 * quotation marks): the person a title says the interview is with. Over a Q&A page's question headings,
 * a title that is a person's name ("Daniel Stenberg", its first word a known first name), alone or
 * before what they do ("Jeff Vandrew Jr - creator of …"), is the person answering.
 */
function interviewSubject(title: string | undefined, qaPage: boolean): string | null {
  if (!title) return null;
  const m = /^(?:an?\s+)?interview(?:\s+(?:with|of)\s+|:\s*)([^@:(—–|,]{3,60})/i.exec(title) ?? /^([^:]{3,60}): ?[‘'"“]/.exec(title);
  const name = m?.[1]?.trim();
  if (name) return PERSON_NAME.test(name) ? name : null;
  if (!qaPage) return null;
  // "Jeff Vandrew Jr - creator of LibrePatron": the name before what they do.
  const named = title.split(/ [-–—|] |: /)[0]!.trim();
  return isPersonsName(named) ? named : null;
}

/** Words that join a surname in lower case (Alexis de Talhouët, Fritz van der Heide), as labels allow them. */
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * "Kent C. Dodds", "Marc-André Cournoyer", "Alexis de Talhouët": a title that is only a person's name —
 * capitalised words, initials and particles, the first word (or its first part) a known first name.
 */
function isPersonsName(title: string): boolean {
  const words = title.split(' ');
  if (words.length < 2 || words.length > 5 || !CAPITALISED.test(words.at(-1)!)) return false;
  if (!CAPITALISED.test(words[0]!) || !isFirstName(words[0]!.split('-')[0]!.toLowerCase())) return false;
  return words.slice(1, -1).every((w) => CAPITALISED.test(w) || /^\p{Lu}\.$/u.test(w) || PARTICLE_WORD.test(w));
}

function pick<K extends keyof GivenMeta>(meta: GivenMeta, keys: K[]): Pick<GivenMeta, K> {
  const out: Partial<GivenMeta> = {};
  for (const k of keys) if (meta[k] !== undefined) (out as Record<string, unknown>)[k] = meta[k];
  return out as Pick<GivenMeta, K>;
}

function dedupe(speakers: Speaker[]): Speaker[] {
  const bySlug = new Map<string, Speaker>();
  for (const s of speakers) if (!bySlug.has(s.slug)) bySlug.set(s.slug, s);
  return [...bySlug.values()];
}

/** Drafts → quote records: ids, ordinals, lines, neighbours. */
function toQuotes(source: Source, drafts: Draft[]): Quote[] {
  const lines = lineNumbers(source.text, drafts.map((d) => d.start));
  const texts = drafts.map((d) => scrubReserved(d.text));
  const ids = assignIds(source.slug, texts);
  return drafts.map((d, i) => {
    const quote: Quote = {
      id: ids[i]!,
      text: texts[i]!,
      kind: d.kind,
      speaker: d.speaker ? toSpeakerRef(d.speaker) : null,
      attribution: { method: d.method, ...(d.rule ? { rule: d.rule } : {}), confidence: d.confidence, ...(d.label ? { label: d.label } : {}), ...(d.evidence ? { evidence: d.evidence } : {}) },
      source: source.slug,
      collection: source.collection,
      position: { ordinal: i, start: d.start, end: d.end, line: lines[i]!, ...(d.context ? { context: d.context } : {}) },
      prev: ids[i - 1] ?? null,
      next: ids[i + 1] ?? null,
      quotedIn: [],
    };
    if (d.time) quote.time = d.time;
    return quote;
  });
}
