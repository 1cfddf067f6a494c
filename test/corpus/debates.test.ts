/**
 * Real labelled text: the 2016 debates from ../shared/data (CC0). Written as labelled scripts they
 * must parse back exactly; with the labels stripped, attribution is measured (npm run eval reports it)
 * and must at least do better than naming nobody.
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

  it('are re-attributed from the text alone with more right than wrong among the turns attributed', () => {
    const s = scoreReattribution(debates, true);
    expect(s.turns).toBe(1306);
    expect(s.correct / s.attributed).toBeGreaterThan(0.6);
  });
});
