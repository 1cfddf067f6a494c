/**
 * A dialogue printed with dashes and no names (`- Bonjour.`, `— Non.`), as French, Spanish and Italian
 * transcripts and novels set speech: each dash a change of speaker, whose name is not known. It was
 * read as an article, every line the "Unnamed critic"'s; a list of points set with hyphens is no dialogue.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectFile } from '../../../server/corpus/inspect.ts';

async function inspectAs(name: string, text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'verbatim-dash-')), name);
  writeFileSync(file, text);
  return inspectFile(file);
}

const dialogue = (dash: string) =>
  [
    'Transcription des premières minutes :',
    `${dash}Bonjour à tous, et bienvenue dans l’émission.`,
    `${dash}Bonjour.`,
    `${dash}Vous avez vu le match hier soir ?`,
    `${dash}Non, je n’ai pas pu, j’étais au studio.`,
    `${dash}Dommage. Et vous, Marc, vous l’avez vu ?`,
    `${dash}Oui, bien sûr, c’était incroyable.`,
    `${dash}On en parle dans un instant.`,
  ].join('\n');

describe('a dialogue set out with dashes and no names', () => {
  it('reads each dashed line as a turn of someone unknown, the dash taken off, in plain text with hyphens or dashes', async () => {
    // Two hyphens are a typewriter's dash, as the Spanish press sets a Q&A (`--¿Qué ha sucedido?`).
    for (const dash of ['- ', '— ', '– ', '--', '-- ']) {
      const parsed = await inspectAs('emission.txt', dialogue(dash));
      expect(parsed.source.reader).toBe('unlabelled');
      expect(parsed.quotes.map((q) => q.speaker)).toEqual(parsed.quotes.map(() => null));
      expect(parsed.quotes.find((q) => q.text.includes('match hier soir'))?.text).toBe('Vous avez vu le match hier soir ?');
    }
  });

  it('keeps a list of questions set with dashes, one after another, an article: its quotation keeps its speaker', async () => {
    const notes = ['Town hall notes, March 4', 'Questions residents raised:', '– Why is the bridge closed again?', '– When will the library reopen?', '– Who decided to cut the bus route?', '– Can the council publish the budget online?', '– The mayor said the bridge will reopen in May.', '– "We are doing everything we can," said Mayor Linda Park.', '– Councilman Ortiz said the bus route cut was temporary.', '– Is there a plan for the flooding on Elm Street?'].join('\n\n');
    const parsed = await inspectAs('notes.md', notes);
    expect(parsed.source.reader).not.toBe('unlabelled');
    expect(parsed.quotes.find((q) => q.text.includes('doing everything we can'))?.speaker?.name).toBe('Linda Park');
  });

  it('keeps a plain list of points set with hyphens, asking nothing, as the writer’s', async () => {
    const notes = ['Ce que nous avons appris :', '- Les poules pondent moins en hiver.', '- Le prix des œufs a augmenté de dix pour cent.', '- Les rayons sont vides le lundi.', '- Les producteurs demandent une aide.', '- La situation devrait durer un mois.', '- Les importations ne suffisent pas.'].join('\n');
    expect((await inspectAs('notes.txt', notes)).source.reader).not.toBe('unlabelled');
  });
});
