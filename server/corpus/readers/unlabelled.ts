/**
 * Transcripts without speaker labels: turns are paragraphs, or runs of text after a wide gap where
 * labels were cut out (see `unlabelled-turns.ts`). A file is read this way when it reads as a
 * conversation (`conversation.ts`); who speaks each turn is worked out later, from the words.
 */
import { conversationScore } from './conversation.ts';
import { headingTitle, isLinkDefinition, linkDefinitions, plainInlineWith } from './markdown-inline.ts';
import { result, type Reader, type ReadInput, type ReadResult } from './reader.ts';
import { splitUnlabelled, type UnlabelledTurn } from './unlabelled-turns.ts';

/** Files of a structured format: never read as plain conversation. */
const STRUCTURED = new Set(['.srt', '.vtt', '.json', '.html', '.htm', '.xml', '.fountain', '.spmd']);
const cache = new WeakMap<ReadInput, UnlabelledTurn[]>();

function turnsOf(input: ReadInput): UnlabelledTurn[] {
  let turns = cache.get(input);
  if (!turns) {
    const markdown = input.ext === '.md' || input.ext === '.markdown';
    turns = splitUnlabelled(input.text, input.from, input.text.length, { hyphenDialogue: !markdown });
    if (markdown) turns = markdownTurns(turns, !FAQ.test(titleLines(input)), input);
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
/** `### What keeps you involved?`, `### How do you spend your time? (i.e. …)`: a heading that asks. */
const QUESTION_HEADING = /^#{1,6}\s[^\n?]*\?/;
/**
 * A page whose headings ask at least this many questions, most of them of "you", is an interview set
 * out as questions and answers — unless it calls itself an FAQ: a product's FAQ asks "How do I …?", and
 * a personal one ("Battery careers FAQ") is its author answering in their own voice, an article.
 */
const QA_HEADINGS = 3;
const ADDRESSED = /\b(?:you|your|you['’](?:re|ve|d|ll))\b/i;
const FAQ = /\bFAQs?\b|\bfrequently asked\b/i;
/** The share of a Q&A page's paragraphs an interviewee speaks of themselves in (a company's "we" does not count; 14% and up on the real pages read). */
const ANSWERS_IN_FIRST_PERSON = 0.1;
const SPEAKING_OF_ONESELF = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|mine)\b/;
/** `_Jeff:_ I'm old, …`: an answer on a Q&A page opened with its speaker's name, set in emphasis — not their words. */
const ANSWER_LABEL = /^(?:_|\*\*?)\p{Lu}[\p{L} .'’-]{0,40}:(?:_|\*\*?)[ \t]+/u;
const WORDS = /[\p{L}\p{N}]/u;
/** "=IMAGE=file=caption=", "=ZOOM=pull quote=", "=TEXTBOX_END=". */
const LAYOUT_MARKER = /=(?:IMAGE|ZOOM|VIDEO|TEXTBOX_START|TEXTBOX_END|PAGEBREAK)=(?:[^=\n]*=){0,2}/g;

/** Where a page says what it is: the front matter's title line and the first line of the text. */
function titleLines(input: ReadInput): string {
  const title = /^title[ \t]*[:=][^\n]*/m.exec(input.text.slice(0, input.from))?.[0] ?? '';
  const start = input.text.slice(input.from, input.from + 400).trimStart();
  const end = start.indexOf('\n');
  return `${title}\n${end === -1 ? start : start.slice(0, end)}`;
}

/**
 * Markdown turns: headings are structure, not speech, but for a Q&A page's questions; those and
 * emphasised paragraphs are marked as questions (`emphasised`).
 * Magazine layout markup ("=IMAGE=…=", "=ZOOM=…=" pull quotes, "=TEXTBOX_START=" … "=TEXTBOX_END="
 * sidebars) is left out: nobody said it.
 */
function markdownTurns(turns: UnlabelledTurn[], mayBeInterview: boolean, input: ReadInput): UnlabelledTurn[] {
  const out: UnlabelledTurn[] = [];
  let sidebar = false;
  let asked = 0;
  let addressed = 0;
  let paragraphs = 0;
  let firstPerson = 0;
  for (const t of turns) {
    if (QUESTION_HEADING.test(t.text)) {
      asked++;
      if (ADDRESSED.test(t.text)) addressed++;
    } else if (!HEADING.test(t.text)) {
      paragraphs++;
      if (SPEAKING_OF_ONESELF.test(t.text)) firstPerson++;
    }
  }
  // Someone answers, in the first person: a tutorial asks "Why should you use containers?" and
  // answers in the second.
  const questionsAndAnswers = mayBeInterview && asked >= QA_HEADINGS && addressed * 2 >= asked && firstPerson >= paragraphs * ANSWERS_IN_FIRST_PERSON;
  // Before a Q&A page's first question, its author introduces the interview: nobody answers yet.
  let preface = questionsAndAnswers;
  // Reference links (`[Adobe Premiere][premiere]`) are their words; a paragraph of their definitions is
  // no one's. Both are read in the paragraph as written: a label in brackets is a marker to the turns.
  const definitionLines = new Map<UnlabelledTurn, string[]>();
  for (const t of turns) {
    const written = input.text.slice(t.start, t.end);
    const lines = written.includes(']:') ? written.split('\n') : [];
    if (lines.length > 0 && lines.every(isLinkDefinition)) definitionLines.set(t, lines);
  }
  const plainInline = plainInlineWith(linkDefinitions([...definitionLines.values()].flat().map((text) => ({ text }))));
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
    // A Q&A page's questions are the interviewer's turns, set apart like a printed interview's bold ones.
    const question = questionsAndAnswers && QUESTION_HEADING.test(text);
    // Other headings are structure; an HTML comment ("<!--pagebreak-->") is not shown at all.
    if (text === '' || (HEADING.test(text) && !question) || /^<!--[\s\S]*-->$/.test(text)) continue;
    if (definitionLines.has(t)) continue;
    const emphasised = question || EMPHASISED.test(text);
    const words = question ? (headingTitle(text) ?? '') : plainInline(questionsAndAnswers ? text.replace(ANSWER_LABEL, '') : text);
    // An image alone (`![…](cover.jpg)`) says nothing.
    if (!WORDS.test(words)) continue;
    if (question) preface = false;
    out.push({ ...t, text: words, ...(emphasised ? { emphasised } : {}), ...(question ? { questionHeading: true } : {}), ...(preface ? { preface } : {}) });
  }
  return out;
}

export const unlabelled: Reader = {
  name: 'unlabelled',
  ceiling: 0.85,
  sniff(input) {
    if (STRUCTURED.has(input.ext)) return 0;
    // The prose reader answers 0.4: a conversation has to read as one to win, or be set out as one,
    // its questions as headings (any labels still make it a labelled transcript, from 0.55).
    const turns = turnsOf(input);
    return Math.min(0.85, Math.max(conversationScore(turns), turns.some((t) => t.questionHeading) ? 0.5 : 0));
  },
  read(input): ReadResult {
    const out = result('transcript', 'interview');
    out.turns = turnsOf(input);
    return out;
  },
};
