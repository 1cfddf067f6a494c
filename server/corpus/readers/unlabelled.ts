/**
 * Transcripts without speaker labels: turns are paragraphs, or runs of text after a wide gap where
 * labels were cut out (see `unlabelled-turns.ts`). A file is read this way when it reads as a
 * conversation (`conversation.ts`); who speaks each turn is worked out later, from the words.
 */
import { conversationScore } from './conversation.ts';
import { plainInline } from './markdown-inline.ts';
import { result, type Reader, type ReadInput, type ReadResult } from './reader.ts';
import { splitUnlabelled, type UnlabelledTurn } from './unlabelled-turns.ts';

/** Files of a structured format: never read as plain conversation. */
const STRUCTURED = new Set(['.srt', '.vtt', '.json', '.html', '.htm', '.xml', '.fountain', '.spmd']);
const cache = new WeakMap<ReadInput, UnlabelledTurn[]>();

function turnsOf(input: ReadInput): UnlabelledTurn[] {
  let turns = cache.get(input);
  if (!turns) {
    turns = splitUnlabelled(input.text, input.from, input.text.length);
    if (input.ext === '.md' || input.ext === '.markdown') for (const t of turns) t.text = plainInline(t.text);
    cache.set(input, turns);
  }
  return turns;
}

export const unlabelled: Reader = {
  name: 'unlabelled',
  sniff(input) {
    if (STRUCTURED.has(input.ext)) return 0;
    // The prose reader answers 0.4: a conversation has to read as one to win.
    return Math.min(0.85, conversationScore(turnsOf(input)));
  },
  read(input): ReadResult {
    const out = result('transcript', 'interview');
    out.turns = turnsOf(input);
    return out;
  },
};
