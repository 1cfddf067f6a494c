/**
 * Collection descriptions are Markdown written by whoever edits `collection.yml`: `marked` turns them
 * into HTML and `sanitize-html` keeps only text formatting and plain links, so nothing in a
 * description can run script, load an external asset (no images) or restyle the page (no `style`).
 * The result is one of the two kinds of raw HTML templates may print.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance: options set here cannot leak into other users of the `marked` singleton.
const marked = new Marked({ async: false, gfm: true, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'i', 'b', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'del', 'sup', 'sub'],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Headings inside a description sit under the page's own h2; raise h1/h2 to h3 so the outline holds.
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }),
  },
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

/** Markdown → sanitized HTML, safe to print unescaped. Empty input gives ''. */
export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown || markdown.trim() === '') return '';
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = sanitizeHtml(marked.parse(markdown) as string, SANITIZE).trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(markdown, html);
  return html;
}
