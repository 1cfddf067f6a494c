/**
 * Bracketed transcription markers — `[inaudible]`, `(CROSSTALK)`, `(SOUNDBITE OF FILM, "CITY OF
 * GHOSTS")`, `[LAUGHTER]`, `(ph)`, `♪` — are not speech: they are kept out of quote text.
 */

/** Lower-case words that mark a non-speech event when bracketed: `(laughs)`, `[inaudible 00:01:02]`. */
const MARKER_WORDS =
  /^(?:inaudible|unintelligible|indiscernible|crosstalk|cross-talk|laughter|laughs|laughing|laugh|applause|music|silence|pause|pauses|sighs|sigh|coughs|cough|crying|cries|cheering|cheers|booing|boos|noise|background noise|foreign|foreign language|speaking foreign language|ph|sp|sic|unclear|overlapping|overtalk|overlapping voices|static|beep|bleep|beeping|gasps|groans|clears throat|chuckles|blank_audio|blank audio|no audio|music playing|upbeat music|dramatic music|end of clip|begin clip|end clip|video clip|audio clip|clip|break|commercial break|technical difficulties)\b/i;

// A bracketed run: [ … ] always counts when short; ( … ) counts when it is ALL CAPS or a marker word.
const BRACKETED = /\[[^\][\n]{0,200}\]|\((?:[^()\n]|\([^()\n]*\)){0,200}\)|♪[^♪\n]{0,200}♪|♪|♫/g;

function isMarker(run: string): boolean {
  if (run.startsWith('♪') || run.startsWith('♫')) return true;
  const inner = run.slice(1, -1).trim();
  if (inner.length === 0) return true;
  if (run.startsWith('[')) return inner.split(/\s+/).length <= 12 || MARKER_WORDS.test(inner);
  const letters = inner.replace(/[^\p{L}]/gu, '');
  const isCaps = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  return isCaps || MARKER_WORDS.test(inner);
}

/** [start, end) ranges of markers within `text`. */
export function findMarkers(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m !== null; m = BRACKETED.exec(text)) {
    if (isMarker(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** True when the text is nothing but markers, punctuation and space: "(APPLAUSE)", "[inaudible] ...". */
export function isOnlyMarkers(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(removeMarkers(text));
}

/** Anything tidying would change in bracket-free text: odd or doubled spaces, space before punctuation or at an end. */
const UNTIDY = /[^\S ]|  | [,.;:!?…]|^ | $/;

/** The text with markers removed and whitespace tidied. */
export function removeMarkers(text: string): string {
  // Most speech holds no bracket at all, so no marker; much of it is tidy already.
  if (!/[[(♪♫]/.test(text)) return UNTIDY.test(text) ? text.replace(/\s+/g, ' ').replace(/ ([,.;:!?…])/g, '$1').trim() : text;
  let out = '';
  let at = 0;
  for (const [start, end] of findMarkers(text)) {
    out += `${text.slice(at, start)} `;
    at = end;
  }
  out += text.slice(at);
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .trim();
}
