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
    if (input.ext === '.md' || input.ext === '.markdown') turns = markdownTurns(turns);
    cache.set(input, turns);
  }
  return turns;
}

/**
 * A whole paragraph in bold or italics, as printed interviews set the interviewer's questions — a
 * title in italics may stand inside the bold (`**You’ve said *Claye* began as …?**`).
 */
const EMPHASISED = /^(?:\*\*(?:[^*]|\*[^*\n]+\*)+\*\*|__(?:[^_]|_[^_\n]+_)+__|\*[^*]+\*|_[^_]+_)$/;
const HEADING = /^#{1,6}\s/;
const WORDS = /[\p{L}\p{N}]/u;
/** "=IMAGE=file=caption=", "=ZOOM=pull quote=", "=TEXTBOX_END=". */
const LAYOUT_MARKER = /=(?:IMAGE|ZOOM|VIDEO|TEXTBOX_START|TEXTBOX_END|PAGEBREAK)=(?:[^=\n]*=){0,2}/g;

/**
 * Markdown turns: headings are structure, not speech; emphasised paragraphs are marked as questions.
 * Magazine layout markup ("=IMAGE=…=", "=ZOOM=…=" pull quotes, "=TEXTBOX_START=" … "=TEXTBOX_END="
 * sidebars) is left out: nobody said it.
 */
function markdownTurns(turns: UnlabelledTurn[]): UnlabelledTurn[] {
  const out: UnlabelledTurn[] = [];
  let sidebar = false;
  for (const t of turns) {
    let text = t.text;
    if (text.includes('=TEXTBOX_START=')) sidebar = true;
    if (sidebar) {
      const end = text.indexOf('=TEXTBOX_END=');
      if (end === -1) continue;
      sidebar = false;
      text = text.slice(end + '=TEXTBOX_END='.length);
    }
    text = text.replace(LAYOUT_MARKER, '').trim();
    // Headings are structure; an HTML comment ("<!--pagebreak-->") is not shown at all.
    if (text === '' || HEADING.test(text) || /^<!--[\s\S]*-->$/.test(text)) continue;
    const emphasised = EMPHASISED.test(text);
    const words = plainInline(text);
    // An image alone (`![…](cover.jpg)`) says nothing.
    if (!WORDS.test(words)) continue;
    out.push({ ...t, text: words, ...(emphasised ? { emphasised } : {}) });
  }
  return out;
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
