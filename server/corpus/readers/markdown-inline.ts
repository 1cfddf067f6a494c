/**
 * Markdown's inline syntax undone with `marked`'s own lexer, so transcripts in Markdown keep only their
 * words: emphasis and links reduced to their text, escapes (`\[laughs\]`) undone, images and HTML
 * dropped; and its headings recognised.
 */
import { decodeHTML } from 'entities';
import { Lexer, type Token } from 'marked';
import { isMarkerWord } from './markers.ts';

/**
 * HTML's element names (with SVG's and MathML's roots, and obsolete ones still met in old pages): a tag
 * of another name (`<jthomas>`, `<Ege>` opening a line of IRC minutes) is no markup but the words, a
 * nick or a placeholder, and stays as written — unless it is a transcriber's note (`<laughs>`). Custom
 * elements (`<my-card>`) are not taken for markup: a bare one is as likely a nick with a hyphen.
 */
const HTML_ELEMENTS = new Set(
  ('a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins kbd label legend li link main map mark marquee math menu meta meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp').split(' '),
);
/** A tag with no attributes (`<b>`, `</i>`, `<br/>`, `<Ege>`), its name captured. */
const BARE_TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)\s*\/?>$/;
/**
 * Markup, not words: HTML marked read (a comment, a tag with attributes), unless a bare tag of no HTML
 * element. A transcriber's note written as a tag (`<laughs>`, `<inaudible>`) is no one's words either.
 */
export function isMarkup(html: string): boolean {
  const name = BARE_TAG.exec(html.trim())?.[1];
  return name === undefined || HTML_ELEMENTS.has(name.toLowerCase()) || isMarkerWord(name);
}

function collect(tokens: Token[] | undefined, out: string[]): void {
  for (const token of tokens ?? []) {
    if (token.type === 'html' && !isMarkup(token.raw)) {
      out.push(token.raw);
      continue;
    }
    if (token.type === 'image' || token.type === 'html') continue;
    if (token.type === 'br') {
      out.push(' ');
      continue;
    }
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested && nested.length > 0) collect(nested, out);
    // marked keeps entities as written for its HTML (`Readers &amp; Reporters`): the words are the characters.
    else if (token.type === 'text') out.push(decodeHTML(token.text));
    else out.push((token as { text?: string }).text ?? token.raw);
  }
}

// Made once: a pattern literal inside a function is a new object each time, one per line here.
// The characters inline Markdown starts with (`~` is GFM's strikethrough): a line with none of them
// reads as written.
const MARKDOWN_CHAR = /[*_`[\]\\<!&~]/;
/**
 * A tag of an HTML element without attributes (`<b>`, `</i>`, `<br/>`): what marked reads as an
 * `html` token, which is dropped. In a line with no other Markdown and no other `<` they are removed
 * in one native pass before the lexer runs, so a line of a hundred thousand nested tags costs no
 * token object each (nor a call each: one alternation of the names, not a test per tag). (Beside
 * emphasis, a code span or an escape a tag can change what the lexer makes of the rest, so there it
 * stays.)
 */
const ELEMENT_TAG = new RegExp(`</?(?:${[...HTML_ELEMENTS].sort((a, b) => b.length - a.length).join('|')})\\s*/?>`, 'gi');
const MARKDOWN_BESIDE_TAGS = /[*_`[\]\\!~]/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=[ \t]|$)/;

/** The plain words of one line of Markdown. */
export function plainInline(line: string): string {
  // Most lines of speech hold no Markdown at all.
  if (!MARKDOWN_CHAR.test(line)) return line;
  if (line.includes('<') && !MARKDOWN_BESIDE_TAGS.test(line)) {
    // Only when no `<` is left: taking tags out must not make new ones (`<b x <i>>`).
    const bare = line.replace(ELEMENT_TAG, '');
    if (!bare.includes('<')) line = bare;
    if (!MARKDOWN_CHAR.test(line)) return line;
  }
  return lexedInline(line);
}

/** The plain words of one line as marked's inline lexer gives them, with no shortcut. */
export function lexedInline(line: string): string {
  const out: string[] = [];
  collect(Lexer.lexInline(line), out);
  return out.join('');
}

/** A file's link reference definitions by label (lower case, spaces collapsed), as marked keeps them. */
export type LinkDefinitions = Record<string, { href: string; title: string | null }>;

/** A link reference definition on its line (`[premiere]: https://… "A video editing suite."`). */
// Not a footnote's (`[^1]: …`): its words are the page's, and its marks are not links.
const LINK_DEFINITION = /^ {0,3}\[(?!\^)([^\]\n]{1,999})\]:[ \t]*<?([^\s<>]+)/;

/** Whether a line is a link reference definition: a link's target, nobody's words. */
export function isLinkDefinition(line: string): boolean {
  return (line[0] === '[' || line[0] === ' ') && LINK_DEFINITION.test(line);
}

/** The link reference definitions of a file's lines (the first of a label counts, as in CommonMark). */
export function linkDefinitions(lines: ReadonlyArray<{ text: string }>): LinkDefinitions {
  const out: LinkDefinitions = {};
  for (const { text } of lines) {
    const m = isLinkDefinition(text) ? LINK_DEFINITION.exec(text) : null;
    const label = m?.[1]!.toLowerCase().replace(/\s+/g, ' ').trim();
    if (m && label && !(label in out)) out[label] = { href: m[2]!, title: null };
  }
  return out;
}

/**
 * `plainInline` for a file that defines link references: `[Adobe Premiere][premiere]`, `[Audition][]`
 * and `[Lightroom]` are their words, as the definitions make them links (an undefined one stays as written).
 */
export function plainInlineWith(links: LinkDefinitions): (line: string) => string {
  if (Object.keys(links).length === 0) return plainInline;
  const lexer = new Lexer();
  lexer.tokens.links = links;
  return (line) => {
    if (!line.includes('[')) return plainInline(line);
    const out: string[] = [];
    collect(lexer.inlineTokens(line), out);
    return out.join('');
  };
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
