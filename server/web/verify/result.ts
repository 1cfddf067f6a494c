/**
 * A verify result with what the page and the API add to it: each match's passage time, permalink
 * and citation (one style), and the speaker notice ("said by Abdalaziz Alhamza, not Matthew
 * Heineman").
 */
import type { Config } from '../../config.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { verify, type VerifyResult, type VerifyMatch, type SpeakerCheck } from '../../search/verify/verify.ts';
import { permalink } from '../../search/wire.ts';
import { citeQuote, timeAt, type Citation } from '../citations/cite.ts';
import { labelsFor } from '../labels.ts';
import type { VerifyParams } from './params.ts';

export interface CheckedMatch extends VerifyMatch {
  /** Seconds into the recording where the passage starts. */
  time: number | null;
  /** The passage's word range in the quote (`?w=`), for a link to exactly those words. */
  words: { from: number; to: number } | null;
  citation: Citation;
}

export interface Checked extends Omit<VerifyResult, 'matches'> {
  matches: CheckedMatch[];
  notice: string | null;
}

/** What to tell the user about the speaker they named, or null when there is nothing to say. */
export function speakerNotice(check: SpeakerCheck | null): string | null {
  if (!check || check.agrees) return null;
  const named = check.candidates[0]?.name ?? check.named;
  if (!check.saidBy) return check.candidates.length ? `No source says who spoke these words; you named ${named}.` : null;
  if (check.candidates.length === 0) return `Said by ${check.saidBy.name}. Verbatim knows no one called “${check.named}”.`;
  return `Said by ${check.saidBy.name}, not ${named}.`;
}

/** Word numbers (from 1) of the characters [start, end) of a text. */
function wordRange(text: string, start: number, end: number): { from: number; to: number } | null {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const from = words.findIndex((m) => m.index + m[0].length > start);
  let to = -1;
  words.forEach((m, i) => {
    if (m.index < end) to = i;
  });
  return from >= 0 && to >= from ? { from: from + 1, to: to + 1 } : null;
}

export async function check(engine: SearchEngine, config: Config, params: VerifyParams): Promise<Checked> {
  const result = await verify(engine, params.text, { limit: params.limit, ...(params.speaker ? { speaker: params.speaker } : {}) });
  const catalog = await engine.catalog();
  const labels = labelsFor(catalog);
  const matches = await Promise.all(
    result.matches.map(async (m) => {
      const words = m.end > m.start ? wordRange(m.quote.text, m.start, m.end) : null;
      const whole = words === null || (words.from === 1 && m.end >= m.quote.text.trimEnd().length - 1);
      const url = whole ? permalink(config.baseUrl, m.quote.id) : `${permalink(config.baseUrl, m.quote.id)}?w=${words!.from}-${words!.to}`;
      const source = labels.source(m.quote.source) ?? null;
      const citation = await citeQuote(engine, m.quote, source, labels, url, { range: { start: m.start, end: m.end }, styles: [params.style] });
      return { ...m, time: timeAt(m.quote, m.start), words: whole ? null : words, citation };
    }),
  );
  return { ...result, matches, notice: speakerNotice(result.speaker) };
}
