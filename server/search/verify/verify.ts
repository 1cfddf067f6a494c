/**
 * Verify a remembered line: is it in the corpus, in which words, said by whom? Candidates come from
 * the engine (`candidates.ts`), the word-by-word comparison is done here (`align.ts`, jsdiff), and
 * each match gets a verdict (`judge.ts`). The result is in our own types; the API and the page turn
 * it into JSON and HTML.
 */
import type { QuoteDocument, SpeakerRef } from '../../corpus/model.ts';
import type { Catalog, SearchEngine } from '../engine.ts';
import { terms, tokenize } from '../tokenize.ts';
import { align, type DiffOp } from './align.ts';
import { findCandidates } from './candidates.ts';
import { readPastedLine } from './input.ts';
import { judge, verdictRank, type MatchVerdict, type Verdict } from './judge.ts';
import { bagOverlap, contentStems } from './words.ts';
import { resolveSpeaker, type NamedSpeaker } from './speakers.ts';

export type { DiffOp } from './align.ts';
export type { MatchVerdict, Verdict } from './judge.ts';

export interface VerifyMatch {
  quote: QuoteDocument;
  verdict: MatchVerdict;
  /** 0–1, for ordering: 1 for exact. */
  score: number;
  /** The comparison in the source's words (empty for a paraphrase, whose words are too far apart). */
  diff: DiffOp[];
  /** Character range of the matched passage in the quote's text. */
  start: number;
  end: number;
}

/** What the user said about who spoke, checked against the best match. */
export interface SpeakerCheck {
  /** The name as typed. */
  named: string;
  /** Who in the corpus that name can be (empty: nobody by that name). */
  candidates: NamedSpeaker[];
  /** The speaker of the best match (null: the source names no one). */
  saidBy: SpeakerRef | null;
  /** True when the best match's speaker is one the name can mean. */
  agrees: boolean;
}

export interface VerifyResult {
  /** The pasted line without its quotation marks and attribution. */
  text: string;
  /** Its parts between ellipses. */
  parts: string[];
  verdict: Verdict;
  matches: VerifyMatch[];
  speaker: SpeakerCheck | null;
}

export interface VerifyOptions {
  /** Most matches returned (default 5). */
  limit?: number;
  /** A speaker named apart from the text (the API's `speaker`), instead of a trailing "— Name". */
  speaker?: string;
}

const KIND_ORDER: Record<QuoteDocument['kind'], number> = { turn: 0, quotation: 1, prose: 2 };

/** Candidates aligned word by word, after a cheap content-word filter: alignment is the costly step. */
const MAX_ALIGNED = 16;
/** Share of the pasted content words a candidate must hold somewhere to be aligned. */
const MIN_SHARED_TO_ALIGN = 0.5;

export async function verify(engine: SearchEngine, input: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const line = readPastedLine(input);
  const named = options.speaker?.trim() || line.attributedTo;
  const catalog: Catalog | null = named ? await engine.catalog() : null;
  const candidatesNamed = named ? resolveSpeaker(named, catalog?.speakers ?? []) : [];
  const result: VerifyResult = { text: line.text, parts: line.parts.map((p) => p.text), verdict: 'not-found', matches: [], speaker: null };
  if (line.parts.length === 0) return result;

  const { quotes, found } = await findCandidates(engine, line, candidatesNamed.map((s) => s.slug));
  const pastedTerms = line.parts.flatMap((p) => p.tokens.map((t) => t.term));
  const pastedBag = contentStems(pastedTerms);
  const pastedContent = [...pastedBag.values()].reduce((n, c) => n + c, 0);
  const shortlist = quotes
    .map((quote) => ({ quote, overlap: bagOverlap(pastedBag, contentStems(terms(quote.text))).shared }))
    // A quote holding less than half the pasted content words can be neither close nor a paraphrase:
    // it is not worth a word-by-word alignment (the costly step for long lines).
    .filter((c) => pastedContent === 0 || c.overlap >= pastedContent * MIN_SHARED_TO_ALIGN)
    .sort((a, b) => b.overlap - a.overlap || (found.get(b.quote.id) ?? 0) - (found.get(a.quote.id) ?? 0))
    .slice(0, MAX_ALIGNED);

  const namedSlugs = new Set(candidatesNamed.map((s) => s.slug));
  const matches: Array<VerifyMatch & { similarity: number; overlap: number }> = [];
  for (const { quote } of shortlist) {
    const tokens = tokenize(quote.text);
    const { alignment, around } = align(quote.text, tokens, line.parts);
    const j = judge(alignment, pastedTerms, around.map((t) => t.term));
    if (!j.verdict) continue;
    const shown = j.verdict !== 'paraphrase' && alignment;
    matches.push({
      quote,
      verdict: j.verdict,
      score: Math.round(j.score * 1000) / 1000,
      diff: shown ? alignment.ops : [],
      start: shown ? alignment.start : (around[0]?.start ?? 0),
      end: shown ? alignment.end : (around.at(-1)?.end ?? 0),
      similarity: j.similarity,
      overlap: j.overlap,
    });
  }
  // Best verdict, then score; among equals, the speaker the user named, a spoken line before a review
  // quoting it and a quotation before the writer's sentence around it, the quote the words fill most,
  // then the more often found.
  const coverage = (m: VerifyMatch) => (m.end - m.start) / Math.max(1, m.quote.text.length);
  const byNamed = (q: QuoteDocument) => (q.speaker && namedSlugs.has(q.speaker.slug) ? 1 : 0);
  matches.sort(
    (a, b) =>
      verdictRank(b.verdict) - verdictRank(a.verdict) ||
      b.score - a.score ||
      byNamed(b.quote) - byNamed(a.quote) ||
      KIND_ORDER[a.quote.kind] - KIND_ORDER[b.quote.kind] ||
      coverage(b) - coverage(a) ||
      (found.get(b.quote.id) ?? 0) - (found.get(a.quote.id) ?? 0) ||
      a.quote.order - b.quote.order,
  );
  result.matches = matches.slice(0, options.limit ?? 5).map(({ similarity: _s, overlap: _o, ...m }) => m);
  result.verdict = result.matches[0]?.verdict ?? 'not-found';
  if (named) {
    const best = result.matches[0];
    const saidBy = best?.quote.speaker ?? null;
    result.speaker = { named, candidates: candidatesNamed, saidBy, agrees: !!saidBy && namedSlugs.has(saidBy.slug) };
  }
  return result;
}
