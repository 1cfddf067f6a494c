/**
 * Verify on any engine: candidates come only through `SearchEngine.search`, so each engine runs the
 * same checks (called from the embedded and Meilisearch test files, like the engine contract):
 * long exact lines (past the ten words an engine considers), close lines with their differences,
 * ellipsis parts, paraphrase, lines never said, and a wrong speaker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../server/search/engine.ts';
import { verify } from '../../server/search/verify/verify.ts';
import type { EngineContractSetup } from './contract.ts';
import { fixtureSnapshot, qid } from './fixtures.ts';

export function describeVerifyContract(name: string, setup: EngineContractSetup): void {
  describe(`verify through the engine: ${name}`, () => {
    let engine: SearchEngine;
    beforeAll(async () => {
      engine = await setup.create();
      await engine.replaceAll(fixtureSnapshot());
    }, 120_000);
    afterAll(async () => {
      if (!engine) return;
      if (setup.cleanup) await setup.cleanup(engine);
      else await engine.close();
    }, 60_000);

    it('finds a long line exactly, past the ten words a search considers', async () => {
      const r = await verify(engine, 'I think for me using the footage from RBSS showing life inside the caliphate showing life inside the capital of ISIS');
      expect(r.verdict).toBe('exact');
      expect(r.matches[0]!.quote.id).toBe(qid('footageHorrors'));
    });

    it('shows a close line’s changed words in the source’s words', async () => {
      const r = await verify(engine, 'for years ISIS has tried to make sure that whatever the world knew about Raqqa came from their carefully made propaganda videos');
      expect(r.verdict).toBe('close');
      expect(r.matches[0]!.quote.id).toBe(qid('propagandaVideos'));
      expect(r.matches[0]!.diff.filter((d) => d.op !== 'same')).toEqual([expect.objectContaining({ op: 'changed', text: 'produced', pasted: 'made' })]);
    });

    it('reads ellipsis parts in order', async () => {
      const r = await verify(engine, 'Now to Raqqa in Syria … force ISIS out of that city');
      expect(r.verdict).toBe('exact');
      expect(r.matches[0]!.quote.id).toBe(qid('raqqaCapital'));
    });

    it('calls reordered words a paraphrase and finds nothing for a line never said', async () => {
      const para = await verify(engine, 'The camera is stronger than whoever holds it');
      expect(para.verdict).toBe('paraphrase');
      expect(para.matches[0]!.quote.id).toBe(qid('hamoudCamera'));
      const never = await verify(engine, 'The weather in Paris was lovely this spring');
      expect(never).toMatchObject({ verdict: 'not-found', matches: [] });
    });

    it('says when the words are someone else’s', async () => {
      const r = await verify(engine, '“Whoever holds the camera is stronger” — Heineman');
      expect(r.verdict).toBe('exact');
      expect(r.speaker).toMatchObject({ named: 'Heineman', agrees: false, saidBy: { name: 'Hamoud' } });
    });

    it('takes a name with a title’s or an initial’s full stop (`— Mrs. Hamoud`, `— J. Hamoud`) as the name, not as words', async () => {
      for (const name of ['Mrs. Hamoud', 'J. Hamoud']) {
        const r = await verify(engine, `“Whoever holds the camera is stronger” — ${name}`);
        expect(r.verdict).toBe('exact');
        expect(r.speaker).toMatchObject({ named: name });
      }
      // Words after a dash are words where they are no name: `Plan B. We go tonight`.
      const plan = await verify(engine, '“Whoever holds the camera is stronger” — Plan B. We go tonight');
      expect(plan.speaker?.named ?? null).toBeNull();
    });
  });
}
