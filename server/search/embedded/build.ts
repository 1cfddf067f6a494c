/**
 * Builds the in-memory index (see `layout.ts`) from a snapshot. The index is immutable once built; a
 * re-index builds a new one off to the side and the engine swaps one reference.
 *
 * What is built (doc ids are positions in `order` order):
 * - a forward index: every document's term ids (its `text` words: the one searchable attribute), in
 *   one Uint32Array;
 * - postings: for each term, the ascending ids of the documents containing it, in one Uint32Array;
 * - facet values per document as small integer ids, for filters and counts;
 * - a rank of each document's date, for date sorts;
 * - the sorted vocabulary (`vocabulary.ts`).
 * Typed arrays keep a 100k-quote index to tens of megabytes besides the documents themselves.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { Catalog, IndexDump, IndexSnapshot, PermalinkRecord, SourceText } from '../engine.ts';
import { EngineError } from '../../errors.ts';
import { tokenize } from '../tokenize.ts';
import { BufferStack, FACET_NAMES, POSITION_LIMIT, type EmbeddedIndex, type FacetField } from './layout.ts';
import { buildVocabulary } from './vocabulary.ts';
import { facetColumn } from './facets.ts';

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
  /** Give the event loop a turn every this many documents, so searches go on during a re-index. */
  yieldEvery?: number;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An index with nothing in it: what an engine serves before its first `replaceAll`. */
export function emptyIndex(): EmbeddedIndex {
  return assemble([], new Map(), [], new Map(), new Uint32Array(0), new Uint32Array(1), new Uint16Array(0), new Uint32Array(0), new Uint32Array(1), null, null, null, [], []);
}

/** Throws what `buildIndex` throws for a snapshot it cannot index: two quotes with one id. */
export function checkSnapshot(snapshot: IndexSnapshot): void {
  const seen = new Set<string>();
  for (const { id } of snapshot.quotes) {
    if (seen.has(id)) throw duplicateId(id);
    seen.add(id);
  }
}

const duplicateId = (id: string) => new EngineError(`The snapshot holds two quotes with the id "${id}".`);

/** A snapshot's quotes in the index's document order: by `order`, equal ones as given (a stable sort). */
export const inDocumentOrder = (quotes: QuoteDocument[]): QuoteDocument[] => quotes.slice().sort((a, b) => a.order - b.order);
/** Permalink records by id, as the index keeps them: one per id, the last given. */
export const permalinksById = (records: PermalinkRecord[]): Map<string, PermalinkRecord> => new Map(records.map((p) => [p.id, p]));
/** Text records by source slug, as the index keeps them. */
export const textsBySlug = (texts: SourceText[]): Map<string, SourceText> => new Map(texts.map((t) => [t.slug, t]));

/** What an index (built or not) gives back to re-anchor permalinks: nothing when it holds nothing. */
export function dumpOf(docs: QuoteDocument[], permalinks: Map<string, PermalinkRecord>, catalog: Catalog | null): IndexDump | null {
  if (!catalog && docs.length === 0) return null;
  return { quotes: docs.slice(), permalinks: [...permalinks.values()], catalog };
}

export async function buildIndex(snapshot: IndexSnapshot, options: BuildOptions = {}): Promise<EmbeddedIndex> {
  const yieldEvery = options.yieldEvery ?? 20_000;
  const docs = inDocumentOrder(snapshot.quotes);
  const n = docs.length;
  const byId = new Map<string, number>();
  for (let d = 0; d < n; d++) {
    const id = docs[d]!.id;
    if (byId.has(id)) throw duplicateId(id);
    byId.set(id, d);
  }

  const terms: string[] = [];
  const ids = new Map<string, number>();
  const intern = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      ids.set(term, id);
    }
    return id;
  };
  let tokens = new Uint32Array(Math.max(1024, n * 48));
  let used = 0;
  const push = (t: number) => {
    if (used === tokens.length) {
      const grown = new Uint32Array(tokens.length * 2);
      grown.set(tokens);
      tokens = grown;
    }
    tokens[used++] = t;
  };
  const tokenStart = new Uint32Array(n + 1);
  const textEnd = new Uint32Array(n);
  const nameEnd = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    tokenStart[d] = used;
    for (const t of tokenize(doc.text)) push(intern(t.term));
    textEnd[d] = used;
    // Only the quote's own words are searched: speaker names and titles are filters (the search page
    // offers them when a word names one), so a hit always shows the words it matched. The name and
    // title attributes stay in the layout, empty.
    nameEnd[d] = used;
    if ((d + 1) % yieldEvery === 0) {
      options.onProgress?.(d + 1, n);
      await yieldToLoop();
    }
  }
  tokenStart[n] = used;
  tokens = tokens.slice(0, used);

  // Postings in two passes over the forward index: count documents per term, then fill.
  const v = terms.length;
  const lastDoc = new Int32Array(v).fill(-1);
  const postingStart = new Uint32Array(v + 1);
  for (let d = 0; d < n; d++) {
    for (let i = tokenStart[d]!, end = tokenStart[d + 1]!; i < end; i++) {
      const t = tokens[i]!;
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        postingStart[t + 1]!++;
      }
    }
  }
  for (let t = 0; t < v; t++) postingStart[t + 1]! += postingStart[t]!;
  const postings = new Uint32Array(postingStart[v]!);
  const firstPosition = new Uint16Array(postingStart[v]!);
  const fill = postingStart.slice(0, v);
  lastDoc.fill(-1);
  for (let d = 0; d < n; d++) {
    const start = tokenStart[d]!;
    const tEnd = textEnd[d]!;
    const nEnd = nameEnd[d]!;
    // Tokens are laid out by attribute rank, then position: a term's first token is its best.
    for (let i = start, end = tokenStart[d + 1]!; i < end; i++) {
      const t = tokens[i]!;
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        const at = fill[t]!++;
        postings[at] = d;
        const code = i < tEnd ? i - start : i < nEnd ? POSITION_LIMIT + i - tEnd : 2 * POSITION_LIMIT + i - nEnd;
        firstPosition[at] = Math.min(code, (i < tEnd ? 1 : i < nEnd ? 2 : 3) * POSITION_LIMIT - 1);
      }
    }
  }
  await yieldToLoop();
  const index = assemble(docs, byId, terms, ids, postings, postingStart, firstPosition, tokens, tokenStart, textEnd, nameEnd, snapshot.catalog ?? null, snapshot.texts ?? [], snapshot.permalinks ?? []);
  options.onProgress?.(n, n);
  return index;
}

function assemble(
  docs: QuoteDocument[],
  byId: Map<string, number>,
  terms: string[],
  ids: Map<string, number>,
  postings: Uint32Array,
  postingStart: Uint32Array,
  firstPosition: Uint16Array,
  tokens: Uint32Array,
  tokenStart: Uint32Array,
  textEnd: Uint32Array | null,
  nameEnd: Uint32Array | null,
  catalog: Catalog | null,
  texts: SourceText[],
  permalinks: PermalinkRecord[],
): EmbeddedIndex {
  const n = docs.length;
  const facets = {
    speaker: facetField(docs, (q) => q.speaker?.slug),
    source: facetField(docs, (q) => q.source),
    kind: facetField(docs, (q) => q.kind),
    collection: facetField(docs, (q) => q.collection),
  };
  const dates = [...new Set(docs.map((q) => q.sourceRef?.date).filter((x): x is string => !!x))].sort();
  const rankOf = new Map(dates.map((date, i) => [date, i]));
  const dateRank = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const date = docs[d]!.sourceRef?.date;
    dateRank[d] = date ? rankOf.get(date)! : -1;
  }
  return {
    builtAt: catalog?.builtAt ?? null,
    docs,
    byId,
    vocab: buildVocabulary(terms, ids),
    postings,
    postingStart,
    firstPosition,
    tokens,
    tokenStart,
    textEnd: textEnd ?? new Uint32Array(0),
    nameEnd: nameEnd ?? new Uint32Array(0),
    meanTokens: n === 0 ? 0 : tokens.length / n,
    facets,
    facetColumns: FACET_NAMES.map((name) => facetColumn(facets[name], n)),
    dateRank,
    dateCount: dates.length,
    catalog,
    texts: textsBySlug(texts),
    permalinks: permalinksById(permalinks),
    scratch: {
      list: new Uint32Array(n),
      buffers: new BufferStack(Math.max(n, 1)),
      stamp: new Uint32Array(n),
      typos: new Uint8Array(n),
      exact: new Uint8Array(n),
      termCode: new Uint8Array(terms.length),
      termParts: new Uint16Array(terms.length),
      attribute: new Uint8Array(n),
      position: new Uint8Array(n),
      best: new Uint16Array(n),
      generation: 0,
    },
  };
}

function facetField(docs: QuoteDocument[], value: (q: QuoteDocument) => string | undefined): FacetField {
  const raw = docs.map((q) => value(q) || undefined);
  // Values in code unit order, so that ordering by value index is ordering by value.
  const values = [...new Set(raw.filter((v): v is string => v !== undefined))].sort();
  const index = new Map(values.map((v, i) => [v, i]));
  const ofDoc = new Int32Array(docs.length);
  const counts = new Uint32Array(values.length);
  for (let d = 0; d < docs.length; d++) {
    const v = raw[d];
    const i = v === undefined ? -1 : index.get(v)!;
    ofDoc[d] = i;
    if (i >= 0) counts[i]!++;
  }
  const lists = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(values.length);
  for (let d = 0; d < docs.length; d++) {
    const i = ofDoc[d]!;
    if (i >= 0) lists[i]![fill[i]!++] = d;
  }
  return { values, index, ofDoc, docs: lists };
}
