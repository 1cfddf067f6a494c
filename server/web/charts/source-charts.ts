/**
 * The pictures of a source page: who speaks when (the turns as a strip) and talk time per speaker
 * (share of the words, and of the time where every turn has one). Transcripts only: a review's
 * quotations are not a conversation.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import { clock } from '../format.ts';
import type { Labels } from '../labels.ts';
import { titleText } from '../page-meta.ts';
import { barChart, LABEL_MAX, type BarChart } from './bars.ts';
import { speakerColours } from './palette.ts';
import { stripChart, type StripChart, type StripTurn } from './strip.ts';
import { cell, percent } from './table.ts';

export interface SourceCharts {
  when: StripChart | null;
  talk: BarChart | null;
}

interface Talk {
  slug: string | null;
  name: string;
  turns: number;
  words: number;
  seconds: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Words in a text, as the search tokenizer splits them, counted without building them. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export function sourceCharts(quotes: QuoteDocument[], labels: Labels): SourceCharts {
  if (quotes.length === 0) return { when: null, talk: null };
  const turns: StripTurn[] = quotes.map((q) => ({
    id: q.id,
    speaker: q.speaker?.slug ?? null,
    name: q.speaker ? labels.speakerName(q.speaker.slug) : 'Unattributed',
    words: countWords(q.text),
    ...(q.time ? { start: q.time.start, end: q.time.end } : {}),
  }));
  const bySpeaker = new Map<string | null, Talk>();
  for (const t of turns) {
    const talk = bySpeaker.get(t.speaker) ?? { slug: t.speaker, name: t.name, turns: 0, words: 0, seconds: 0 };
    talk.turns++;
    talk.words += t.words;
    talk.seconds += t.start !== undefined && t.end !== undefined ? Math.max(0, t.end - t.start) : 0;
    bySpeaker.set(t.speaker, talk);
  }
  const talks = [...bySpeaker.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
  const colour = speakerColours(talks.map((t) => t.slug));
  const timed = turns.every((t) => t.start !== undefined);
  const words = talks.reduce((n, t) => n + t.words, 0);
  const seconds = talks.reduce((n, t) => n + t.seconds, 0);
  const withTime = timed && seconds > 0;
  const top = talks[0]!;

  const talk = barChart(
    'chart-talk',
    'Talk time per speaker',
    `${top.name} says ${percent(top.words, words)} of the ${words.toLocaleString('en')} words${withTime ? ` and speaks ${percent(top.seconds, seconds)} of the time` : ''}${talks.length > 1 ? `; ${talks.length} voices in all` : ''}.`,
    talks.map((t) => ({
      label: titleText(t.name, LABEL_MAX),
      values: [
        { value: t.words, colour: colour(t.slug), tip: `${t.name}: ${t.words.toLocaleString('en')} words`, text: `${percent(t.words, words)} of words` },
        ...(withTime ? [{ value: (t.seconds / seconds) * words, colour: colour(t.slug), light: true, tip: `${t.name}: ${clock(t.seconds)}`, text: `${percent(t.seconds, seconds)} of time · ${clock(t.seconds)}` }] : []),
      ],
    })),
    {
      caption: 'Talk time per speaker',
      head: [{ text: 'Speaker' }, { text: 'Turns', num: true }, { text: 'Words', num: true }, { text: 'Share of words', num: true }, ...(withTime ? [{ text: 'Time', num: true }, { text: 'Share of time', num: true }] : [])],
      rows: talks.map((t) => [
        t.slug ? cell(t.name, `/speakers/${encodeURIComponent(t.slug)}`) : cell(t.name),
        cell(t.turns),
        cell(t.words),
        { ...cell(percent(t.words, words)), num: true },
        ...(withTime ? [{ ...cell(clock(t.seconds)), num: true }, { ...cell(percent(t.seconds, seconds)), num: true }] : []),
      ]),
    },
    withTime ? [{ label: 'share of the words', colour: '#4f5b62', light: false }, { label: 'share of the time', colour: '#4f5b62', light: true }] : [],
  );
  return { when: stripChart('chart-when', turns, colour), talk };
}
