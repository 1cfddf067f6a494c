/**
 * Attribution accuracy on real labelled text: the 2016 US presidential debates (one speaker turn per
 * CSV row). Two measurements:
 *  - parse: each debate written as a labelled script ("HOLT: …", and the name on its own line) must
 *    parse back into exactly the rows, with the right labels and words;
 *  - re-attribution: the labels are stripped, the turns are attributed from the text alone (and
 *    again with a sidecar naming the moderators and candidates), and compared with the labels.
 */
import { parse } from 'csv-parse/sync';
import { buildSource, type GivenMeta } from '../build.ts';
import { removeMarkers, isOnlyMarkers } from '../readers/markers.ts';
import { SpeakerRegistry } from '../speakers.ts';
import { squash } from '../text.ts';
import { alignTurns } from './align.ts';
import { isPlaceholder } from './formats.ts';

export interface DebateRow {
  line: number;
  speaker: string;
  text: string;
}

export interface Debate {
  date: string;
  rows: DebateRow[];
}

/** Moderators and candidates of each debate, by the surname the CSV uses, with full names. */
const PEOPLE: Record<string, string> = {
  Holt: 'Lester Holt', Raddatz: 'Martha Raddatz', Cooper: 'Anderson Cooper', Wallace: 'Chris Wallace', Quijano: 'Elaine Quijano',
  Clinton: 'Hillary Clinton', Trump: 'Donald Trump', Pence: 'Mike Pence', Kaine: 'Tim Kaine',
};
const MODERATORS = new Set(['Holt', 'Raddatz', 'Cooper', 'Wallace', 'Quijano']);
/** Rows that are not a person speaking: the audience, crosstalk, a questioner from the floor. */
const NOT_A_PARTICIPANT = new Set(['Audience', 'CANDIDATES', 'QUESTION']);

export function readDebates(csv: string): Debate[] {
  const records = parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const debates: Debate[] = [];
  for (const r of records) {
    const date = r.Date!;
    if (debates.at(-1)?.date !== date) debates.push({ date, rows: [] });
    debates.at(-1)!.rows.push({ line: Number(r.Line), speaker: r.Speaker!, text: r.Text! });
  }
  return debates;
}

/** Rows that carry speech (not only "(APPLAUSE)" or "(CROSSTALK)"). */
function speechRows(debate: Debate): DebateRow[] {
  return debate.rows.filter((r) => !isOnlyMarkers(r.text));
}

export interface ParseScore {
  style: string;
  expected: number;
  parsed: number;
  exact: number;
}

/** Write each debate as a labelled script and check it parses back exactly. */
export function scoreLabelledParse(debates: Debate[]): ParseScore[] {
  const styles: Record<string, (r: DebateRow) => string> = {
    'NAME: text': (r) => `${r.speaker.toUpperCase()}: ${r.text}`,
    'name on its own line': (r) => `${r.speaker.toUpperCase()}\n${r.text}`,
  };
  return Object.entries(styles).map(([style, render]) => {
    let expected = 0;
    let parsed = 0;
    let exact = 0;
    for (const debate of debates) {
      const text = debate.rows.map(render).join('\n\n');
      const result = buildSource({ path: `debate-${debate.date}`, slug: 'debate', collection: null, text, format: 'text', contentStart: 0, given: { kind: 'interview' }, registry: new SpeakerRegistry([]) });
      const rows = speechRows(debate);
      expected += rows.length;
      parsed += result.quotes.length;
      rows.forEach((row, i) => {
        const q = result.quotes[i];
        if (q && q.attribution.label?.toLowerCase() === row.speaker.toLowerCase() && q.text === squash(removeMarkers(row.text))) exact++;
      });
    }
    return { style, expected, parsed, exact };
  });
}

export interface AttributionScore {
  variant: string;
  /** Turns of the moderators and candidates (questioners from the floor and the audience are left out). */
  turns: number;
  right: number;
  wrong: number;
  abstained: number;
  byDebate: Array<{ date: string; turns: number; right: number; wrong: number }>;
}

/** Strip the labels, attribute from the text, compare. `withMetadata` adds a sidecar naming who takes part. */
export function scoreReattribution(debates: Debate[], withMetadata: boolean): AttributionScore {
  const score: AttributionScore = { variant: withMetadata ? 'labels stripped, sidecar names moderators and candidates' : 'labels stripped, text only', turns: 0, right: 0, wrong: 0, abstained: 0, byDebate: [] };
  for (const debate of debates) {
    const names = [...new Set(debate.rows.map((r) => r.speaker).filter((s) => !NOT_A_PARTICIPANT.has(s)))];
    const given: GivenMeta = { kind: 'interview' };
    if (withMetadata) {
      given.host = names.filter((n) => MODERATORS.has(n)).map((n) => PEOPLE[n]!);
      given.speakers = names.filter((n) => !MODERATORS.has(n)).map((n) => PEOPLE[n]!);
    }
    const text = debate.rows.map((r) => r.text).join('\n\n');
    const result = buildSource({ path: `debate-${debate.date}`, slug: 'debate', collection: null, text, format: 'text', contentStart: 0, given, registry: new SpeakerRegistry([]) });
    const gold = speechRows(debate).filter((r) => PEOPLE[r.speaker]).map((r) => ({ speaker: PEOPLE[r.speaker]!, text: squash(removeMarkers(r.text)) }));
    const read = result.quotes.map((q) => ({ text: q.text, speaker: q.speaker && !isPlaceholder(q.speaker, 'debate') ? q.speaker.name : null }));
    const t = alignTurns(gold, read);
    score.turns += t.gold;
    score.right += t.right;
    score.wrong += t.wrongName + (t.gold - t.found);
    score.abstained += t.abstained;
    score.byDebate.push({ date: debate.date, turns: t.gold, right: t.right, wrong: t.wrongName });
  }
  return score;
}
