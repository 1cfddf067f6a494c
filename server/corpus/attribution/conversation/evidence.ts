/**
 * What each turn's words say about who speaks it, as scores per candidate (log-odds, added up): a
 * self-introduction names the speaker; a host's introduction names people who are not the speaker
 * and will speak next; nobody addresses themselves, a question that ends by addressing someone hands
 * them the next turn, "thank you, X" thanks whoever just spoke; hosts ask, guests thank for the
 * invitation. Each score remembers the rule behind it, so a decision can say why. In `crosstalk` (a
 * debate, where speakers often break in) a turn cut off hands the next turn to no one.
 */
import type { Speaker } from '../../model.ts';
import { nameTokens } from '../../speakers.ts';
import { mentionFinder, selfIntroduction } from '../names.ts';
import { ADDRESSES_ALL, lastSentences, THANKS_REPLY, turnFeatures } from '../turn-features.ts';
import { addressedNames, introducedNames, saysWho } from './participants.ts';

/** The rules a turn's evidence comes from, strongest first. */
export type EvidenceRule = 'self-introduction' | 'introduction' | 'vocative' | 'thanks' | 'questions';

export interface TurnEvidence {
  /** score[k]: how much the words favour candidate k speaking this turn. */
  score: number[];
  /** For each candidate, the rule that added most in its favour. */
  rule: Array<EvidenceRule | undefined>;
  /** The turn hands the next one to someone named (a vocative, an introduction, "thank you both"). */
  handsOn: boolean;
}

/** Candidates `people[k]` (an entry is null for "someone else": a clip, an unnamed voice). */
export function turnEvidence(turns: Array<{ text: string }>, people: Array<Speaker | null>, hosts: Speaker[], crosstalk = false): TurnEvidence[] {
  const named = people.filter((p): p is Speaker => p !== null);
  const out: TurnEvidence[] = turns.map(() => ({ score: people.map(() => 0), rule: people.map(() => undefined), handsOn: false }));
  // The best single score each turn has had for each person (its rule is the one kept), by turn: an
  // array per turn that has one, rather than a map keyed by a string made for every piece of evidence.
  const best: Array<number[] | undefined> = [];
  const add = (i: number, who: Speaker, score: number, rule: EvidenceRule) => {
    const k = people.indexOf(who);
    const e = out[i];
    if (k === -1 || !e) return;
    e.score[k]! += score;
    if (score <= 0) return;
    const row = (best[i] ??= people.map(() => 0));
    if (score > row[k]!) {
      row[k] = score;
      e.rule[k] = rule;
    }
  };
  const byFirstName = (name: string) => {
    const fits = named.filter((p) => nameTokens(p.name).includes(name.toLowerCase()));
    return fits.length === 1 ? fits[0]! : null;
  };
  const firstNames = new Set(named.map((p) => nameTokens(p.name)[0]!).filter(Boolean));
  const firstIntroduced = (names: string[]) => {
    const tokens = nameTokens(names[0] ?? '');
    return named.find((s) => nameTokens(s.name).join(' ') === tokens.join(' ')) ?? byFirstName(tokens[0] ?? '');
  };
  const mentionsIn = mentionFinder(named);
  const mentionsOf = turns.map((t) => mentionsIn(t.text));
  turns.forEach((turn, i) => {
    const text = turn.text;
    const e = out[i]!;
    const handedTo = new Set<Speaker>();
    const { question, cutOff, words, thanksReply } = turnFeatures(text);
    // Where speakers break in on each other (`crosstalk`), a turn cut off ("Secretary Clinton...",
    // "Lester, we've covered --") hands the next turn to no one: whoever broke in speaks next, seldom
    // the one addressed. Elsewhere a trailing "..." is a question trailing off to the one it names.
    const handsOn = !(crosstalk && cutOff);
    const self = selfIntroduction(text);
    if (self) {
      const tokens = nameTokens(self);
      const p = named.find((s) => nameTokens(s.name).join(' ') === tokens.join(' ')) ?? byFirstName(tokens[0]!);
      if (p) {
        add(i, p, 8, 'self-introduction');
        for (const q of named) if (q !== p) add(i, q, -3, 'self-introduction');
      }
    }
    // A host's introduction: those introduced are not speaking now, and one of them speaks next.
    const introduced = introducedNames(text);
    for (const name of introduced) {
      const tokens = nameTokens(name);
      const p = named.find((s) => nameTokens(s.name).join(' ') === tokens.join(' ')) ?? byFirstName(tokens[0]!);
      if (!p) continue;
      add(i, p, -4, 'introduction');
      // The first one introduced is the first to answer the welcome.
      add(i + 1, p, p === firstIntroduced(introduced) ? 3 : 1, 'introduction');
      e.handsOn = true;
    }
    if (introduced.length > 0) for (const h of hosts) add(i, h, 2, 'introduction');
    const mentions = mentionsOf[i]!;
    // A reply that names whom this turn seemed to call ("Fraser." — "I think that was Fraser") talks
    // about them: the call was a question about them, and they are not the one answering.
    const echoedBy = (who: Speaker) => {
      const reply = turns[i + 1]?.text;
      return reply !== undefined && (mentionsOf[i + 1] ?? []).some((m) => m.speaker === who && !saysWho(reply, m.start, m.end));
    };
    const lastSentence = text.lastIndexOf('. ', text.length - 2);
    for (const m of mentions) {
      if (!m.vocative) {
        // People seldom name themselves in the third person.
        add(i, m.speaker, -0.5, 'vocative');
        continue;
      }
      add(i, m.speaker, -4, 'vocative');
      const atEnd = m.start > lastSentence;
      const thanks = /\b(?:thanks|thank you)[, ]*$/i.test(text.slice(Math.max(0, m.start - 20), m.start));
      const greeting = /\b(?:hi|hello|hey|welcome|good (?:morning|afternoon|evening))[, ]*$/i.test(text.slice(Math.max(0, m.start - 30), m.start));
      if (thanks && m.start < 60) add(i - 1, m.speaker, 2.5, 'thanks');
      // A greeting may be answered by the one greeted, or by someone else greeting them too.
      else if (greeting) add(i + 1, m.speaker, 1.5, 'vocative');
      else if ((atEnd || question || m.start < 40) && handsOn && !handedTo.has(m.speaker) && !echoedBy(m.speaker)) {
        // Once a turn: naming someone twice hands them the turn no more surely.
        handedTo.add(m.speaker);
        add(i + 1, m.speaker, 4, 'vocative');
        e.handsOn = true;
      }
    }
    // First names used to address someone, where the name is not a known person's full form yet.
    for (const first of addressedNames(text, firstNames)) {
      const p = byFirstName(first);
      if (p && !mentions.some((m) => m.vocative && m.speaker === p)) add(i, p, -3, 'vocative');
    }
    if (thanksReply || THANKS_REPLY.test(text)) for (const h of hosts) add(i, h, -5, 'thanks');
    // "Thank you both": the guests answer in the order they were introduced.
    if (ADDRESSES_ALL.test(lastSentences(text, 2))) {
      const guests = named.filter((p) => !hosts.includes(p));
      if (guests.length > 1) {
        guests.forEach((g, k) => add(i + 1, g, k === 0 ? 3.5 : 1, 'introduction'));
        for (const h of hosts) add(i, h, 2, 'vocative');
        out[i]!.handsOn = true;
      }
    }
    // Hosts call on guests by name; with several guests, that is how the host passes the turn.
    if (mentions.some((m) => m.vocative && !hosts.includes(m.speaker)) && named.filter((p) => !hosts.includes(p)).length > 1) for (const h of hosts) add(i, h, 1.5, 'vocative');
    for (const h of hosts) {
      if (question) add(i, h, 1, 'questions');
      else if (words >= 40) add(i, h, -0.5, 'questions');
    }
  });
  return out;
}
