/**
 * A web page that is no marked-up transcript (no `<cite>` speakers, no names in bold: those the
 * podcast-html reader reads as they are), turned into Markdown for the text readers: a saved news
 * article or review, whose quotations the prose reader attributes; an interview page with each name in
 * a paragraph of its own (`<p>Joshua Brody</p><p>All right…</p>`), which the label readers take. Before,
 * such a page was one unattributed turn of all its words.
 *
 * Blocks become paragraphs with a blank line between, headings `#` lines, list items `- ` lines, a
 * line break or a line of `<pre>` a new line, a table's cells words apart. The page's code, styles,
 * navigation, asides, footer, controls and readers' comments are left out. Its title is the
 * `<h1>` its `<title>` holds, or that `<title>` without the site's name. Read in one pass of
 * `html-tokens.ts` (linear in the page).
 */
import { scanHtml } from '../readers/html-tokens.ts';

/** Elements that end one block of text and begin another. */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'section', 'article', 'main', 'header', 'body', 'hr', 'dd', 'dt', 'dl', 'pre', 'figure', 'figcaption', 'address', 'details', 'summary']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements whose text is no part of what the page says: code, styles, the head, navigation, asides, the footer, controls. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'nav', 'aside', 'footer', 'button', 'select', 'iframe', 'object']);
/** The ones that never hold a page's words, left out even where the others hid it all (an unclosed `<nav>`). */
const NEVER_WORDS = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'button', 'select', 'iframe', 'object']);
/** An element's `id` or `class` that marks readers' comments, which are not the page's author's words. */
const COMMENTS = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;
/** Elements whose words stand apart from the words next to them: a table's cells, a time. */
const APART = new Set(['td', 'th', 'time']);
/** What Markdown would read as markup at a line's start, and where the backslash that keeps it words goes. */
const MARKUP_START = /^(?:#|>|[-*+] |\||```|~~~)/;
const NUMBERED = /^(\d{1,9})([.)] )/;
/** What separates a page's own title from the site's in `<title>`: `Mayor defends cuts | City Herald`. */
const SITE_SEPARATOR = / [|–—-] | :: /g;

/** A web page as Markdown, and the title it gives itself. */
export interface HtmlPage {
  markdown: string;
  title?: string;
  /**
   * The page is a text file wrapped in HTML (`<pre>` holding nearly all its words, as GPO publishes the
   * Congressional Record): `markdown` is then that text as it stands, to be read as plain text, its
   * lines' indentation kept (a hearing's speaker opens an indented paragraph).
   */
  plain?: true;
}

/** Of a page's visible characters (not spaces), the share `<pre>` must hold for the page to be its text. */
const PREFORMATTED_PAGE = 0.9;

/** Characters of `text` that are not whitespace. */
function visible(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A line of words as Markdown reads them as words. */
function escaped(line: string): string {
  if (MARKUP_START.test(line)) return `\\${line}`;
  return line.replace(NUMBERED, '$1\\$2');
}

/** The page's text as Markdown, and its title. */
export function htmlPage(html: string): HtmlPage {
  // A page whose every word was in what is left out (an unclosed `<nav>`): only code and styles are.
  const { words, ...page } = convert(html, HIDDEN);
  if (words) return page;
  const { words: _, ...all } = convert(html, NEVER_WORDS);
  return all;
}

function convert(html: string, hiddenTags: ReadonlySet<string>): HtmlPage & { words: boolean } {
  const blocks: string[] = [];
  const h1s: string[] = [];
  let line = '';
  let lines: string[] = [];
  let heading = 0;
  let item = false;
  let pre = 0;
  /** What `<pre>` holds, as it stands, and the visible characters inside and outside it. */
  let preText = '';
  let preChars = 0;
  let otherChars = 0;
  let hidden = 0;
  let title = '';
  let inTitle = false;
  let titled = false;
  let svg = 0;
  /** A readers' comments section being passed over: its element's name, and how deep in same-named ones. */
  let comments: { name: string; depth: number } | null = null;
  let words = false;
  /** A tag stood since the last words: `<span>Sarah Chen</span><span>00:00:05</span>` is a name and a time. */
  let tagSince = false;
  const endLine = () => {
    const words = line.replace(/\s+/g, ' ').trim();
    if (words !== '') lines.push(words);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length > 0) {
      if (heading > 0) {
        blocks.push(`${'#'.repeat(heading)} ${lines.join(' ')}`);
        if (heading === 1) h1s.push(lines.join(' '));
      } else {
        blocks.push(lines.map((l, i) => (i === 0 && item ? `- ${l}` : escaped(l))).join('\n'));
        words = true;
      }
    }
    lines = [];
    heading = 0;
    item = false;
  };
  scanHtml(html, {
    wantsMarks: true,
    open(name, _start, _end, marks) {
      tagSince = true;
      if (name === 'svg') svg++;
      // The page's own `<title>`, not an icon's (`<svg><title>Open menu</title>`) nor a feed entry's.
      if (name === 'title' && svg === 0 && !titled) inTitle = true;
      if (comments?.name === name) comments.depth++;
      else if (!comments && hidden === 0 && marks !== '' && COMMENTS.test(marks.trim())) {
        comments = { name, depth: 1 };
        hidden++;
      }
      if (hiddenTags.has(name)) hidden++;
      if (hidden > 0) return;
      if (name === 'br') endLine();
      else if (APART.has(name)) line += ' ';
      else if (BLOCKS.has(name) || HEADINGS[name]) {
        endBlock();
        heading = HEADINGS[name] ?? 0;
        item = name === 'li';
        if (name === 'pre') pre++;
      }
    },
    close(name) {
      tagSince = true;
      if (name === 'svg') svg = Math.max(0, svg - 1);
      if (name === 'title' && inTitle) {
        inTitle = false;
        titled = title.trim() !== '';
      }
      if (comments?.name === name && --comments.depth === 0) {
        comments = null;
        hidden = Math.max(0, hidden - 1);
      }
      if (hiddenTags.has(name)) hidden = Math.max(0, hidden - 1);
      if (hidden > 0) return;
      if (APART.has(name)) line += ' ';
      else if (BLOCKS.has(name) || HEADINGS[name]) {
        endBlock();
        if (name === 'pre') pre = Math.max(0, pre - 1);
      }
    },
    text(text) {
      if (inTitle) title += text;
      else if (hidden > 0) return;
      else if (pre === 0) {
        otherChars += visible(text);
        // Words and figures in elements of their own stand apart; a drop cap (`<span>T</span>he`) does not.
        if (tagSince && line !== '' && isDigit(text.charCodeAt(0)) !== isDigit(line.charCodeAt(line.length - 1)) && /\S$/.test(line) && /^\S/.test(text)) line += ' ';
        line += text;
        tagSince = false;
      }
      else {
        preText += text;
        preChars += visible(text);
        // Preformatted text keeps its lines, and a blank line between its paragraphs.
        let from = 0;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
          line += text.slice(from, nl);
          if (line.trim() === '' && lines.length > 0) endBlock();
          else endLine();
          from = nl + 1;
        }
        line += text.slice(from);
      }
    },
  });
  endBlock();
  const named = pageTitle(title.replace(/\s+/g, ' ').trim(), h1s);
  if (preChars > 0 && preChars >= (preChars + otherChars) * PREFORMATTED_PAGE) {
    return { markdown: preText.endsWith('\n') ? preText : `${preText}\n`, words: true, plain: true, ...(named ? { title: named } : {}) };
  }
  if (h1s.length === 0 && named) blocks.unshift(`# ${named}`);
  return { markdown: `${blocks.join('\n\n')}\n`, words, ...(named ? { title: named } : {}) };
}

/**
 * The page's title: the longest `<h1>` its `<title>` holds that is not the site's name (a logo's),
 * or a longer `<h1>` where `<title>` is a site's name of a few words, or `<title>` without the site's
 * name, or the first `<h1>`.
 */
function pageTitle(title: string, h1s: string[]): string | undefined {
  const own = withoutSiteName(title);
  const site = title.slice(own.length).toLowerCase();
  const lower = title.toLowerCase();
  let held: string | undefined;
  for (const h of h1s) {
    const key = h.toLowerCase();
    if (h.length >= 4 && lower.includes(key) && !site.includes(key) && (!held || h.length > held.length)) held = h;
  }
  if (held) return held;
  // A `<title>` of a few words that is only the site's name (`City Herald`) gives way to a longer `<h1>`.
  const longest = h1s.reduce<string | undefined>((a, h) => (!a || h.length > a.length ? h : a), undefined);
  if (own === title && words(title) <= 3 && longest && words(longest) > words(title)) return longest;
  return own !== '' ? own : h1s[0];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `<title>` without the site's name, which comes last and is the shorter part: `Mayor defends budget cuts | City Herald`. */
function withoutSiteName(title: string): string {
  let cut = -1;
  let after = 0;
  SITE_SEPARATOR.lastIndex = 0;
  for (let m = SITE_SEPARATOR.exec(title); m; m = SITE_SEPARATOR.exec(title)) {
    cut = m.index;
    after = m.index + m[0].length;
  }
  return cut > 0 && title.length - after < cut ? title.slice(0, cut) : title;
}
