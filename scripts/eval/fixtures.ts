/**
 * The real captured fixtures (`test/fixtures/real/<family>/<file>` with `<file>.gold.json`), each read
 * as a user's file would be — no sidecar, no registry — and scored against its gold.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ParseError } from '../../server/corpus/errors.ts';
import { loadSourceFile, sourceSlugOf } from '../../server/corpus/load.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';
import { rejectedFixture, scoreFixture, type FileScore, type FixtureGold } from '../../server/corpus/evaluate/formats.ts';

export const FIXTURES = 'test/fixtures/real';

/** Every fixture with a gold, as [family/file, absolute path, gold]. */
export async function fixtures(dir = FIXTURES): Promise<Array<{ name: string; file: string; gold: FixtureGold }>> {
  const out: Array<{ name: string; file: string; gold: FixtureGold }> = [];
  for (const family of (await readdir(dir)).sort()) {
    const folder = path.join(dir, family);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const goldName of names.filter((n) => n.endsWith('.gold.json')).sort()) {
      const name = goldName.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(await readFile(path.join(folder, goldName), 'utf8')) as FixtureGold;
      out.push({ name: `${family}/${name}`, file: path.join(folder, name), gold });
    }
  }
  return out;
}

/** Read and score every fixture. */
export async function scoreFixtures(dir = FIXTURES): Promise<FileScore[]> {
  const scores: FileScore[] = [];
  for (const { name, file, gold } of await fixtures(dir)) {
    try {
      const parsed = await loadSourceFile(path.resolve(file), { displayPath: name, slug: sourceSlugOf(path.basename(file)), collection: null, registry: new SpeakerRegistry([]) });
      scores.push(scoreFixture(name, gold, parsed));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      scores.push(rejectedFixture(name, gold, error.reason));
    }
  }
  return scores;
}
