/**
 * CHAT, TalkBank's and CHILDES's transcription format, on a real file (the Brown corpus's Eve):
 * speaker codes named as `@Participants:` names them, headers and dependent tiers no one's words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../server/corpus/inspect.ts';
import { chatFile } from '../../server/corpus/readers/labels/chat.ts';

const FILE = 'test/fixtures/real/labelled/childes-brown-eve-chat-excerpt.cha';

describe('CHAT transcripts', () => {
  it('names the codes as @Participants names them, with their roles, and dates the source by @Date', async () => {
    const parsed = await inspectFile(FILE);
    const speakers = new Map(parsed.quotes.map((q) => [q.speaker?.name, q.speaker?.role]));
    expect(Object.fromEntries(speakers)).toEqual({ Eve: 'target child', Sue: 'mother' });
    expect(parsed.quotes.find((q) => q.text.startsWith('you 0v more cookies'))?.speaker?.name).toBe('Sue');
    expect(parsed.source.meta.date).toBe('1962-10-15');
  });

  it('keeps headers and dependent tiers (grammar codes, comments) out of every quote, and every quote where the file has it', async () => {
    const parsed = await inspectFile(FILE);
    const text = readFileSync(FILE, 'utf8');
    expect(parsed.quotes.filter((q) => /%mor|%gra|%int|@Participants|\|/.test(q.text))).toEqual([]);
    for (const q of parsed.quotes) expect(text.slice(q.position.start, q.position.end)).toContain(/[\w']+/.exec(q.text)![0]);
    expect(parsed.quotes).toHaveLength(25);
  });

  it('reads only files that open as CHAT does', () => {
    expect(chatFile('*CHI:\tmore cookie .\n', 0)).toBeNull();
    const chat = chatFile('@UTF8\n@Participants:\tCHI Target_Child , MOT Sue\n\tMother\n*CHI:\tmore .\n%mor:\tqn|more .\n\tn|x\n*MOT:\tok .\n', 0)!;
    expect(chat.participants).toEqual(new Map([['CHI', { role: 'target child' }], ['MOT', { name: 'Sue', role: 'mother' }]]));
    expect(chat.text).toMatch(/^\s+\*CHI:\tmore \.\n\s+\n\s+\n\*MOT:\tok \.\n$/);
  });
});
