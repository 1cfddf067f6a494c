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
import { mentionAt, PERSON_NOUNS, type Subject } from './clause-words.ts';
import { clauseInSentence } from './clauses.ts';
import type { NameMention } from './mentions.ts';
import type { People, Person } from './people.ts';
import type { Token } from './tokens.ts';

/** Rules whose decision rests on a said-clause: their speaker becomes the focus. */
const SAID = new Set(['quote-verb-mention', 'list-of-voices', 'colon-introduction', 'reporting-verb-subject']);

/** The start of the sentence holding token `token` (binary search). */
function sentenceStart(starts: number[], token: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= token) {
      best = starts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A subject opening with an indefinite article names someone the text never names: `a spokesman`, `another Republican`. */
const INDEFINITE = /^(?:a|an|another)\s/i;
/** Last words of a place's name: a city, a state, a street — never the body that says something. */
const PLACE_WORDS = new Set('city county state states island islands river mountain mountains park square avenue road street bridge tower airport station region district province kingdom republic valley lake bay beach'.split(' '));
/** Who speaks for another, unnamed: never an epithet for the person the text is about. */
const SPEAKS_FOR = /^(?:spokesman|spokeswoman|spokesperson|official|officials|source|sources|aide|representative)$/;

/** A paragraph, ready for the rules. Offsets are the block's own (see `block.map` for the source's). */
export interface Paragraph {
  index: number;
  block: ProseBlock;
  tokens: Token[];
  /** Token index where each sentence starts, in order. */
  sentences: number[];
  names: NameMention[];
  quotations: Quotation[];
  /** Decisions for `quotations`, filled in order, and the token each of those quotations opens at. */
  decisions: Decision[];
  quotationTokens: number[];
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
  /** Who each quotation that named someone was given to, by its words (`rules/repeated-quotation.ts`). */
  readonly quoted = new Map<string, Speaker | null>();
  /**
   * Whom the text is about: the person subject of the latest sentence that had one (a quotation's
   * speaker, or the name or pronoun opening it). "He said" in the next sentence is usually them.
   */
  focus: Person | null = null;
  /** Sentences of the current paragraph already taken into the focus. */
  private advanced = { paragraph: -1, sentence: 0 };

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
   * Take the paragraph's sentences before `sentence` into the focus: each one's subject is the speaker
   * of a quotation in it decided by a said-clause, else the person (or pronoun) that opens it.
   */
  advance(paragraph: Paragraph, sentence: number): void {
    if (this.advanced.paragraph !== paragraph.index) this.advanced = { paragraph: paragraph.index, sentence: 0 };
    for (let k = this.advanced.sentence; k < sentence && k < paragraph.sentences.length; k++) {
      const from = paragraph.sentences[k]!;
      const to = paragraph.sentences[k + 1] ?? paragraph.tokens.length;
      const quoted = paragraph.decisions.find((d, i) => {
        const open = paragraph.quotationTokens[i];
        return open !== undefined && open >= from && open < to && d.speaker && SAID.has(d.rule);
      });
      // Else the subject of a sentence's said-clause ("Cruz electrified the crowds, Stovall said"), else its opener.
      const clause = quoted ? null : clauseInSentence(paragraph.tokens, paragraph.names, from, to);
      const reporter = clause?.kind === 'name' && clause.mention ? this.personOf(clause.mention) : null;
      const person = quoted?.speaker ? this.personFor(quoted.speaker) : (reporter ?? this.opener(paragraph, from, to) ?? this.namedSubject(paragraph, from, to));
      if (person) this.focus = person;
    }
    this.advanced.sentence = Math.max(this.advanced.sentence, sentence);
  }

  /**
   * The first person named as the subject of a verb in a sentence that no person opens: "In one scene
   * we watch as Hamoud replays a video…" brings Hamoud into focus.
   */
  private namedSubject(paragraph: Paragraph, from: number, to: number): Person | null {
    for (const m of paragraph.names) {
      if (m.first < from || m.last >= to || m.possessive || m.inQuote) continue;
      const next = paragraph.tokens[m.last + 1];
      if (next?.word && /^\p{Ll}/u.test(next.text) && /(?:s|ed)$/.test(next.norm) && !/(?:ss|us)$/.test(next.norm)) return this.personOf(m);
    }
    return null;
  }

  /** The person opening a sentence ("Trump said…", "On Sunday, Clinton…", "He added…" is the focus still). */
  private opener(paragraph: Paragraph, from: number, to: number): Person | null {
    const { tokens } = paragraph;
    let k = from;
    // A leading adverbial ends at a comma: "On Sunday, …", "In a statement, …".
    if (/^(?:on|in|at|after|before|when|later|meanwhile|still|earlier|asked|speaking|during|for|with|since|while|as)$/i.test(tokens[k]?.norm ?? '')) {
      for (let j = k; j < Math.min(to, k + 10); j++) if (tokens[j]!.text === ',') {
        k = j + 1;
        break;
      }
    }
    for (let j = k; j < Math.min(to, k + 3); j++) {
      const t = tokens[j]!;
      if (t.norm === 'he' || t.norm === 'she') return this.focus;
      const m = paragraph.names.find((n) => n.first === j && !n.inQuote);
      const p = m ? this.personOf(m) : null;
      if (p) return p;
      if (!t.word || /^(?:the|a|an)$/.test(t.norm)) continue;
    }
    return null;
  }

  /**
   * The person a pronoun refers to, or null when the text leaves it open: a compatible person opening
   * the pronoun's own sentence ("Trump has not responded…, although he tweeted"), else the focus, else
   * the only compatible person named in the last few sentences.
   */
  antecedent(pronoun: string, at: number, paragraph?: Paragraph, token?: number): { person: Person; confidence: number } | null {
    const sex = pronoun === 'he' ? 'M' : pronoun === 'she' ? 'F' : null;
    if (!sex) return null;
    const fits = (p: Person | null): p is Person => !!p && p.kind === 'person' && (!p.sex || p.sex === sex);
    const score = (p: Person) => (p.sex === sex ? 0.92 : 0.85);
    if (paragraph && token !== undefined) {
      const start = sentenceStart(paragraph.sentences, token);
      const opener = this.opener(paragraph, start, token);
      // "Lou Reed, she recalls, ‘showed me …’": a name set off by the comma before the pronoun is
      // what the sentence is about, not who says it (else it would read "Lou Reed recalls").
      const before = paragraph.tokens[token - 1]?.text === ',' ? mentionAt(paragraph.names, token - 2) : undefined;
      const setOff = before !== undefined && before.last === token - 2 && this.personOf(before) === opener;
      if (fits(opener) && opener !== this.focus && !setOff) return { person: opener, confidence: score(opener) };
    }
    if (fits(this.focus)) {
      // Unless someone of the pronoun's sex is named since, when the focus's sex is unknown.
      const other = this.focus.sex ? null : [...this.before(at, 400)].find((r) => r.person !== this.focus && r.subject && r.person.kind === 'person' && r.person.sex === sex);
      if (!other) return { person: this.focus, confidence: score(this.focus) };
    }
    const recent: Person[] = [];
    for (const { person } of this.before(at, 600)) if (fits(person) && !recent.includes(person)) recent.push(person);
    return recent.length === 1 ? { person: recent[0]!, confidence: 0.82 } : recent[0] ? { person: recent[0], confidence: 0.5 } : null;
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
    // A group is no one person, even one of them described so before (`Jane Roe, one of the protesters`).
    const unnamed = (): Decision => ({ ...decision(null, 0), unnamed: true });
    if (subject.group) return unnamed();
    if (subject.kind === 'name') {
      // The subject of a said-clause is a person (or an organisation) even if the article never gave a first name.
      const p = (subject.mention ? this.personOf(subject.mention) : null) ?? this.people.named(subject.text, at, subject.mention?.honorific);
      return p ? decision(this.speakerOf(p), p.kind === 'org' ? 0.95 : 0.97) : decision(null, 0);
    }
    if (subject.kind === 'pronoun') {
      if (subject.text === 'i' || subject.text === 'we') return decision(this.context.critic, 0.7, 'pronoun');
      const paragraph = this.paragraphs.at(-1);
      const found = this.antecedent(subject.text, at, paragraph, subject.first);
      return found ? decision(this.speakerOf(found.person), found.confidence, 'pronoun') : decision(null, 0);
    }
    if (subject.kind === 'org') {
      // "the group said", "the company said": the organisation named last.
      const generic = /^(?:the|its)\s+(?:group|organi[sz]ation|foundation|company|campaign|agency|committee|firm|union|network|charity|party|coalition|association|institute|center|centre|council|department|office)$/i.test(subject.text);
      if (generic) {
        // A place is no company: `Salt Lake City` named before "the company said" is not who said it.
        const org = [...this.before(at, 800)].find((r) => r.person.kind === 'org' && !PLACE_WORDS.has(r.person.tokens.at(-1)!))?.person;
        return org ? decision(this.speakerOf(org), 0.85) : decision(null, 0);
      }
      // Only a body the words name: "the newspaper admitted", "a campaign TV ad accuses" and "her
      // Twitter account posted" name none (they became speakers called "Newspaper" and "Her Twitter account").
      if (INDEFINITE.test(subject.text)) return unnamed();
      if (/^(?:his|her|their|its|my|our|your)\s/i.test(subject.text) || !/\s\p{Lu}|^\p{Lu}/u.test(subject.text.replace(/^the\s+/i, ''))) return decision(null, 0);
      const name = subject.text.replace(/^(?:the|a|an)\s+/i, '');
      const p = this.people.named(name[0]!.toUpperCase() + name.slice(1), at);
      if (p) p.kind = 'org';
      return p ? decision(this.speakerOf(p), 0.9) : decision(null, 0);
    }
    const words = subject.text.replace(/^(?:the|a|an|his|her|their|its)\s+/i, '');
    if (/^(?:the|his|her|their|its)\s/i.test(subject.text)) {
      const p = this.people.described(words);
      if (p) return decision(this.speakerOf(p), 0.88);
      // "the billionaire businessman said", "the Texan said": an epithet for whom the text is about,
      // when nobody else has been named since.
      const head = words.toLowerCase().split(/\s+/).at(-1)!;
      // Not "the spokesman said": a spokesman, an official or a source speaks for someone, unnamed.
      if (PERSON_NOUNS.test(head) && !SPEAKS_FOR.test(head) && this.focus?.kind === 'person') {
        const since = [...this.before(at, 300)].some((r) => r.person !== this.focus && r.person.kind === 'person' && r.subject);
        if (!since) return decision(this.speakerOf(this.focus), 0.83);
      }
      const role = words.split(/\s+/).at(-1)!.toLowerCase().replace(/^co-?/, '');
      const registered = this.context.registry.all().filter((s) => s.role === role || (role === 'filmmaker' && s.role === 'director'));
      if (registered.length === 1) return decision(registered[0]!, 0.85);
      if ((role === 'director' || role === 'filmmaker') && this.context.director) return decision(this.context.director, 0.85);
    }
    return INDEFINITE.test(subject.text) ? unnamed() : decision(null, 0);
  }

  /** The person a paragraph's name mention resolved to. */
  personOf(mention: NameMention): Person | null {
    return this.mentionPerson.get(mention) ?? null;
  }
}
