/**
 * The readers, and the one place a file's format is chosen: every reader sniffs the file and the
 * surest reads it (earlier readers win ties), unless the metadata names a reader. A file no reader
 * claims is rejected with a message naming the formats Verbatim reads.
 */
import { ParseError } from '../errors.ts';
import type { ReaderName } from '../model.ts';
import { labelled } from './labelled.ts';
import { markdown } from './markdown.ts';
import { news } from './news.ts';
import { ohms } from './ohms.ts';
import { podcastHtml } from './podcast-html.ts';
import { podcastJson } from './podcast-json.ts';
import { prose } from './prose.ts';
import type { Reader, ReadInput, ReadResult } from './reader.ts';
import { screenplay } from './screenplay.ts';
import { subtitles } from './subtitles.ts';
import { tei } from './tei.ts';
import { unlabelled } from './unlabelled.ts';

/** Every reader, most specific first. */
export const READERS: readonly Reader[] = [subtitles, podcastJson, ohms, tei, podcastHtml, screenplay, markdown, labelled, news, unlabelled, prose];

/** Below this, a reader's claim is too weak to read a file with. */
const MIN_CONFIDENCE = 0.2;

/** The reader for a file, and how sure it was. */
export function pickReader(input: ReadInput, forced?: ReaderName): { reader: Reader; confidence: number } {
  if (forced) return { reader: READERS.find((r) => r.name === forced)!, confidence: 1 };
  let best: { reader: Reader; confidence: number } | null = null;
  for (const reader of READERS) {
    // Ties go to the earlier reader, so a reader that can at most tie is not asked.
    if (best && (reader.ceiling ?? 1) <= best.confidence) continue;
    const confidence = reader.sniff(input);
    if (!best || confidence > best.confidence) best = { reader, confidence };
  }
  if (!best || best.confidence < MIN_CONFIDENCE) {
    throw new ParseError(input.file, undefined, 'no reader recognises this file: Verbatim reads subtitles (SRT, WebVTT, SBV, SubStation Alpha, TTML), transcripts in text, Markdown, Word documents or PDFs, screenplays (Fountain, Final Draft, or typed), Podcasting 2.0 JSON and HTML transcripts, speech-to-text JSON, OHMS XML, TEI XML (plays and transcripts of speech), and reviews and articles');
  }
  return best;
}

/** Read a file with the reader that claims it. */
export function readWith(input: ReadInput, forced?: ReaderName): ReadResult & { reader: ReaderName } {
  const { reader } = pickReader(input, forced);
  return { ...reader.read(input), reader: reader.name };
}
