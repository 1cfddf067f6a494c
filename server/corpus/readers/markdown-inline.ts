/**
 * Markdown's inline syntax undone with `marked`'s own lexer, so transcripts in Markdown keep only their
 * words: emphasis and links reduced to their text, escapes (`\[laughs\]`) undone, images and HTML
 * dropped; and its headings recognised.
 */
import { Lexer, type Token } from 'marked';

function collect(tokens: Token[] | undefined, out: string[]): void {
  for (const token of tokens ?? []) {
    if (token.type === 'image' || token.type === 'html') continue;
    if (token.type === 'br') {
      out.push(' ');
      continue;
    }
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested && nested.length > 0) collect(nested, out);
    else out.push((token as { text?: string }).text ?? token.raw);
  }
}

// Made once: a pattern literal inside a function is a new object each time, one per line here.
const MARKDOWN_CHAR = /[*_`[\]\\<!&]/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)/;

/** The plain words of one line of Markdown. */
export function plainInline(line: string): string {
  // Most lines of speech hold no Markdown at all.
  if (!MARKDOWN_CHAR.test(line)) return line;
  const out: string[] = [];
  collect(Lexer.lexInline(line), out);
  return out.join('');
}

/** The title of an ATX heading line (`## Part two`), or null. */
export function headingTitle(line: string): string | null {
  // A heading opens with `#` or a space: any other line is turned away before the pattern.
  if (line[0] !== '#' && line[0] !== ' ') return null;
  const m = ATX_HEADING.exec(line);
  if (!m) return null;
  let end = line.length;
  while (end > m[0].length && /[\s#]/.test(line[end - 1]!)) end--;
  return plainInline(line.slice(m[0].length, end).trim());
}
