/**
 * Turn-taking where speakers break in on each other. The 2016 debates (test/corpus/debates.test.ts)
 * are the real case: a host and two guests, a fifth to a third of the turns cut off ("Secretary
 * Clinton...") or taking up a sentence broken off ("... million new jobs"). There, turn-taking alone
 * names no one, and a turn cut off hands the next to no one. These conversations (invented, as a user's
 * stripped transcript would read) show what must not change: two people taking turns, however often
 * one trails off.
 */
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../../server/corpus/build.ts';
import { sameName } from '../../../server/corpus/evaluate/align.ts';
import { SpeakerRegistry } from '../../../server/corpus/speakers.ts';

/** Read `turns` (speaker | words) as an unlabelled transcript; each turn's speaker as read, or null. */
function read(turns: string[]): Array<{ gold: string; got: string | null }> {
  const text = turns.map((t) => t.split(' | ')[1]!).join('\n\n');
  const quotes = buildSource({ path: 'talk.txt', slug: 'talk', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'interview' }, registry: new SpeakerRegistry([]) }).quotes;
  expect(quotes).toHaveLength(turns.length);
  return quotes.map((q, i) => ({ gold: turns[i]!.split(' | ')[0]!, got: q.speaker?.name ?? null }));
}

describe('crosstalk is not turn-taking, and two people still take turns', () => {
  it('two people, one trailing off in most answers: every turn named, each right', () => {
    const turns = [
      'Jane Ortiz | Tom Reyes, you spent ten years at the agency. What did you learn there?',
      'Tom Reyes | Well, Jane Ortiz, a lot. Mostly that budgets drive everything...',
      'Jane Ortiz | Budgets drive everything, Tom?',
      'Tom Reyes | Yes, Jane. You cannot do anything without money. And the money was always late...',
      'Jane Ortiz | Why was it late?',
      'Tom Reyes | Congress. Every year the same fight...',
      'Jane Ortiz | And how did you cope with that, Tom?',
      'Tom Reyes | We planned for the worst. Always...',
      'Jane Ortiz | That sounds exhausting.',
      'Tom Reyes | It was, Jane. But I loved the work. I really did.',
      'Jane Ortiz | What would you tell someone starting out?',
      'Tom Reyes | Learn the budget process. Nobody does...',
      'Jane Ortiz | Thank you, Tom.',
      'Tom Reyes | Thank you, Jane.',
    ];
    const got = read(turns);
    expect(got.filter((t) => t.got !== null && !sameName(t.gold, t.got))).toEqual([]);
    expect(got.filter((t) => sameName(t.gold, t.got))).toHaveLength(turns.length);
  });
});
