/**
 * JSON transcripts, in the dialects people export them in: Podcasting 2.0 (`podcast:transcript
 * type="application/json"`), OpenAI Whisper and WhisperX, AssemblyAI, Deepgram, Rev.ai and Amazon
 * Transcribe, and Speechmatics. Each dialect (`json/`) reads its document into pieces of speech with their speakers and
 * times; consecutive pieces of one speaker are one turn (`json/turns.ts`). A JSON document of none of
 * these shapes is refused with the shapes it could have had.
 */
import { ParseError } from '../errors.ts';
import { assemblyai } from './json/assemblyai.ts';
import { awsTranscribe } from './json/aws-transcribe.ts';
import { deepgram } from './json/deepgram.ts';
import type { JsonDialect } from './json/piece.ts';
import { podcasting } from './json/podcasting.ts';
import { revai } from './json/revai.ts';
import { speechmatics } from './json/speechmatics.ts';
import { addTurns } from './json/turns.ts';
import { whisper } from './json/whisper.ts';
import { result, type Reader, type ReadResult } from './reader.ts';

/** Most particular first: Whisper's segments are told from Podcasting 2.0's by their fields. */
const DIALECTS: readonly JsonDialect[] = [whisper, podcasting, assemblyai, deepgram, revai, awsTranscribe, speechmatics];

/** The keys at the top of a JSON transcript of each dialect, as the first 2,000 characters show them. */
const DIALECT_KEYS = /"(?:segments|utterances|monologues|results)"\s*:/;

export const podcastJson: Reader = {
  name: 'podcast-json',
  sniff({ text, from, ext }) {
    const head = text.slice(from, from + 2000);
    if (!/^\s*[{[]/.test(head)) return 0;
    return DIALECT_KEYS.test(head) ? 0.99 : ext === '.json' ? 0.3 : 0;
  },
  read({ text, from, file }): ReadResult {
    let data: unknown;
    try {
      data = JSON.parse(text.slice(from));
    } catch (error) {
      throw new ParseError(file, undefined, `invalid JSON: ${(error as Error).message}`);
    }
    const dialect = DIALECTS.find((d) => d.is(data));
    if (!dialect) {
      throw new ParseError(file, undefined, `not a JSON transcript this reads: it needs "segments" (Podcasting 2.0, Whisper, WhisperX), "utterances" (AssemblyAI), "results" (Deepgram's \`channels\`, Amazon Transcribe's \`items\`, or Speechmatics' list of words) or "monologues" (Rev.ai)`);
    }
    const out = result('transcript', 'podcast');
    const pieces = dialect.read(data, (message) => out.warnings.push({ line: 1, message }));
    addTurns(pieces, text, from, out);
    return out;
  },
};
