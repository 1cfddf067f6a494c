/**
 * JSON transcripts of each dialect, on real files of the tools and services that write them (see
 * `test/fixtures/README.md`). Each file carries its own answer: the whole transcript as one string
 * (Whisper's `text`, AssemblyAI's `text`, Deepgram's and Amazon Transcribe's `transcript`), and the
 * speaker of each utterance or segment. What is read must say the same words in the same order, and
 * change speaker where the file does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { ParseError } from '../../server/corpus/errors.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

const DIR = path.resolve('test/fixtures/real/podcast-json');

type Doc = Record<string, any>;

/** What a file says it holds: its whole transcript, and its speakers in order (consecutive repeats once). */
interface Own {
  transcript?: (d: Doc) => string;
  speakers?: (d: Doc) => string[];
}

const FILES: Record<string, Own> = {
  'whisper-cli-jfk.json': { transcript: (d) => d.text },
  'whisper-python-ru-sales-call.json': { transcript: (d) => d.text },
  'whisper-ctranslate2-diarized-catalan.json': { transcript: (d) => d.text, speakers: (d) => d.segments.map((s: Doc) => s.speaker) },
  'whisperx-aligned-phone-line.json': { transcript: (d) => d.segments.map((s: Doc) => s.text).join(' ') },
  'assemblyai-customer-call.json': { transcript: (d) => d.text, speakers: (d) => d.utterances.map((u: Doc) => u.speaker) },
  'deepgram-nasa-spacewalk-excerpt.json': { transcript: (d) => d.results.channels[0].alternatives[0].transcript, speakers: (d) => d.results.utterances.map((u: Doc) => String(u.speaker)) },
  'revai-cofounder-talk.json': { transcript: (d) => d.monologues.map((m: Doc) => m.elements.map((e: Doc) => e.value).join('')).join(' '), speakers: (d) => d.monologues.map((m: Doc) => String(m.speaker)) },
  // No transcript string: the words joined, a punctuation mark onto the word before it.
  'speechmatics-v2.9-no-diarization.json': { transcript: (d) => d.results.map((r: Doc) => (r.type === 'punctuation' ? '' : ' ') + r.alternatives[0].content).join('') },
  'speechmatics-2.7-two-speakers.json': { transcript: (d) => d.metadata.transcript, speakers: (d) => d.results.map((r: Doc) => r.alternatives[0].speaker.replace('S', '')) },
  'aws-transcribe-today-in-focus-excerpt.json': {
    transcript: (d) => d.results.transcripts[0].transcript,
    speakers: (d) => d.results.speaker_labels.segments.filter((s: Doc) => s.items.length > 0).map((s: Doc) => s.speaker_label),
  },
};

const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const once = (xs: string[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
/** A service's speaker id as read: `SPEAKER_01` → `01`, `spk_1` → `1`, `Speaker A` → `A`. */
const idOf = (s: string) => s.replace(/^(?:SPEAKER_|spk_|Speaker )/, '');

function read(file: string) {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  return { doc: JSON.parse(text) as Doc, text, parsed: buildSource({ path: file, slug: 'j', collection: null, text, format: 'json', contentStart: 0, given: {}, registry: new SpeakerRegistry([]) }) };
}

describe.each(Object.entries(FILES))('%s', (file, own) => {
  // Read when a test asks, so that a file the reader refuses fails its tests rather than the suite.
  let cached: ReturnType<typeof read> | undefined;
  const got = () => (cached ??= read(file));

  it('is read by the JSON reader, as a transcript with quotes', () => {
    const { parsed } = got();
    expect(parsed.source.reader).toBe('podcast-json');
    expect(parsed.quotes.length).toBeGreaterThan(0);
  });

  it("says the file's own transcript, word for word", () => {
    const { doc, parsed } = got();
    expect(words(parsed.quotes.map((q) => q.text).join(' '))).toBe(words(own.transcript!(doc)));
  });

  it.runIf(own.speakers)('changes speaker where the file does', () => {
    const { doc, parsed } = got();
    expect(parsed.quotes.map((q) => idOf(q.speaker!.name))).toEqual(once(own.speakers!(doc).map(idOf)));
  });

  it('places each quote where its first words are written, and times it', () => {
    const { text, parsed } = got();
    for (const q of parsed.quotes) {
      // The place is a JSON string's content: decoded, it starts with the quote's first word (its
      // punctuation may be a piece of its own).
      const first = /[\p{L}\p{N}]+/u.exec(q.text)![0];
      const at = JSON.parse(`"${text.slice(q.position.start, q.position.start + 200).split('"')[0]}"`) as string;
      expect({ id: q.id, starts: at.trimStart().startsWith(first) }).toEqual({ id: q.id, starts: true });
      expect(q.time?.start).toBeTypeOf('number');
    }
  });
});

describe('JSON of no transcript shape', () => {
  it('is refused naming the file and the shapes it could have had', () => {
    const text = JSON.stringify({ transcript: [{ who: 'A', said: 'Hello.' }] });
    expect(() => buildSource({ path: 'export.json', slug: 'e', collection: null, text, format: 'json', contentStart: 0, given: { reader: 'podcast-json' }, registry: new SpeakerRegistry([]) })).toThrowError(ParseError);
    expect(() => buildSource({ path: 'export.json', slug: 'e', collection: null, text, format: 'json', contentStart: 0, given: { reader: 'podcast-json' }, registry: new SpeakerRegistry([]) })).toThrowError(/export\.json.*"segments".*Whisper.*"utterances".*AssemblyAI.*"monologues".*Rev\.ai/);
  });

  it('times AssemblyAI utterances in seconds, not milliseconds', () => {
    const { doc, parsed } = read('assemblyai-customer-call.json');
    expect(parsed.quotes[0]!.time!.start).toBe(doc.utterances[0].start / 1000);
  });
});
