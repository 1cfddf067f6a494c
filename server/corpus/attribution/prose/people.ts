/**
 * The people an article mentions, in reading order: each full name starts a person ("Hillary Rodham
 * Clinton"), later surnames, first names and honorific forms ("Clinton", "Mrs. Clinton") are the same
 * person (the most recently mentioned one when two share a surname); appositions and titles give
 * them descriptions ("Jonas Bauer, the festival's head of programming", "Republican nominee Donald
 * Trump") that "the head of programming said" resolves to; honorifics, the registry and a first-name
 * list give their sex, for pronouns. Organisations and outlets ("the Clinton campaign", "The Northern
 * Post") are sources too, but never the antecedent of "he" or "she".
 */
import type { Speaker } from '../../model.ts';
import { firstNameSex } from '../../lexicon/index.ts';
import { nameTokens, type SpeakerRegistry } from '../../speakers.ts';

export type Sex = 'M' | 'F';

export interface Person {
  id: number;
  /** The fullest name the article gives. */
  name: string;
  tokens: string[];
  kind: 'person' | 'org';
  sex?: Sex;
  /** Lower-case descriptions: "head of programming", "republican nominee". */
  descriptions: string[];
  /** The registry's person, when the collection knows them. */
  registered?: Speaker;
  /** Where the article last named them (offset in the source). */
  lastSeen: number;
}

const HONORIFIC_SEX: Record<string, Sex> = { mr: 'M', mrs: 'F', ms: 'F', miss: 'F', sir: 'M', lady: 'F', dame: 'F', lord: 'M', madam: 'F', madame: 'F', mister: 'M' };
export const HONORIFICS = new Set('mr mrs ms miss mx dr prof professor sen senator rep representative gov governor president vice secretary mayor judge justice gen general col colonel capt captain lt sgt adm rev reverend sir dame lord lady madam chairman chairwoman speaker sheikh imam rabbi father pope queen king prince princess ambassador minister chancellor'.split(' '));
/** Words that make a capitalised phrase an organisation or place rather than a person. */
const ORG_WORDS = new Set('house party committee department news times post journal street university college institute foundation council court senate congress campaign administration agency bureau service office ministry commission association union company corp inc group network center centre church club team airlines bank fund capitol hall states city county republic kingdom islands island river mountain park hospital school press reuters associated cnn nbc abc cbs npr bbc fox msnbc festival museum gallery studios pictures films records magazine review tribune herald guardian chronicle observer telegraph gazette daily weekly radio television tv police army navy force forces fbi cia pentagon nato eu un white twitter facebook google apple amazon netflix youtube district attorney office state states county circuit division region hotel airport station square avenue road bridge tower'.split(' '));

/** Places and peoples the first-name list also holds. */
const NOT_PEOPLE = new Set('alabama alaska arizona arkansas california carolina colorado dakota florida georgia idaho indiana iowa kansas kentucky louisiana maine maryland montana nevada virginia washington wyoming texas utah vermont tennessee america india china israel jordan chad paris sydney austin houston dallas denver phoenix savannah brooklyn london berlin irish english french german russian american african asian european christian china egypt kenya nigeria syria iran iraq lebanon'.split(' '));

/** Titles written before names, as the head nouns descriptions use: "Sen. Cruz" is "the senator". */
const HEADS: Record<string, string> = { sen: 'senator', rep: 'congressman', representative: 'congressman', congresswoman: 'congressman', gov: 'governor', gen: 'general', pres: 'president', secy: 'secretary', businessman: 'businessman', mogul: 'businessman' };

let nextId = 1;

/** The article's people, resolved as they are read. */
export class People {
  readonly all: Person[] = [];
  private readonly byToken = new Map<string, Person[]>();
  /** People by each word of their descriptions, so a description is looked up, not scanned for. */
  private readonly byDescription = new Map<string, Person[]>();

  constructor(private readonly registry: SpeakerRegistry) {}

  /** True when a capitalised phrase names an organisation or a place, not a person. */
  static isOrg(words: string[]): boolean {
    return words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
  }

  private index(p: Person): void {
    for (const t of new Set([p.tokens[0]!, p.tokens.at(-1)!, p.tokens.join(' ')])) {
      const list = this.byToken.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      this.byToken.set(t, list);
    }
  }

  /** People a name could be: by the whole name, then surname or first name; most recently named first. */
  candidates(name: string): Person[] {
    const tokens = nameTokens(name);
    if (tokens.length === 0) return [];
    const whole = this.byToken.get(tokens.join(' ')) ?? [];
    if (whole.length > 0 || tokens.length > 1) {
      // "Donald J. Trump" and "Donald Trump": first and last tokens agree.
      const loose = tokens.length > 1 ? (this.byToken.get(tokens.at(-1)!) ?? []).filter((p) => p.tokens[0] === tokens[0]) : [];
      return [...new Set([...whole, ...loose])].sort((a, b) => b.lastSeen - a.lastSeen);
    }
    return [...(this.byToken.get(tokens[0]!) ?? [])].sort((a, b) => b.lastSeen - a.lastSeen);
  }

  /**
   * The person a written name refers to, creating them when it is new. `honorific` is the title
   * written before it ("Mrs."), for their sex. Returns null for words that are not a name.
   */
  named(name: string, at: number, honorific?: string): Person | null {
    const tokens = nameTokens(name);
    if (tokens.length === 0 || tokens.length > 5) return null;
    const words = name.split(/\s+/);
    const org = People.isOrg(words);
    const found = this.candidates(name)[0];
    const sex = honorific ? HONORIFIC_SEX[honorific.toLowerCase().replace(/\.$/, '')] : undefined;
    if (found && (found.kind === 'org') === org) {
      if (tokens.length > found.tokens.length) {
        found.name = name;
        found.tokens = tokens;
        this.index(found);
      }
      found.sex ??= sex;
      found.lastSeen = at;
      if (honorific && !sex) this.describe(found, HEADS[honorific.toLowerCase().replace(/\.$/, '')] ?? honorific.toLowerCase().replace(/\.$/, ''));
      return found;
    }
    const registered = this.registry.resolve(name) ?? undefined;
    const first = firstNameSex(tokens[0]!);
    const person: Person = {
      id: nextId++,
      name,
      tokens,
      kind: org ? 'org' : 'person',
      descriptions: [],
      lastSeen: at,
      ...(registered ? { registered } : {}),
    };
    const known = registered?.pronouns === 'he' ? 'M' : registered?.pronouns === 'she' ? 'F' : undefined;
    const guessed = sex ?? known ?? (tokens.length > 1 && (first === 'M' || first === 'F') ? first : undefined);
    if (guessed) person.sex = guessed;
    this.all.push(person);
    this.index(person);
    // The title written before the name describes them: "Sen. Ted Cruz" is "the senator".
    if (honorific && !HONORIFIC_SEX[honorific.toLowerCase().replace(/\.$/, '')]) this.describe(person, HEADS[honorific.toLowerCase().replace(/\.$/, '')] ?? honorific.toLowerCase().replace(/\.$/, ''));
    return person;
  }

  /**
   * A name met in running text: the person it refers to, if they are known or the name is surely a
   * person's (it starts with a first name, or a title stands before it). Capitalised words that match
   * nobody and start with no first name ("Iowa", "Southern District") are not taken for a new person;
   * as the subject of a said-clause they still are (see `named`).
   */
  mentioned(name: string, at: number, honorific?: string): Person | null {
    const tokens = nameTokens(name);
    // A new person needs a first name we know or a title; anyone already met needs neither. Places
    // and peoples that are also first names ("Florida", "Virginia", "Irish") need a surname too.
    // A person of the collection's registry is one whatever their first name.
    if (!honorific && this.candidates(name).length === 0 && !this.registry.resolve(name) && (firstNameSex(tokens[0]!) === undefined || NOT_PEOPLE.has(tokens[0]!))) return null;
    return this.named(name, at, honorific);
  }

  /** Record a description of a person: "head of programming", "republican nominee". */
  describe(person: Person, description: string): void {
    const d = description.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!d || person.descriptions.includes(d) || person.descriptions.length >= 8) return;
    person.descriptions.push(d);
    // Indexed by its head, the last word: "the nominee" is whoever was called "presidential nominee".
    const last = d.split(' ').at(-1)!;
    const head = HEADS[last] ?? last;
    const list = this.byDescription.get(head) ?? [];
    if (!list.includes(person) && list.length < 50) list.push(person);
    this.byDescription.set(head, list);
  }

  /**
   * The one person a definite description fits ("the head of programming", "the Texas senator", "the
   * Republican nominee"), by its head noun, the last word; when several share the head, the one whose
   * descriptions hold most of the other words. Null when none or several fit equally.
   */
  described(description: string): Person | null {
    const words = description.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => !/^(?:the|a|an|his|her|its|their)$/.test(w));
    const head = HEADS[words.at(-1)!] ?? words.at(-1)!;
    const fits = this.byDescription.get(head) ?? [];
    if (fits.length <= 1) return fits[0] ?? null;
    const score = (p: Person) => words.filter((w) => p.descriptions.some((d) => d.split(' ').includes(w)) || p.tokens.includes(w)).length;
    const ranked = fits.map((p) => ({ p, s: score(p) })).sort((a, b) => b.s - a.s);
    return ranked[0]!.s > ranked[1]!.s ? ranked[0]!.p : null;
  }
}
