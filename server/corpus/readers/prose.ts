/**
 * Reviews and articles: the text as blocks (paragraphs, Markdown read with `marked`), with the
 * headline, byline, link lines and photo credits set apart (`prose-blocks.ts`). Their quotations are
 * found and attributed later; the writer's own sentences are the writer's.
 */
import { bylineAuthor, proseBlocks } from './prose-blocks.ts';
import { result, type Reader, type ReadResult } from './reader.ts';

/** Files of a structured format: never read as an article. */
const STRUCTURED = new Set(['.srt', '.vtt', '.json', '.html', '.htm', '.xml', '.fountain', '.spmd']);

export const prose: Reader = {
  name: 'prose',
  ceiling: 0.4,
  sniff({ ext }) {
    return STRUCTURED.has(ext) ? 0.05 : 0.4;
  },
  read({ text, from, ext }): ReadResult {
    const out = result('prose');
    out.blocks = proseBlocks(text, from, text.length, ext === '.md' || ext === '.markdown');
    const headline = out.blocks.find((b) => b.role === 'headline')?.text.trim();
    if (headline) out.meta.title = headline;
    const by = out.blocks.find((b) => b.role === 'byline');
    const author = by ? bylineAuthor(by) : null;
    if (author) out.meta.author = author;
    return out;
  },
};
