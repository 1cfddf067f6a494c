/**
 * The citation part of the quote page and the quote API: which words are cited (the whole quote, a
 * `?w=` word range, or the no-JavaScript form's first and last words, which redirect to the range),
 * their citations in every style, and the downloads.
 */
import type { Request } from 'express';
import type { QuoteContext } from '../quote-data.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { permalink } from '../../search/wire.ts';
import type { Labels } from '../labels.ts';
import { quotePath } from '../links.ts';
import { citeQuote, type Citation } from './cite.ts';
import { excerptByNumbers, excerptByWords, excerptPath, markedParagraphs, type Excerpt } from './excerpt.ts';
import { citationViews } from './view.ts';

const param = (req: Request, name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);

/** `?from=&to=` → the path to redirect to (the same page with `?w=`), or null. */
export function excerptRedirect(req: Request, context: QuoteContext): string | null {
  const from = param(req, 'from');
  if (from === undefined) return null;
  return excerptPath(context.quote.id, excerptByWords(context.quote.text, from, param(req, 'to') ?? ''));
}

export async function quoteCitation(engine: SearchEngine, context: QuoteContext, labels: Labels, baseUrl: string, req: Request): Promise<{ citation: Citation; excerpt: Excerpt | null }> {
  const w = param(req, 'w');
  const excerpt = w !== undefined ? excerptByNumbers(context.quote.text, w) : null;
  const url = excerpt ? `${permalink(baseUrl, context.quote.id)}?w=${excerpt.from}-${excerpt.to}` : permalink(baseUrl, context.quote.id);
  const citation = await citeQuote(engine, context.quote, context.source, labels, url, excerpt ? { range: excerpt } : {});
  return { citation, excerpt };
}

/** What the quote page's citation section shows (and, with `?w=`, the quote with the cited words marked). */
export function citeSection(citation: Citation, excerpt: Excerpt | null, id: string, baseUrl: string, text: string) {
  const base = quotePath(id);
  return {
    markedQuote: excerpt ? markedParagraphs(text, excerpt) : null,
    cite: {
      styles: citationViews(citation),
      missing: citation.missing,
      excerpt: excerpt ? { ...excerpt, href: excerptPath(id, excerpt), url: `${baseUrl}${excerptPath(id, excerpt)}`, whole: base } : null,
      quoted: citation.quoted,
      downloads: { bib: `${base}/cite.bib${excerpt ? `?w=${excerpt.from}-${excerpt.to}` : ''}`, csl: `${base}/cite.json${excerpt ? `?w=${excerpt.from}-${excerpt.to}` : ''}` },
    },
  };
}
