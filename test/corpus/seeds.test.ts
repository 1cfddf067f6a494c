import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type LoadedCorpus } from '../../server/corpus/load.ts';
import { INTERVIEW_TURNS, QUOTATIONS, SEED_INTERVIEW } from '../fixtures/seeds-gold.ts';

const TRANSCRIPTS = path.resolve('transcripts');
const SHARED_SEEDS = path.resolve('../shared/seeds');
const slugOf = (file: string) => file.replace(/\.txt$/, '').replace(/_/g, '-');

let corpus: LoadedCorpus;
beforeAll(async () => {
  corpus = await loadCorpus(TRANSCRIPTS);
});

describe('seed corpus', () => {
  it('loads all four seeds without rejections', () => {
    expect(corpus.rejected).toEqual([]);
    expect(corpus.sources.map((s) => s.path).sort()).toEqual([
      'city-of-ghosts/000_acea1c6f1abc6d80.txt',
      'city-of-ghosts/001_d12ca1375d55f297.txt',
      'city-of-ghosts/002_e9c1e3c8df0d4fff.txt',
      'city-of-ghosts/003_e883455660d33f06.txt',
    ]);
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('keeps the seed files byte-identical to ../shared/seeds', () => {
    for (const file of ['000_acea1c6f1abc6d80.txt', '001_d12ca1375d55f297.txt', '002_e9c1e3c8df0d4fff.txt', '003_e883455660d33f06.txt']) {
      expect(readFileSync(path.join(TRANSCRIPTS, 'city-of-ghosts', file)).equals(readFileSync(path.join(SHARED_SEEDS, file)))).toBe(true);
    }
  });

  it('attributes every turn of the unlabelled interview, leaving the clips unattributed', () => {
    const turns = corpus.quotes.filter((q) => q.source === slugOf(SEED_INTERVIEW));
    expect(turns.map((t) => t.text.slice(0, 40))).toEqual(INTERVIEW_TURNS.map((g) => expect.stringContaining(g.starts.slice(0, 20))));
    const host = corpus.sources.find((s) => s.slug === slugOf(SEED_INTERVIEW))!;
    turns.forEach((turn, i) => {
      const gold = INTERVIEW_TURNS[i]!;
      const expected = gold.speaker === 'host' ? `${host.slug}-host` : gold.speaker;
      expect({ i, text: turn.text.slice(0, 30), speaker: turn.speaker?.slug ?? null }).toEqual({ i, text: turn.text.slice(0, 30), speaker: expected });
    });
    // The host is never named in the transcript: no name is invented.
    expect(turns[0]!.speaker).toEqual({ slug: `${host.slug}-host`, name: 'Unnamed host', role: 'host' });
    expect(turns.filter((t) => t.speaker).length).toBe(20);
    expect(turns.filter((t) => !t.speaker).every((t) => t.attribution.method === 'none' && t.attribution.confidence === 0)).toBe(true);
  });

  it('keeps "Hamud  for him" in one turn and drops the lone "."', () => {
    const turns = corpus.quotes.filter((q) => q.source === slugOf(SEED_INTERVIEW));
    expect(turns.find((t) => t.text.includes('Hamud for him'))?.speaker?.slug).toBe('abdalaziz-alhamza');
    expect(turns.some((t) => t.text.trim() === '.')).toBe(false);
  });

  it('finds exactly the nine direct quotations of the reviews, each with the right speaker', () => {
    const quotations = corpus.quotes.filter((q) => q.kind === 'quotation');
    expect(quotations).toHaveLength(QUOTATIONS.length);
    for (const gold of QUOTATIONS) {
      const match = quotations.find((q) => q.source === slugOf(gold.file) && q.text.startsWith(gold.starts));
      expect(match, gold.starts).toBeDefined();
      expect({ quote: gold.starts, speaker: match!.speaker?.slug }).toEqual({ quote: gold.starts, speaker: gold.speaker });
    }
  });

  it("attributes the critics' own sentences to an unnamed critic of each review, and not the headline or photo credit", () => {
    const prose = corpus.quotes.filter((q) => q.kind === 'prose');
    expect(prose.length).toBeGreaterThan(30);
    expect(prose.every((q) => q.speaker?.role === 'critic' && q.speaker.name === 'Unnamed critic')).toBe(true);
    expect(prose.some((q) => q.text.startsWith('Read More'))).toBe(false);
    expect(prose.some((q) => q.text.endsWith('Slaughtered Silently Handout'))).toBe(false);
    expect(prose.some((q) => q.text.startsWith("Syria War Movie 'City of Ghosts'"))).toBe(false);
  });

  it('gives every quote an id of allowed characters, positions that point into the file, and neighbours', () => {
    for (const source of corpus.sources) {
      const quotes = corpus.quotes.filter((q) => q.source === source.slug);
      quotes.forEach((q, i) => {
        expect(q.id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(q.position.ordinal).toBe(i);
        expect(q.prev).toBe(quotes[i - 1]?.id ?? null);
        expect(q.next).toBe(quotes[i + 1]?.id ?? null);
        const firstWord = q.text.match(/[\p{L}\p{N}]+/u)![0];
        expect(source.text.slice(q.position.start, q.position.end)).toContain(firstWord);
      });
      expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
    }
  });
});
