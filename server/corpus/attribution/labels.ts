/**
 * From speaker labels as written to people. Within a source a label resolves to the participant it
 * names: the registry's person ("HOLT" → Lester Holt), a participant the metadata names (`speakers:
 * [Samir Khalil]` and `Samir:`), the fuller label of the same person in the file ("NOVAK" after
 * "PAVEL NOVAK, HOST"; "Zara" and "Zara Lindqvist"), initials given with a name (`Adam Jonas (AJ):`
 * then `AJ:`). `Q:`/`A:` are the interviewer and the narrator; generic labels (`Speaker 1`,
 * `SPEAKER_01`, `Unknown Speaker`) and unnamed roles (`WOMAN:`) are distinct anonymous speakers of
 * this source only; groups and non-speech (`AUDIENCE:`, `MUSIC:`, `UNIDENTIFIED MALE:`) are nobody.
 * Every lookup is a map access, so twenty thousand distinct labels cost twenty thousand steps.
 */
import type { Speaker } from '../model.ts';
import { adHocSpeaker, nameKey, nameTokens, type SpeakerRegistry } from '../speakers.ts';
import { NameCasing } from '../names/casing.ts';
import type { RawTurn } from '../readers/reader.ts';
import { qaSides } from '../readers/labels/qa.ts';
import type { Draft } from './draft.ts';
import { dottedInitials, initialsInDoubt, initialsOf, leadingInitials, namesByInitials, saidAgainAfterOf } from './initials.ts';
import { honorificFits, selfIntroduction } from './names.ts';
import { interviewIn, legend, peopleInTitle } from './legend.ts';

/** Words a headline capitalises that end a name after a title: prepositions, conjunctions, "Remarks". */
const HEADLINE_WORDS = new Set('before after at on in with and for to of from during upon aboard ahead following via as the a an remarks statement meeting event departure arrival visit'.split(' '));

/** Groups, non-speech and unnamed voices: no one to name. */
const NOBODY = /^(?:unidentified|unnamed|anonymous|unid|unk|inaudible|crosstalk|cross-talk|multiple speakers|various|several|crowd|audience(?! member)|group|all|both|everyone|everybody|chorus|music|singers?|lyrics|applause|laughter|sfx|sound|noise|captions?)\b/i;
/**
 * Otter's `Unknown Speaker` (and a tool's bare `Unknown`): whoever it could not tell apart, several
 * people in one file, so no one; `Unknown Speaker 2` is one voice, numbered.
 */
const UNKNOWN_VOICES = /^unknown(?: speaker)?$/i;
/** Generic labels of automatic transcription: one anonymous speaker each, in this source only. */
const PLACEHOLDER = /^(?:speaker|spk|participant|person|voice|caller|interviewee|respondent|unknown speaker|unknown)(?:[\s_#-]*(\d{1,3}|[a-z]))?$/i;
/** Roles that stand for an unnamed person: anonymous speakers of this source, named by the role. */
/** Labels of a questioner whom the host names as they call on them. */
const QUESTIONER = /^(?:audience member|audience question|questioner|caller|participant|student|voter|attendee)$/i;

/**
 * The person a host's turn calls on: a vocative first name ("Kevin, welcome.") matching a full name
 * the turn gave before it ("Kevin Michel is a teacher …"). Null when the turn names nobody so.
 */
function introducedName(text: string): string | null {
  const vocatives = [...text.matchAll(/(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+),\s+(?:welcome|go ahead|your question|thank you|thanks|please)/gu)].map((m) => m[1]!);
  const first = vocatives.at(-1);
  if (!first) return null;
  const full = [...text.matchAll(new RegExp(String.raw`\b${first}\s+(\p{Lu}[\p{L}'’\-]+)`, 'gu'))].at(-1);
  return full ? `${first} ${full[1]}` : first;
}

/** A meeting tool's device name after its owner's (`Saurabh Swaroop’s iPad`): the owner speaks. */
const DEVICE = /(?<=\p{L})['’]s\s(?:iPad|iPhone|Phone|Android|Galaxy|Pixel|MacBook(?: Pro| Air)?|Mac|Laptop|PC|Computer|Desktop|Surface)$/iu;
/** A label as a name: `ANNA_LEE` is "ANNA LEE", `Anna Lee’s iPad` is Anna Lee. */
const plainLabel = (label: string) => label.replace(/_/g, ' ').trim().replace(DEVICE, '');

/** A possessive within a label: `PAIGE'S FRIEND`, `THE BURNS' MAID`. */
const POSSESSIVE_LABEL = /\p{L}['’]s\s|s['’]\s/iu;
/** A label of someone playing a part (`SHAG AS JAILER`, `Richard as Macbeth`): the part is no fuller name of the player. */
const PLAYING = /\S\s+as\s+\S/i;

/** A generation after a name: `PAT SR.`, `John Smith Jr.`, `Henry VIII`. */
const GENERATION = /\s(?:Sr|Jr|Snr|Jnr)\.?$|\s(?:II|III|IV)$/i;
/** A label of two to four capitals, as meeting notes write their speakers' initials. */
const INITIALS = /^\p{Lu}{2,4}$/u;
/** Two people at once: `EDWARD AND WILL`, `BOTH`. */
const JOINT_WORDS = /\s(?:and|&)\s|\//i;
/** An office's name holds its own "and" after "of" (`The MINISTER OF JUSTICE AND CONSTITUTIONAL DEVELOPMENT`). */
const OFFICE_AND = /\bof\s.*\s(?:and|&)\s/i;
/** Several people named at once (`Kids & Kramer`, `Holmes and Watson`): no one of them. */
function joint(label: string): boolean {
  return JOINT_WORDS.test(label) && !OFFICE_AND.test(label);
}
const ROLES = /^(?:the\s+)?(?:woman|man|girl|boy|narrator|announcer|operator|reporter|interviewer|moderator|host|presenter|anchor|correspondent|translator|interpreter|student|teacher|doctor|officer|nurse|voice[\s-]?over|off[\s-]?screen voice|president|vice president|first lady|secretary|senator|governor|mayor|chairman|chairwoman|speaker|prime minister|minister|ambassador|judge|clerk)$/i;
/**
 * A chair addressed by its office (`Madam Speaker`, `Mr. Deputy Speaker`), or an office named with "The"
 * (`The Secretary of State for Health`, `The Chief Whip of the Opposition`): whoever held it in this
 * source, not one person across sources (a Speaker of 1989 and one of 2019 are different people).
 */
const OFFICES = /^(?:(?:mr|madam|madame)\.?\s+(?:deputy\s+)?(?:speaker|chairman|chair|president)|(?:the\s+)?(?:lord|deputy)\s+speaker|the\s+(?:[\p{L}-]+\s+){0,3}(?:secretary|minister|chancellor|leader|whip|paymaster|attorney|solicitor|lord privy seal)\b.{0,80})$/iu;

export interface LabelContext {
  registry: SpeakerRegistry;
  sourceSlug: string;
  /** The whole text, for names' casing. */
  text: string;
  /** The source's title (given, or stated by the file): people it names resolve short labels. */
  title?: string;
  /** Full names the file introduces (a screenplay's action lines): they resolve first names and surnames too. */
  names?: string[];
  /** Full names a cover lists (`Participants:`): they resolve surnames only (`JOHN:` may be a caller, not John Carter). */
  roster?: string[];
  hosts: Speaker[];
  interviewer?: Speaker;
  narrator?: Speaker;
  guests: Speaker[];
}

/**
 * A label's role as shown: `HOST` in a news transcript's capitals reads as `host`; a role written in
 * mixed case keeps its own (`D-Calif.`, `Roberval, BQ`), which lower case would spoil.
 */
function roleOf(role: string | undefined): string {
  if (!role) return 'unknown';
  return role === role.toUpperCase() ? role.toLowerCase() : role;
}

/** A speaker of this source only: `Speaker 1`, `Woman`, `Interviewer`. */
function anonymous(name: string, role: string, sourceSlug: string): Speaker {
  const key = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return adHocSpeaker(name, role, `${sourceSlug}-${key || 'speaker'}`);
}

/** Turns of a labelled layout as drafts, speakers resolved from their labels. */
export function attributeLabelled(turns: RawTurn[], ctx: LabelContext): { drafts: Draft[]; people: Speaker[] } {
  // Names are only cased from the labels and the names titles give: its scan keeps only their words.
  const casing = new NameCasing(ctx.text, () => [...labels.map(plainLabel), ...titledBy.values(), ...inTitle.values()].filter((n): n is string => !!n));
  const participants = [...ctx.hosts, ...(ctx.interviewer ? [ctx.interviewer] : []), ...(ctx.narrator ? [ctx.narrator] : []), ...ctx.guests];
  // Every short form of a participant's name, pointing at them (or null when two share it).
  const byPart = new Map<string, Speaker | null>();
  const claim = (key: string, s: Speaker) => {
    if (!key) return;
    const prior = byPart.get(key);
    byPart.set(key, prior === undefined || prior === s ? s : null);
  };
  const addPerson = (s: Speaker) => {
    const tokens = nameTokens(s.name);
    claim(tokens.join(' '), s);
    if (tokens.length > 1) {
      claim(tokens[0]!, s);
      claim(tokens.at(-1)!, s);
      claim(initialsOf(tokens), s);
    }
    for (const a of s.aliases) claim(nameKey(a), s);
  };
  participants.forEach(addPerson);

  // The fullest written form of each name in this file: "NOVAK" is "PAVEL NOVAK" when only one label ends so.
  const labels = [...new Set(turns.map((t) => t.label).filter((l): l is string => !!l))];
  const fuller = new Map<string, string | null>();
  for (const label of labels) {
    const tokens = nameTokens(label);
    // `PAIGE'S FRIEND` is someone else than Paige: a possessive names no fuller form of its owner;
    // `PAT SR.` is Pat's father, no fuller form of Pat; `SHAG AS JAILER` is Shag playing a part.
    // Initials (`J.C.`) are the short form, never the fuller one.
    if (tokens.length < 2 || dottedInitials(tokens) !== undefined || joint(label) || POSSESSIVE_LABEL.test(label) || GENERATION.test(label.trim()) || PLAYING.test(label)) continue;
    // `T.J. MILLER` is `T.J.` too: initials that open a name count as its initials.
    // `JOHN KING` is `J. KING` too, where no other King of that initial speaks (`MARTHA KING` is `M. KING`).
    const initialAndSurname = tokens[0]!.length > 1 ? `${tokens[0]![0]} ${tokens.at(-1)}` : '';
    for (const part of [tokens[0]!, tokens.at(-1)!, initialsOf(tokens), leadingInitials(label), initialAndSurname]) {
      if (part === '') continue;
      const prior = fuller.get(part);
      fuller.set(part, prior === undefined || prior === label ? label : null);
    }
  }
  const saidAgainAfter = saidAgainAfterOf(turns);
  // Worked out only when initials are to be resolved.
  let byInitials: Map<string, Set<string>> | undefined;
  const names = () => (byInitials ??= namesByInitials(ctx.text));
  const wordsOf = (key: string) => turns.filter((t) => t.label?.toLowerCase() === key).map((t) => t.text);

  // What a label's speaker says of themselves in their first turns ("I'm Joe Beda"), when it fits the label.
  const introductions = new Map<string, string>();
  const seenTurns = new Map<string, number>();
  for (const t of turns) {
    if (!t.label) continue;
    const key = t.label.toLowerCase();
    const n = seenTurns.get(key) ?? 0;
    if (n >= 3 || introductions.has(key)) continue;
    seenTurns.set(key, n + 1);
    const name = selfIntroduction(t.text);
    if (!name) continue;
    const tokens = nameTokens(t.label);
    const full = nameTokens(name);
    // Initials written with full stops (`J.C.`) fit as written without them.
    const dotted = dottedInitials(tokens);
    const short = dotted !== undefined ? [dotted] : tokens;
    if ((short.length === 1 && (short[0] === initialsOf(full) || short[0] === full[0] || short[0] === full.at(-1))) || tokens.join(' ') === full.join(' ')) introductions.set(key, name);
  }

  // The file's own key to its labels: a legend before the speech, people its title names, Q and A in a heading.
  const codes = legend(ctx.text.slice(0, turns.find((t) => t.label)?.start ?? 0), new Set(labels.map((l) => l.toLowerCase())), ctx.text);
  const inTitle = new Map<string, string | null>();
  for (const name of [...(ctx.title ? peopleInTitle(ctx.title) : []), ...(ctx.names ?? [])]) {
    for (const part of [nameTokens(name)[0]!, nameTokens(name).at(-1)!]) inTitle.set(part, inTitle.has(part) && inTitle.get(part) !== name ? null : name);
  }
  for (const name of ctx.roster ?? []) {
    const part = nameTokens(name).at(-1)!;
    inTitle.set(part, inTitle.has(part) && inTitle.get(part) !== name ? null : name);
  }
  // Roles a title gives to a person: "Remarks by President Biden" makes THE PRESIDENT Biden.
  const titledBy = new Map<string, string>();
  for (const m of (ctx.title ?? '').matchAll(/\b(President|Vice President|First Lady|Secretary|Senator|Governor|Mayor|Speaker|Prime Minister|Chairman|Chairwoman|Ambassador|Judge)\s+((?:\p{Lu}[\p{L}'’\-]+\s?){1,3})/gu)) {
    // A headline capitalises every word: the name ends where its words do ("Remarks by Vice President
    // Harris Before Air Force Two Departure" is Harris).
    const words = m[2]!.trim().split(/\s+/);
    const end = words.findIndex((w) => HEADLINE_WORDS.has(w.toLowerCase()));
    const name = words.slice(0, end === -1 ? words.length : end).join(' ');
    if (name && !titledBy.has(m[1]!.toLowerCase())) titledBy.set(m[1]!.toLowerCase(), name);
  }
  // Which labels stand for questions and answers: `Q:`/`A:`, `Domanda:`, and letters paired (`D:`/`R:`).
  const qa = qaSides((function* () {
    for (const t of turns) if (t.label) yield { key: t.label.toLowerCase(), text: t.text };
  })());
  // Letters that are the initials of people the metadata names (`D:` Dave Miller, `R:` Rachel Green) are theirs.
  const initialsOfPeople = new Set(participants.map((p) => nameTokens(p.name)[0]?.[0]).filter((c): c is string => !!c));
  for (const key of [...qa.keys()]) if (key.length === 1 && key !== 'q' && key !== 'a' && initialsOfPeople.has(key)) qa.delete(key);
  const interview = (key: string): string | undefined => {
    const headings = [...new Set(turns.filter((t) => t.label?.toLowerCase() === key && t.section).map((t) => t.section!))];
    for (const heading of [...headings, ctx.title ?? '']) {
      const found = interviewIn(heading);
      const name = qa.get(key) === 'question' ? found.interviewer : found.narrator;
      if (name) return name;
    }
    return undefined;
  };

  const distinct = new Set(labels.map((l) => plainLabel(l)));
  let initials = 0;
  for (const l of distinct) if (INITIALS.test(l)) initials++;
  const initialsFile = initials >= 4 && initials * 2 >= distinct.size;

  // A set, not a search of the list: a file of fifty thousand distinct labels made the search quadratic.
  const people = new Set<Speaker>();
  const remember = (s: Speaker | null) => {
    if (s) people.add(s);
    return s;
  };
  const resolved = new Map<string, Speaker | null>();
  const speakerFor = (label: string, role: string | undefined): Speaker | null => {
    const key = label.toLowerCase();
    if (resolved.has(key)) return resolved.get(key)!;
    const plain = plainLabel(label);
    let speaker: Speaker | null;
    const placeholder = PLACEHOLDER.exec(plain);
    if (UNKNOWN_VOICES.test(plain)) {
      speaker = null;
    } else if (qa.has(key)) {
      const named = interview(key);
      speaker = qa.get(key) === 'question'
        ? (ctx.interviewer ?? ctx.hosts[0] ?? (named ? adHocSpeaker(named, 'interviewer') : anonymous('Interviewer', 'interviewer', ctx.sourceSlug)))
        : (ctx.narrator ?? (ctx.guests.length === 1 ? ctx.guests[0]! : named ? adHocSpeaker(named, 'narrator') : anonymous('Narrator', 'narrator', ctx.sourceSlug)));
    } else if (placeholder) {
      const which = placeholder[1] ? ` ${placeholder[1].toUpperCase()}` : '';
      const base = /^unknown speaker/i.test(plain) ? 'Unknown Speaker' : `${plain.split(/[\s#-]/)[0]![0]!.toUpperCase()}${plain.split(/[\s#-]/)[0]!.slice(1).toLowerCase()}`;
      speaker = anonymous(`${base}${which}`.replace(/\s+/g, ' '), 'unknown', ctx.sourceSlug);
    } else if (NOBODY.test(plain) || joint(plain) || !/\p{L}/u.test(plain) || /["“”]/.test(plain)) {
      speaker = null;
    } else if (ROLES.test(plain.replace(/^the\s+/i, '')) && titledBy.has(plain.replace(/^the\s+/i, '').toLowerCase())) {
      // "THE PRESIDENT:" in "Remarks by President Biden …": the person the title gives the role to.
      const name = titledBy.get(plain.replace(/^the\s+/i, '').toLowerCase())!;
      speaker = ctx.registry.resolve(name) ?? byPart.get(nameKey(name)) ?? adHocSpeaker(casing.of(name), plain.toLowerCase());
    } else if (ROLES.test(plain) || OFFICES.test(plain)) {
      speaker = anonymous(casing.of(plain).replace(/^\p{Ll}/u, (c) => c.toUpperCase()), plain.toLowerCase(), ctx.sourceSlug);
    } else {
      const tokens = nameTokens(plain);
      const k = tokens.join(' ');
      // Initials written with full stops (`J.C.:`) are looked up as written without them (`JC`).
      const initials = dottedInitials(tokens);
      const initialled = tokens.length === 2 && tokens[0]!.length === 1 && tokens[1]!.length > 1;
      let longer = initials !== undefined ? fuller.get(initials) : tokens.length === 1 || k.length <= 4 || initialled ? fuller.get(k) : undefined;
      // `Mrs. Ross` is neither `Mr. Ross` nor `Harold Ross`: a label's honorific must suit whom it would join.
      const suits = <T extends { name: string } | string>(s: T | null | undefined): T | null => (s && honorificFits(plain, typeof s === 'string' ? s : s.name) ? s : null);
      longer = suits(longer) ?? undefined;
      // Initials are not a fuller name said again once they are in use, nor one their speaker's own words
      // deny (`J.C.: … I'm Julie Cross`).
      const initialsLike = initials !== undefined || INITIALS.test(plain);
      if (longer && initialsLike && (saidAgainAfter(longer.toLowerCase(), key) || introductions.has(key) || initialsInDoubt(initials ?? k, longer, wordsOf(key), names()))) longer = undefined;
      // `J. KING` is not `JOHN KING` said again once it is in use (a brother, `Jeff`), nor where its own words deny it.
      if (longer && initialled && (saidAgainAfter(longer.toLowerCase(), key) || introductions.has(key))) longer = undefined;
      // In notes whose speakers are mostly initials (`MBS:`, `SYG:`), `LEO:` and `DE:` are initials too.
      const written = initialsFile && INITIALS.test(plain) ? plain : casing.of(plain);
      speaker = suits(ctx.registry.resolve(written)) ?? suits(byPart.get(k));
      if (speaker && initialsLike && saidAgainAfter(speaker.name.toLowerCase(), key)) speaker = null;
      // A code the file's legend explains (`CDR  Commander James A. Lovell, Jr.`), or a surname its title names.
      const explained = !speaker ? codes.get(key) : undefined;
      if (explained?.name) speaker = ctx.registry.resolve(explained.name) ?? byPart.get(nameKey(explained.name)) ?? adHocSpeaker(explained.name, roleOf(role));
      else if (explained?.role) speaker = anonymous(explained.role, explained.role.toLowerCase(), ctx.sourceSlug);
      const titled = !speaker && tokens.length === 1 ? inTitle.get(k) : undefined;
      if (titled) speaker = ctx.registry.resolve(titled) ?? adHocSpeaker(casing.of(titled), roleOf(role));
      // A short label of a fuller one in this file is whoever the fuller one is.
      if (!speaker && longer && longer !== label) speaker = speakerFor(longer, role) ?? null;
      // Initials or a first name whose speaker says who they are: `JB: … I'm Joe Beda.`
      const introduced = !speaker ? introductions.get(key) : undefined;
      if (introduced) speaker = ctx.registry.resolve(introduced) ?? adHocSpeaker(introduced, roleOf(role));
      speaker ??= adHocSpeaker(written, roleOf(role));
      if (speaker && !participants.includes(speaker)) addPerson(speaker);
    }
    resolved.set(key, remember(speaker));
    return speaker;
  };

  // A generic questioner (`AUDIENCE MEMBER:`, `CALLER:`) is whom the turn before introduced by name:
  // "… Kevin Michel, a teacher … Kevin, welcome. What's your question?" — until someone else is.
  let introduced: { label: string; speaker: Speaker } | null = null;
  let pending: string | null | undefined;
  const drafts: Draft[] = turns.map((turn) => {
    let speaker = turn.label ? speakerFor(turn.label, turn.labelRole) : null;
    if (turn.label && !QUESTIONER.test(turn.label)) {
      // The host calls on someone: by name, or (no name we can read) not by name, so the earlier one no longer holds.
      const name = introducedName(turn.text);
      if (name) pending = name;
      else if (/your question|welcome|go ahead/i.test(turn.text)) pending = null;
    } else if (turn.label) {
      if (pending !== undefined) introduced = pending ? { label: turn.label, speaker: remember(ctx.registry.resolve(pending) ?? adHocSpeaker(pending, 'guest'))! } : null;
      pending = undefined;
      if (introduced?.label === turn.label) speaker = introduced.speaker;
    }
    const d: Draft = { kind: 'turn', text: turn.text, start: turn.start, end: turn.end, speaker, method: speaker ? 'label' : 'none', confidence: speaker ? 1 : 0, rule: speaker ? 'label' : 'none' };
    if (turn.label) d.label = turn.labelRole ? `${turn.label}, ${turn.labelRole}` : turn.label;
    if (turn.time) d.time = { start: turn.time.start, end: turn.time.end ?? turn.time.start, ...(turn.cues ? { cues: turn.cues } : {}) };
    return d;
  });
  return { drafts, people: [...people] };
}
