/**
 * Direct quotations in prose: spans between quotation marks — curly or straight, double or single,
 * guillemets — told apart from apostrophes, titles ("City of Ghosts", 'Cartel Land') and scare quotes.
 * A quotation interrupted by its said-clause (“Whoever holds the camera,” he says, “is stronger.”) is
 * joined back into one.
 */
import { wordCount } from '../text.ts';

/** One quoted span in a block's text. */
export interface QuoteSpan {
  /** Offset of the opening mark and just after the closing mark (or the block's end if unclosed). */
  start: number;
  end: number;
  /** The words between the marks. */
  inner: string;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

/** A quotation after joining interrupted spans: its parts and the said-clauses between them. */
export interface Quotation {
  parts: QuoteSpan[];
  start: number;
  end: number;
  text: string;
}

const OPENERS_BEFORE = /[\s([{—–\-:;,/]|^$/;
const WORDISH = /[\p{L}\p{N}]/u;

/** Longest quotation within a quotation, in characters: a title, a slogan, a phrase. */
const INNER = 200;

/** Words spoken with their first letters left out, an apostrophe in their place: `'cause`, `'em`, `'90s`. */
const ELISIONS = new Set(['cause', 'cos', 'coz', 'em', 'til', 'till', 'bout', 'round', 'n', 'tis', 'twas', 'twill', 'nuff', 'kay', 'sup', 'im', 'er', 'ere', 'fore', 'neath', 'gainst', 'midst', 'mongst', 'scuse', 'specially', 'ol', 'y', 'ya', 'cept']);
/** The word at `at` is one of those (the apostrophe before it no quotation mark), or a decade (`'90s`). */
function elided(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < 10 && WORDISH.test(text[end]!)) end++;
  const word = text.slice(at, end).toLowerCase();
  return ELISIONS.has(word) || /^\d0s$/.test(word);
}

/** For each offset, the offset of the next `mark` at or after it (text.length when none): one pass from the right. */
function nextOf(text: string, marks: string): Int32Array {
  const out = new Int32Array(text.length + 2).fill(text.length);
  for (let i = text.length - 1; i >= 0; i--) out[i] = marks.includes(text[i]!) ? i : out[i + 1]!;
  return out;
}

/** All quoted spans of a text, outermost only (quotes within quotes stay inside). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Where the next curly opening, curly closing and straight mark stand: whether a “ inside an open
  // quotation opens a quotation within it is told from them, in constant time.
  let marks: { open: Int32Array; close: Int32Array; straight: Int32Array } | null = null;
  const nested = (i: number, outer: string): number => {
    marks ??= { open: nextOf(text, '“'), close: nextOf(text, '”'), straight: nextOf(text, '"') };
    const inner = marks.close[i + 1]!;
    if (inner >= text.length || inner - i > INNER || marks.open[i + 1]! < inner || marks.straight[i + 1]! < inner) return -1;
    // The outer quotation must close after it, before any other opens: else the “ starts a new one.
    const after = outer === '"' ? marks.straight[inner + 1]! : Math.min(marks.close[inner + 1]!, marks.straight[inner + 1]!);
    return after < text.length && marks.open[inner + 1]! > after ? inner : -1;
  };
  let open: { at: number; kind: 'double' | 'single' | 'guillemet' } | null = null;
  const close = (at: number, length: number) => {
    const o = open!;
    const innerStart = o.at + 1;
    spans.push({ start: o.at, end: at + length, inner: text.slice(innerStart, at), innerStart, innerEnd: at, closed: true });
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : '';
    const next = text[i + 1] ?? '';
    // “… when “your team” needs to be held accountable.”: a quotation within the quotation.
    const inner = open !== null && open.kind === 'double' && c === '“' && text[open.at] !== '„' ? nested(i, text[open.at]!) : -1;
    if (inner >= 0) {
      i = inner;
      continue;
    }
    if (open === null) {
      if (c === '“' || c === '„' || (c === '"')) open = { at: i, kind: 'double' };
      else if (c === '«') open = { at: i, kind: 'guillemet' };
      else if ((c === '‘' || c === "'") && OPENERS_BEFORE.test(prev) && WORDISH.test(next) && !elided(text, i + 1)) open = { at: i, kind: 'single' };
    } else if (open.kind === 'double' && (c === '”' || c === '"' || (c === '“' && text[open.at] === '„'))) {
      close(i, 1);
    } else if (open.kind === 'guillemet' && c === '»') {
      close(i, 1);
    } else if (open.kind === 'single' && (c === '’' || c === "'") && !WORDISH.test(next) && /\S/.test(prev)) {
      close(i, 1);
    } else if (open.kind === 'double' && c === '“' && text[open.at] === '“') {
      // A new opening mark while one is open: the first was never closed; restart here.
      open = { at: i, kind: 'double' };
    }
  }
  if (open !== null) {
    const o = open as { at: number };
    spans.push({ start: o.at, end: text.length, inner: text.slice(o.at + 1), innerStart: o.at + 1, innerEnd: text.length, closed: false });
  }
  return spans.filter((s) => WORDISH.test(s.inner));
}

const TITLE_CUE = /\b(?:film|films|movie|documentary|doc|book|novel|memoir|song|album|single|track|record|article|essay|column|series|show|episode|podcast|play|poem|headline|titled|entitled|called|named|dubbed|dubbing|coined|labelled|labeled|branded|hashtag|slogan|campaign|exhibition|report|programme|program)\s*,?\s*$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'is', 'by', 'with', 'from', 'as', 'vs']);

/** True when a quoted span is a title of a work rather than someone's words. */
export function isTitle(span: QuoteSpan, text: string): boolean {
  const inner = span.inner.trim();
  const words = inner.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (words.length === 0 || words.length > 12) return false;
  if (/^\s*\((?:19|20)\d\d\)/.test(text.slice(span.end))) return true;
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  const titleCase = capitalised === content.length || (content.length >= 3 && capitalised / content.length >= 0.75);
  const sentenceLike = /[.!?…][\s”"’']*$/.test(inner) && words.length > 4;
  if (titleCase && !sentenceLike && !/,$/.test(inner)) return true;
  return TITLE_CUE.test(text.slice(Math.max(0, span.start - 40), span.start)) && words.length <= 8 && !sentenceLike;
}

/** A short span with no said-clause ("so-called “caliphate”") is a scare quote, not a quotation. */
export function isShort(span: QuoteSpan): boolean {
  return wordCount(span.inner) <= 3;
}

/** Text between two spans that is only a said-clause: “…,” he says, “…” */
export function isInterruption(between: string, cue: (clause: string) => boolean): boolean {
  const clause = between.trim();
  return wordCount(clause) > 0 && wordCount(clause) <= 12 && cue(clause) && !/[“"«]/.test(clause);
}

/** Join spans interrupted only by a said-clause into quotations. */
export function joinQuotations(text: string, spans: QuoteSpan[], cue: (clause: string) => boolean): Quotation[] {
  const out: Quotation[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    const previous = last?.parts.at(-1);
    const between = previous ? text.slice(previous.end, span.start) : '';
    // Joined only when the first part stops mid-sentence and the clause between does not end one.
    if (last && previous?.closed && !/[.!?]\s*$/.test(previous.inner) && isInterruption(between, cue) && !/[.!?](?:\s|$)/.test(between.trim())) {
      last.parts.push(span);
      last.end = span.end;
      last.text = joinText(last.text, span.inner);
      continue;
    }
    out.push({ parts: [span], start: span.start, end: span.end, text: tidy(span.inner) });
  }
  return out;
}

/** Quotation text without the comma that closes a quoted clause: “It was hard,” she said → It was hard. */
function tidy(inner: string): string {
  return inner.trim().replace(/\s+/g, ' ').replace(/[,;:]$/, '');
}

function joinText(first: string, second: string): string {
  const b = second.trim().replace(/\s+/g, ' ');
  const a = first.replace(/[,;:]$/, '');
  if (/^[\p{Lu}]/u.test(b) && !/[.!?…—–-]$/.test(a)) return `${a}. ${tidy(b)}`;
  return `${a} ${tidy(b)}`;
}
