/**
 * Citations of a quote (or of words within it, or of a whole source) in every installed style:
 * our records → facts (`facts.ts`) → a CSL item (`csl-item.ts`) → the citeproc thread
 * (`client.ts`). The formatted HTML comes from citeproc and is sanitized to inline emphasis before
 * any page shows it.
 */
import sanitizeHtml from 'sanitize-html';
import type { QuoteDocument } from '../../corpus/model.ts';
import type { SearchEngine, SourceRecord } from '../../search/engine.ts';
import { clock } from '../format.ts';
import type { Labels } from '../labels.ts';
import { bibtex } from './bibtex.ts';
import { formatCitations } from './client.ts';
import { cslItem, type CslItem } from './csl-item.ts';
import { citationFacts, isPlaceholderName, type CitationFacts, type MissingNote } from './facts.ts';
import type { Formatted, StyleOutput } from './processor.ts';
import { properWordsOf } from './sentence-case.ts';
import { loadStyles, type StyleInfo } from './styles.ts';

export interface StyledCitation extends StyleOutput {
  title: string;
  class: 'note' | 'in-text';
}

export interface Citation {
  /** The CSL-JSON item (for download, with the quoted words in its note). */
  csl: CslItem;
  missing: MissingNote[];
  styles: StyledCitation[];
  bibtex: string;
  /** The cited words, who said them, and where in the recording. */
  quoted: { words: string; speaker: string | null; timestamp: string | null };
}

let styleList: StyleInfo[] | null = null;
/** The installed styles (read once): the three promised ones first. */
export function installedStyles(): StyleInfo[] {
  return (styleList ??= loadStyles().styles);
}

const clean = (f: Formatted): Formatted => ({
  html: sanitizeHtml(f.html, { allowedTags: ['i', 'b', 'em', 'strong', 'sup', 'sub', 'span'], allowedAttributes: {} }),
  text: f.text,
});

const properCache = new Map<string, Set<string>>();

/** Words that keep capitals in sentence-case titles: the registry's names and the source's proper nouns. */
async function properWords(engine: SearchEngine, slug: string, labels: Labels): Promise<Set<string>> {
  const key = `${labels.catalog?.builtAt ?? ''}:${slug}`;
  let words = properCache.get(key);
  if (!words) {
    const text = await engine.sourceText(slug);
    const catalog = labels.catalog;
    const names = (catalog?.speakers ?? []).flatMap((s) => [s.name, ...s.aliases]);
    const collections = (catalog?.collections ?? []).map((c) => c.title);
    // The collection's and the registry's descriptions name the places and groups the sources talk about.
    const about = [...(catalog?.collections ?? []).map((c) => c.description ?? ''), ...(catalog?.speakers ?? []).map((s) => s.description ?? '')].join('\n');
    words = properWordsOf(`${text?.text ?? ''}\n${about}`, [...names, ...collections]);
    if (properCache.size > 500) properCache.clear();
    properCache.set(key, words);
  }
  return words;
}

/** The time in the recording where character `at` of the quote is said: its cue's start, or the quote's. */
export function timeAt(quote: QuoteDocument, at: number): number | null {
  if (!quote.time) return null;
  const cue = quote.time.cues?.filter((c) => c.at <= at).at(-1);
  return cue ? cue.start : quote.time.start;
}

const today = () => new Date().toISOString().slice(0, 10);

async function format(facts: CitationFacts, id: string, permalink: string, words: string, speaker: string | null, quotedPerson: string | null, timestamp: string | null, engine: SearchEngine, slug: string, labels: Labels, styles?: string[]): Promise<Citation> {
  const { item, missing } = cslItem(facts, { id, permalink, today: today(), properWords: await properWords(engine, slug, labels) });
  const wanted = installedStyles().filter((s) => !styles || styles.includes(s.key));
  const outputs = await formatCitations(item, { quotedPerson, timestamp }, styles);
  return {
    csl: words ? { ...item, note: `Quoted: ${speaker ? `${speaker}: ` : ''}“${words}”` } : item,
    missing,
    styles: outputs.map((o) => {
      const info = wanted.find((s) => s.key === o.key)!;
      return { ...o, reference: clean(o.reference), inText: clean(o.inText), shortNote: o.shortNote ? clean(o.shortNote) : null, title: info.title, class: info.class };
    }),
    bibtex: bibtex(item, { words, speaker }),
    quoted: { words, speaker, timestamp },
  };
}

export interface QuoteCiteOptions {
  /** Cite only these characters of the quote's text (a selection). */
  range?: { start: number; end: number };
  /** Style keys; every installed style when absent. */
  styles?: string[];
}

/** Citations of a quote, or of the words `range` picks out of it. */
export async function citeQuote(engine: SearchEngine, quote: QuoteDocument, source: SourceRecord | null, labels: Labels, permalink: string, options: QuoteCiteOptions = {}): Promise<Citation> {
  const facts = citationFacts(quote, source, labels);
  const range = options.range ?? { start: 0, end: quote.text.length };
  const words = quote.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  // "Unnamed critic", "Speaker 1", "Woman": a voice the loader named by its role is no one to cite ("as cited in").
  const ofThisSource = !!quote.speaker?.slug.startsWith(`${quote.source}-`);
  const speaker = quote.speaker && !ofThisSource && !isPlaceholderName(quote.speaker.name) ? quote.speaker.name : null;
  const lead = facts.author ?? facts.hosts[0] ?? null;
  // A person quoted by a review's or article's writer is a secondary source ("as cited in").
  const quotedPerson = quote.kind === 'quotation' && speaker && speaker !== lead ? speaker : null;
  const seconds = timeAt(quote, range.start);
  return format(facts, quote.id, permalink, words, speaker, quotedPerson, seconds === null ? null : clock(seconds), engine, quote.source, labels, options.styles);
}

/** Citations of a whole source ("cite this source"): the permalink is its page in Verbatim. */
export async function citeSource(engine: SearchEngine, source: SourceRecord, labels: Labels, pageUrl: string): Promise<Citation> {
  const probe = { sourceRef: source, collection: source.collection } as unknown as QuoteDocument;
  const facts = citationFacts(probe, source, labels);
  return format(facts, source.slug.replace(/[^A-Za-z0-9_-]/g, '-'), pageUrl, '', null, null, null, engine, source.slug, labels);
}
