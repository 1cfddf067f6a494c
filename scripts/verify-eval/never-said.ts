/**
 * Lines never said in the corpus: lines of the 2016 debates (`../shared/data`) that share no run of
 * four words with any indexed quote, and lines made of real corpus words in an order no one said
 * (content words shuffled across quotes). Verify must find no source for any of them.
 */
import { Random } from '../bench/random.ts';
import { terms } from '../../server/search/tokenize.ts';
import type { Variant } from './variants.ts';

function fourGrams(text: string): string[] {
  const t = terms(text);
  return t.slice(0, Math.max(0, t.length - 3)).map((_, i) => t.slice(i, i + 4).join(' '));
}

export function neverSaid(corpusTexts: string[], debateLines: string[], count: number, random: Random): Variant[] {
  const said = new Set(corpusTexts.flatMap(fourGrams));
  const out: Variant[] = [];
  const debates = debateLines.filter((l) => terms(l).length >= 8 && terms(l).length <= 40 && !fourGrams(l).some((g) => said.has(g)));
  for (let i = 0; i < Math.ceil(count / 2) && debates.length; i++) out.push({ kind: 'never-said', text: random.pick(debates), expected: 'not-found', source: null, original: null });
  const vocabulary = corpusTexts.flatMap((t) => t.split(/\s+/)).filter((w) => /^[A-Za-z]{4,}$/.test(w));
  while (out.length < count && vocabulary.length) {
    const n = random.int(8, 16);
    const line = Array.from({ length: n }, () => random.pick(vocabulary)).join(' ');
    if (!fourGrams(line).some((g) => said.has(g))) out.push({ kind: 'never-said', text: line, expected: 'not-found', source: null, original: null });
  }
  return out;
}
