/**
 * The speaker registry: canonical people and every name the texts use for them. Resolution is by
 * full name, registered alias, or (when unambiguous) surname or first name, ignoring honorifics
 * ("Secretary Clinton" → Hillary Clinton) and middle initials ("Donald J. Trump").
 */
import { createHash } from 'node:crypto';
import type { Collection, Speaker } from './model.ts';
import { slugify } from './text.ts';

const HONORIFICS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'secretary',
    'senator', 'sen', 'governor', 'gov', 'president', 'vice', 'mayor', 'judge', 'justice', 'rep',
    'representative', 'congressman', 'congresswoman', 'general', 'gen', 'colonel', 'col', 'captain', 'capt',
    'father', 'rev', 'reverend', 'sheikh', 'imam', 'rabbi', 'director', 'minister', 'chancellor', 'ambassador',
    // Offices a hearing puts before a name: `Chairman SPECTER.`, `Admiral Gortney.`, `Chief Dine.`
    'chairman', 'chairwoman', 'chairperson', 'admiral', 'chief', 'commissioner', 'administrator', 'delegate',
    'lieutenant', 'sergeant', 'inspector', 'bishop',
  ],
);

// Made once: a pattern literal inside a function is a new object on every call, and names are looked up per label.
const ASCII = /^[\x00-\x7F]*$/;
const MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’]s\b/g;
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
const NOT_NAME_CHARS = /[^\p{L}\p{N}-]+/u;

/** The token without hyphens at its ends (by index: `/-+$/` rescanned a run of hyphens from each of them). */
function withoutEdgeHyphens(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && token.charCodeAt(start) === 45) start++;
  while (end > start && token.charCodeAt(end - 1) === 45) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

const DIGIT = /^\d$/;

/** Name tokens for matching: lower case, no diacritics, no honorifics or single-letter initials (digits stay). */
export function nameTokens(name: string): string[] {
  // ASCII has no diacritics to take off: most names skip the Unicode decomposition.
  const tokens = (ASCII.test(name) ? name : name.normalize('NFKD').replace(MARKS, ''))
    .toLowerCase()
    .replace(POSSESSIVE, '')
    // O’Brien and D'Angelo are one word each, as `OBrien` would be: an apostrophe inside a name joins.
    .replace(INNER_APOSTROPHE, '')
    .split(NOT_NAME_CHARS)
    .map(withoutEdgeHyphens)
    .filter((t) => t.length > 0);
  // A name of initials alone (`J.C.`, `B. O.`) is all initials: `J.M.` is someone else.
  if (tokens.length > 1 && tokens.every((t) => t.length === 1)) return tokens;
  // A single letter after the first word is an initial; a single digit is a number that tells people
  // apart (`CIRCLE #2` is not `CIRCLE #1`).
  const rest = tokens.filter((t, i) => !(HONORIFICS.has(t) && i < tokens.length - 1) && !(t.length === 1 && i > 0 && !DIGIT.test(t)));
  return rest.length > 0 ? rest : tokens;
}

export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Read-only lookup of registered speakers by any of their names. */
export class SpeakerRegistry {
  private readonly bySlugMap = new Map<string, Speaker>();
  private readonly exact = new Map<string, Speaker>();
  /** Surnames and first names: a key shared by two people maps to null (ambiguous). */
  private readonly partial = new Map<string, Speaker | null>();

  constructor(speakers: Iterable<Speaker>) {
    for (const speaker of speakers) this.add(speaker);
  }

  private add(speaker: Speaker): void {
    if (this.bySlugMap.has(speaker.slug)) return;
    this.bySlugMap.set(speaker.slug, speaker);
    for (const name of [speaker.name, ...speaker.aliases]) {
      const key = nameKey(name);
      if (key && !this.exact.has(key)) this.exact.set(key, speaker);
    }
    const tokens = nameTokens(speaker.name);
    if (tokens.length > 1) {
      for (const token of [tokens[0]!, tokens.at(-1)!, tokens.slice(1).join(' ')]) {
        const prior = this.partial.get(token);
        this.partial.set(token, prior === undefined || prior === speaker ? speaker : null);
      }
    }
  }

  all(): Speaker[] {
    return [...this.bySlugMap.values()];
  }

  bySlug(slug: string): Speaker | undefined {
    return this.bySlugMap.get(slug);
  }

  /** The registered person a written name refers to, or null when unknown or ambiguous. */
  resolve(name: string): Speaker | null {
    const key = nameKey(name);
    if (!key) return null;
    const exact = this.exact.get(key) ?? this.bySlugMap.get(name);
    if (exact) return exact;
    const partial = this.partial.get(key);
    if (partial) return partial;
    // "Donald J. Trump" against a registered "Donald Trump": compare first and last tokens.
    const tokens = key.split(' ');
    if (tokens.length > 2) return this.exact.get(`${tokens[0]} ${tokens.at(-1)}`) ?? null;
    return null;
  }

  /** A new registry with more speakers (earlier ones win on conflicts). */
  with(speakers: Iterable<Speaker>): SpeakerRegistry {
    return new SpeakerRegistry([...this.all(), ...speakers]);
  }
}

/** A speaker met in a source and not registered: the name as written, tidied. */
export function adHocSpeaker(name: string, role = 'unknown', slug = slugify(name)): Speaker {
  return { slug: slug || scriptSlug(name), name: name.trim(), role, aliases: [], adHoc: true };
}

/**
 * A slug for a name with no Latin letter or digit in it (`الولد`, `王小明`): slugs are ASCII (they are
 * URLs and file names), so one made of the name's hash keeps two such people apart — every one of
 * them was `unnamed`, one speaker.
 */
function scriptSlug(name: string): string {
  const key = name.trim().normalize('NFC');
  return key ? `speaker-${createHash('sha1').update(key).digest('hex').slice(0, 10)}` : 'unnamed';
}

/**
 * The corpus's speakers, scoped per collection: registered people are who their registry says (the
 * same slug in two registries is one person); a person met only in a source's text or labels belongs
 * to that source's collection, so "Samir" in two collections is two people. A clash renames the later
 * one (`samir-<collection>`) in its quotes and source metadata.
 *
 * `claims` are the slugs the previous index gave, each with its collection: a speaker keeps the address
 * it had (a review added in another collection that names "Samir" does not take `/speakers/samir`
 * from the interview's Samir, nor does a clash gone give him back the plain slug).
 */
export function scopeSpeakers(collections: Collection[], parsed: ParsedSpeakers[], claims: ReadonlyMap<string, string> = new Map()): Speaker[] {
  const all = new Map<string, Speaker>();
  const owner = new Map<string, string>();
  for (const c of collections) {
    for (const s of c.speakers) {
      if (!all.has(s.slug)) all.set(s.slug, s);
      if (!owner.has(s.slug)) owner.set(s.slug, `registry:${s.slug}`);
    }
  }
  /** Collections that keep a scoped slug they had (`samir-<collection>`) though no clash calls for it now. */
  const keepScoped = new Set<string>();
  if (claims.size > 0) {
    for (const p of parsed) {
      const collection = p.source.collection;
      for (const s of p.speakers) {
        if (!s.adHoc || owner.get(s.slug)?.startsWith('registry:')) continue;
        if (claims.get(s.slug) === collection) owner.set(s.slug, collection);
        else if (claims.get(`${s.slug}-${collection || 'uncollected'}`) === collection) keepScoped.add(`${s.slug}\u0000${collection}`);
      }
    }
  }
  for (const p of parsed) {
    const collection = p.source.collection;
    const renamed = new Map<string, Speaker>();
    for (const s of p.speakers) {
      if (!s.adHoc) {
        if (!all.has(s.slug)) all.set(s.slug, s);
        continue;
      }
      const holder = owner.get(s.slug);
      if ((holder === undefined && !keepScoped.has(`${s.slug}\u0000${collection}`)) || holder === collection) {
        owner.set(s.slug, collection);
        if (!all.has(s.slug)) all.set(s.slug, s);
        continue;
      }
      let slug = `${s.slug}-${collection || 'uncollected'}`;
      for (let n = 2; owner.has(slug) && owner.get(slug) !== collection; n++) slug = `${s.slug}-${collection || 'uncollected'}-${n}`;
      owner.set(slug, collection);
      const scoped = all.get(slug) ?? { ...s, slug };
      all.set(slug, scoped);
      renamed.set(s.slug, scoped);
    }
    if (renamed.size === 0) continue;
    for (const q of p.quotes) {
      const to = q.speaker ? renamed.get(q.speaker.slug) : undefined;
      if (to) q.speaker = { slug: to.slug, name: to.name, role: to.role };
    }
    const meta = p.source.meta;
    const map = (slug: string) => renamed.get(slug)?.slug ?? slug;
    if (meta.host) meta.host = meta.host.map(map);
    if (meta.speakers) meta.speakers = meta.speakers.map(map);
    if (meta.interviewer) meta.interviewer = map(meta.interviewer);
    p.speakers = p.speakers.map((s) => renamed.get(s.slug) ?? s);
  }
  return [...all.values()];
}

/** What `scopeSpeakers` needs of a parsed source. */
export interface ParsedSpeakers {
  source: { collection: string; meta: { host?: string[]; speakers?: string[]; interviewer?: string } };
  quotes: Array<{ speaker: { slug: string; name: string; role: string } | null }>;
  speakers: Speaker[];
}
