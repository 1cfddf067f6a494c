/**
 * Real labelled text: the 2016 debates from ../shared/data (CC0). Written as labelled scripts they
 * must parse back exactly; with the labels stripped, attribution is measured (npm run eval reports it)
 * and what it names must be mostly right.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../server/corpus/build.ts';
import { readDebates, scoreLabelledParse, scoreReattribution } from '../../server/corpus/evaluate/debates.ts';
import { SpeakerRegistry } from '../../server/corpus/speakers.ts';

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
    // Measured when written: 224 right and 28 wrong from the text alone, 238 and 26 with the sidecar
    // (272 and 54, 311 and 64 before crosstalk was told apart from an interview's turn-taking).
    for (const s of [scoreReattribution(debates, false), scoreReattribution(debates, true)]) {
      // Moderators' and candidates' turns (the audience and questioners from the floor are left out).
      expect(s.turns).toBe(1298);
      expect(s.right + s.wrong + s.abstained).toBe(s.turns);
      expect(s.right / (s.right + s.wrong)).toBeGreaterThan(0.86);
    }
  });

  describe('with the labels stripped, crosstalk is not turn-taking', () => {
    const stripped = (date: string) => {
      const debate = debates.find((d) => d.date === date)!;
      const text = debate.rows.map((r) => r.text).join('\n\n');
      return buildSource({ path: `debate-${date}`, slug: 'debate', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'interview' }, registry: new SpeakerRegistry([]) }).quotes;
    };

    it('names no one for turn-taking alone where two candidates break in on each other', () => {
      for (const d of debates) {
        const quotes = stripped(d.date);
        expect(quotes.filter((q) => q.speaker !== null).length, d.date).toBeGreaterThan(40);
        expect(quotes.filter((q) => q.attribution.rule === 'turn-taking').map((q) => q.text.slice(0, 40)), d.date).toEqual([]);
      }
    });

    it('a turn cut off while naming someone does not hand them the next turn', () => {
      // Trump: "Well, let me translate that, if I can, Chris, because..." — and Clinton breaks in.
      const quotes = stripped('10/19/2016');
      const at = quotes.findIndex((q) => q.text.startsWith('Well, let me translate that, if I can, Chris, because'));
      expect(at).toBeGreaterThan(0);
      expect(quotes[at + 1]!.text).toBe("You can't.");
      expect(quotes[at + 1]!.speaker?.name ?? null).not.toBe('Chris Wallace');
    });
  });
});
