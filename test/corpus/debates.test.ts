/**
 * Real labelled text: the 2016 debates from ../shared/data (CC0). Written as labelled scripts they
 * must parse back exactly; with the labels stripped, attribution is measured (npm run eval reports it)
 * and what it names must be mostly right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDebates, scoreLabelledParse, scoreReattribution } from '../../server/corpus/evaluate/debates.ts';

const DATA = '../shared/data/us-presidential-debates-2016.csv';
const present = existsSync(DATA);
if (!present) console.warn(`Debate tests skipped: ${DATA} is absent (it ships beside the project, not in it).`);

describe.skipIf(!present)('the 2016 debates', () => {
  const debates = present ? readDebates(readFileSync(DATA, 'utf8')) : [];

  it('parse exactly from "NAME:" scripts and from names on their own line', () => {
    const scores = scoreLabelledParse(debates);
    expect(scores.map((s) => s.style)).toEqual(['NAME: text', 'name on its own line']);
    for (const s of scores) expect(s).toMatchObject({ expected: 1306, parsed: 1306, exact: 1306 });
  });

  it('are re-attributed from the text alone with far more right than wrong among the turns named', () => {
    for (const s of [scoreReattribution(debates, false), scoreReattribution(debates, true)]) {
      // Moderators' and candidates' turns (the audience and questioners from the floor are left out).
      expect(s.turns).toBe(1298);
      expect(s.right + s.wrong + s.abstained).toBe(s.turns);
      expect(s.right / (s.right + s.wrong)).toBeGreaterThan(0.75);
    }
  });
});
