/**
 * Passages of timed speech that names no one. Captions and machine transcripts without speakers run
 * for as long as the talk does: an hour's lecture after one `>>` was one quote of 75,000 characters,
 * and Whisper's output, whose sentences end mid-cue, one quote of the whole file. A stretch with no
 * speaker ends at the first sentence end after `PASSAGE` characters, and at the next cue or segment
 * after `PASSAGE_MAX` when it has no punctuation (automatic captions). A named speaker's captions
 * are cut the same way at four times the length.
 */

export const PASSAGE = 500;
export const PASSAGE_MAX = 1000;

/** Text that ends a sentence (a closing quotation mark, bracket or music note may follow the stop). */
export const ENDS_SENTENCE = /[.!?…"”’)\]♪]\s*$/;

/**
 * Whether a stretch naming no one, `length` characters long so far, ends before the next cue: at a
 * sentence end once it is a passage long (or at every sentence end, when `sentences` says the
 * sentence is the unit), and at any cue once it is too long.
 */
export function passageEnds(text: string, length: number, sentences = false): boolean {
  if (length >= PASSAGE_MAX) return true;
  return (sentences || length >= PASSAGE) && ENDS_SENTENCE.test(text);
}

/**
 * A named speaker's passages, four times as long: captions join a speaker's cues into one turn, and a
 * lecturer's turn is the lecture (38,000 characters in one Zoom recording), no quote to cite.
 */
export function namedPassageEnds(text: string, length: number): boolean {
  return passageEnds(text, length / 4);
}
