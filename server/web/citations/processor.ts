/**
 * citeproc-js, the CSL processor Zotero and Mendeley use, run over our CSL items with the style files
 * of `styles.ts`. One processor per style is built once (building one parses its style file: a
 * quarter of a second for the large Chicago file) and reused for every item. Everything here is
 * synchronous and CPU-bound: the web server runs it on a thread of its own (`worker.ts`).
 */
import CSL, { type Engine } from 'citeproc';
import type { CslItem } from './csl-item.ts';
import { secondaryPrefix, type CiteRequest } from './in-text.ts';
import { itemForStyle } from './style-items.ts';
import { localeLoader, type StyleInfo } from './styles.ts';

/** Formatted text in both forms: HTML (italics as `<i>`) for pages and the clipboard, plain text for the rest. */
export interface Formatted {
  html: string;
  text: string;
}

export interface StyleOutput {
  key: string;
  /** The reference-list (bibliography) entry. */
  reference: Formatted;
  /** The parenthetical citation, or for a note style the first (full) note. */
  inText: Formatted;
  /** For a note style: the shortened note used after the first. */
  shortNote: Formatted | null;
}

export interface Processor {
  format(item: CslItem, cite: CiteRequest): StyleOutput[];
}

// citeproc wraps each entry in a div; the entry's inner HTML is what pages and the clipboard want.
const entryHtml = (html: string) => html.replace(/^\s*<div class="csl-entry">/, '').replace(/<\/div>\s*$/, '').trim();

/**
 * The style without its `<sort>` elements. A processor here formats one item at a time (one entry, one
 * cite to a cluster), so sort keys never order anything; but citeproc-js expands every macro a sort key
 * names into a token list of its own, uncached (Juris-M/citeproc-js#276, open): 123 MB of heap for
 * Chicago's bibliography sort alone, and most of a second to build. Without them the three core styles
 * take 12–22 MB of heap instead of 221–232, and format the same (tested against the style as written).
 */
export function withoutSortKeys(xml: string): string {
  // Comments are matched so as to be kept whole (a `<sort>` written in one is no element), and an
  // empty `<sort/>` goes on its own: taken for an opening tag, it would run to the next `</sort>`.
  return xml.replace(/<!--[\s\S]*?-->|<sort(?=[\s/>])[^>]*\/>|<sort(?=[\s/>])[^>]*>[\s\S]*?<\/sort>/g, (m) => (m.startsWith('<!--') ? m : ''));
}

export interface ProcessorOptions {
  /** Run the style as written, sort keys and all (the tests compare the two). */
  keepSortKeys?: boolean;
}

/**
 * Another source, cited in a note between the first note and the shortened one. Cited right after the
 * first, the second note would be in the "ibid." position, which the Chicago style prints as the
 * author alone ("O’Brien."); after another source's note it is the shortened note proper, author and
 * short title ("O’Brien, “White House Briefing.”", CMOS 14.29). It is formatted and thrown away.
 */
const BETWEEN: CslItem = { id: 'verbatim-intervening-note', type: 'article-newspaper', title: 'Intervening note', 'container-title': 'Intervening' };

export function createProcessor(styles: StyleInfo[], options: ProcessorOptions = {}): Processor {
  const locale = localeLoader();
  let current: CslItem | null = null;
  const engines = new Map<string, Engine>();
  const retrieveItem = (id: string) => (id === BETWEEN.id ? BETWEEN : current);
  const engineFor = (style: StyleInfo) => {
    let engine = engines.get(style.key);
    if (!engine) {
      const xml = options.keepSortKeys ? style.xml : withoutSortKeys(style.xml);
      engine = new CSL.Engine({ retrieveLocale: locale, retrieveItem }, xml, style.locale ?? 'en-US', !!style.locale);
      engines.set(style.key, engine);
    }
    return engine;
  };

  function formatOne(style: StyleInfo, built: CslItem, cite: CiteRequest): StyleOutput {
    const engine = engineFor(style);
    const item = (current = itemForStyle(built, style.key));
    const note = style.class === 'note';
    // Only the item is registered: the bibliography is made from the registry, before any note adds `BETWEEN` to it.
    engine.updateItems([item.id]);
    const citation = (n: number) => ({
      citationItems: [
        {
          id: item.id,
          ...(cite.timestamp ? { locator: cite.timestamp, label: 'timestamp' } : {}),
          ...(cite.quotedPerson ? { prefix: secondaryPrefix(style.key, style.class, cite.quotedPerson, n > 1 ? 'short' : 'full') } : {}),
        },
      ],
      properties: { noteIndex: note ? n : 0 },
    });
    const both = (fn: (format: 'html' | 'text') => string): Formatted => ({ html: fn('html'), text: fn('text') });
    const reference = both((format) => {
      engine.setOutputFormat(format);
      const bib = engine.makeBibliography();
      const entry = bib ? (bib[1][0] ?? '') : '';
      return format === 'html' ? entryHtml(entry) : entry.trim();
    });
    const inText = both((format) => engine.previewCitationCluster(citation(1), [], [], format));
    let shortNote: Formatted | null = null;
    if (note) {
      // A later note to the same source is the shortened form (CMOS 14.29): register a first one, and
      // another source's note after it, so that the later note is not in the "ibid." position.
      const first = { ...citation(1), citationID: 'first' };
      engine.processCitationCluster(first, [], []);
      const between = { citationID: 'between', citationItems: [{ id: BETWEEN.id }], properties: { noteIndex: 2 } };
      engine.processCitationCluster(between, [['first', 1]], []);
      shortNote = both((format) => engine.previewCitationCluster(citation(3), [['first', 1], ['between', 2]], [], format));
    }
    return { key: style.key, reference, inText, shortNote };
  }

  return {
    format(item, cite) {
      return styles.map((style) => {
        try {
          return formatOne(style, item, cite);
        } finally {
          // Forget the citations made for this item, so the next item starts as a first citation.
          engineFor(style).updateItems([]);
        }
      });
    },
  };
}
