/**
 * The embedded index's layout: the structures one immutable index is made of, the codes stored in
 * them, and the per-search scratch memory. Built by `build.ts`; read by matching and ranking.
 *
 * Doc ids are positions in `order` order, so ascending doc id is browse order and the ranking's
 * final tie-break.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { Catalog, PermalinkRecord, SourceText } from '../engine.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { FacetColumn } from './facets.ts';

/** Searchable attributes in rank order; a token's attribute is its rank here. */
export const ATTRIBUTES = ['text', 'speaker.name', 'sourceRef.title'] as const;

/** One filterable field: its distinct values and, per document, the index of its value. */
export interface FacetField {
  /** Distinct values (slugs), in code unit order. */
  values: string[];
  /** Value → index in `values`. */
  index: Map<string, number>;
  /** Per document: index of its value, or -1 when it has none (an unattributed quote's speaker). */
  ofDoc: Int32Array;
  /** Per value: the documents holding it, ascending (for `list` and narrow filters). */
  docs: Uint32Array[];
}

/** Word positions within an attribute are capped here in `firstPosition` codes. */
export const POSITION_LIMIT = 1 << 14;

/** Meilisearch's bucketing of word positions: exact up to 15, then coarser and coarser. */
function bucketedPosition(relative: number): number {
  if (relative < 16) return relative;
  if (relative < 24) return 24;
  return 2 ** Math.ceil(Math.log2(relative));
}

/** Meilisearch's cost of a (bucketed) word position, for the position half of the attribute rule. */
function costOfPosition(position: number): number {
  const limits = [0, 1, 4, 7, 11, 16, 24, 64, 256, 1024];
  const i = limits.findIndex((limit) => position <= limit);
  return i < 0 ? 10 : i;
}

/** Position cost by word position within an attribute, precomputed for `firstPosition` codes. */
export const POSITION_COST = Uint8Array.from({ length: POSITION_LIMIT }, (_, p) => costOfPosition(bucketedPosition(p)));

const costTables: Uint8Array[] = [POSITION_COST];
/**
 * Position costs for a query word at `queryPosition` in the query: Meilisearch's word-position rule
 * measures how far the matched word lies from where the word stands in the query (the first word
 * is best at the start of an attribute, the second at its second word, …). Built once per position.
 */
export function positionCosts(queryPosition: number): Uint8Array {
  let table = costTables[queryPosition];
  if (!table) {
    table = Uint8Array.from({ length: POSITION_LIMIT }, (_, p) => costOfPosition(Math.abs(bucketedPosition(p) - queryPosition)));
    costTables[queryPosition] = table;
  }
  return table;
}

/** Attribute rank of a `firstPosition` code. */
export const attributeOf = (code: number) => code >>> 14;
/** Word position of a `firstPosition` code. */
export const positionOf = (code: number) => code & (POSITION_LIMIT - 1);

export type FacetName = 'speaker' | 'source' | 'kind' | 'collection';
export const FACET_NAMES: readonly FacetName[] = ['speaker', 'source', 'kind', 'collection'];

/**
 * Document-sized Uint32Array buffers lent out as a stack: `take` one, and put everything taken back
 * by restoring `level`. Saves allocating (and collecting) large arrays on every search.
 */
export class BufferStack {
  private readonly buffers: Uint32Array[] = [];
  level = 0;
  constructor(private readonly size: number) {}
  take(length: number): Uint32Array {
    let buffer = this.buffers[this.level];
    if (!buffer) this.buffers[this.level] = buffer = new Uint32Array(this.size);
    this.level++;
    return buffer.subarray(0, length);
  }
}

/** Per-search working memory, reused between searches on the same index (searches run one at a time). */
export interface Scratch {
  /** The matching documents of the current search. */
  list: Uint32Array;
  /** Buffers for ranking. */
  buffers: BufferStack;
  /** Per document: the generation in which it last passed a matching step. */
  stamp: Uint32Array;
  /** Per document: typos summed over the query words matched so far. */
  typos: Uint8Array;
  /** Per document: query words matched exactly so far. */
  exact: Uint8Array;
  /** Per term: a small code set while a query part is being matched, else 0. */
  termCode: Uint8Array;
  /** Per term: bit mask of the query parts it matches while ranking, else 0. */
  termParts: Uint16Array;
  /** Per document: attribute ranks summed over the query parts matched so far. */
  attribute: Uint8Array;
  /** Per document: word position costs summed over the query parts matched so far. */
  position: Uint8Array;
  /** Per document: the best `firstPosition` code of the part being matched. */
  best: Uint16Array;
  generation: number;
}

/** The immutable index of one snapshot. */
export interface EmbeddedIndex {
  builtAt: string | null;
  /** Documents by doc id (ascending `order`). */
  docs: QuoteDocument[];
  byId: Map<string, number>;
  vocab: Vocabulary;
  /** Postings of term t: `postings[postingStart[t] .. postingStart[t + 1])`. */
  postings: Uint32Array;
  postingStart: Uint32Array;
  /**
   * Parallel to `postings`: where the term first occurs in the document, as
   * `attribute * POSITION_LIMIT + position in that attribute` (position capped), so the attribute
   * rule never has to scan a document.
   */
  firstPosition: Uint16Array;
  /** Forward index of doc d: `tokens[tokenStart[d] .. tokenStart[d + 1])`. */
  tokens: Uint32Array;
  tokenStart: Uint32Array;
  /** Where doc d's text tokens end (absolute index into `tokens`); the speaker name follows. */
  textEnd: Uint32Array;
  /** Where doc d's speaker-name tokens end; the source title follows. */
  nameEnd: Uint32Array;
  /** Mean number of tokens per document: the cost of checking one document by scanning it. */
  meanTokens: number;
  facets: Record<FacetName, FacetField>;
  /** The facets in `FACET_NAMES` order, laid out for counting (see `facets.ts`). */
  facetColumns: FacetColumn[];
  /** Per document: rank of its date among the distinct dates in code unit order, or -1. */
  dateRank: Int32Array;
  dateCount: number;
  catalog: Catalog | null;
  texts: Map<string, SourceText>;
  permalinks: Map<string, PermalinkRecord>;
  scratch: Scratch;
}
