/**
 * Unlabelled conversations on real text: openly licensed labelled interviews are read with their
 * labels, written out again without them (one paragraph a turn, no metadata) and read as a user's
 * unlabelled file would be — `scripts/eval/interviews.ts` does the stripping for every fixture; these
 * are three whose speakers are named in their words. Measured when written (npx tsx scripts/eval.ts):
 *   ohms/scihist-duarte-legacy-transcript.xml (Science History Institute, repo Apache-2.0): 85/85, 0 wrong
 *   news/nina-paley-interview-qa.md (Free Software Magazine, CC BY-SA 3.0):                 62/62, 0 wrong
 *   labelled/stephan-livera-nicolas-dorier-excerpt.md (bitcointranscripts, MIT):            40/40, 0 wrong
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreStrippedInterviews, type InterviewScore } from '../../../scripts/eval/interviews.ts';

const OPEN = ['ohms/scihist-duarte-legacy-transcript.xml', 'news/nina-paley-interview-qa.md', 'labelled/stephan-livera-nicolas-dorier-excerpt.md'];

let scores: InterviewScore[];
beforeAll(async () => {
  scores = await scoreStrippedInterviews();
});

describe('real interviews with their labels stripped', () => {
  it.each(OPEN)('%s: read as unlabelled, ≥ 90%% of turns to the right person, no wrong name', (file) => {
    const s = scores.find((x) => x.file === file);
    expect(s, `${file} among the stripped interviews`).toBeDefined();
    expect(s!.reader).toBe('unlabelled');
    expect(s!.namesInWords).toBe(true);
    expect(s!.turns.found).toBe(s!.turns.gold);
    expect(s!.turns.right / s!.turns.gold).toBeGreaterThanOrEqual(0.9);
    expect({ wrong: s!.turns.wrongName, misses: s!.turns.misses }).toEqual({ wrong: 0, misses: s!.turns.misses });
  });

  it('two co-hosts nobody names greet the guest in turn: no host turn is given to the guest (Chaincode podcast, MIT)', () => {
    // "Welcome Matt" / "Hi" / "Hi Matt": two unnamed hosts, which the words cannot tell apart; before
    // this was read, turn-taking gave four of a host's turns to the guest.
    const s = scores.find((x) => x.file === 'markdown/chaincode-podcast-matt-corallo-initials.md');
    expect(s, 'the Chaincode interview among the stripped interviews').toBeDefined();
    expect(s!.people).toBe(3);
    expect(s!.turns.wrongName).toBe(0);
  });

  it('a name the speakers talk about is nobody in the room: "Mr Fraser ?" answered "Fraser." (CHILDES Brown, CC BY-NC-SA 3.0)', () => {
    // A child and her mother repeat a visitor's name to each other; read as calls, the name took the
    // mother's every turn (17 wrong names). A call whose reply names the one called asks about them.
    const s = scores.find((x) => x.file === 'labelled/childes-brown-eve-chat-excerpt.cha');
    expect(s, 'the CHILDES excerpt among the stripped interviews').toBeDefined();
    expect(s!.turns.found).toBe(s!.turns.gold);
    expect(s!.turns.wrongName).toBe(0);
  });

  it('names both people of each interview, not only the host', () => {
    for (const file of OPEN) {
      const s = scores.find((x) => x.file === file)!;
      expect(s.people).toBe(2);
      // Right answers must include turns of the guest: more than the host's share alone.
      expect(s.turns.named).toBeGreaterThan(s.turns.gold / 2);
    }
  });
});
