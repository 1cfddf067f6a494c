/**
 * A word-level Markov chain (order 2) trained on real speech, so that generated quotes have the
 * vocabulary, word frequencies and sentence shapes of real transcripts.
 */
import type { Random } from './random.ts';

const START = '\u0002';

export class Markov {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[][] = [];

  /** Learn from sentences of running text. */
  train(text: string): void {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter((w) => w.length > 0 && !/^\(.*\)$/.test(w));
      if (words.length < 4) continue;
      this.starts.push(words.slice(0, 2));
      let a = START;
      let b = START;
      for (const w of words) {
        const key = `${a} ${b}`;
        const list = this.next.get(key);
        if (list) list.push(w);
        else this.next.set(key, [w]);
        a = b;
        b = w;
      }
    }
  }

  get size(): number {
    return this.starts.length;
  }

  /** One sentence of between `min` and `max` words, ending at a sentence end when one comes. */
  sentence(random: Random, min = 6, max = 40): string {
    const words: string[] = [];
    let a = START;
    let b = START;
    while (words.length < max) {
      const options = this.next.get(`${a} ${b}`);
      if (!options) break;
      const w = random.pick(options);
      words.push(w);
      a = b;
      b = w;
      if (words.length >= min && /[.!?]$/.test(w)) break;
    }
    const text = words.join(' ').replace(/["“”]/g, '');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }
}
