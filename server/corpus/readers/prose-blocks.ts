/**
 * Reviews and articles as blocks of readable text. Markdown is read with `marked`'s lexer, so that
 * emphasis, links and headings do not reach quote text, while every character keeps its offset in the
 * file. Blocks that are not the writer's content — the headline, a byline, "Read More: …" link lines,
 * photo captions and credits — are set aside.
 */
import { isPageFurniture } from './page-furniture.ts';
import { marked, type Token, type Tokens } from 'marked';
import { lines, paragraphs, trimSpan, wordCount, type Span } from '../text.ts';
import { isMarkup } from './markdown-inline.ts';

/** A block of plain text; `map[i]` is the offset in the source of `text[i]`. */
export interface ProseBlock {
  text: string;
  map: number[];
  start: number;
  end: number;
  role: 'content' | 'heading' | 'headline' | 'byline' | 'link' | 'credit';
}

const LINK_LINE = /^(?:read more|more|related|see also|also read|read|watch|listen|click here|sign up|subscribe|follow us|recommended|trending|most read|more from|you might also like|advertisement)(?:\s+(?:on|at|to|from|more|also|here|the (?:full|video|interview|episode|podcast)))*\s*(?::|»|>|$)/i;
const URL_ONLY = /^(?:<)?https?:\/\/\S+(?:>)?$/;
// Case matters for the name (\p{Lu} under an `i` flag would match "now"); the lead word is spelled both ways.
const BYLINE = /^(?:[Bb]y|BY|[Ww]ords [Bb]y|[Ww]ritten [Bb]y|[Rr]eview [Bb]y)\s+(\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’\-]*\.?|de|van|von|al|bin|la|le)){0,4})(?:\s*[,|·•–—-].*)?$/u;
/** A byline is one short line: a longer block is not tried (the name's words and `.*` backtracked over runs of hyphens). */
const BYLINE_MAX = 200;
const bylineMatch = (text: string) => (text.length <= BYLINE_MAX ? BYLINE.exec(text) : null);
const CREDIT_WORDS =
  /(?:\b(?:handout|getty images|getty|reuters|ap photo|ap|afp|epa|alamy|shutterstock|courtesy(?: of [^.]{1,60})?|photograph|photo|picture|image|credit|press association|pa wire|pa|rex features|rex|bloomberg|nurphoto|sipa|wireimage|filmmagic|netflix|hbo|amazon studios|a24|magnolia pictures|sundance institute|file photo|supplied|screenshot|youtube|twitter|instagram|facebook))\s*\)?\.?$/i;
const CREDIT_PREFIX = /^(?:\(?(?:photo(?:graph)?|picture|image|credit|pictured|above|top|main image)s?(?: by| credit)?\s*[:(]|\(photo)/i;

/** Plain text of a block of a plain-text file: the text itself. */
function plainBlock(text: string, start: number, end: number): Omit<ProseBlock, 'role'> {
  const map = new Array<number>(end - start);
  for (let i = 0; i < map.length; i++) map[i] = start + i;
  return { text: text.slice(start, end), map, start, end };
}

/** The longest character reference written out: `&CounterClockwiseContourIntegral;` is 33. */
const LONGEST_REFERENCE = 34;
/** What a character reference holds between `&` and `;`. */
const REFERENCE_CHAR = /[#0-9A-Za-z]/;

/**
 * Offsets in `raw` of each character of `text`, the plain form marked made of it: a character
 * reference (`&#8217;`, `&amp;`) or an escape (`\*`) in `raw` stands for the one character it gives.
 * (Mapped to the token's start instead, every letter after `Times&#8217;` was put at its `T`.)
 */
function alignDecoded(raw: string, text: string, base: number, map: number[]): void {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    if (raw[j] !== text[i] && raw[j] === '\\' && raw[j + 1] === text[i]) j++;
    else if (raw[j] === '&' && (raw[j] !== text[i] || raw[j + 1] !== text[i + 1])) {
      // `&amp;` gives the `&` it opens with: a reference where the text does not go on as written.
      let semi = j + 1;
      while (semi < raw.length && semi - j < LONGEST_REFERENCE && REFERENCE_CHAR.test(raw[semi]!)) semi++;
      if (semi > j + 1 && raw[semi] === ';') {
        map.push(base + j);
        // A reference to a character outside the BMP gives two code units: both are its.
        if (i + 1 < text.length && /[\ud800-\udbff]/.test(text[i]!)) map.push(base + j), i++;
        j = semi + 1;
        continue;
      }
    }
    map.push(base + Math.min(j, raw.length - 1));
    j++;
  }
}

/** Plain text of inline Markdown tokens, with offsets. */
function inlinePlain(tokens: Token[] | undefined, raw: string, rawStart: number, out: { text: string; map: number[] }): void {
  let cursor = 0;
  for (const token of tokens ?? []) {
    const at = raw.indexOf(token.raw, cursor);
    const offset = at === -1 ? cursor : at;
    cursor = offset + token.raw.length;
    const base = rawStart + offset;
    const nested = (token as { tokens?: Token[] }).tokens;
    if (token.type === 'br') {
      out.text += ' ';
      out.map.push(base);
    } else if (nested && nested.length > 0 && token.type !== 'text') {
      inlinePlain(nested, token.raw, base, out);
    } else if (token.type === 'image') {
      continue;
    } else if (token.type === 'html' && isMarkup(token.raw)) {
      continue;
    } else {
      const text = (token as { text?: string }).text ?? token.raw;
      const inner = token.raw.indexOf(text);
      out.text += text;
      if (inner === -1) alignDecoded(token.raw, text, base, out.map);
      else for (let i = 0; i < text.length; i++) out.map.push(base + inner + i);
    }
  }
}

function markdownBlocks(text: string, from: number, to: number): Array<Omit<ProseBlock, 'role'> & { heading: boolean }> {
  const content = text.slice(from, to);
  const out: Array<Omit<ProseBlock, 'role'> & { heading: boolean }> = [];
  const walk = (tokens: Token[], raw: string, rawStart: number) => {
    let cursor = 0;
    for (const token of tokens) {
      const at = raw.indexOf(token.raw, cursor);
      const start = rawStart + (at === -1 ? cursor : at);
      cursor = (at === -1 ? cursor : at) + token.raw.length;
      if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'text') {
        const plain = { text: '', map: [] as number[] };
        inlinePlain((token as Tokens.Paragraph).tokens, token.raw, start, plain);
        if (plain.text.trim()) out.push({ ...plain, start, end: start + token.raw.trimEnd().length, heading: token.type === 'heading' });
      } else if (token.type === 'blockquote') {
        walk((token as Tokens.Blockquote).tokens, token.raw, start);
      } else if (token.type === 'list') {
        for (const item of (token as Tokens.List).items) {
          const itemAt = token.raw.indexOf(item.raw);
          walk(item.tokens, item.raw, start + Math.max(0, itemAt));
        }
      }
    }
  };
  walk(marked.lexer(content), content, from);
  return out;
}

function classify(block: Omit<ProseBlock, 'role'>, index: number, count: number, heading: boolean): ProseBlock['role'] {
  const t = block.text.trim();
  const words = wordCount(t);
  const terminal = /[.!?…"”’)]$/.test(t);
  if (heading) return index === 0 ? 'headline' : 'heading';
  if (LINK_LINE.test(t) && words <= 25 && /:|»|>/.test(t.slice(0, 40))) return 'link';
  if (URL_ONLY.test(t)) return 'link';
  if (words <= 12 && isByline(t)) return 'byline';
  if (CREDIT_PREFIX.test(t) && words <= 60) return 'credit';
  if (!terminal && CREDIT_WORDS.test(t) && words <= 60 && index > 0) return 'credit';
  if (index === 0 && count > 1 && !terminal && !/:$/.test(t) && words <= 25) return 'headline';
  return 'content';
}

/** Blocks of a review or article within `text[from, to)`. */
export function proseBlocks(text: string, from: number, to: number, markdown: boolean): ProseBlock[] {
  const raw = markdown
    ? markdownBlocks(text, from, to)
    : paragraphs(text, from, to).flatMap((p) => lineParagraphs(text, p)).map((p) => ({ ...plainBlock(text, p.start, p.end), heading: false }));
  splitHeadline(raw);
  // A page's furniture above the headline (`Login`) is a link line, and the headline is the block after it.
  let lead = 0;
  while (lead < raw.length - 1 && !raw[lead]!.heading && isPageFurniture(raw[lead]!.text.trim())) lead++;
  return raw.map((b, i) => ({ text: b.text, map: b.map, start: b.start, end: b.end, role: i < lead ? 'link' : classify(b, i - lead, raw.length - lead, b.heading) }));
}

type RawBlock = Omit<ProseBlock, 'role'> & { heading: boolean };

/** A line longer than hard-wrapped text ever has: its file keeps a paragraph on one line. */
const UNWRAPPED = 200;

/** A line that ends a paragraph: its last word closes a sentence (or introduces the next line). */
const PARAGRAPH_END = /[.!?:…]["”’)\]]*\s*$/;

/**
 * A blank-line block whose lines are whole paragraphs — pages saved as text, one paragraph a line,
 * no blank line between — is cut at its line breaks; hard-wrapped text, whose lines are all short, is
 * not. Only where a line closes a sentence: a release that wraps a quotation or a said-clause
 * (`“…,” said⏎Senior Deputy District Attorney …`) keeps it whole. Paragraphs matter to attribution:
 * a paragraph that is only a quotation continues the last speaker.
 */
function lineParagraphs(text: string, block: Span): Span[] {
  const parts = lines(text, block.start, block.end);
  if (parts.length < 2 || !parts.some((l) => l.text.length > UNWRAPPED)) return [block];
  const out: Span[] = [];
  let start = parts[0]!.start;
  parts.forEach((line, i) => {
    if (i + 1 < parts.length && !PARAGRAPH_END.test(line.text)) return;
    const span = trimSpan(text, start, line.end);
    if (span.text.length > 0) out.push(span);
    start = parts[i + 1]?.start ?? line.end;
  });
  return out;
}

/**
 * A headline on the first line, run straight into the first paragraph ("NASA Mission Strengthens
 * 40-Year Friendship⏎As NASA astronaut…"), is a block of its own: short, no closing full stop.
 */
function splitHeadline(raw: RawBlock[]): void {
  const first = raw[0];
  if (!first || first.heading) return;
  const br = first.text.indexOf('\n');
  if (br <= 0 || br === first.text.length - 1) return;
  const line = first.text.slice(0, br).trim();
  if (wordCount(line) > 16 || wordCount(line) < 2 || /[.!?,;:]["”’)]?$/.test(line) || !/^[\p{Lu}\d“"']/u.test(line)) return;
  const rest = br + 1;
  raw.splice(0, 1, { text: first.text.slice(0, br), map: first.map.slice(0, br), start: first.start, end: first.map[br - 1]! + 1, heading: false }, { text: first.text.slice(rest), map: first.map.slice(rest), start: first.map[rest]!, end: first.end, heading: false });
}

/** The author a byline block names. */
export function bylineAuthor(block: ProseBlock): string | null {
  const m = bylineMatch(block.text.trim());
  return m ? m[1]!.trim().replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '') : null;
}

const NOT_BYLINE_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Now,|The|This|That|Then|Contrast|Comparison|Far|Way|Design|Default|Chance|Law|Night|Day|Morning|Noon)$/;

/** A byline, not a sentence that starts with "By" ("By Monday, the city was quiet."). */
function isByline(t: string): boolean {
  const m = bylineMatch(t);
  if (!m) return false;
  const first = m[1]!.split(/\s+/)[0]!;
  const rest = t.slice(t.indexOf(m[1]!) + m[1]!.length);
  return !NOT_BYLINE_NAMES.test(first) && !(rest.trim().length > 0 && /[.!?]$/.test(t) && /\s\p{Ll}+\s/u.test(rest));
}
