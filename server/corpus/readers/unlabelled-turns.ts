/**
 * Transcripts published without speaker labels. Turns are paragraphs, or — in one-line exports such
 * as the seed radio transcript — runs of text separated by a wider gap (two or more spaces) after the
 * end of a sentence, where the labels were cut out. A gap inside a sentence ("with Hamud  for him")
 * does not split a turn; a segment with no words (a lone ".") is noise.
 */
import { paragraphs, type Span, trimSpan } from '../text.ts';
import { isOnlyMarkers, removeMarkers } from './markers.ts';
import type { RawTurn } from './reader.ts';

/** A turn of an unlabelled transcript, with what separated it from the one before. */
export interface UnlabelledTurn extends RawTurn {
  /** Noise or a marker (applause, a lone ".") came between this turn and the previous one. */
  afterBreak: boolean;
  /** The whole paragraph was set in bold or italics (a printed interview's question). */
  emphasised?: boolean;
  /** A Q&A page's question heading (`### What keeps you involved?`), also `emphasised`. */
  questionHeading?: boolean;
  /** Before a Q&A page's first question: its author's introduction, no answer. */
  preface?: boolean;
  /** Opened with a dialogue dash (`- Bonjour.`, `— Non.`), taken off its text: a change of speaker. */
  dashed?: boolean;
}

/** How a file may mark a change of speaker without a name. */
export interface UnlabelledOptions {
  /** A hyphen opening a line is a dialogue dash (in plain text; in Markdown it opens a list item). */
  hyphenDialogue?: boolean;
}

/** A dialogue dash and its space at a line's start: en, em, horizontal bar, two hyphens, or a hyphen where allowed. */
// Two hyphens are a typewriter's dash (`--¿Qué ha sucedido?`), as the Spanish press sets a Q&A; three are a rule.
const DIALOGUE_DASH = /^(?:[–—―]|--(?!-))[ \t\u00a0]*/;
const HYPHEN_DASH = /^-[ \t\u00a0]+(?=\S)/;
/** At least this share of a file's turns open with a dash for the dashes to be its speakers' changes. */
const DASHED_SHARE = 0.5;

/** Splits after sentence ends followed by 2+ spaces (or a tab): where labels were removed. */
const WIDE_GAP = /(?<=[.!?…]["”’)]?)(?: {2,}|\t+)(?=\S)/g;
const ANY_SENTENCE_GAP = /(?<=[.!?…]["”’)]?)[ \t]+(?=\S)/g;

/** Wide gaps mark turns only when most sentence ends are followed by a single space (else it is typing style). */
function gapsMarkTurns(text: string): boolean {
  const wide = text.match(WIDE_GAP)?.length ?? 0;
  const all = text.match(ANY_SENTENCE_GAP)?.length ?? 0;
  return wide > 0 && wide <= all * 0.6;
}

function splitAt(text: string, block: Span, pattern: RegExp): Span[] {
  const out: Span[] = [];
  let at = block.start;
  const slice = text.slice(block.start, block.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    out.push(trimSpan(text, at, block.start + m.index));
    at = block.start + m.index + m[0].length;
  }
  out.push(trimSpan(text, at, block.end));
  return out.filter((s) => s.text.length > 0);
}

/** Turns of an unlabelled transcript within `text[from, to)`. */
export function splitUnlabelled(text: string, from: number, to: number, options: UnlabelledOptions = {}): UnlabelledTurn[] {
  const blocks = paragraphs(text, from, to);
  const content = text.slice(from, to);
  const useGaps = gapsMarkTurns(content);
  // One paragraph per turn, or one line per turn when the file has no blank lines but many lines.
  let units: Span[] = blocks;
  if (blocks.length === 1 && !useGaps) {
    const lineSpans = content.split('\n').length > 2 ? splitAt(text, blocks[0]!, /\r?\n/g) : blocks;
    units = lineSpans;
  }
  // A dialogue written with dashes (French, Spanish, Italian and Russian print speech so): each dash
  // opens a turn, and is no one's words.
  const dashOf = (unit: Span) => DIALOGUE_DASH.exec(unit.text)?.[0] ?? (options.hyphenDialogue ? HYPHEN_DASH.exec(unit.text)?.[0] : undefined);
  let dashes = 0;
  for (const unit of units) if (dashOf(unit) !== undefined) dashes++;
  const dashed = new Set<Span>();
  if (units.length >= 4 && dashes >= units.length * DASHED_SHARE) {
    units = units.map((unit) => {
      const dash = dashOf(unit);
      if (dash === undefined || dash.length >= unit.text.length) return unit;
      const speech = { start: unit.start + dash.length, end: unit.end, text: unit.text.slice(dash.length) };
      dashed.add(speech);
      return speech;
    });
  }
  const turns: UnlabelledTurn[] = [];
  let afterBreak = false;
  for (const unit of units) {
    const pieces = useGaps ? splitAt(text, unit, WIDE_GAP) : [unit];
    for (const piece of pieces) {
      const speech = removeMarkers(piece.text);
      if (isOnlyMarkers(piece.text) || !/[\p{L}\p{N}]/u.test(speech)) {
        afterBreak = turns.length > 0;
        continue;
      }
      turns.push({ start: piece.start, end: piece.end, text: speech, afterBreak, ...(dashed.has(unit) && piece === pieces[0] ? { dashed: true } : {}) });
      afterBreak = false;
    }
  }
  return turns;
}
