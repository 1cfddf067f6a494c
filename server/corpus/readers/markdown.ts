/**
 * Transcripts written in Markdown: `**Name:** text`, `**Name** 0:00` and `**Name** [0:06] text`
 * header lines, `Name [00:01:02]`, `0:00:14.2 **Name** text`. Markdown escapes are undone
 * (`\[laughs\]` is a marker again), headings start sections and never join a speaker's turn,
 * bracketed timestamps inside speech are kept as times, and reference links are their words.
 */
import { analyse } from './labels/analysis.ts';
import { assembleTurns } from './labels/assemble.ts';
import { labelScore } from './labelled.ts';
import { headingTitle, isLinkDefinition, linkDefinitions, plainInlineWith } from './markdown-inline.ts';
import { result, type Reader, type ReadResult } from './reader.ts';
import { takeHeaderFields } from './labels/header.ts';

const MARKDOWN_EXT = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export const markdown: Reader = {
  name: 'markdown',
  sniff(input) {
    const { labels, styles } = analyse(input);
    if (labels.length === 0) return 0;
    const share = styles.markdown / labels.length;
    // A Markdown file is read here whatever its labels look like: this reader reads every label style and Markdown too.
    return labelScore(input, MARKDOWN_EXT.has(input.ext) ? 1 : share);
  },
  read(input): ReadResult {
    const { lines, labels, breaks } = analyse(input);
    const out = result('transcript', 'interview');
    // Reference links (`[Adobe Premiere][premiere]`) are their words; their definitions are no one's.
    const links = linkDefinitions(lines);
    const defined = Object.keys(links).length > 0;
    out.turns = assembleTurns(lines, labels, { heading: headingTitle, plain: plainInlineWith(links), breaks, ...(defined ? { skip: isLinkDefinition } : {}) });
    takeHeaderFields(out);
    const firstIndex = lines.findIndex((l) => l.text.trim() !== '');
    // A heading that is a speaker's label (`### Interviewer`) is no title.
    const title = firstIndex !== -1 && labels[0]?.index !== firstIndex ? headingTitle(lines[firstIndex]!.text) : null;
    if (title) out.meta.title = title;
    return out;
  },
};
