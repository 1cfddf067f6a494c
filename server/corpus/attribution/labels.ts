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

  const speakerFor = (label: string, role: string | undefined, caps: boolean): Speaker | null => {
    const key = label.toLowerCase();
    if (seen.has(key)) return seen.get(key)!;
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
  for (const turn of turns) {
    const base = { kind: 'turn' as const, text: turn.text, start: turn.start, end: turn.end, ...(turn.time ? { time: { start: turn.time.start, end: turn.time.end ?? turn.time.start } } : {}) };
    if (turn.label) {
      const caps = turn.label === turn.label.toUpperCase() && /\p{Lu}{2}/u.test(turn.label);
      const speaker = speakerFor(turn.label, turn.labelRole, caps);
      drafts.push({ ...base, speaker, method: speaker ? 'label' : 'none', confidence: speaker ? 1 : 0, label: turn.labelRole ? `${turn.label}, ${turn.labelRole}` : turn.label });
      previous = speaker;
    } else if (turn.continues && previous) {
      drafts.push({ ...base, speaker: previous, method: 'context', confidence: 0.7 });
    } else {
      drafts.push({ ...base, speaker: null, method: 'none', confidence: 0 });
      previous = null;
    }
  }
  return { drafts, people };
}
