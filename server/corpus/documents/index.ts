/**
 * Files whose text no reader reads as it is, and how it is taken out of them first. Word documents
 * and PDFs are not text: their words are extracted (asynchronously, as the libraries work). Captions
 * in SubStation Alpha or TTML, Final Draft screenplays and web pages that are no marked-up transcript
 * are text in a form of their own: they are converted to the form their reader knows (WebVTT,
 * Fountain, Markdown), which is then what Verbatim stores and shows. Each throws a `ParseError`
 * naming the file when it cannot be read.
 */
import { assToWebVtt } from './ass.ts';
import { docxText } from './docx.ts';
import { fdxToFountain } from './fdx.ts';
import type { SourceFormat } from '../model.ts';
import { pdfText } from './pdf.ts';
import { ttmlToWebVtt } from './ttml.ts';
import { htmlPage } from './html-page.ts';
import { boldLabelTurns } from '../readers/html-labels.ts';

const EXTRACT: Partial<Record<SourceFormat, (bytes: Buffer, file: string) => Promise<string>>> = { docx: docxText, pdf: pdfText };

/** The text of a document of `format`, or undefined for a format that is text already. */
export async function documentText(format: SourceFormat, bytes: Buffer, file: string): Promise<string | undefined> {
  const extract = EXTRACT[format];
  return extract ? extract(bytes, file) : undefined;
}

/** Text converted for a reader, and the extension of the form it is now in (which the readers go by). */
export interface Converted {
  text: string;
  ext: string;
  /** The title the original states where the converted text may not (a web page's `<title>`). */
  title?: string;
}

const CONVERT: Partial<Record<SourceFormat, { convert: (text: string, file: string) => string; ext: string }>> = {
  ass: { convert: assToWebVtt, ext: '.vtt' },
  ttml: { convert: ttmlToWebVtt, ext: '.vtt' },
  fdx: { convert: fdxToFountain, ext: '.fountain' },
};

/** The root element an XML file opens with (after its declaration, comments and doctype), or ''. */
function rootElement(text: string): string {
  const head = text.slice(0, 4000);
  const root = /<(?![?!])([\w.:-]{1,64})/.exec(head);
  return root ? root[1]!.replace(/^[\w.-]*:/, '') : '';
}

/** A web page the podcast-html reader reads as it is: its speakers in `<cite>`, or in bold before a colon. */
function markedTranscript(html: string): boolean {
  return /<cite\b/i.test(html) || boldLabelTurns(html, 0) !== null;
}

/**
 * `text` converted for its reader: captions in SubStation Alpha or TTML to WebVTT, a Final Draft
 * script to Fountain — a `.xml` file too when its root element is TTML's `<tt>` or `<FinalDraft>` —
 * and a web page that is no marked-up transcript to Markdown (unless `reader`, the one a sidecar
 * names, is the page's own). Undefined for a format its reader reads as it is.
 */
export function convertedText(format: SourceFormat, text: string, file: string, reader?: string): Converted | undefined {
  if (format === 'html') {
    if (reader === 'podcast-html' || (reader === undefined && markedTranscript(text))) return undefined;
    const page = htmlPage(text);
    return { text: page.markdown, ext: page.plain ? '.txt' : '.md', ...(page.title ? { title: page.title } : {}) };
  }
  let how = CONVERT[format];
  if (!how && format === 'xml') {
    const root = rootElement(text);
    how = root === 'tt' ? CONVERT.ttml : root === 'FinalDraft' ? CONVERT.fdx : undefined;
  }
  return how ? { text: how.convert(text, file), ext: how.ext } : undefined;
}
