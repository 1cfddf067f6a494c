/**
 * A fixed mix of distinct search queries drawn from the generated corpus, as a reader would type them:
 * one or more words, some misspelled (a swapped or wrong letter), some as "phrases", some excluding a
 * word, some filtered by speaker. Every query is different, so no cache can answer for the engine.
 */
import type { GeneratedQuote } from './corpus.ts';
import type { Random } from './random.ts';

const STOP = new Set('the a an and or but of to in on at for with is are was were be been it this that these those i you he she we they my your his her our their as by from not no so do does did have has had will would can could just very'.split(' '));

function misspell(word: string, random: Random): string {
  if (word.length < 5) return word;
  const i = random.int(1, word.length - 2);
  if (random.chance(0.5)) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  const letter = String.fromCharCode(97 + random.int(0, 25));
  return word.slice(0, i) + letter + word.slice(i + 1);
}

/** `count` distinct API paths (`/api/search?...`) in a fixed order. */
export function buildQueries(sample: GeneratedQuote[], count: number, random: Random): string[] {
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 50) {
    const line = random.pick(sample);
    const words = line.text.toLowerCase().match(/[a-z]+/g) ?? [];
    if (words.length < 3) continue;
    const roll = random.next();
    let q: string;
    if (roll < 0.4) {
      const content = words.filter((w) => w.length >= 4 && !STOP.has(w));
      if (content.length === 0) continue;
      q = random.pick(content);
    } else if (roll < 0.9) {
      // A run of words as people remember a line: it holds at least one word that is not a stop word.
      const at = random.int(0, words.length - 3);
      const run = words.slice(at, at + (roll < 0.75 ? random.int(2, 3) : 3));
      if (run.every((w) => STOP.has(w) || w.length < 3)) continue;
      q = roll < 0.75 ? run.join(' ') : `"${run.join(' ')}"`;
    } else {
      const content = words.filter((w) => w.length >= 4 && !STOP.has(w));
      if (content.length < 2) continue;
      q = `${content[0]} -${content[1]}`;
    }
    if (random.chance(0.2)) q = q.replace(/[a-z]{5,}/, (w) => misspell(w, random));
    const params = new URLSearchParams({ q });
    if (random.chance(0.1)) params.set('speaker', line.speaker);
    out.add(`/api/search?${params.toString()}`);
  }
  return [...out];
}
