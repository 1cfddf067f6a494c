/**
 * Bracketed transcription markers — `[inaudible]`, `(CROSSTALK)`, `(SOUNDBITE OF FILM, "CITY OF
 * GHOSTS")`, `[LAUGHTER]`, `(ph)`, `♪` — are not speech: they are kept out of quote text. In
 * subtitles every bracketed or parenthesised run is a sound description (`( clock ticking )`,
 * `[music]`), as captioning guidelines write them.
 */

/** Lower-case words that mark a non-speech event when bracketed: `(laughs)`, `[inaudible 00:01:02]`. */
const MARKER_WORDS =
  /^(?:inaudible|unintelligible|indiscernible|crosstalk|cross-talk|laughter|laughs|laughing|laugh|applause|music|silence|pause|pauses|sighs|sigh|coughs|cough|crying|cries|cheering|cheers|booing|boos|noise|background noise|foreign|foreign language|speaking foreign language|ph|sp|sic|unclear|overlapping|overtalk|overlapping voices|static|beep|bleep|beeping|gasps|groans|clears throat|chuckles|blank_audio|blank audio|no audio|music playing|upbeat music|dramatic music|end of clip|begin clip|end clip|video clip|audio clip|clip|break|commercial break|technical difficulties|silent|long pause|audio cuts out|recording ends|end of recording|end of interview|end of tape|tape \d+|side [ab])\b/i;

/** Words a transcriber writes as a note on the recording (`laughs`, `inaudible`, `clears throat`). */
export function isMarkerWord(words: string): boolean {
  return MARKER_WORDS.test(words);
}

// A bracketed run: [ … ] always counts when short; ( … ) counts when it is ALL CAPS or a marker word.
// Each alternative is bounded, so a text full of unclosed brackets costs a constant per character.
const BRACKETED = /\[[^\][\n]{0,200}\]|\((?:[^()\n]|\([^()\n]{0,200}\)){0,200}\)|♪[^♪\n]{0,200}♪|♪|♫/g;

/** Options for marker handling. */
export interface MarkerOptions {
  /** Every bracketed or parenthesised run is a marker (subtitles' sound descriptions). */
  all?: boolean;
  /** Keep blank-line paragraph breaks (as `\n\n`) instead of joining everything with spaces. */
  paragraphs?: boolean;
  /** Drop a gap (`[inaudible]`) as any other note, rather than keep it as `[…]`: for finding the words as written. */
  dropGaps?: boolean;
}

// Made once: a pattern literal inside a function is a new object each time, one per line or turn here.
const NOT_LETTERS = /[^\p{L}]/gu;
const CAPITAL = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A space before a comma, full stop or ellipsis, which no typography sets. Before `; : ! ?` it is
 * French typography's (`Quoi ? Non !`), kept as written; the space a removed marker leaves before them
 * goes with the marker (`removeMarkers`).
 */
const SPACED_PUNCTUATION = / ([,.…])/g;
/** What closes on a marker without a space: `yes (laughs).`, `what [inaudible]?` */
const CLOSING_PUNCTUATION = /^[,.;:!?…]/;
const EMPHASIS = '_*';
/** Punctuation a removed direction left at the start of the speech. */
const LEFT_STOP = /^[ \t]*[,.;:][ \t]*/;
/** A note that words were said and not heard: `[inaudible]`, `(unintelligible 00:01:02)`, `[indiscernible]`. */
const GAP = /^\s*(?:inaudible|unintelligible|indiscernible)\b/i;
/** What every marker opens with. */
const MARKER_OPENING = /[[(♪♫]/;

/** The default options, one object for every call rather than a new one per line. */
const NO_OPTIONS: MarkerOptions = Object.freeze({});

function isMarker(run: string, all: boolean): boolean {
  if (run.startsWith('♪') || run.startsWith('♫')) return true;
  const inner = run.slice(1, -1).trim();
  if (inner.length === 0 || all) return true;
  if (run.startsWith('[')) return inner.split(/\s+/).length <= 12 || MARKER_WORDS.test(inner);
  const letters = inner.replace(NOT_LETTERS, '');
  const isCaps = letters.length >= 2 && letters === letters.toUpperCase() && CAPITAL.test(letters);
  return isCaps || MARKER_WORDS.test(inner);
}

/**
 * An editor's words set into a quotation (`The data [released] this morning`, `[Yes,] if one can`,
 * `how he [Heggie] sings`), not a note on the recording: words in square brackets that no marker word
 * opens, inside a sentence or leading into its next word. They are part of the quote as printed.
 */
function insertion(text: string, start: number, end: number, run: string): boolean {
  const inner = run.slice(1, -1).trim();
  // Empty brackets, a time, a markup tag (`[glossary:DEMSH]`), a footnote (`[^1]`), someone else's
  // words set in (`[Interviewer: Really?]`) and a note on the recording (`[both laugh]`, `[coughing]`)
  // are no one's words here.
  if (inner.length === 0 || MARKER_WORDS.test(inner) || TIME_OR_TAG.test(inner) || inner[0] === '^' || inner.includes(':')) return false;
  if (NOTE_WORD.test(inner)) return false;
  const letters = inner.replace(NOT_LETTERS, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return false;
  let b = start - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  let a = end;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  const lowerAfter = a < text.length && LOWER.test(text[a]!);
  const inSentence = b >= 0 && WORD_OR_COMMA.test(text[b]!);
  return lowerAfter || inSentence;
}
/** Words of a note on the recording, wherever they stand in it: what people do, what is heard, what cannot be. */
const NOTE_WORD = /(?:^|[\s-])(?:[Ll]augh(?:s|ing|ter|ed)?|[Cc]huckl(?:e|es|ing|ed)|[Gg]iggl(?:e|es|ing)|[Cc]ough(?:s|ing|ed)?|[Ss]igh(?:s|ing|ed)?|[Ss]niff(?:s|ing|les)?|[Ss]ob(?:s|bing)|[Cc]r(?:y|ies|ying)|[Ss]mil(?:e|es|ing)|[Gg]rin(?:s|ning)|[Nn]od(?:s|ding)|[Ss]hrug(?:s|ging)?|[Gg]estur(?:e|es|ing)|[Pp]oint(?:s|ing) (?:at|to)|[Mm]imick?(?:s|ing)|[Ii]mitat(?:es|ing)|[Ww]hisper(?:s|ing)?|[Ss]hout(?:s|ing)?|[Yy]ell(?:s|ing)?|[Ss]cream(?:s|ing)?|[Cc]lap(?:s|ping)?|[Aa]pplau(?:se|ding)|[Cc]heer(?:s|ing)|[Pp]aus(?:e|es|ing)|[Ss]ilence|[Ii]ndistinct|[Ii]naudible|[Uu]nintelligible|[Gg]arbled|[Mm]umbl(?:es|ing)|[Oo]verlapping|[Cc]ross ?talk|[Ii]nterrupt(?:s|ing|ed)|[Cc]lears (?:his|her|their) throat|[Pp]hone|[Dd]oor|[Kk]nock(?:s|ing)?|rings|ringing|[Mm]usic|[Nn]oise|[Ss]tatic|[Bb]eep(?:s|ing)?|[Oo]ff[- ]mic|[Rr]edacted|[Aa]udience|[Bb]oth|[Ee]veryone|[Bb]reak|[Tt]ape|[Rr]ecording)(?=[\s,.;!?-]|$)/;
const TIME_OR_TAG = /^(?:[\d:.\s]+$|[\w-]+:\S)/;
const LOWER = /\p{Ll}/u;
const WORD_OR_COMMA = /[\p{L}\p{N},]/u;

/** [start, end) ranges of markers within `text`. */
export function findMarkers(text: string, options: MarkerOptions = NO_OPTIONS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m !== null; m = BRACKETED.exec(text)) {
    const end = m.index + m[0].length;
    // A Markdown link's or image's text, `[Music for Airports](…)`, is words, not a marker.
    if (m[0][0] === '[' && text[end] === '(') continue;
    // A stage direction in emphasis, as plays in Markdown set them (`_[calls out from his room]_`), is
    // one however long, and the emphasis goes with it.
    const wrapped = m.index > 0 && m[0][0] === '[' && EMPHASIS.includes(text[m.index - 1]!) && text[end] === text[m.index - 1];
    if (wrapped) out.push([m.index - 1, end + 1]);
    else if (isMarker(m[0], options.all === true) && (options.all === true || m[0][0] !== '[' || !insertion(text, m.index, end, m[0]))) out.push([m.index, end]);
  }
  return out;
}

/** True when the text is nothing but markers, punctuation and space: "(APPLAUSE)", "[inaudible] ...". */
export function isOnlyMarkers(text: string, options: MarkerOptions = NO_OPTIONS): boolean {
  return !WORD_CHAR.test(removeMarkers(text, options));
}

/** Anything tidying would change in bracket-free text: odd or doubled spaces, space before punctuation or at an end. */
const UNTIDY = /[^\S ]|  | [,.…]|^ | $/;

/**
 * The whitespace runs that collapsing changes: any but a lone space. Replacing every run, lone spaces
 * included, gives the same text but rebuilds a long turn around each of its words.
 */
const LOOSE_WHITESPACE = /[^\S ]\s*| \s+/g;

/** Whitespace collapsed (paragraph breaks kept as `\n\n` when asked) and no space before punctuation. */
export function tidy(text: string, paragraphs = false): string {
  if (!paragraphs) {
    if (!UNTIDY.test(text)) return text;
    return text.replace(LOOSE_WHITESPACE, ' ').replace(SPACED_PUNCTUATION, '$1').trim();
  }
  return text
    .split(/\n[ \t\r]*\n\s*/)
    .map((p) => tidy(p))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** The text with markers removed and whitespace tidied. */
export function removeMarkers(text: string, options: MarkerOptions = NO_OPTIONS): string {
  // Most speech holds no bracket at all, so no marker.
  if (!MARKER_OPENING.test(text)) return tidy(text, options.paragraphs);
  // Pieces, not one string: taking spaces off the end cuts the last pieces only, never a copy of all.
  const pieces: string[] = [];
  let at = 0;
  const markers = findMarkers(text, options);
  for (const [start, end] of markers) {
    pieces.push(text.slice(at, start));
    // Words the transcriber could not hear are missing, not nothing: a quotation keeps the gap as an
    // editor marks words left out (`part of the […].`), so no citation hides it.
    if (options.dropGaps !== true && GAP.test(text.slice(start + 1, end - 1))) {
      pieces.push('[…]');
      at = end;
      continue;
    }
    if (CLOSING_PUNCTUATION.test(text.slice(end, end + 1))) {
      // The punctuation closed on the marker: the spaces before it go with it (and with the markers
      // before it, `say [inaudible] [crosstalk]?`).
      while (pieces.length > 0) {
        const last = pieces[pieces.length - 1]!;
        let e = last.length;
        while (e > 0 && (last[e - 1] === ' ' || last[e - 1] === '\t')) e--;
        if (e > 0) {
          pieces[pieces.length - 1] = last.slice(0, e);
          break;
        }
        pieces.pop();
      }
    } else pieces.push(' ');
    at = end;
  }
  pieces.push(text.slice(at));
  let out = pieces.join('');
  // A run of spaces is tried from its start only: tried from each of its spaces, a long run not
  // followed by punctuation was scanned again from every one of them.
  out = out.replace(/(?<![ \t])[ \t]+([,.…])/g, '$1');
  // The stop after a play's direction that opens the speech (`_[calls out]_. Is that …`) goes with it.
  const first = markers[0];
  if (first && EMPHASIS.includes(text[first[0]]!) && text.slice(0, first[0]).trim() === '') out = out.replace(LEFT_STOP, '');
  return tidy(out, options.paragraphs);
}
