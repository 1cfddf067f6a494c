/**
 * Attributing the turns of an unlabelled transcript from the text itself. The people come from the
 * metadata and the words (`conversation/participants.ts`); each turn's words score each of them
 * (`conversation/evidence.ts`); a chain over the turns, in which each turn break is a change of
 * speaker, weighs all of it together (`conversation/posterior.ts`). A turn goes to a person only when
 * that is nearly certain; clips, reports and anything unclear stay unattributed: nothing is guessed.
 */
import type { AttributionMethod, Speaker } from '../model.ts';
import type { SpeakerRegistry } from '../speakers.ts';
import type { UnlabelledTurn } from '../readers/unlabelled-turns.ts';
import { castOf, introducedNames } from './conversation/participants.ts';
import { turnEvidence, type EvidenceRule } from './conversation/evidence.ts';
import { posteriors } from './conversation/posterior.ts';
import { cutOff, resumes } from './turn-features.ts';
import { CAPS_WORDS_OF_SPEECH } from '../readers/labels/label-names.ts';

export interface TurnContext {
  registry: SpeakerRegistry;
  /** Hosts and guests named by the source's metadata. */
  hosts: Speaker[];
  guests: Speaker[];
  /** Who the host is when nobody names them. */
  unnamedHost: Speaker;
  /** The other side of a conversation whose words name only one person. */
  unnamedSpeaker: Speaker;
  /** True when every turn boundary is a change of speaker (labels were cut out of one line). */
  boundariesChangeSpeaker: boolean;
}

export interface TurnAttribution {
  speaker: Speaker | null;
  method: AttributionMethod;
  rule: string;
  confidence: number;
}

/** Below this probability a turn names nobody. */
const SURE = 0.9;
/**
 * Score of one speaker twice running. Stripped transcripts break turns where the labels were (a
 * paragraph, a wide gap), so a repeat is nearly impossible; a softer score would let doubt about the
 * turn-taking grow with every turn away from the last name said.
 */
const REPEAT = -12;
/** Score of "an unnamed host" twice running: it may be two people (co-hosts nobody names). */
const PLACEHOLDER_REPEAT = -3;
/** Score of a host's turn being answered by the guest who answered last (a follow-up question). */
const FOLLOW_UP = 2.5;
/** Score of one guest answering another directly. */
const GUEST_TO_GUEST = -1;
/** Score of the host speaking after the opening and before the guests are introduced (a report plays). */
const CLIP_SECTION = -8;
/**
 * "We hope you enjoyed the interview", "Thanks for listening": the host signing off to the audience, in
 * one of the last turns.
 */
const SIGN_OFF = /\b(?:hope you(?:['’]ve)? enjoyed (?:the|this|our) (?:interview|conversation|episode|show|podcast|chat)|thanks? (?:you )?for (?:reading|listening|watching|tuning in))\b/i;
const SIGN_OFF_TURNS = 3;
/** Score of a printed interview's emphasis: questions set in bold are the host's, plain paragraphs a guest's (one answer may run on). */
const PRINTED = 6;
/** Score of someone present, neither host nor the one the interview is with, speaking a turn. */
const BYSTANDER = -3;
/** Score of "someone else" (a clip, a caller, an unnamed voice) for any turn. */
const SOMEONE_ELSE = -6;
/** Once everyone has arrived, a voice nobody named is rare, and would break the turn-taking chain. */
const SOMEONE_ELSE_LATER = -14;
/** Score of "nobody" for a line nobody said (a show-notes link between turns). */
const NOT_SPOKEN = 6;

/** A short question after an answer ("What was your goal?") is for whoever just answered; a long turn may turn to anyone. */
function isFollowUp(text: string): boolean {
  return text.split(/\s+/).length <= 30;
}

/** "Bitcoin Mining is Vulnerable paper: https://…": a note with a link, not words anyone spoke. */
function isLinkNote(text: string): boolean {
  const links = text.match(/https?:\/\/\S+/g) ?? [];
  const linked = links.reduce((n, l) => n + l.length, 0);
  return linked > 0 && (linked >= text.length * 0.4 || /^[^.!?:]{0,100}:\s*https?:\/\/\S+\s*$/.test(text));
}

const METHODS: Record<EvidenceRule | 'turn-taking', AttributionMethod> = {
  'self-introduction': 'self-introduction',
  introduction: 'introduction',
  vocative: 'vocative',
  thanks: 'vocative',
  questions: 'turn-taking',
  'turn-taking': 'turn-taking',
};

/**
 * A printed interview sets its questions apart: as headings that ask (a Q&A page), or in bold or
 * italics in enough of its paragraphs that the emphasis is not mere emphasis.
 */
function printsQuestions(turns: UnlabelledTurn[]): boolean {
  return turns.some((t) => t.questionHeading) || turns.filter((t) => t.emphasised).length >= Math.max(2, turns.length * 0.2);
}

/** Who speaks each turn (null: unattributed), and the people taking part. */
export function attributeUnlabelled(turns: UnlabelledTurn[], ctx: TurnContext): { decisions: TurnAttribution[]; people: Speaker[] } {
  // Paragraphs that open with names the label readers did not take (`BERNARDO Who's there?`) are not
  // turns between two people taking part: who says each is in the text, unread, and not guessed.
  if (opensWithUnreadLabels(turns)) return { decisions: turns.map(() => nobody()), people: [] };
  const cast = castOf(turns, ctx.hosts, ctx.guests, ctx.registry);
  const hosts = [...cast.hosts];
  // Someone who introduces the guests or keeps asking but is never named is the unnamed host.
  const introduces = turns.slice(0, 6).some((t) => introducedNames(t.text).length > 0);
  // So is whoever asks a Q&A page's questions (bold paragraphs alone are not enough: an essay may set asides in italics).
  const printed = printsQuestions(turns);
  if (hosts.length === 0 && (introduces || turns.some((t) => t.questionHeading))) hosts.push(ctx.unnamedHost);
  const candidates: Array<Speaker | null> = [...new Set([...hosts, ...cast.people])];
  if (candidates.length === 0) return { decisions: turns.map(() => nobody()), people: [] };
  // A conversation takes two: when the words name one person, the other is someone unnamed.
  if (candidates.length === 1) candidates.push(ctx.unnamedSpeaker);
  candidates.push(null);

  // Speakers breaking in on each other: a tenth of the turns cut off or resumed.
  const brokenIn = isCrosstalk(turns);
  const evidence = turnEvidence(turns, candidates, hosts, brokenIn);
  // Guests speak once they are introduced or addressed; before that only the host (or a clip) does.
  const arrival = arrivals(turns, candidates, hosts);
  const notSpoken = turns.map((t) => isLinkNote(t.text));
  const firstArrival = arrival.size > 0 ? Math.min(...arrival.values()) : 0;
  const scores = evidence.map((e, i) =>
    e.score.map((s, k) => {
      const who = candidates[k];
      // Before the guests arrive a clip or a report may play; after, every turn is someone's.
      if (who === null || who === undefined) return s + (notSpoken[i] ? NOT_SPOKEN : i < firstArrival ? SOMEONE_ELSE : SOMEONE_ELSE_LATER);
      if (i < (arrival.get(who) ?? 0)) return s - 20;
      // Between the host's opening and the introduction of the guests, a report or a clip plays.
      if (hosts.includes(who) && i > 0 && i < firstArrival - 1) s += CLIP_SECTION;
      // A Q&A page's introduction, before its first question, is no guest's: nobody has been asked anything yet.
      if (turns[i]!.preface && !hosts.includes(who)) return s - 20;
      if (i >= turns.length - SIGN_OFF_TURNS && SIGN_OFF.test(turns[i]!.text)) s += hosts.includes(who) ? PRINTED : -PRINTED;
      // A printed interview sets its questions apart: the host's in bold, the answers plain.
      if (printed) s += turns[i]!.emphasised || turns[i]!.preface ? (hosts.includes(who) ? PRINTED : -PRINTED) : hosts.includes(who) ? -PRINTED : 0;
      // Where the conversation is someone's (an oral history), others present seldom speak.
      if (cast.subject && who !== cast.subject && !hosts.includes(who)) s += BYSTANDER;
      // The host opens the conversation.
      return i === 0 && hosts.includes(who) ? s + 1.5 : s;
    }),
  );
  const hostIndexes = candidates.flatMap((c, k) => (c && hosts.includes(c) ? [k] : []));
  const guestIndexes = candidates.flatMap((c, k) => (c && !hosts.includes(c) ? [k] : []));
  // Two hosts nobody names greet the guest in turn ("Welcome Matt" / "Hi" / "Hi Matt"): the unnamed
  // host is two people, who may follow each other as often as the guest follows them.
  const cohosts = candidates.includes(ctx.unnamedHost) && secondGreeter(turns);
  const post = posteriors(scores, { repeat: REPEAT, free: turns.map((t, i) => t.afterBreak || (printed && !t.emphasised && i > 0 && !turns[i - 1]!.emphasised)), repeatable: [candidates.length - 1], placeholders: [candidates.indexOf(ctx.unnamedHost)].filter((k) => k >= 0), placeholderRepeat: cohosts ? 0 : PLACEHOLDER_REPEAT, hosts: hostIndexes, guests: guestIndexes, followUp: cohosts ? 0 : FOLLOW_UP, guestToGuest: GUEST_TO_GUEST, handsOn: evidence.map((e, i) => e.handsOn || !isFollowUp(turns[i]!.text)) });

  const decisions = post.map((p, i): TurnAttribution => {
    let k = 0;
    for (let j = 1; j < p.length; j++) if (p[j]! > p[k]!) k = j;
    const speaker = candidates[k] ?? null;
    if (!speaker || p[k]! < SURE) return nobody();
    const rule = evidence[i]!.rule[k] ?? 'turn-taking';
    return { speaker, method: METHODS[rule], rule, confidence: Math.round(p[k]! * 100) / 100 };
  });
  // Where a host and two guests or more speak (as the words show) and break in on each other (a
  // debate), who speaks after whom is no rule: a turn goes to someone only where the words point to
  // them. Two people alone, whatever their interruptions, still take turns.
  const guestsSpeaking = new Set(decisions.filter((d) => d.rule !== 'turn-taking' && d.speaker && !hosts.includes(d.speaker)).map((d) => d.speaker));
  const crosstalk = brokenIn && hosts.length > 0 && guestsSpeaking.size > 1;
  return { decisions: crosstalk ? decisions.map((d) => (d.rule === 'turn-taking' ? nobody() : d)) : decisions, people: candidates.filter((c): c is Speaker => c !== null) };
}

/** A word in capitals opening a paragraph, then a space: `BERNARDO Who's there?`, `FIRST CLOWN …` (its first word). */
const CAPS_OPENER = /^\p{Lu}[\p{Lu}'’-]{2,}(?= )/u;
/** Share of the paragraphs such words must open, two of them three times or more each. */
const UNREAD_LABELS_SHARE = 0.3;

/**
 * Two words in capitals or more open three paragraphs or more each, and together a good share of
 * them: a play or a transcript whose labels no reader took, not a conversation to take turns in.
 * Words of speech (`OK`, `YES`, `THE`) are no one's label.
 */
function opensWithUnreadLabels(turns: Array<{ text: string }>): boolean {
  const openers = new Map<string, number>();
  for (const t of turns) {
    const word = CAPS_OPENER.exec(t.text)?.[0];
    if (word !== undefined && !CAPS_WORDS_OF_SPEECH.has(word)) openers.set(word, (openers.get(word) ?? 0) + 1);
  }
  let names = 0;
  let opened = 0;
  for (const n of openers.values()) {
    if (n < 3) continue;
    names++;
    opened += n;
  }
  return names >= 2 && opened >= turns.length * UNREAD_LABELS_SHARE;
}

/**
 * The share of turns cut off or taking up a sentence broken off ("Well, he approved NAFTA...", "...
 * million new jobs") that makes a conversation crosstalk: 17–34% in the 2016 debates, none in a hosted
 * interview answering in turn.
 */
const CROSSTALK_SHARE = 0.1;

/** A conversation whose speakers often break in on each other. */
function isCrosstalk(turns: Array<{ text: string }>): boolean {
  let broken = 0;
  // Only the two marks, not every feature of the turn: the evidence works those out once.
  for (const t of turns) if (cutOff(t.text) || resumes(t.text)) broken++;
  return broken >= 3 && broken >= turns.length * CROSSTALK_SHARE;
}

/** The first turn each guest can speak: after the turn that introduces them, when the host introduces anyone. */
function arrivals(turns: Array<{ text: string }>, candidates: Array<Speaker | null>, hosts: Speaker[]): Map<Speaker, number> {
  const out = new Map<Speaker, number>();
  const introducing = turns.findIndex((t, i) => i < 6 && introducedNames(t.text).length > 0);
  if (introducing === -1) return out;
  for (const c of candidates) if (c && !hosts.includes(c)) out.set(c, introducing + 1);
  return out;
}

/** A short greeting naming someone: "Welcome Matt", "Hi Matt!", "Hello, Jane." — and the name greeted. */
const GREETING = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Ww]elcome|[Gg]ood (?:morning|afternoon|evening))[,!]? +(\p{Lu}[\p{L}'’-]*)[.!]?$/u;

/** Among the first turns, the same person greeted twice with their own turn between: a second greeter. */
function secondGreeter(turns: Array<{ text: string }>): boolean {
  const greeted = turns.slice(0, 8).map((t) => GREETING.exec(t.text.trim())?.[1]?.toLowerCase());
  return greeted.some((name, i) => name !== undefined && i + 2 < greeted.length && greeted[i + 2] === name);
}

function nobody(): TurnAttribution {
  return { speaker: null, method: 'none', rule: 'none', confidence: 0 };
}
