/**
 * Documents that are not text — Word documents and PDFs — and how their text is taken out of them
 * before any reader sees it. Each extractor is asynchronous (the libraries are) and throws a
 * `ParseError` naming the file when the document cannot be read.
 */
import { docxText } from './docx.ts';
import type { SourceFormat } from '../model.ts';
import { pdfText } from './pdf.ts';

const EXTRACT: Partial<Record<SourceFormat, (bytes: Buffer, file: string) => Promise<string>>> = { docx: docxText, pdf: pdfText };

/** The text of a document of `format`, or undefined for a format that is text already. */
export async function documentText(format: SourceFormat, bytes: Buffer, file: string): Promise<string | undefined> {
  const extract = EXTRACT[format];
  return extract ? extract(bytes, file) : undefined;
}
