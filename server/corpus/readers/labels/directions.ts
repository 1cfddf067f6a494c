/**
 * What stands between a transcript's lines of speech and is no one's: a direction in brackets set over
 * a few lines of its own (`[New scene.` / `J. Peterman's office.]`), as fan transcripts write a change
 * of scene. Found by looking a bounded number of lines ahead: linear in the file.
 */

/** The next line after `i` with something on it (lines.length when none). */
export function nextNonBlank(lines: ReadonlyArray<{ text: string }>, i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.text.trim() === '') j++;
  return j;
}

/** How many lines a bracketed direction set over several may take. */
const DIRECTION_LINES = 6;

/**
 * Where a bracketed direction opening line `i` and left open there closes: the line ending with its
 * `]` within a few lines, no blank line, label or other bracket between; -1 when it does not.
 */
export function directionEnd(lines: ReadonlyArray<{ text: string }>, i: number, byLine: ReadonlyArray<unknown>): number {
  const first = lines[i]!.text.trimStart();
  // A direction opens with a capital and says no one's words: `[Speaking Spanish: I came in 1998, with my`
  // is speech translated, `[the Department would not comply with the` words put into a quotation.
  if (first.includes(']') || first.includes(':') || !/^\[\p{Lu}/u.test(first)) return -1;
  for (let j = i + 1; j < Math.min(lines.length, i + DIRECTION_LINES); j++) {
    const t = lines[j]!.text.trimEnd();
    if (t.trim() === '' || byLine[j] || t.includes('[') || t.includes(':')) return -1;
    const close = t.indexOf(']');
    if (close === -1) continue;
    // The bracket closes the line (a full stop may follow it): what is after it would be speech.
    return close >= t.length - 2 && close === t.lastIndexOf(']') ? j : -1;
  }
  return -1;
}
