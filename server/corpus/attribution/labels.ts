/**
 * From speaker labels as written to speakers: "HOLT" and "Lester Holt" to the registered person,
 * "MARTIN" to the "MICHEL MARTIN" labelled earlier in the same file, "Q"/"A" to interviewer and guest,
 * "Speaker 2" to a placeholder of this source, "UNIDENTIFIED REPORTER" to nobody.
 */
import type { Speaker } from '../model.ts';
import { adHocSpeaker, nameKey, type SpeakerRegistry } from '../speakers.ts';
import { titleCase } from '../text.ts';
import { QA_LABELS } from '../formats/labels.ts';
import type { RawTurn } from '../formats/types.ts';
import type { Draft } from './draft.ts';

const UNKNOWN = /^(?:unidentified|unknown|unnamed|anonymous|unid|unk|inaudible|crosstalk|multiple speakers|various|several|crowd|audience|group|all|both|voices?|man|woman|male|female)\b/i;
const PLACEHOLDER = /^(?:speaker|spk|participant|person|voice|caller|interviewee|respondent)\s*#?\s*(\d{1,3}|[a-z])$/i;

export interface LabelContext {
  registry: SpeakerRegistry;
  sourceSlug: string;
  host?: Speaker;
  guests: Speaker[];
}

/** Turns of a labelled layout as drafts, speakers resolved from their labels. */
export function attributeLabelled(turns: RawTurn[], ctx: LabelContext): { drafts: Draft[]; people: Speaker[] } {
  const seen = new Map<string, Speaker | null>();
  const people: Speaker[] = [];
  const remember = (s: Speaker) => {
    if (!people.includes(s)) people.push(s);
    return s;
  };

  const speakerFor = (label: string, role: string | undefined): Speaker | null => {
    const key = label.toLowerCase();
    if (seen.has(key)) return seen.get(key)!;
    const caps = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label);
    let speaker: Speaker | null = null;
    const qa = QA_LABELS.has(key);
    const placeholder = PLACEHOLDER.exec(label);
    if (qa) {
      speaker = key.startsWith('q') ? (ctx.host ?? adHocSpeaker('Interviewer', 'interviewer', `${ctx.sourceSlug}-interviewer`)) : ctx.guests.length === 1 ? ctx.guests[0]! : adHocSpeaker('Interviewee', 'guest', `${ctx.sourceSlug}-interviewee`);
    } else if (placeholder) {
      speaker = adHocSpeaker(`Speaker ${placeholder[1]!.toUpperCase()}`, 'unknown', `${ctx.sourceSlug}-speaker-${placeholder[1]!.toLowerCase()}`);
    } else if (UNKNOWN.test(label)) {
      speaker = null;
    } else {
      const name = caps ? titleCase(label) : label;
      const surname = nameKey(name).split(' ').at(-1)!;
      speaker =
        ctx.registry.resolve(name) ??
        [ctx.host, ...ctx.guests].find((s) => s && (nameKey(s.name) === nameKey(name) || nameKey(s.name).split(' ').at(-1) === surname)) ??
        people.find((s) => nameKey(s.name).split(' ').at(-1) === surname && nameKey(name).split(' ').length === 1) ??
        adHocSpeaker(name, role ? role.toLowerCase() : 'unknown');
    }
    if (speaker) remember(speaker);
    seen.set(key, speaker);
    return speaker;
  };

  const drafts: Draft[] = [];
  let previous: Speaker | null = null;
  const draft = (turn: RawTurn, speaker: Speaker | null, method: Draft['method'], confidence: number, label?: string): Draft => {
    const d: Draft = { kind: 'turn', text: turn.text, start: turn.start, end: turn.end, speaker, method, confidence };
    if (turn.time) d.time = { start: turn.time.start, end: turn.time.end ?? turn.time.start };
    if (label) d.label = label;
    return d;
  };
  for (const turn of turns) {
    if (turn.label) {
      const speaker = speakerFor(turn.label, turn.labelRole);
      drafts.push(draft(turn, speaker, speaker ? 'label' : 'none', speaker ? 1 : 0, turn.labelRole ? `${turn.label}, ${turn.labelRole}` : turn.label));
      previous = speaker;
    } else if (turn.continues && previous) {
      drafts.push(draft(turn, previous, 'context', 0.7));
    } else {
      drafts.push(draft(turn, null, 'none', 0));
      previous = null;
    }
  }
  return { drafts, people };
}
