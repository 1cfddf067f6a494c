/**
 * An article as the quotation rules see it: its paragraphs with their tokens, sentences, names and
 * quotations, the people named so far (in reading order, so a rule only ever looks back), and who was
 * quoted last. Resolves a said-clause's subject to a speaker: a name to its person, a pronoun to the
 * nearest compatible person (abstaining when two fit), a description to the one person it describes,
 * an organisation to itself.
 */
import type { Speaker } from '../../model.ts';
import { adHocSpeaker, type SpeakerRegistry } from '../../speakers.ts';
import type { ProseBlock } from '../../readers/prose-blocks.ts';
import type { Quotation } from '../quotations.ts';
import type { Decision } from '../sieve.ts';
import type { Subject } from './clauses.ts';
import type { NameMention } from './mentions.ts';
import type { People, Person } from './people.ts';
import type { Token } from './tokens.ts';

/** A paragraph, ready for the rules. Offsets are the block's own (see `block.map` for the source's). */
export interface Paragraph {
  index: number;
  block: ProseBlock;
  tokens: Token[];
  /** Token index where each sentence starts, in order. */
  sentences: number[];
  names: NameMention[];
  quotations: Quotation[];
  /** Decisions for `quotations`, filled in order. */
  decisions: Decision[];
}

/** A person named at a place in the article, and whether as a subject (not after a preposition). */
interface Seen {
  at: number;
  person: Person;
  subject: boolean;
}

export interface DocumentContext {
  registry: SpeakerRegistry;
  /** The writer: "I" and "we" outside quotations. */
  critic: Speaker;
  /** The collection's director, for "the director said". */
  director?: Speaker;
}

export class ProseDocument {
  readonly paragraphs: Paragraph[] = [];
  /** People named, in reading order (offsets in the source). */
  private readonly seen: Seen[] = [];
  private readonly speakers = new Map<number, Speaker>();
  private readonly persons = new Map<Speaker, Person>();
  /** The person each name mention resolved to. */
  readonly mentionPerson = new Map<NameMention, Person | null>();
  /** The last quotation that named someone: who, and in which paragraph. */
  lastQuoted: { person: Person | null; speaker: Speaker; paragraph: number } | null = null;

  constructor(
    readonly people: People,
    readonly context: DocumentContext,
  ) {}

  /** Record that a person was named (or quoted) at a source offset. */
  saw(person: Person, at: number, subject = true): void {
    const last = this.seen.at(-1);
    if (!last || last.at <= at) this.seen.push({ at, person, subject });
  }

  /** The speaker record of a person, made once. */
  speakerOf(person: Person): Speaker {
    let s = this.speakers.get(person.id);
    if (!s) {
      s = person.registered ?? adHocSpeaker(person.name, person.kind === 'org' ? 'organisation' : 'unknown');
      this.speakers.set(person.id, s);
      this.persons.set(s, person);
    }
    return s;
  }

  /** The person a speaker record was made for (null for the critic or a registry person never named). */
  personFor(speaker: Speaker): Person | null {
    return this.persons.get(speaker) ?? null;
  }

  /** Every speaker a decision may have named. */
  speakersMet(): Speaker[] {
    return [...this.speakers.values()];
  }

  /** People named before `at`, most recent first, within `window` source characters. */
  *before(at: number, window = 1500): Generator<Seen> {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seen[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && at - this.seen[k]!.at <= window; k--) yield this.seen[k]!;
  }

  /**
   * The person a pronoun at `at` refers to, or null when the text leaves it open. The one quoted last
   * is who "he said" continues, unless another compatible person was named since; otherwise the only
   * compatible person named in the last few sentences.
   */
  antecedent(pronoun: string, at: number): { person: Person; confidence: number } | null {
    const sex = pronoun === 'he' ? 'M' : pronoun === 'she' ? 'F' : null;
    if (!sex) return null;
    const fits = (p: Person) => p.kind === 'person' && (!p.sex || p.sex === sex);
    const recent: Array<{ person: Person; subject: boolean }> = [];
    for (const { person, subject } of this.before(at, 600)) {
      if (!fits(person)) continue;
      const known = recent.find((r) => r.person === person);
      if (known) known.subject ||= subject;
      else recent.push({ person, subject });
      if (recent.length === 3) break;
    }
    const quoted = this.lastQuoted?.person;
    // A person of the pronoun's sex is surer than one whose sex we do not know.
    const sure = recent.filter((r) => r.person.sex === sex);
    const first = recent[0];
    if (quoted && fits(quoted)) {
      const othersFirst = first && first.person !== quoted && first.subject && (first.person.sex === sex || !quoted.sex);
      if (!othersFirst && (quoted.sex === sex || sure.length === 0)) return { person: quoted, confidence: 0.9 };
    }
    if (!first) return null;
    if (recent.length === 1) return { person: first.person, confidence: first.person.sex ? 0.9 : 0.8 };
    // Someone named as a subject, not the object of a preposition ("the comment by Dr. Paul Song").
    const subjects = recent.filter((r) => r.subject);
    if (subjects.length >= 1 && subjects[0] === first && (first.person.sex === sex || sure.length === 0)) return { person: first.person, confidence: 0.85 };
    if (sure.length === 1 && (sure[0]!.subject || subjects.length === 0)) return { person: sure[0]!.person, confidence: 0.82 };
    return { person: first.person, confidence: 0.5 };
  }

  /** A said-clause's subject as a decision of `rule`, with the confidence the subject allows. */
  resolve(subject: Subject, rule: string, at: number, base: number): Decision {
    const evidence = `${subject.text} ${subject.verb}`;
    const decision = (speaker: Speaker | null, confidence: number, method: Decision['method'] = 'cue'): Decision => ({
      speaker,
      rule,
      method: speaker ? method : 'none',
      confidence: speaker ? Math.round(Math.min(base, confidence) * 100) / 100 : 0,
      evidence,
    });
    if (subject.kind === 'name') {
      // The subject of a said-clause is a person (or an organisation) even if the article never gave a first name.
      const p = (subject.mention ? this.personOf(subject.mention) : null) ?? this.people.named(subject.text, at, subject.mention?.honorific);
      return p ? decision(this.speakerOf(p), p.kind === 'org' ? 0.95 : 0.97) : decision(null, 0);
    }
    if (subject.kind === 'pronoun') {
      if (subject.text === 'i' || subject.text === 'we') return decision(this.context.critic, 0.7, 'pronoun');
      const found = this.antecedent(subject.text, at);
      return found ? decision(this.speakerOf(found.person), found.confidence, 'pronoun') : decision(null, 0);
    }
    if (subject.kind === 'org') {
      const name = subject.text.replace(/^(?:the|a|an)\s+/i, '');
      const p = this.people.named(name[0]!.toUpperCase() + name.slice(1), at);
      if (p) p.kind = 'org';
      return p ? decision(this.speakerOf(p), 0.9) : decision(null, 0);
    }
    const words = subject.text.replace(/^(?:the|a|an|his|her|their|its)\s+/i, '');
    if (/^(?:the|his|her|their|its)\s/i.test(subject.text)) {
      const p = this.people.described(words);
      if (p) return decision(this.speakerOf(p), 0.88);
      const role = words.split(/\s+/).at(-1)!.toLowerCase().replace(/^co-?/, '');
      const registered = this.context.registry.all().filter((s) => s.role === role || (role === 'filmmaker' && s.role === 'director'));
      if (registered.length === 1) return decision(registered[0]!, 0.85);
      if ((role === 'director' || role === 'filmmaker') && this.context.director) return decision(this.context.director, 0.85);
    }
    return decision(null, 0);
  }

  /** The person a paragraph's name mention resolved to. */
  personOf(mention: NameMention): Person | null {
    return this.mentionPerson.get(mention) ?? null;
  }
}
