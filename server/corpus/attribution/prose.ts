/**
 * Reviews and articles: every direct quotation, attributed by the quotation sieve, and the writer's
 * own sentences, attributed to the writer (author, else outlet, else an unnamed critic). Paragraphs
 * are read in order — names resolved to people, then each quotation given to the rules — so every
 * rule looks back only at what a reader has already read. Paragraphs longer than a few thousand
 * characters are read in pieces, which keeps every step linear in the text.
 */
import { notAddressed } from './addressed.ts';
import type { Speaker } from '../model.ts';
import type { ProseBlock } from '../readers/prose-blocks.ts';
import type { SpeakerRegistry } from '../speakers.ts';
import { sentences, squash, wordCount, type Span } from '../text.ts';
import type { Draft } from './draft.ts';
import { findQuoteSpans, isShort, isTitle, joinQuotations, type Quotation } from './quotations.ts';
import { isReportingVerb } from './prose/clause-words.ts';
import { ProseDocument, type Paragraph } from './prose/document.ts';
import { findNames } from './prose/mentions.ts';
import { paragraphLabel } from './prose/paragraph-label.ts';
import { People } from './prose/people.ts';
import { tokenAt, tokenize } from './prose/tokens.ts';
import { sieve, type Decision } from './sieve.ts';
import type { QuoteContext, QuoteRule } from './rules/context.ts';
import { quoteVerbMention } from './rules/quote-verb-mention.ts';
import { listOfVoices } from './rules/list-of-voices.ts';
import { colonIntroduction } from './rules/colon-introduction.ts';
import { reportingVerbSubject } from './rules/reporting-verb-subject.ts';
import { continuation } from './rules/continuation.ts';
import { quotedKey, repeatedQuotation } from './rules/repeated-quotation.ts';
import { paragraphFinal } from './rules/paragraph-final.ts';
import { previousSentence } from './rules/previous-sentence.ts';
import { previousSubject } from './rules/previous-subject.ts';

/** The quotation sieve, most precise rule first. */
export const QUOTATION_RULES: readonly QuoteRule[] = [quoteVerbMention, listOfVoices, colonIntroduction, reportingVerbSubject, repeatedQuotation, continuation, previousSentence, paragraphFinal, previousSubject];

export interface ProseContext {
  registry: SpeakerRegistry;
  /** Who wrote the prose. */
  critic: Speaker;
  /** The collection's director, for "the director said". */
  director?: Speaker;
}

/** Longest stretch of a paragraph read as one. */
const PIECE = 4000;

/**
 * A block's text in pieces of at most `PIECE` characters, cut after a sentence where one ends near —
 * a line break first, and never inside a quotation, whose marks would pair wrongly in the next piece.
 */
function pieces(block: ProseBlock): ProseBlock[] {
  if (block.text.length <= PIECE) return [block];
  const out: ProseBlock[] = [];
  const quoted = findQuoteSpans(block.text);
  let q = 0;
  let at = 0;
  while (at < block.text.length) {
    let end = Math.min(block.text.length, at + PIECE);
    if (end < block.text.length) {
      const floor = at + PIECE / 2;
      const br = lastIn(block.text, '\n', end, floor);
      let cut = br > floor ? br : lastIn(block.text, '. ', end, floor);
      // Quotation spans are in order; each step back passes a span of this piece, so all is linear.
      for (;;) {
        while (q < quoted.length && quoted[q]!.end <= cut) q++;
        const inside = q < quoted.length && quoted[q]!.start < cut;
        if (!inside || cut <= floor) break;
        cut = lastIn(block.text, '. ', quoted[q]!.start, floor);
        while (q > 0 && quoted[q - 1]!.end > cut) q--;
      }
      if (cut > floor) end = cut + 1;
    }
    out.push({ ...block, text: block.text.slice(at, end), map: block.map.slice(at, end) });
    at = end;
  }
  return out;
}

/**
 * `text.lastIndexOf(needle, from)`, looking no further back than `floor` (-1 when not there): an
 * unbounded search from every piece's end back to the start would make one long word quadratic.
 */
function lastIn(text: string, needle: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - needle.length); i > floor; i--) if (text.startsWith(needle, i)) return i;
  return -1;
}

function hasCue(clause: string): boolean {
  const tokens = tokenize(clause);
  return tokens.some((_, i) => isReportingVerb(tokens, i));
}

/** Quotations and prose sentences of a source's blocks, attributed; plus the people met. */
export function attributeProse(blocks: ProseBlock[], ctx: ProseContext): { drafts: Draft[]; people: Speaker[] } {
  const doc = new ProseDocument(new People(ctx.registry), ctx);
  const drafts: Draft[] = [];
  const content = blocks.filter((b) => b.role === 'content').flatMap(pieces);
  let pendingUnclosed: Draft | null = null;
  content.forEach((block, index) => {
    const src = (i: number) => block.map[Math.min(Math.max(i, 0), block.map.length - 1)]!;
    const tokens = tokenize(block.text);
    const spans = sentences(block.text);
    const sentenceStarts = spans.map((s) => tokenAt(tokens, s.start));
    const names = findNames(tokens, new Set(sentenceStarts));
    const quoted = findQuoteSpans(block.text);
    let qk = 0;
    for (const m of names) {
      // Names inside a quotation are the speaker's words, not the narrative's: resolved, not followed.
      const start = tokens[m.first]!.start;
      while (qk < quoted.length && quoted[qk]!.end <= start) qk++;
      const inside = qk < quoted.length && quoted[qk]!.start < start;
      if (inside) m.inQuote = true;
      const at = src(tokens[m.first]!.start);
      const person = doc.people.mentioned(m.text, at, m.honorific);
      doc.mentionPerson.set(m, person);
      if (!person) continue;
      m.resolved = true;
      if (m.premodifier) doc.people.describe(person, m.premodifier);
      if (m.apposition) doc.people.describe(person, m.apposition);
      if (!inside) doc.saw(person, at, m.subject);
    }
    const quotations = joinQuotations(block.text, quoted.filter((s) => !isTitle(s, block.text)), hasCue);
    const paragraph: Paragraph = { index, block, tokens, sentences: sentenceStarts, names, quotations, decisions: [], quotationTokens: [] };
    doc.paragraphs.push(paragraph);
    const units = sentenceUnits(block.text, spans, quotations);

    const kept: Quotation[] = [];
    quotations.forEach((q, qi) => {
      const open = tokenAt(tokens, q.start);
      const close = tokenAt(tokens, q.end);
      const sentence = (t: number) => {
        let k = 0;
        while (k + 1 < sentenceStarts.length && sentenceStarts[k + 1]! <= t) k++;
        return k;
      };
      const first = sentence(open);
      doc.advance(paragraph, first);
      // A quotation ending its sentence ("…?” Trump said.) is followed by its said-clause in the next.
      const last = sentence(Math.min(close, tokens.length - 1));
      const context: QuoteContext = {
        doc,
        paragraph,
        index: kept.length,
        quotation: q,
        open,
        close,
        sentenceFrom: sentenceStarts[first] ?? 0,
        sentenceTo: sentenceStarts[last + 1] ?? tokens.length,
        previousClose: qi > 0 ? tokenAt(tokens, quotations[qi - 1]!.end) : 0,
        nextOpen: qi + 1 < quotations.length ? tokenAt(tokens, quotations[qi + 1]!.start) : tokens.length,
        at: src(q.start),
      };
      // A quotation calling its speaker by name is said to them (addressed.ts).
      const decision: Decision = notAddressed(sieve(QUOTATION_RULES, context), q.text);
      // A short quoted phrase that nobody is said to have said is a scare quote, not a quotation.
      // (An answer to a question, a paragraph of its own that continuation gives to no one, is speech: `“Then the mission.”`.)
      if (!decision.speaker && decision.rule !== 'continuation' && q.parts.length === 1 && isShort(q.parts[0]!)) return;

      kept.push(q);
      paragraph.decisions.push(decision);
      paragraph.quotationTokens.push(open);
      if (decision.speaker) {
        const key = quotedKey(q.text);
        // Words two people were quoted saying are nobody's in particular.
        if (key !== undefined) doc.quoted.set(key, doc.quoted.has(key) && doc.quoted.get(key) !== decision.speaker ? null : decision.speaker);
        doc.lastQuoted = { person: doc.personFor(decision.speaker), speaker: decision.speaker, paragraph: index };
        const person = doc.personFor(decision.speaker);
        if (person) doc.saw(person, context.at);
      }
      const firstPart = q.parts[0]!;
      const lastPart = q.parts.at(-1)!;
      const unit = units.find((u) => q.start >= u.start && q.start < u.end) ?? { start: q.start, end: q.end };
      const draft: Draft = {
        kind: 'quotation',
        text: q.text,
        start: src(firstPart.innerStart),
        end: src(lastPart.innerEnd - 1) + 1,
        context: { start: src(unit.start), end: src(unit.end - 1) + 1 },
        speaker: decision.speaker,
        method: decision.method,
        rule: decision.rule,
        confidence: decision.confidence,
        ...(decision.evidence ? { evidence: decision.evidence } : {}),
      };
      drafts.push(draft);
      // A quotation running on into the next paragraph is attributed where it ends: “… (¶) “…,” she said.
      if (pendingUnclosed && kept.length === 1 && open <= 1 && decision.speaker) Object.assign(pendingUnclosed, { speaker: decision.speaker, method: 'context', rule: 'continuation', confidence: 0.88 });
      pendingUnclosed = !lastPart.closed && !decision.speaker ? draft : null;
    });
    paragraph.quotations = kept;
    doc.advance(paragraph, sentenceStarts.length);

    // A paragraph opening with a person's name and a colon is that person's answer: its sentences are
    // theirs, not the writer's (the quotations in it are decided as any are).
    // …where the text led up to it: a question just before, or the person named earlier.
    const led = (name: string) => /\?\s*$/.test(content[index - 1]?.text ?? '') || content.slice(Math.max(0, index - 20), index).some((b) => b.text.includes(name));
    const label = paragraphLabel(block.text);
    const voice = label && led(label.name) ? label : null;
    const person = voice ? doc.people.mentioned(voice.name, src(voice.textStart)) : null;
    if (person) doc.saw(person, src(voice!.textStart), true);
    for (const unit of units) {
      const inside = kept.filter((q) => q.start >= unit.start && q.end <= unit.end);
      let rest = unit.text;
      for (const q of [...inside].reverse()) rest = rest.slice(0, q.start - unit.start) + ' ' + rest.slice(q.end - unit.start);
      const restWords = wordCount(rest);
      // A sentence that is only a quotation and its said-clause is not the writer's own line.
      if (restWords === 0 || (inside.length > 0 && restWords <= 12 && hasCue(rest))) continue;
      if (person) {
        const from = Math.max(unit.start, voice!.textStart);
        drafts.push({ kind: 'quotation', text: squash(block.text.slice(from, unit.end)), start: src(from), end: src(unit.end - 1) + 1, speaker: doc.speakerOf(person), method: 'label', rule: 'paragraph-label', confidence: 0.9, label: voice!.name });
        continue;
      }
      drafts.push({ kind: 'prose', text: squash(unit.text), start: src(unit.start), end: src(unit.end - 1) + 1, speaker: ctx.critic, method: 'metadata', rule: 'author', confidence: 1 });
    }
  });
  drafts.sort((a, b) => a.start - b.start || (a.kind === 'prose' ? -1 : 1));
  return { drafts, people: doc.speakersMet() };
}

/** Sentences, merged where a quotation runs across them so each quotation sits in one unit. */
function sentenceUnits(text: string, spans: Span[], quotations: Quotation[]): Span[] {
  const units: Span[] = [];
  let q = 0;
  for (const s of spans) {
    const last = units.at(-1);
    while (q < quotations.length && last && quotations[q]!.end <= last.end) q++;
    const straddles = last && q < quotations.length && quotations[q]!.start < last.end && quotations[q]!.end > last.end;
    if (last && straddles) {
      last.end = s.end;
      last.text = text.slice(last.start, last.end);
    } else units.push({ ...s });
  }
  return units;
}
