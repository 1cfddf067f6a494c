/**
 * Quotation marks that nest: a quote shown inside “…” (in a page title, or between the curly quotes
 * the stylesheet puts around a quote) turns its own double quotation marks into single ones, as
 * style guides ask: “He said ‘keep going’.” Apostrophes and single marks are left alone.
 */

/** Double marks in plain text: curly ones, and straight ones (opening after a space or bracket). */
const DOUBLE = /[\u201C\u201D]|(^|[\s([{\u2014-])"|"/g;
/** The same in HTML escaped by Handlebars or `escapeHtml` (a straight mark is `&quot;`). */
const DOUBLE_HTML = /[\u201C\u201D]|(^|[\s([{\u2014-]|>)&quot;|&quot;/g;

function swap(text: string, pattern: RegExp, straight: string): string {
  return text.replace(pattern, (match: string, before: string | undefined) => {
    if (match === '\u201C') return '\u2018';
    if (match === '\u201D') return '\u2019';
    // A straight mark opens after a space, a bracket, a dash or a tag (or at the start), else closes.
    if (before !== undefined && match === before + straight) return `${before}\u2018`;
    return '\u2019';
  });
}

/** The text's double quotation marks as single ones, for showing it inside double marks. */
export function nestQuotes(text: string): string {
  return swap(text, DOUBLE, '"');
}

/** `nestQuotes` for HTML we built (a highlight): escaped straight marks are swapped too. */
export function nestQuotesHtml(html: string): string {
  return swap(html, DOUBLE_HTML, '&quot;');
}

/** The text inside curly double marks, its own marks nested. */
export function quoted(text: string): string {
  return `\u201C${nestQuotes(text)}\u201D`;
}
