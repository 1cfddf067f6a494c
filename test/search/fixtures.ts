/**
 * The contract suite's fixture: a small index snapshot built from real sentences (the City of Ghosts
 * seed texts in `transcripts/city-of-ghosts/` and the 2016 presidential debates), laid out so each
 * contract test has something to find and something to miss. Every call returns fresh objects, so a
 * test (or an engine) mutating one cannot leak into another.
 *
 * Words the tests rely on, and where they are (keep in sync when editing texts):
 * - "camera": `hamoudCamera`, `cameraTurnsAway`; "cameras" (one typo from "camera"): `smuggledCameras`.
 * - "human face" adjacent in `humanFace`, far apart in `humanCost`.
 * - "heineman" in the text of `heinemanDirector` and `heinemanFollowsUp`; other Heineman quotes only
 *   have him as speaker.
 * - "fences" near the end of the long `footageHorrors`; the HTML-like text in `scriptTag`.
 * - "slaughtered silently" (in that order) in `rbssName` and `cigarette`; never "silently slaughtered".
 */
import type { QuoteDocument, QuoteKind, SourceKind, SourceMeta, SpeakerRef } from '../../server/corpus/model.ts';
import type { Catalog, CollectionRecord, IndexSnapshot, PermalinkRecord, SourceRecord, SourceText, SpeakerRecord } from '../../server/search/engine.ts';

export const BUILT_AT_A = '2026-01-10T12:00:00.000Z';
export const BUILT_AT_B = '2026-02-20T08:30:00.000Z';

interface SpeakerDef extends SpeakerRef {
  collection: string;
}

export const SPEAKERS = {
  host: { slug: 'npr-host', name: 'Radio Host', role: 'host', collection: 'city-of-ghosts' },
  heineman: { slug: 'matthew-heineman', name: 'Matthew Heineman', role: 'director', collection: 'city-of-ghosts' },
  alhamza: { slug: 'abdalaziz-alhamza', name: 'Abdalaziz Alhamza', role: 'subject', collection: 'city-of-ghosts' },
  hamoud: { slug: 'hamoud', name: 'Hamoud', role: 'subject', collection: 'city-of-ghosts' },
  ibrahim: { slug: 'ibrahim', name: 'Ibrahim', role: 'contact', collection: 'city-of-ghosts' },
  critic: { slug: 'guardian-critic', name: 'Staff Critic', role: 'critic', collection: 'city-of-ghosts' },
  holt: { slug: 'lester-holt', name: 'Lester Holt', role: 'moderator', collection: 'debates-2016' },
  clinton: { slug: 'hillary-clinton', name: 'Hillary Clinton', role: 'candidate', collection: 'debates-2016' },
  trump: { slug: 'donald-trump', name: 'Donald Trump', role: 'candidate', collection: 'debates-2016' },
} satisfies Record<string, SpeakerDef>;
type SpeakerKey = keyof typeof SPEAKERS;

interface SourceDef {
  slug: string;
  collection: string;
  title: string;
  kind: SourceKind;
  date?: string;
  outlet?: string;
}

export const SOURCES = {
  npr: { slug: 'npr-city-of-ghosts', collection: 'city-of-ghosts', title: 'Documentary Follows Citizen Journalists In Raqqa', kind: 'interview', date: '2017-07-07', outlet: 'NPR' },
  review: { slug: 'guardian-review', collection: 'city-of-ghosts', title: 'City of Ghosts review: shocking and moving', kind: 'review', date: '2017-07-21', outlet: 'The Guardian' },
  article: { slug: 'ibt-article', collection: 'city-of-ghosts', title: 'Syria War Movie Shows Citizens Fighting For Their Lives', kind: 'article', date: '2017-07' },
  notes: { slug: 'festival-notes', collection: 'city-of-ghosts', title: 'Notes From The Festival', kind: 'article' },
  debate: { slug: 'first-debate', collection: 'debates-2016', title: 'First Presidential Debate', kind: 'interview', date: '2016-09-26' },
} satisfies Record<string, SourceDef>;
type SourceKey = keyof typeof SOURCES;

type Row = [key: string, source: SourceKey, speaker: SpeakerKey | null, kind: QuoteKind, text: string];

// In browse order: collections, then sources, then position in the source.
const ROWS: Row[] = [
  ['raqqaCapital', 'npr', 'host', 'turn', 'Now to Raqqa in Syria. For the past three years it is been known as the defacto capital of the Islamic State. Coalition forces have begun a drive to force ISIS out of that city.'],
  ['propagandaVideos', 'npr', 'host', 'turn', 'And for years ISIS has tried to make sure that whatever the world knew about Raqqa came from their carefully produced propaganda videos.'],
  ['rbssName', 'npr', 'host', 'turn', 'They call themselves Raqqa Is Being Slaughtered Silently or RBSS.'],
  ['startWithYou', 'npr', 'host', 'turn', 'So Abdalaziz I am going to start with you. Do you remember how it was that you and your colleagues decided to start documenting what was happening?'],
  ['activists', 'npr', 'alhamza', 'turn', 'Yes. So for my colleagues and I all of us we used to be activists during Syrian revolution. Even before ISIS some of us were forced to leave the city. And we ended up in Turkey.'],
  ['skypeCall', 'npr', 'alhamza', 'turn', 'So watching ISIS propaganda like the fake news that were coming from our city no one paid attention back that time. So we had a Skype call.'],
  ['warOfIdeas', 'npr', 'heineman', 'turn', "You know I think I was fascinated by this war of ideas this war propaganda this war of information between ISIS's slick propaganda almost Hollywood-style videos on one side and then RBSS's work on the other trying to counter this narrative."],
  ['footageHorrors', 'npr', 'heineman', 'turn', "I think for me using the footage from RBSS showing life inside the caliphate showing life inside the capital of ISIS using ISIS's footage as well you know we combed through hundreds and hundreds of hours of footage it was important to me to show the horrors that the citizens of Raqqa live with every single day. The fear of walking outside the trauma of walking into your town square and seeing heads on fences."],
  ['balancingAct', 'npr', 'heineman', 'turn', 'On the other hand I did not want people to run out of movie theaters because it was so unbearable. And so it is very much a balancing act between those two things.'],
  ['hardToWatch', 'npr', 'host', 'turn', 'Well I will tell you Matthew one of the things that is really striking about the film it is beautifully shot but it is very hard to watch.'],
  ['goHome', 'npr', 'alhamza', 'turn', 'Like I hope one day that I will be able to go home but it sounds so hard.'],
  ['bartender', 'npr', 'alhamza', 'turn', 'I do not know. So far maybe like a bartender.'],
  ['heinemanDirector', 'npr', 'host', 'turn', "Matthew Heineman is the film's director. They were both kind enough to join us from our studios at NPR West in Culver City Calif."],
  ['heinemanFollowsUp', 'review', 'critic', 'prose', 'Oscar-nominated documentarian Matthew Heineman follows up Cartel Land with a film that is both truly shocking and moving.'],
  ['hamoudCamera', 'review', 'hamoud', 'quotation', 'Whoever holds the camera is stronger.'],
  ['cameraTurnsAway', 'review', 'critic', 'prose', 'In one heart-wrenching scene we watch as Hamoud replays a video of his father’s execution. As the camera turns away our natural impulse is to hope he never has to watch it again.'],
  ['humanFace', 'review', 'heineman', 'quotation', 'It’s my job to provide a human face to this and allow the audience to go on an emotional journey.'],
  ['oldBeyondYears', 'review', 'critic', 'prose', 'His compelling portrait reveals a group of friends old beyond their years.'],
  ['scriptTag', 'review', 'critic', 'prose', 'Some readers pasted <script>alert(1)</script> & "quotes" into the comments below the review.'],
  ['essentialViewing', 'review', null, 'prose', 'City of Ghosts makes for humbling and essential viewing.'],
  ['cigarette', 'article', null, 'prose', 'As he inhales deeply on a cigarette, Mohamed, a 34-year-old reporter for Raqqa is Being Slaughtered Silently, watches old footage of a celebration in his hometown.'],
  ['worstState', 'article', 'ibrahim', 'quotation', 'Raqqa is in the worst state it has ever been.'],
  ['closeKnitGroup', 'article', null, 'prose', 'Placing themselves inside the close-knit group of citizen journalists from Raqqa, the makers of City of Ghosts follow Mohamed, Aziz, Hamoud and Hassam as they risk their lives to fight ISIS.'],
  ['humanCost', 'article', null, 'prose', 'The human cost of the war is written on every face in the film.'],
  ['smuggledCameras', 'notes', null, 'prose', 'Cameras were smuggled out of the city in pieces, and the footage arrived weeks later.'],
  ['screenedFirst', 'notes', 'heineman', 'quotation', 'We screened the film for the members of the group before anyone else saw it.'],
  ['goodEvening', 'debate', 'holt', 'turn', "Good evening from Hofstra University in Hempstead, New York. I'm Lester Holt, anchor of \"NBC Nightly News.\" I want to welcome you to the first presidential debate."],
  ['howAreYou', 'debate', 'clinton', 'turn', 'How are you, Donald?'],
  ['goodLuck', 'debate', 'holt', 'turn', 'Good luck to you.'],
  ['thankYouLester', 'debate', 'clinton', 'turn', "Well, thank you, Lester, and thanks to Hofstra for hosting us. The central question in this election is really what kind of country we want to be and what kind of future we'll build together."],
  ['jobsFleeing', 'debate', 'trump', 'turn', "Thank you, Lester. Our jobs are fleeing the country. They're going to Mexico. They're going to many other countries."],
];

const IDS = new Map(ROWS.map(([key, source]) => [key, idOf(key, source)]));

/** The id of the fixture quote with this key (in snapshot A). */
export function qid(key: string): string {
  const id = IDS.get(key);
  if (!id) throw new Error(`No fixture quote "${key}"`);
  return id;
}

function idOf(key: string, source: SourceKey): string {
  return `${SOURCES[source].slug}_${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function speakerRef(key: SpeakerKey | null): SpeakerRef | null {
  if (!key) return null;
  const { slug, name, role } = SPEAKERS[key];
  return { slug, name, role };
}

function makeQuotes(rows: Row[]): QuoteDocument[] {
  const ordinals = new Map<string, number>();
  const offsets = new Map<string, number>();
  const quotes = rows.map(([key, sourceKey, speaker, kind, text], order): QuoteDocument => {
    const source: SourceDef = SOURCES[sourceKey];
    const ordinal = ordinals.get(source.slug) ?? 0;
    ordinals.set(source.slug, ordinal + 1);
    const start = offsets.get(source.slug) ?? 0;
    offsets.set(source.slug, start + text.length + 2);
    return {
      id: idOf(key, sourceKey),
      text,
      kind,
      speaker: speakerRef(speaker),
      attribution: speaker ? { method: kind === 'turn' ? 'label' : 'cue', confidence: 0.9 } : { method: 'none', confidence: 0 },
      source: source.slug,
      collection: source.collection,
      position: { ordinal, start, end: start + text.length, line: ordinal * 2 + 1 },
      prev: null,
      next: null,
      quotedIn: [],
      sourceRef: {
        slug: source.slug,
        title: source.title,
        kind: source.kind,
        collection: source.collection,
        ...(source.outlet ? { outlet: source.outlet } : {}),
        ...(source.date ? { date: source.date } : {}),
      },
      order,
    };
  });
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const before = quotes[i - 1];
    const after = quotes[i + 1];
    q.prev = before && before.source === q.source ? before.id : null;
    q.next = after && after.source === q.source ? after.id : null;
  }
  return quotes;
}

function makeCatalog(quotes: QuoteDocument[], builtAt: string): Catalog {
  const sources: SourceRecord[] = Object.values(SOURCES).map((s: SourceDef) => {
    const mine = quotes.filter((q) => q.source === s.slug);
    const kindCounts: SourceRecord['kindCounts'] = {};
    const speakerCounts: Record<string, number> = {};
    for (const q of mine) {
      kindCounts[q.kind] = (kindCounts[q.kind] ?? 0) + 1;
      if (q.speaker) speakerCounts[q.speaker.slug] = (speakerCounts[q.speaker.slug] ?? 0) + 1;
    }
    const meta: SourceMeta = { title: s.title, kind: s.kind, ...(s.date ? { date: s.date } : {}), ...(s.outlet ? { outlet: s.outlet } : {}), inferred: [] };
    return {
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      collection: s.collection,
      ...(s.date ? { date: s.date } : {}),
      ...(s.outlet ? { outlet: s.outlet } : {}),
      path: `${s.collection}/${s.slug}.txt`,
      format: 'text',
      reader: s.kind === 'interview' ? 'labelled' : 'prose',
      layout: s.kind === 'interview' ? 'transcript' : 'prose',
      meta,
      quoteCount: mine.length,
      kindCounts,
      speakerCounts,
    };
  });
  const speakers: SpeakerRecord[] = Object.values(SPEAKERS).map((sp: SpeakerDef) => {
    const mine = quotes.filter((q) => q.speaker?.slug === sp.slug);
    const sourceCounts: Record<string, number> = {};
    for (const q of mine) sourceCounts[q.source] = (sourceCounts[q.source] ?? 0) + 1;
    return { slug: sp.slug, name: sp.name, role: sp.role, aliases: [], collections: [sp.collection], quoteCount: mine.length, sourceCounts };
  });
  const collections: CollectionRecord[] = [
    { slug: 'city-of-ghosts', title: 'City of Ghosts', year: 2017, director: 'Matthew Heineman' },
    { slug: 'debates-2016', title: 'US Presidential Debates 2016', year: 2016 },
  ].map((c) => ({
    ...c,
    speakers: speakers.filter((s) => s.collections.includes(c.slug)).map((s) => s.slug),
    sourceCount: sources.filter((s) => s.collection === c.slug).length,
    quoteCount: quotes.filter((q) => q.collection === c.slug).length,
  }));
  return { builtAt, collections, sources, speakers };
}

function makeTexts(quotes: QuoteDocument[]): SourceText[] {
  return Object.values(SOURCES).map((s: SourceDef) => ({
    slug: s.slug,
    text: quotes.filter((q) => q.source === s.slug).map((q) => q.text).join('\n\n'),
    contentStart: 0,
  }));
}

export const PERMALINKS: PermalinkRecord[] = [
  {
    id: 'guardian-review_whoever-holds',
    status: 'moved',
    to: 'guardian-review_hamoud-camera',
    source: 'guardian-review',
    text: 'Whoever holds the camera',
    similarity: 0.8,
    at: BUILT_AT_A,
  },
  {
    id: 'npr-city-of-ghosts_removed-aside',
    status: 'gone',
    source: 'npr-city-of-ghosts',
    text: 'Thanks for having us.',
    at: BUILT_AT_A,
  },
];

/** Snapshot A: the fixture every contract test searches. */
export function fixtureSnapshot(): IndexSnapshot {
  const quotes = makeQuotes(ROWS);
  // A file the build could not read is part of the catalog, and must come back as written.
  const unread = [{ file: 'interviews/broken.srt', line: 12, message: 'cue 3 has no time line', carried: true }];
  return { quotes, catalog: { ...makeCatalog(quotes, BUILT_AT_A), unread }, texts: makeTexts(quotes), permalinks: structuredClone(PERMALINKS) };
}

/**
 * Snapshot B, for re-index tests: the debate quotes removed, one quote reworded, a few quotes
 * added. Searches for "raqqa", "film", "thank" and "camera" answer differently in A and B.
 */
export function fixtureSnapshotB(): IndexSnapshot {
  const rows: Row[] = ROWS.filter(([, source]) => source !== 'debate').map((row): Row => {
    if (row[0] === 'hamoudCamera') return [row[0], row[1], row[2], row[3], 'Whoever holds the camera is stronger than the one who holds the gun.'];
    return row;
  });
  rows.push(
    ['cameraDanger', 'notes', 'hamoud', 'quotation', 'Danger has a special taste.'],
    ['revolutionChanged', 'notes', 'alhamza', 'quotation', 'The revolution changed us.'],
    ['raqqaFilmAgain', 'notes', null, 'prose', 'Raqqa is seen again in the film through the camera of the citizens.'],
  );
  const quotes = makeQuotes(rows);
  return { quotes, catalog: makeCatalog(quotes, BUILT_AT_B), texts: makeTexts(quotes), permalinks: [] };
}

/** The fixture's quotes, fresh, for computing expectations by hand. */
export function fixtureQuotes(): QuoteDocument[] {
  return fixtureSnapshot().quotes;
}
