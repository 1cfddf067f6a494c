/**
 * Reviews and articles: every direct quotation, attributed through its said-clause, and the writer's
 * own sentences, attributed to the writer (author, else outlet, else an unnamed critic).
 */
import type { Speaker } from '../model.ts';
import type { ProseBlock } from '../readers/prose-blocks.ts';
import type { SpeakerRegistry } from '../speakers.ts';
import { nameKey } from '../speakers.ts';
import { sentences, squash, wordCount, type Span } from '../text.ts';
import type { Draft } from './draft.ts';
import { findMentions, taggedPeople } from './names.ts';
import { cleanName, personFor } from './participants.ts';
import { findQuoteSpans, isShort, isTitle, joinQuotations, type Quotation } from './quotations.ts';
import { hasCue, subjectAfterQuote, subjectBeforeQuote, type Subject } from './said.ts';

export interface ProseContext {
  registry: SpeakerRegistry;
  /** Who wrote the prose. */
  critic: Speaker;
  /** The collection's director, for "the director said". */
  director?: Speaker;
}

interface Mention {
  at: number;
  speaker: Speaker;
}

/** Quotations and prose sentences of a source's blocks, attributed; plus the people met. */
export function attributeProse(blocks: ProseBlock[], ctx: ProseContext): { drafts: Draft[]; people: Speaker[] } {
  const content = blocks.filter((b) => b.role === 'content');
  const people: Speaker[] = [];
  const timeline: Mention[] = [];
  for (const block of content) {
    for (const m of findMentions(block.text, ctx.registry.all())) timeline.push({ at: block.map[m.start]!, speaker: m.speaker });
  }
  const mention = (at: number, speaker: Speaker) => {
    timeline.push({ at, speaker });
    if (!people.includes(speaker)) people.push(speaker);
  };

  const resolve = (subject: Subject, at: number): { speaker: Speaker | null; method: Draft['method']; confidence: number } => {
    if (subject.kind === 'name') {
      const name = cleanName(subject.text);
      if (nameKey(name) === nameKey(ctx.critic.name)) return { speaker: ctx.critic, method: 'cue', confidence: 0.9 };
      return { speaker: personFor(name, 'unknown', ctx.registry, people), method: 'cue', confidence: 0.9 };
    }
    if (subject.kind === 'description') {
      const role = subject.text.replace(/^co-?/, '').replace('film-maker', 'filmmaker');
      const byRole = ctx.registry.all().filter((s) => s.role === role || (role === 'filmmaker' && s.role === 'director'));
      const speaker = byRole.length === 1 ? byRole[0]! : role === 'director' || role === 'filmmaker' ? (ctx.director ?? null) : null;
      return speaker ? { speaker, method: 'cue', confidence: 0.75 } : { speaker: null, method: 'none', confidence: 0 };
    }
    if (subject.text === 'i' || subject.text === 'we') return { speaker: ctx.critic, method: 'pronoun', confidence: 0.7 };
    if (subject.text === 'they') return { speaker: null, method: 'none', confidence: 0 };
    // People the registry does not know ("Zaina Erhaim, a journalist, …") are tagged only when no known
    // person was mentioned in this paragraph or the one before (tagging is the slow part of attribution).
    const near = content[currentBlock - 1]?.start ?? content[currentBlock]!.start;
    if (!timeline.some((m) => m.at >= near && m.at < at && m.speaker !== ctx.critic)) {
      tagPeople(currentBlock);
      tagPeople(currentBlock - 1);
    }
    for (let k = timeline.length - 1; k >= 0; k--) {
      const m = timeline[k]!;
      if (m.at >= at || m.speaker === ctx.critic) continue;
      if (m.speaker.pronouns && m.speaker.pronouns !== subject.text) continue;
      return { speaker: m.speaker, method: 'pronoun', confidence: 0.75 };
    }
    return { speaker: null, method: 'none', confidence: 0 };
  };

  let currentBlock = 0;
  const tagged = new Set<number>();
  const tagPeople = (index: number) => {
    const block = content[index];
    if (!block || tagged.has(index)) return;
    tagged.add(index);
    for (const found of taggedPeople(block.text)) {
      const speaker = personFor(found.name, 'unknown', ctx.registry, people);
      if (nameKey(speaker.name) !== nameKey(ctx.critic.name)) timeline.push({ at: block.map[found.at]!, speaker });
    }
    timeline.sort((a, b) => a.at - b.at);
  };

  const drafts: Draft[] = [];
  let unclosed: Draft | null = null;
  let lastAttributed: { speaker: Speaker; block: number } | null = null;
  content.forEach((block, blockIndex) => {
    currentBlock = blockIndex;
    const spans = findQuoteSpans(block.text).filter((s) => !isTitle(s, block.text));
    const quotations = joinQuotations(block.text, spans, hasCue);
    const units = sentenceUnits(block.text, quotations);
    const unitOf = (q: Quotation) => units.find((u) => q.start >= u.start && q.start < u.end) ?? { start: q.start, end: q.end, text: q.text };
    const src = (i: number) => block.map[Math.min(i, block.map.length - 1)]!;
    timeline.sort((a, b) => a.at - b.at);

    quotations.forEach((q, qi) => {
      const unit = unitOf(q);
      const prevEnd = Math.max(unit.start, quotations[qi - 1]?.end ?? 0);
      const nextStart = Math.min(unit.end, quotations[qi + 1]?.start ?? Infinity);
      const inner = q.parts.slice(1).map((p, k) => block.text.slice(q.parts[k]!.end, p.start));
      const after = block.text.slice(q.end, nextStart);
      const before = block.text.slice(prevEnd, q.start);
      const found =
        inner.map(subjectAfterQuote).find((s) => s) ??
        subjectAfterQuote(after) ??
        subjectBeforeQuote(before) ??
        colonIntroduction(block.text, unit, quotations[qi - 1]);
      if (!found && q.parts.length === 1 && isShort(q.parts[0]!)) return; // a scare quote
      const at = src(q.start);
      let decision: { speaker: Speaker | null; method: Draft['method']; confidence: number } = { speaker: null, method: 'none', confidence: 0 };
      if (found) decision = resolve(found, at);
      else if (lastAttributed && (lastAttributed.block === blockIndex || (lastAttributed.block === blockIndex - 1 && q.start <= 1))) {
        decision = { speaker: lastAttributed.speaker, method: 'context', confidence: 0.6 };
      }
      if (decision.speaker && decision.speaker !== ctx.critic) mention(at, decision.speaker);
      if (decision.speaker) lastAttributed = { speaker: decision.speaker, block: blockIndex };
      const first = q.parts[0]!;
      const last = q.parts.at(-1)!;
      const draft: Draft = {
        kind: 'quotation',
        text: q.text,
        start: src(first.innerStart),
        end: src(last.innerEnd - 1) + 1,
        context: { start: src(unit.start), end: src(unit.end - 1) + 1 },
        ...decision,
      };
      drafts.push(draft);
      // A quotation running on into the next paragraph is attributed where it ends: “… (¶) “…,” she said.
      if (unclosed && qi === 0 && q.start <= 1 && decision.speaker) Object.assign(unclosed, { speaker: decision.speaker, method: 'context', confidence: 0.7 });
      unclosed = !last.closed && !decision.speaker ? draft : null;
    });

    for (const unit of units) {
      const inside = quotations.filter((q) => q.start >= unit.start && q.end <= unit.end);
      let rest = unit.text;
      for (const q of [...inside].reverse()) rest = rest.slice(0, q.start - unit.start) + ' ' + rest.slice(q.end - unit.start);
      const restWords = wordCount(rest);
      // A sentence that is only a quotation and its said-clause is not the writer's own line.
      if (restWords === 0 || (inside.length > 0 && restWords <= 12 && hasCue(rest))) continue;
      drafts.push({
        kind: 'prose',
        text: squash(unit.text),
        start: src(unit.start),
        end: src(unit.end - 1) + 1,
        speaker: ctx.critic,
        method: 'metadata',
        confidence: 1,
      });
    }
  });
  drafts.sort((a, b) => a.start - b.start || (a.kind === 'prose' ? -1 : 1));
  return { drafts, people };
}

/** Sentences, merged where a quotation runs across them so each quotation sits in one unit. */
function sentenceUnits(text: string, quotations: Quotation[]): Span[] {
  const units: Span[] = [];
  for (const s of sentences(text)) {
    const last = units.at(-1);
    const straddles = last && quotations.some((q) => q.start < last.end && q.end > last.end);
    if (last && straddles) {
      last.end = s.end;
      last.text = text.slice(last.start, last.end);
    } else units.push({ ...s });
  }
  return units;
}

/** "Heineman explained his approach:" ending the sentence before a quotation that opens its own. */
function colonIntroduction(text: string, unit: Span, previous: Quotation | undefined): (Subject & { cue: unknown }) | null {
  if (unit.start > 0 && /:\s*$/.test(text.slice(Math.max(0, unit.start - 2), unit.start))) {
    const from = Math.max(previous?.end ?? 0, text.lastIndexOf('. ', unit.start - 2) + 1);
    return subjectBeforeQuote(text.slice(from, unit.start));
  }
  return null;
}
