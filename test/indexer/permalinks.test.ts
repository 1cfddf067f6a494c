import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../server/corpus/ids.ts';
import { reanchor, similarity } from '../../server/indexer/permalinks.ts';
import { runIndex } from '../../server/indexer/run.ts';
import { createEmbeddedEngine } from '../../server/search/embedded/index.ts';

const q = (id: string, text: string, speaker: string | null = 'heineman', source = 's') => ({
  id,
  text,
  source,
  speaker: speaker ? { slug: speaker, name: speaker, role: 'director' } : null,
});
const AT = '2026-11-21T00:00:00.000Z';

describe('re-anchoring permalinks', () => {
  it('scores word-pair overlap', () => {
    expect(similarity('City of Ghosts is released on July 21st.', 'City of Ghosts is released on July 21st!')).toBe(1);
    expect(similarity('City of Ghosts is released on July 21st.', 'City of Ghosts is released on Friday 21 July.')).toBeGreaterThan(0.5);
    expect(similarity('It makes me stronger', 'Whoever holds the camera is stronger')).toBeLessThan(0.2);
  });

  it('moves an edited quote to the closest new quote of the same source and speaker', () => {
    const previous = [q('a', 'It became a story of trauma and of exile.'), q('b', 'Thanks for having us.')];
    const current = [q('a2', 'It became a story of trauma, and of exile in Europe.'), q('b', 'Thanks for having us.'), q('x', 'It became a story of trauma and of exile.', 'alhamza')];
    expect(reanchor(previous, [], current, AT)).toEqual([
      { id: 'a', status: 'moved', to: 'a2', source: 's', text: 'It became a story of trauma and of exile.', similarity: expect.any(Number), at: AT },
    ]);
  });

  it('marks a removed quote as gone rather than sending it to an unrelated line', () => {
    const records = reanchor([q('a', 'It became a story of trauma.'), q('b', 'Thanks for having us.')], [], [q('b', 'Thanks for having us.'), q('c', 'A completely different answer about Raqqa.')], AT);
    expect(records).toEqual([{ id: 'a', status: 'gone', source: 's', text: 'It became a story of trauma.', at: AT }]);
  });

  it('follows earlier moves to where their target went, and forgets ids that came back', () => {
    const earlier = [
      { id: 'old', status: 'moved' as const, to: 'a', source: 's', text: 'It became a story of trauma', at: 'then' },
      { id: 'back', status: 'gone' as const, source: 's', text: 'Back again', at: 'then' },
      { id: 'lost', status: 'moved' as const, to: 'z', source: 's', text: 'Lost line', at: 'then' },
    ];
    const previous = [q('a', 'It became a story of trauma and exile.'), q('z', 'A line about nothing else at all.')];
    const current = [q('a3', 'It became a story of trauma and of exile.'), q('back', 'Back again')];
    const records = reanchor(previous, earlier, current, AT);
    expect(records.find((r) => r.id === 'old')).toMatchObject({ status: 'moved', to: 'a3' });
    expect(records.find((r) => r.id === 'lost')).toMatchObject({ status: 'gone' });
    expect(records.find((r) => r.id === 'back')).toBeUndefined();
  });

  it('follows a renamed file: the same words to their new id, an edited line to its closest, a deleted one to the source under its new name', () => {
    const previous = [
      q('jfk_aaa', 'Ask not what your country can do for you.', 'jfk', 'jfk'),
      q('jfk_bbb', 'The torch has been passed to a new generation.', 'jfk', 'jfk'),
      q('jfk_ccc', 'Let us begin anew, remembering on both sides.', 'jfk', 'jfk'),
      q('jfk_ddd', 'A line cut from the new file.', 'jfk', 'jfk'),
    ];
    // Renamed to `inaugural`: the speaker's slug is told apart by its new source, the name is the same.
    const current = [
      { ...q('inaugural_aaa', 'Ask not what your country can do for you.', 'jfk-2', 'inaugural'), speaker: { slug: 'jfk-2', name: 'jfk', role: 'director' } },
      q('inaugural_bbb', 'The torch has been passed to a new generation.', 'jfk', 'inaugural'),
      q('inaugural_eee', 'Let us begin anew, remembering on both sides, that civility is not weakness.', 'jfk', 'inaugural'),
      q('other_zzz', 'Something else entirely.', null, 'other'),
    ];
    const records = reanchor(previous, [], current, AT);
    expect(records.find((r) => r.id === 'jfk_aaa')).toMatchObject({ status: 'moved', to: 'inaugural_aaa', similarity: 1 });
    expect(records.find((r) => r.id === 'jfk_bbb')).toMatchObject({ status: 'moved', to: 'inaugural_bbb' });
    expect(records.find((r) => r.id === 'jfk_ccc')).toMatchObject({ status: 'moved', to: 'inaugural_eee' });
    expect(records.find((r) => r.id === 'jfk_ddd')).toMatchObject({ status: 'gone', source: 'inaugural' });
  });

  it('sends no quote of a deleted file to another file that happens to share a line', () => {
    const previous = [q('gone_aaa', 'Thank you.', 'a', 'gone'), q('gone_bbb', 'A line only this file had.', 'a', 'gone'), q('gone_ccc', 'Another of its own lines.', 'a', 'gone')];
    // `kept` was there before: no renamed file ends in an existing one.
    const before = [...previous, q('kept_aaa', 'Thank you.', 'b', 'kept')];
    const records = reanchor(before, [], [q('kept_aaa', 'Thank you.', 'b', 'kept'), q('new_aaa', 'Thank you.', 'c', 'new')], AT);
    // One line of three found in a new file is not a rename.
    expect(records.map((r) => [r.id, r.status, r.source])).toEqual([
      ['gone_aaa', 'gone', 'gone'],
      ['gone_bbb', 'gone', 'gone'],
      ['gone_ccc', 'gone', 'gone'],
    ]);
  });

  it('keeps earlier records pointing at a renamed file: a line moved before and removed now, a line removed before', () => {
    const earlier = [
      { id: 'old_aaa', status: 'moved' as const, to: 'kai_aaa', source: 'old', text: 'My father took me to Kilauea when I was seven.', at: 'then' },
      { id: 'kai_zzz', status: 'gone' as const, source: 'kai', text: 'A line removed long ago from the interview.', at: 'then' },
    ];
    const lines = ['My father took me to Kilauea when I was seven.', 'I never forgot the glow of the lava that night.', 'We went back every year until I was grown.', 'The mountain taught me patience above all else.'];
    const previous = lines.map((t, i) => q(`kai_${'abcd'[i]}${'abcd'[i]}${'abcd'[i]}`, t, 'kai', 'kai'));
    previous[0]!.id = 'kai_aaa';
    // Renamed to `volcano`, its first line cut.
    const current = lines.slice(1).map((t, i) => q(`volcano_${'bcd'[i]}${'bcd'[i]}${'bcd'[i]}`, t, 'kai', 'volcano'));
    const records = reanchor(previous, earlier, current, AT);
    expect(records.find((r) => r.id === 'kai_aaa')).toMatchObject({ status: 'gone', source: 'volcano' });
    expect(records.find((r) => r.id === 'old_aaa')).toMatchObject({ status: 'gone', source: 'volcano' });
    expect(records.find((r) => r.id === 'kai_zzz')).toMatchObject({ status: 'gone', source: 'volcano' });
  });

  it('takes no new file for a deleted one by the short lines any two files share', () => {
    const previous = [q('morning_aaa', 'Good morning everyone.', 'a', 'morning'), q('morning_bbb', 'Thank you for having me.', 'b', 'morning'), q('morning_ccc', 'The flood reached the second floor of the school by noon.', 'b', 'morning')];
    const current = [q('budget_aaa', 'Good morning everyone.', 'a', 'budget'), q('budget_bbb', 'Thank you for having me.', 'b', 'budget'), q('budget_ddd', 'The budget passed by a single vote after midnight.', 'b', 'budget')];
    expect(reanchor(previous, [], current, AT).map((r) => [r.id, r.status, r.source])).toEqual([
      ['morning_aaa', 'gone', 'morning'],
      ['morning_bbb', 'gone', 'morning'],
      ['morning_ccc', 'gone', 'morning'],
    ]);
  });

  // A user trial: meeting minutes, one line deleted, and its link sent to `+1 to mccool.`.
  const MINUTES = ['Let us start with the agenda.', 'Should we use pandoc for the spec?', '+1 to pandoc :)', '+1 to mccool.', 'Good, then we move on.'];
  const unattributed = (texts: string[]) => assignIds('wot', texts).map((id, i) => q(id, texts[i]!, null, 'wot'));

  it('marks a deleted line as gone, not moved to a line that was there before under its own id', () => {
    const previous = unattributed(MINUTES);
    const current = unattributed(MINUTES.filter((t) => t !== '+1 to pandoc :)'));
    expect(reanchor(previous, [], current, AT)).toEqual([{ id: previous[2]!.id, status: 'gone', source: 'wot', text: '+1 to pandoc :)', at: AT }]);
  });

  it('moves no short quote to a new one that shares only a few words with it, but still follows a short quote lengthened', () => {
    const moved = (from: string, to: string) => reanchor([q('a', from)], [], [q('b', to)], AT)[0]!.status;
    expect(moved('+1 to pandoc :)', '+1 to mccool.')).toBe('gone');
    expect(moved('I agree, pandoc.', 'I agree, mccool.')).toBe('gone');
    expect(moved('Thank you', 'Thank you all')).toBe('moved');
    expect(moved('Thanks for having us.', 'Thanks for having us all.')).toBe('moved');
  });

  it('sends a line said twice, one copy deleted or edited, to the copy left with the same words', () => {
    const line = 'We will keep the camp open until the council votes on it.';
    const [first, second] = assignIds('s', [line, line]);
    // One copy deleted: the survivor takes the first id; the second's link goes to it.
    expect(reanchor([q(first!, line), q(second!, line)], [], [q(first!, line)], AT)).toMatchObject([{ id: second, status: 'moved', to: first }]);
    // The first copy edited: the unchanged copy, now the first of its words, keeps them; the second's link goes there, not to the edited line.
    const [edited] = assignIds('s', [`${line} Please.`]);
    expect(reanchor([q(first!, line), q(second!, line)], [], [q(edited!, `${line} Please.`), q(first!, line)], AT)).toMatchObject([{ id: second, status: 'moved', to: first }]);
  });

  it('answers gone for a line deleted from a file and re-indexed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-permalinks-'));
    const engine = await createEmbeddedEngine();
    try {
      mkdirSync(path.join(dir, 'minutes'));
      const file = path.join(dir, 'minutes', 'call.txt');
      writeFileSync(file, MINUTES.map((t) => `Kaz: ${t}`).join('\n\n') + '\n');
      await runIndex({ transcriptsDir: dir, engine });
      const old = (await engine.dump())!.quotes.find((x) => x.text.includes('+1 to pandoc'))!;
      writeFileSync(file, readFileSync(file, 'utf8').replace('Kaz: +1 to pandoc :)\n\n', ''));
      const summary = await runIndex({ transcriptsDir: dir, engine, now: () => new Date(Date.now() + 1000) });
      expect(summary.permalinks).toEqual({ moved: 0, gone: 1, earlier: 0 });
      expect(await engine.resolve(old.id)).toMatchObject({ status: 'gone' });
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
