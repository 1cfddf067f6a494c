/**
 * Property-based tests (fast-check): every parser, on any input, either returns records or throws our
 * typed ParseError — nothing else — and, on well-formed input, loses no spoken or written word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { ParseError } from '../../server/corpus/errors.ts';
import { decode } from '../../server/corpus/read.ts';
import { removeMarkers } from '../../server/corpus/readers/markers.ts';
import { lexedInline, plainInline } from '../../server/corpus/readers/markdown-inline.ts';
import type { SourceFormat } from '../../server/corpus/model.ts';
import { parseFrontMatter, parseSidecar } from '../../server/corpus/metadata/source.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

const RUNS = { numRuns: 300 };
const registry = new SpeakerRegistry([{ slug: 'matthew-heineman', name: 'Matthew Heineman', role: 'director', aliases: ['Heineman'] }]);

function parse(text: string, format: SourceFormat, kind?: 'interview' | 'review') {
  return buildSource({ path: 'prop', slug: 'prop', collection: null, text, format, contentStart: 0, given: kind ? { kind } : {}, registry });
}

/** Runs only our error type may escape. */
function onlyParseErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
}

// Text that looks like transcripts: words, labels, quotes, markers, timings, blank lines, odd Unicode.
const piece = fc.oneof(
  fc.constantFrom('HOLT:', 'Lester Holt (00:01:02):', '“', '”', '"', "'", '‘', '’', '(CROSSTALK)', '[inaudible]', '-->', '00:00:01,000', '\n', '\n\n', '  ', '.', '?', ',', ' he said', '—', '>>', 'WEBVTT', '<v Holt>', '</v>', '---', '#', '*', 'Q:', 'A:'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('camera', 'Heineman', 'stronger', 'Raqqa', 'Abdalaziz', 'film', 'the', 'I'),
);
const messy = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));

describe('parsers never throw anything but ParseError', () => {
  for (const format of ['text', 'markdown', 'srt', 'vtt'] as const) {
    it(`${format}, any text`, () => {
      fc.assert(fc.property(fc.oneof(messy, fc.string({ maxLength: 400 })), (text) => onlyParseErrors(() => parse(text, format))), RUNS);
      fc.assert(fc.property(messy, fc.constantFrom('interview', 'review') as fc.Arbitrary<'interview' | 'review'>, (text, kind) => onlyParseErrors(() => parse(text, format, kind))), RUNS);
    });
  }

  it('decoding any bytes, and any metadata text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => onlyParseErrors(() => decode(bytes, 'prop'))), RUNS);
    fc.assert(fc.property(fc.oneof(messy, fc.string({ maxLength: 200 })), (text) => onlyParseErrors(() => parseSidecar(text, 'prop.yml', []))), RUNS);
    fc.assert(fc.property(fc.oneof(messy, fc.string({ maxLength: 200 })), (text) => onlyParseErrors(() => parseFrontMatter(`---\n${text}`, 'prop.md', []))), RUNS);
  });
});

describe('quote positions', () => {
  it('give each quote the line its start is on', () => {
    const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
    for (const format of ['text', 'markdown', 'srt'] as const) {
      fc.assert(
        fc.property(messy, fc.constantFrom(undefined, 'interview', 'review') as fc.Arbitrary<'interview' | 'review' | undefined>, (text, kind) => {
          let parsed;
          try {
            parsed = parse(text, format, kind);
          } catch (error) {
            if (error instanceof ParseError) return;
            throw error;
          }
          for (const q of parsed.quotes) expect(q.position.line).toBe(lineOf(text, q.position.start));
        }),
        RUNS,
      );
    }
  });
});

// Well-formed speech: sentences of plain words.
const word = fc.stringMatching(/^[a-z]{2,9}$/);
const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((ws) => `${ws[0]![0]!.toUpperCase()}${ws.join(' ').slice(1)}.`);
const speech = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** Every spoken word reaches some quote, in order. */
function keepsEveryWord(spoken: string[], quotes: Array<{ text: string }>): void {
  expect(quotes.flatMap((q) => words(q.text))).toEqual(spoken.flatMap(words));
}

describe('parsers lose no text', () => {
  it('labelled scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('HOLT', 'CLINTON', 'TRUMP'), speech), { minLength: 2, maxLength: 12 }), (turns) => {
        const r = parse(turns.map(([who, text]) => `${who}: ${text}`).join('\n\n'), 'text', 'interview');
        expect(r.source).toMatchObject({ layout: 'transcript', reader: 'labelled' });
        keepsEveryWord(turns.map(([, t]) => t), r.quotes);
        expect(r.quotes.map((q) => q.attribution.label)).toEqual(turns.map(([who]) => who));
      }),
      RUNS,
    );
  });

  it('subtitles, every cue with its time', () => {
    fc.assert(
      fc.property(fc.array(speech, { minLength: 1, maxLength: 15 }), (cues) => {
        const ts = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
        const srt = cues.map((c, i) => `${i + 1}\n${ts(i * 2)} --> ${ts(i * 2 + 1)}\n${c}\n`).join('\n');
        const r = parse(srt, 'srt');
        keepsEveryWord(cues, r.quotes);
        expect(r.quotes.map((q) => q.time?.start)).toEqual(cues.map((_, i) => i * 2));
      }),
      RUNS,
    );
  });

  it('unlabelled transcripts', () => {
    fc.assert(
      fc.property(fc.array(speech, { minLength: 1, maxLength: 12 }), (turns) => {
        const r = parse(turns.join('\n\n'), 'text', 'interview');
        keepsEveryWord(turns, r.quotes);
      }),
      RUNS,
    );
  });

  it('reviews: every word is in a prose line or a quotation with its said-clause', () => {
    const paragraph = fc.tuple(speech, fc.option(fc.tuple(speech, fc.constantFrom('Heineman said', 'he says', 'said Kenneth Turan')))).map(([prose, quote]) =>
      quote ? `${prose} “${quote[0].replace(/\.$/, '')},” ${quote[1]}.` : prose,
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        const r = parse(text, 'text', 'review');
        const covered = new Array<boolean>(text.length).fill(false);
        for (const q of r.quotes) {
          for (const [a, b] of [[q.position.start, q.position.end], ...(q.position.context ? [[q.position.context.start, q.position.context.end]] : [])] as Array<[number, number]>) {
            for (let i = a; i < b; i++) covered[i] = true;
          }
        }
        for (const m of text.matchAll(/[A-Za-z]+/g)) expect({ word: m[0], covered: covered[m.index!] }).toEqual({ word: m[0], covered: true });
      }),
      RUNS,
    );
  });
});

describe('marker removal', () => {
  it('tidies bracket-free text exactly as the full rule does, whether or not it was tidy already', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', ',', '.', '…', '!', '?', ';', 'word', 'Raqqa', 'it’s', '—');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
        // The space before `! ? ; :` is French typography's, kept as written (`Quoi ? Non !`).
        expect(removeMarkers(text)).toBe(text.replace(/\s+/g, ' ').replace(/ ([,.…])/g, '$1').trim());
      }),
      RUNS,
    );
  });
});

describe('Markdown inline text', () => {
  it('is what marked gives, whether or not simple tags were taken out before it ran', () => {
    const piece = fc.constantFrom('<b>', '</b>', '<br/>', '<i >', '<w ', '</i >', '<B2-x>', '<a href="u">', '</a>', '<code>', '<pre>', '<!-- c -->', '<', '>', '&', '&amp;', '*', '_', '`', '\\', '[', '](u)', '!', '~', 'word', ' ', 'http://x.y', '<http://x.y>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (line) => {
        expect(plainInline(line)).toBe(lexedInline(line));
      }),
      { numRuns: 3000 },
    );
  });
});
