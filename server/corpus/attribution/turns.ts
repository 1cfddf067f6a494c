/**
 * Attributing the turns of an unlabelled transcript from the text itself. Each turn weighs evidence
 * for each participant — a self-introduction, the host introducing guests, a vocative in the previous
 * turn naming the next speaker, hosts asking and guests answering, nobody addressing themselves — and
 * goes to the clear winner. Segments before the guests arrive that the host did not say (clips from
 * the film, reports) and turns without a clear winner stay unattributed: nothing is guessed.
 */
import type { AttributionMethod, Speaker } from '../model.ts';
import type { SpeakerRegistry } from '../speakers.ts';
import type { UnlabelledTurn } from '../formats/unlabelled.ts';
import { findMentions, type Mention } from './names.ts';
import { introducedIn, introducesSelf } from './participants.ts';

export interface TurnContext {
  registry: SpeakerRegistry;
  /** Host and guests named by the source's metadata. */
  host?: Speaker;
  guests: Speaker[];
  /** Who the host is when nobody names them. */
  unnamedHost: Speaker;
  /** True when every turn boundary is a change of speaker (labels were cut out of one line). */
  boundariesChangeSpeaker: boolean;
}

export interface TurnAttribution {
  speaker: Speaker | null;
  method: AttributionMethod;
  confidence: number;
}

const ADDRESSES_ALL = /\b(?:thank you (?:both|all)|thanks,? (?:both|all|everyone)|both of you|(?:to|with) you both|gentlemen|ladies|candidates,|everyone)\b/i;
const THANKS_REPLY = /^(?:well,?\s+)?(?:thanks?|thank you)(?: (?:so|very) much)? for (?:having|inviting) (?:me|us)\b/i;
const MIN_SCORE = 1;
const MIN_MARGIN = 0.5;

interface Evidence {
  score: number;
  method: AttributionMethod;
}

/** Who speaks each turn (null: unattributed), and people met along the way. */
export function attributeUnlabelled(turns: UnlabelledTurn[], ctx: TurnContext): { decisions: TurnAttribution[]; people: Speaker[] } {
  const hosts: Speaker[] = ctx.host ? [ctx.host] : [];
  const guests: Speaker[] = [...ctx.guests];
  const known = () => [...hosts, ...guests];

  // The host may introduce themselves in the opening turns.
  for (const turn of turns.slice(0, 3)) {
    const self = introducesSelf(turn.text, ctx.registry, known(), 'host');
    if (self && !known().includes(self)) hosts.push(self);
  }
  if (hosts.length === 0) hosts.push(ctx.unnamedHost);
  // Guests arrive when introduced (or, failing an introduction, when first addressed).
  let arrival = -1;
  const introductions = turns.map((turn, i) => {
    const introduced = introducedIn(turn.text, ctx.registry, known(), hosts);
    for (const g of introduced) if (!guests.includes(g)) guests.push(g);
    if (introduced.length > 0 && arrival === -1) arrival = i;
    return introduced.length > 0;
  });
  if (arrival === -1) arrival = 0;

  const decisions: TurnAttribution[] = [];
  let previous: Speaker | null = null;
  let lastGuest: Speaker | null = null;
  let pending: Array<{ speaker: Speaker; method: AttributionMethod }> = [];

  turns.forEach((turn, i) => {
    const mentions = findMentions(turn.text, known());
    const self = i < 3 ? null : introducesSelf(turn.text, ctx.registry, known(), 'guest');
    if (self && !known().includes(self)) (i <= arrival ? hosts : guests).push(self);
    const scores = new Map<Speaker, Evidence[]>(known().map((p) => [p, []]));
    const add = (p: Speaker, score: number, method: AttributionMethod) => scores.get(p)?.push({ score, method });
    const isHost = (p: Speaker) => hosts.includes(p);
    const vocatives = mentions.filter((m) => m.vocative);
    const addressedGuests = vocatives.filter((m) => !isHost(m.speaker));
    const question = /\?["”’)]?\s*$/.test(turn.text) || /\?/.test(lastSentence(turn.text));

    for (const p of known()) {
      if (self === p) add(p, 10, 'self-introduction');
      if (i < arrival && !isHost(p)) add(p, -100, 'none');
      if (vocatives.some((m) => m.speaker === p)) add(p, -6, 'vocative');
      else if (mentions.some((m) => m.speaker === p)) add(p, -1.5, 'turn-taking');
      if (previous === p && !turn.afterBreak) add(p, ctx.boundariesChangeSpeaker ? -4 : -1, 'turn-taking');
      if (isHost(p)) {
        if (i === 0) add(p, 3, 'introduction');
        if (introductions[i]) add(p, 6, 'introduction');
        for (const m of addressedGuests) add(p, byTitle(m, turn.text) ? 3 : 1.5, 'turn-taking');
        if (previous && !isHost(previous)) add(p, 2, 'turn-taking');
        if (question) add(p, 1, 'turn-taking');
      } else {
        const next = pending[0];
        if (next?.speaker === p) add(p, 5, next.method);
        else if (pending.some((q) => q.speaker === p)) add(p, 2, pending[0]!.method);
        if (previous && isHost(previous) && pending.length === 0) add(p, p === lastGuest || guests.length === 1 ? 2 : 1, 'turn-taking');
        if (vocatives.some((m) => isHost(m.speaker))) add(p, 1, 'vocative');
        if (THANKS_REPLY.test(turn.text)) add(p, 1.5, 'turn-taking');
        // A guest answering another guest by first name, after that guest spoke.
        if (previous && !isHost(previous) && previous !== p && addressedGuests.some((m) => m.speaker === previous && !byTitle(m, turn.text))) {
          add(p, 2.5, 'vocative');
        }
      }
    }

    const decision = decide(scores);
    decisions.push(decision);
    const speaker = decision.speaker;
    if (speaker && isHost(speaker)) {
      const addressed = lastAddressed(addressedGuests, turn.text);
      pending = ADDRESSES_ALL.test(lastSentences(turn.text, 2)) && guests.length > 1
        ? guests.map((g) => ({ speaker: g, method: 'introduction' as const }))
        : addressed.map((g) => ({ speaker: g, method: 'vocative' as const }));
    } else if (speaker) {
      lastGuest = speaker;
      pending = pending.filter((q) => q.speaker !== speaker);
    }
    previous = speaker;
  });
  return { decisions, people: known() };
}

function decide(scores: Map<Speaker, Evidence[]>): TurnAttribution {
  const ranked = [...scores.entries()]
    .map(([speaker, evidence]) => ({ speaker, evidence, total: evidence.reduce((s, e) => s + e.score, 0) }))
    .sort((a, b) => b.total - a.total);
  const best = ranked[0];
  const runnerUp = ranked[1]?.total ?? 0;
  if (!best || best.total < MIN_SCORE || best.total - Math.max(runnerUp, 0) < MIN_MARGIN) {
    return { speaker: null, method: 'none', confidence: 0 };
  }
  const strongest = best.evidence.filter((e) => e.score > 0).sort((a, b) => b.score - a.score)[0]!;
  const margin = best.total - Math.max(runnerUp, 0);
  const confidence = Math.round((0.5 + 0.49 * (1 - Math.exp(-margin / 3))) * 100) / 100;
  return { speaker: best.speaker, method: strongest.method, confidence };
}

/** Addressed by title and surname ("Secretary Clinton", "Mr. Trump"): how a moderator speaks. */
function byTitle(mention: Mention, text: string): boolean {
  return /^(?:Mr|Mrs|Ms|Dr|Secretary|Senator|Governor|President|Professor|Sen|Gov)\b/.test(text.slice(mention.start, mention.end));
}

/** Guests addressed in the turn's last sentence that names anyone, in order (the next to speak first). */
function lastAddressed(addressed: Mention[], text: string): Speaker[] {
  if (addressed.length === 0) return [];
  const lastAt = addressed.at(-1)!.start;
  const sentenceStart = Math.max(text.lastIndexOf('. ', lastAt), text.lastIndexOf('? ', lastAt), text.lastIndexOf('! ', lastAt));
  const inLast = addressed.filter((m) => m.start > sentenceStart);
  return [...new Set(inLast.map((m) => m.speaker))];
}

function lastSentence(text: string): string {
  return lastSentences(text, 1);
}

function lastSentences(text: string, n: number): string {
  const parts = text.split(/(?<=[.!?])\s+/);
  return parts.slice(-n).join(' ');
}
