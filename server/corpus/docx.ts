/**
 * Word documents (`.docx`), as Rev, Otter, Descript, Trint and Zoom save transcripts and as oral
 * history projects keep them. mammoth, a library made for reading them, gives their text: a paragraph
 * to a line, line breaks within a paragraph kept, paragraphs set apart as the document sets them
 * apart (`spaced`). That text is then read
 * as any text file is, so a speaker on a line of its own, `Name (00:01):` or `Q.`/`A.` reads as it
 * would in a `.txt`. Old binary Word files (`.doc`) are not read: they are refused by name.
 */
import { ParseError } from './errors.ts';

/** A `.docx` file's first bytes: it is a zip archive. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The text of a Word document, or a `ParseError` naming the file when it is not one (a file renamed
 * `.docx`, a damaged download) or holds no text.
 */
export async function docxText(bytes: Buffer, file: string): Promise<string> {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new ParseError(file, undefined, 'this is not a Word document (a .docx file is a zip archive, and this one is not): open it in a word processor and save it again as .docx or as text');
  }
  let text: string;
  try {
    // Loaded when a Word document is first read, not with every start of the server.
    const { default: mammoth } = await import('mammoth');
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    // mammoth's reasons name the part of the archive it could not read ("Could not find file in options").
    throw new ParseError(file, undefined, `this Word document could not be read (${(error as Error).message.split('\n')[0]}): open it in a word processor and save it again as .docx or as text`);
  }
  if (text.trim() === '') throw new ParseError(file, undefined, 'the Word document has no text in it');
  return spaced(text);
}

/**
 * mammoth ends every paragraph with a blank line. Where the writer (or the exporting service) set
 * turns apart with empty paragraphs — `Researcher`, its words, an empty paragraph, the next name —
 * a blank line after every paragraph would hide which name belongs to which words, so paragraphs
 * then follow one another line by line and only the empty ones are blank lines. Where no empty
 * paragraphs do that work, every paragraph stays a block of its own.
 */
function spaced(text: string): string {
  const paragraphs = text.replace(/\n\n$/, '').split('\n\n');
  let empty = 0;
  for (let i = 1; i < paragraphs.length - 1; i++) if (paragraphs[i]!.trim() === '') empty++;
  return empty * 4 >= paragraphs.length - empty ? paragraphs.map((p) => p.trimEnd()).join('\n') : text;
}
