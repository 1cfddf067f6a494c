/**
 * Hyphens some PDFs write as soft hyphens. A court reporter's software (the Supreme Court's
 * transcripts among them) draws every hyphen and dash with a glyph the font maps to U+00AD, and pdf.js
 * leaves that character out of the text it gives (it is an invisible mark in Unicode): `No. 15-674`
 * came out `No. 15674`, `above-entitled` `aboveentitled`, `that is -- that's` `that is    that's`.
 * pdf.js still draws them, so the glyphs it draws say where they were: the drawn text is walked
 * beside the text pieces, letter by letter, and a hyphen is put back wherever a soft hyphen was drawn
 * between two letters of the text. Where the two do not agree letter for letter (ligatures, text
 * drawn out of order) the page is left as it was.
 */

/** The letters pdf.js drew on a page, in order, soft hyphens included (glyph by glyph). */
export function drawnText(fnArray: readonly number[], argsArray: readonly unknown[], showText: ReadonlySet<number>): string {
  const out: string[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    if (!showText.has(fnArray[i]!)) continue;
    const args = argsArray[i] as unknown[] | null;
    const glyphs = args?.find((a) => Array.isArray(a)) as unknown[] | undefined;
    for (const g of glyphs ?? []) if (g && typeof g === 'object' && typeof (g as { unicode?: unknown }).unicode === 'string') out.push((g as { unicode: string }).unicode);
  }
  // Decomposed, as each letter of the text is when they are compared: a ligature's `ﬁ` is `fi` there,
  // `…` is `...`, an accent drawn apart is one with its letter.
  return out.join('').normalize('NFKD');
}

const SOFT_HYPHEN = '\u00ad';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\u00a0' || c === '\u2002' || c === '\u2003';

/** A text item as pdf.js placed it (PDF units). */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
}

/**
 * The runs' texts with the hyphens drawn between their letters put back, or null where the drawn
 * letters and the runs' do not agree. A hyphen drawn with a space after it stands apart (`Official -
 * Subject`). Hyphens drawn before a run's first letter end the run before it where that run is just
 * before it on the line (`That is --  that's`, a dash before a gap); else they open the run (a rule
 * of hyphens across a court paper's caption). Hyphens drawn at a line's end end that line (`The principal --`).
 */
export function withHyphens(runs: readonly Run[], drawn: string): string[] | null {
  const out = runs.map((r) => r.text);
  if (!drawn.includes(SOFT_HYPHEN)) return out;
  let g = 0;
  let last = -1;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    let text = '';
    for (const c of run.text) {
      if (isSpace(c)) {
        text += c;
        continue;
      }
      let hyphens = 0;
      let spaceAfter = false;
      while (g < drawn.length && (isSpace(drawn[g]) || drawn[g] === SOFT_HYPHEN)) {
        if (drawn[g] === SOFT_HYPHEN) {
          hyphens++;
          spaceAfter = false;
        } else if (hyphens > 0) spaceAfter = true;
        g++;
      }
      // The letter decomposed as the drawn text is; spaces a decomposition holds (`½` is `1⁄2`) are skipped there too.
      for (const d of c.normalize('NFKD')) {
        if (isSpace(d)) continue;
        while (isSpace(drawn[g])) g++;
        if (!drawn.startsWith(d, g)) return null;
        g += d.length;
      }
      if (hyphens > 0) {
        const dash = '-'.repeat(hyphens);
        if (text.trim() === '' && last !== -1 && justBefore(runs[last]!, run, hyphens)) out[last] = `${out[last]!.trimEnd()}${hyphens > 1 ? ' ' : ''}${dash}`;
        else text += spaceAfter && !text.endsWith(' ') && text !== '' ? ` ${dash} ` : spaceAfter ? `${dash} ` : dash;
      }
      text += c;
    }
    out[k] = text;
    if (text.trim() !== '') last = k;
  }
  return out;
}

/**
 * The hyphens drawn before `run` end `before`: it ends a line above (`The principal --`, a speech cut
 * off), or ends on `run`'s line no further before it than the hyphens and a few spaces.
 */
function justBefore(before: Run, run: Run, hyphens: number): boolean {
  const charWidth = before.width / Math.max(1, before.text.length);
  return Math.abs(before.y - run.y) >= 1 || run.x - (before.x + before.width) <= (hyphens + 4) * charWidth;
}
