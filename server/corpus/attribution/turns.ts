/**
 * Attributing the turns of an unlabelled transcript from the text itself. Each turn weighs evidence
 * for "the host" and for each guest — a self-introduction, the host introducing guests, a vocative in
 * the previous turn naming the next speaker, hosts asking and guests answering, nobody addressing
 * themselves, a cut-off sentence picked up again — and goes to the clear winner. Segments before the
 * guests arrive that the host did not say (clips, reports) and turns without a clear winner stay
 * unattributed: nothing is guessed.
 */
import type { AttributionMethod, Speaker } from '../model.ts';
import type { SpeakerRegistry } from '../speakers.ts';
import type { UnlabelledTurn } from '../readers/unlabelled-turns.ts';
import { findMentions, type Mention } from './names.ts';
import { introducedIn, introducesSelf } from './participants.ts';
import { ADDRESSES_ALL, lastSentences, turnFeatures } from './turn-features.ts';

export interface TurnContext {
  registry: SpeakerRegistry;
  /** Hosts and guests named by the source's metadata. */
  hosts: Speaker[];
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

const MIN_SCORE = 1;
const MIN_MARGIN = 0.5;
/** Stands for whichever host speaks, while hosts and guests are weighed. */
const HOST: unique symbol = Symbol('host');
type Candidate = Speaker | typeof HOST;

interface Evidence {
  score: number;
  method: AttributionMethod;
}

/** Who speaks each turn (null: unattributed), and the people taking part. */
export function attributeUnlabelled(turns: UnlabelledTurn[], ctx: TurnContext): { decisions: TurnAttribution[]; people: Speaker[] } {
  const hosts: Speaker[] = [...ctx.hosts];
  const guests: Speaker[] = [...ctx.guests];
  const known = () => [...hosts, ...guests];
  for (const turn of turns.slice(0, 3)) {
    const self = introducesSelf(turn.text, ctx.registry, known(), 'host');
    if (self && !known().includes(self)) hosts.push(self);
  }
  if (hosts.length === 0) hosts.push(ctx.unnamedHost);
  // Guests arrive when introduced; before that, only the host speaks among the clips.
  let arrival = -1;
  const introduces = turns.map((turn, i) => {
    const introduced = introducedIn(turn.text, ctx.registry, known(), hosts);
    for (const g of introduced) if (!guests.includes(g)) guests.push(g);
    if (introduced.length > 0 && arrival === -1) arrival = i;
    return introduced.length > 0;
  });
  if (arrival === -1) arrival = 0;
  // Formal exchanges (moderators say "Secretary Clinton"): a first name then marks one guest answering another.
  const formal = turns.some((t) => findMentions(t.text, guests).some((m) => m.vocative && byTitle(m, t.text)));

  const decisions: TurnAttribution[] = [];
  const spoken: Array<Speaker | null> = [];
  let lastGuest: Speaker | null = null;
  let lastHost: Speaker | null = null;
  let pending: Array<{ speaker: Speaker; method: AttributionMethod }> = [];

  turns.forEach((turn, i) => {
    const previous = spoken[i - 1] ?? null;
    const isHost = (p: Speaker | null) => p !== null && hosts.includes(p);
    const mentions = findMentions(turn.text, known());
    const vocatives = mentions.filter((m) => m.vocative);
    const addressedGuests = vocatives.filter((m) => !isHost(m.speaker));
    const features = turnFeatures(turn.text);
    const self = introducesSelf(turn.text, ctx.registry, known(), i <= arrival ? 'host' : 'guest');
    if (self && !known().includes(self)) (i <= arrival ? hosts : guests).push(self);

    const scores = new Map<Candidate, Evidence[]>([[HOST, []], ...guests.map((g) => [g, []] as [Candidate, Evidence[]])]);
    const add = (p: Candidate, score: number, method: AttributionMethod) => scores.get(p)?.push({ score, method });
    if (self) add(isHost(self) ? HOST : self, 10, 'self-introduction');
    if (!turn.afterBreak && previous) add(isHost(previous) ? HOST : previous, ctx.boundariesChangeSpeaker ? -4 : -1, 'turn-taking');
    // Paragraphs of one long answer: a statement following a statement, nobody addressed or asked.
    const before = turns[i - 1];
    if (!ctx.boundariesChangeSpeaker && previous && before && !isHost(previous) && turnFeatures(before.text).words >= 40 && !turnFeatures(before.text).question && !turnFeatures(before.text).cutOff && features.words >= 25 && !features.reply && !features.question && vocatives.length === 0) {
      add(previous, 2.5, 'context');
    }
    if (features.resumes) {
      const cut = [...turns.keys()].slice(0, i).reverse().find((k) => turnFeatures(turns[k]!.text).cutOff && spoken[k] && spoken[k] !== previous);
      if (cut !== undefined) add(isHost(spoken[cut]!) ? HOST : spoken[cut]!, 3, 'context');
    }

    // The host: opens, introduces, asks, directs.
    if (i === 0) add(HOST, 3, 'introduction');
    if (introduces[i]) add(HOST, 6, 'introduction');
    // In a formal exchange the host uses titles; a first name is one guest speaking to another.
    for (const m of addressedGuests) add(HOST, byTitle(m, turn.text) ? 3 : formal ? 0 : 1.5, 'turn-taking');
    if (previous && !isHost(previous)) add(HOST, guests.length > 1 ? 1 : 2, 'turn-taking');
    if (features.question) add(HOST, 1, 'turn-taking');
    if (features.hostPhrase) add(HOST, 1.5, 'turn-taking');
    if (vocatives.some((m) => isHost(m.speaker)) && hosts.every((h) => vocatives.some((m) => m.speaker === h))) add(HOST, -6, 'vocative');

    // Guests: answer when addressed, follow up, reply to each other.
    for (const g of guests) {
      if (i < arrival) add(g, -100, 'none');
      if (vocatives.some((m) => m.speaker === g)) add(g, -6, 'vocative');
      else if (mentions.some((m) => m.speaker === g)) add(g, -1.5, 'turn-taking');
      if (pending[0]?.speaker === g) add(g, 5, pending[0].method);
      else if (pending.some((q) => q.speaker === g)) add(g, 2, pending[0]!.method);
      if (isHost(previous) && pending.length === 0) add(g, g === lastGuest || guests.length === 1 ? 2 : 1, 'turn-taking');
      if (previous && !isHost(previous) && previous !== g) add(g, features.reply ? 1.5 : 1, 'turn-taking');
      if (formal && addressedGuests.some((m) => m.speaker !== g && !byTitle(m, turn.text))) add(g, 2, 'vocative');
      // Two guests trading lines: the one before the last speaks again.
      if (previous && !isHost(previous) && spoken[i - 2] === g && g !== previous) add(g, 1.5, 'turn-taking');
      if (vocatives.some((m) => isHost(m.speaker))) add(g, 1, 'vocative');
      if (features.thanksReply) add(g, 1.5, 'turn-taking');
    }

    const decision = decide(scores);
    let speaker: Speaker | null = null;
    if (decision.winner === HOST) {
      speaker = pickHost(hosts, self, vocatives, lastHost);
      if (hosts.length > 1 && speaker !== self) decision.confidence = Math.min(decision.confidence, 0.6);
    } else if (decision.winner) speaker = decision.winner;
    decisions.push({ speaker, method: speaker ? decision.method : 'none', confidence: speaker ? decision.confidence : 0 });
    spoken.push(speaker);

    if (speaker && isHost(speaker)) {
      lastHost = speaker;
      pending = ADDRESSES_ALL.test(lastSentences(turn.text, 2)) && guests.length > 1
        ? guests.map((g) => ({ speaker: g, method: 'introduction' as const }))
        : lastAddressed(addressedGuests, turn.text).map((g) => ({ speaker: g, method: 'vocative' as const }));
    } else if (speaker) {
      lastGuest = speaker;
      pending = pending.filter((q) => q.speaker !== speaker);
    }
  });
  return { decisions, people: known() };
}

function decide(scores: Map<Candidate, Evidence[]>): { winner: Candidate | null; method: AttributionMethod; confidence: number } {
  const ranked = [...scores.entries()]
    .map(([who, evidence]) => ({ who, evidence, total: evidence.reduce((s, e) => s + e.score, 0) }))
    .sort((a, b) => b.total - a.total);
  const best = ranked[0];
  const margin = best ? best.total - Math.max(ranked[1]?.total ?? 0, 0) : 0;
  if (!best || best.total < MIN_SCORE || margin < MIN_MARGIN) return { winner: null, method: 'none', confidence: 0 };
  const strongest = best.evidence.filter((e) => e.score > 0).sort((a, b) => b.score - a.score)[0]!;
  const confidence = Math.round((0.5 + 0.49 * (1 - Math.exp(-margin / 3))) * 100) / 100;
  return { winner: best.who as Candidate, method: strongest.method, confidence };
}

/** Which host: the one who introduced themselves, else one not being addressed, else the last to speak. */
function pickHost(hosts: Speaker[], self: Speaker | null, vocatives: Mention[], lastHost: Speaker | null): Speaker {
  if (self && hosts.includes(self)) return self;
  const free = hosts.filter((h) => !vocatives.some((m) => m.speaker === h));
  if (free.length === 1) return free[0]!;
  return lastHost && free.includes(lastHost) ? lastHost : (free[0] ?? hosts[0]!);
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
  return [...new Set(addressed.filter((m) => m.start > sentenceStart).map((m) => m.speaker))];
}
