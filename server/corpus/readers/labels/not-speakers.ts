/**
 * Words that stand where a speaker's label would and name no one: a line's heading in prose (`Note:`,
 * `Related:`), a recorder's notes, one-word replies, sentence adverbs, the headings over a list of
 * those present and the bodies named over one. `select.ts` reads labels with them.
 */

/**
 * Languages a parliament's record names over a speech given in another (`*Afrikaans:*`, `*English:*`,
 * South Africa's Hansard): a translator's note, not a speaker, and the speech goes on under it. Those
 * that are surnames too (`FRENCH:`, `DEUTSCH:`, `WELSH:` after `DAVID FRENCH:`) only in emphasis, as
 * the record sets them; the others alone on a line as well.
 */
const LANGUAGES = 'afrikaans isizulu isixhosa sepedi setswana sesotho xitsonga tshivenda siswati isindebele cymraeg gaeilge māori español français';
const SURNAME_LANGUAGE_NAMES = 'english french welsh german deutsch irish hindi spanish maori';
/** Languages that are surnames too, as label keys. */
export const SURNAME_LANGUAGES: ReadonlySet<string> = new Set(SURNAME_LANGUAGE_NAMES.split(' '));
/** Every language above, as label keys: a label is tested as a note only when its key is one. */
export const LANGUAGE_KEYS: ReadonlySet<string> = new Set(`${LANGUAGES} ${SURNAME_LANGUAGE_NAMES}`.split(' '));
/** A line that is only a language, in any form: passed over where it is no label (assemble.ts). */
export const LANGUAGE_LINE = new RegExp(`^[*_]{0,2}(?:${(LANGUAGES + ' ' + SURNAME_LANGUAGE_NAMES).replace(/ /g, '|')}) ?:[*_]{0,2}$`, 'i');
/** A line that is only such a note, whatever the file's labels: select.ts reads no label there. */
export const LANGUAGE_MARKER = new RegExp(`^(?:[*_]{1,2}(?:${(LANGUAGES + ' ' + SURNAME_LANGUAGE_NAMES).replace(/ /g, '|')}) ?:[*_]{1,2}|(?:${LANGUAGES.replace(/ /g, '|')}) ?:)$`, 'i');

/** Words that head a line with a colon in prose and are not speakers. */
export const NOT_SPEAKERS = new Set(
  [
    'note', 'notes', 'update', 'updated', 'read more', 'more', 'source', 'sources', 'photo', 'photos', 'credit',
    'credits', "editor's note", 'editor’s note', 'editors note', 'warning', 'correction', 'related', 'title',
    'date', 'transcript', 'subject', 'from', 'to', 'time', 'location', 'where', 'when', 'what', 'why',
    'how', 'who', 'tags', 'category', 'summary', 'disclaimer', 'filed under', 'watch', 'listen', 'also', 'by',
    'http', 'https', 'see also', 'image', 'video', 'audio', 'caption', 'copyright', 'published', 'posted',
    'runtime', 'running time', 'rating', 'rated', 'director', 'directed by', 'starring', 'cast', 'genre',
    'release date', 'verdict', 'the verdict', 'spoiler', 'spoilers', 'trigger warning', 'content warning',
    'part', 'chapter', 'episode', 'season', 'act', 'scene', 'webvtt', 'kind', 'language', 'style', 'region',
    'example', 'for example', 'p.s', 'ps', 'n.b', 'nb', 'tl;dr', 'tldr', 'keywords', 'abstract', 'introduction',
    'conclusion', 'background', 'context', 'sign up', 'subscribe', 'follow', 'contact', 'email', 'phone', 'fax',
    'address', 'website', 'web', 'url', 'link', 'links', 'however', 'but', 'and', 'so', 'yes', 'no', 'well',
    'okay', 'ok', 'now', 'then', 'first', 'second', 'third', 'finally', 'also', 'plus', 'bottom line', 'key',
    'tip', 'tips', 'step', 'answer key', 'show notes', 'sponsor', 'sponsors', 'music', 'intro', 'outro',
    'recorded', 'duration', 'length', 'hosts', 'guests', 'producer', 'producers', 'edited by',
    'transcribed by', 'transcription', 'interview date', 'place', 'interviewer name', 'narrator name', 'topics',
    'fade in', 'fade out', 'cut to', 'dissolve to', 'the end', 'end', 'continued', 'int', 'ext', 'super', 'insert',
    'news', 'transcript below', 'full transcript', 'episode transcript', 'show links', 'resources', 'timestamps',
    'chapters', 'references', 'mentioned', 'quote', 'quotes', 'q&a', 'faq', 'agenda', 'attendees', 'participants',
    // The headings of a court transcript's or a meeting's appearance list.
    'appearances', 'present', 'also present', 'members present', 'staff present', 'in attendance', 'absent',
    // A court paper's caption: `Case No.: 502009CA…`.
    'case no', 'case number', 'docket no', 'index no', 'file no', 'cause no', 'civil action no', 'criminal no',
    // A reporter's time of day on its own line: `2:15 P.M.`
    'a.m', 'p.m',
  ],
);

/**
 * What a meeting recorder (Fathom) writes into a transcript between turns, in capitals: `ACTION ITEM:
 * Send the list - WATCH`. No one's label, and no part of the turn before it either: who says it is not
 * known (a break, see `SelectOptions.breaks`).
 */
export const NOTES = new Set(['action item', 'action items', 'positive reaction', 'negative reaction', 'next steps', 'key takeaway', 'key takeaways']);

/**
 * What minutes record between turns, in capitals or not: `RESOLUTION: adopt pandoc`, `Action: Marie to
 * update the script`. No one's label, and no part of the turn before (a break).
 */
export const MINUTES_NOTES = new Set(['resolution', 'resolved', 'proposed', 'proposal', 'decision', 'action', 'summary']);

/**
 * A title field in a transcript's header, in any case and language: `**Titre US :** The One Where …`,
 * `Title: Pilot`. What follows it is a title, no one's words.
 */
export const TITLE_FIELD = /^(?:title|titre|titel|t[íi]tulo|titolo|original title|titre original)(?: [a-z]{2,3})?$/;

/**
 * Names listed as one label: `Phoebe, Ross, Chandler et Joey :`, `Ann, Bo and Cy:`. Several people
 * speak at once, none of them alone: no one's label (read as a name and its role, it was the first).
 */
export const NAME_LIST_ROLE = /^\p{Lu}[\p{L}'’-]*(?:, \p{Lu}[\p{L}'’-]*)* (?:and|et|und|y|e|&) \p{Lu}[\p{L}'’-]*$/u;

/** One-word replies that stand alone on a line in transcripts and are never names. */
export const REPLIES = new Set('yeah yes yep no nope okay ok right sure well hello hi hey thanks wow oh so exactly absolutely totally cool great hmm um uh mm-hmm uh-huh really true correct indeed agreed amen bye goodbye please sorry what why how'.split(' '));

/**
 * Words that open a sentence of someone's speech with a colon (`Look: we can't.`, `Update: it shipped.`,
 * `This: …`): said once in a dialogue, the line goes on the turn it is in rather than a new speaker's.
 */
export const SPEECH_OPENERS = new Set(
  'look listen remember note see imagine consider picture example update edit warning caveat spoiler disclaimer ps fact truth result problem solution reason point bonus tip hint context background verdict summary conclusion lesson moral rule step first second third next last finally then now today tonight tomorrow yesterday later again wait anyway also plus but and or besides case translation correction clarification source quote reminder caution important notice fyi tldr nb this that these those it here there what which who when where lol btw answer question'.split(' '),
);

/** Adverbs that open a sentence with a comma and so look like a name and its role (`Unfortunately, …:`). */
export const SENTENCE_ADVERBS = new Set('unfortunately fortunately finally basically actually obviously clearly interestingly importantly similarly additionally honestly frankly sadly hopefully apparently certainly surely personally generally ultimately essentially specifically notably recently currently previously originally initially eventually consequently accordingly alternatively seriously incidentally thankfully luckily naturally admittedly arguably undoubtedly evidently presumably supposedly reportedly allegedly ironically curiously strangely oddly remarkably significantly crucially typically usually normally occasionally frequently meanwhile however therefore furthermore moreover nevertheless nonetheless otherwise instead'.split(' '));
/** Parts in a talk that are one person each, as a name is (names-apart.ts). */
export const PERSON_PARTS = new Set('interviewer interviewee narrator host co-host guest moderator respondent participant'.split(' '));
/** Parts in a talk that a heading may give as a speaker: `### Interviewer`, and `Q`, `A`, `Speaker`. */
export const TALK_ROLES = new Set([...PERSON_PARTS, ...'speaker presenter questioner q a question answer'.split(' ')]);

/** Last words of a body's name: `Senate Judiciary Committee`, `Department of Justice` (its last word is no body's, nor a name). */
export const BODIES = new Set(['committee', 'subcommittee', 'commission', 'department', 'agency', 'bureau', 'corporation', 'company', 'association', 'institute', 'university', 'administration', 'ministry', 'council']);

/** Last words of the headings over a list of those present, which a colon follows as it follows a name. */
export const LIST_HEADING = new Set(['present', 'participants', 'attendance', 'appearances', 'presiding', 'panelists', 'panellists', 'attendees', 'witnesses']);
