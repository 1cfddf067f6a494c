/**
 * Word documents (`.docx`), as Rev, Otter, Descript, Trint and Zoom save transcripts and as oral
 * history projects keep them. mammoth, a library made for reading them, reads the document; its text
 * is taken here a paragraph to a line, line breaks within a paragraph kept (a name on the line above
 * its words, `Interviewer` then Shift+Enter), paragraphs set apart as the document sets them apart
 * (`spaced`). That text is then read as any text file is, so a speaker on a line of its own,
 * `Name (00:01):` or `Q.`/`A.` reads as it would in a `.txt`. Old binary Word files (`.doc`) are not
 * read: they are refused by name.
 */
import { ParseError } from '../errors.ts';

/** A `.docx` file's first bytes: it is a zip archive. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The most a document's parts (all but its pictures) may unpack to. A long transcript's text is a few
 * megabytes (118 minutes of a meeting: 0.26 MB); mammoth takes about fifty times a document's size in
 * memory, so a small archive that unpacks to a hundred megabytes (a zip bomb) would take the indexer
 * down, with every other file of the folder. It is refused unread.
 */
const MAX_UNPACKED = 20_000_000;
/** Pictures, which reading a document's text leaves packed. */
const MEDIA = /^word\/media\//;

/** A node of mammoth's document model: what `raw-text.js` in mammoth walks, plus line breaks. */
interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
}

/** Invisible or special hyphens Word writes: an optional break (dropped) and a hyphen that does not break (a hyphen). */
const WORD_HYPHENS = /[\u00ad\u2011]/g;

/** The text of mammoth's document, a paragraph to a line and a blank line after each. */
function textOf(node: DocNode, out: string[]): void {
  // A stack, not recursion: a document nests tables in tables without limit.
  const stack: Array<DocNode | string> = [node];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (typeof top === 'string') {
      out.push(top);
      continue;
    }
    if (top.type === 'text') out.push((top.value ?? '').replace(WORD_HYPHENS, (h) => (h === '\u2011' ? '-' : '')));
    else if (top.type === 'tab') out.push('\t');
    else if (top.type === 'break') out.push('\n');
    else if (top.type === 'tableRow') out.push(rowText(top));
    else {
      if (top.type === 'paragraph') stack.push('\n\n');
      const children = top.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

/** A cell holding a time and nothing else: `00:00:05`, `[01:02]`. */
const CLOCK_CELL = /^\[?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\]?$/;

/**
 * A table's row as one block: its cells' text on lines one after another, a blank line after it. A
 * transcript set as a table (the speaker in one column, the words in the next, as oral history projects
 * and some exports keep them) then reads as a name over its words, a time in a column before the name
 * on the name's line.
 */
function rowText(row: DocNode): string {
  const cells: string[] = [];
  for (const cell of row.children ?? []) {
    const parts: string[] = [];
    textOf(cell, parts);
    const text = parts.join('').replace(/\n{2,}/g, '\n').trim();
    if (text === '') continue;
    // A time in a cell of its own opens the next cell's line (`00:00:05 Beth`), as a timed label does.
    if (cells.length > 0 && CLOCK_CELL.test(cells.at(-1)!)) cells[cells.length - 1] = `${cells.at(-1)!} ${text}`;
    else cells.push(text);
  }
  return cells.length > 0 ? `${cells.join('\n')}\n\n` : '';
}

/**
 * Refuse an archive whose parts would unpack to more than `MAX_UNPACKED`, counting as they unpack: every
 * part but pictures, whatever its name (mammoth reads the part the package's relationships name).
 */
async function checkSize(bytes: Buffer, file: string): Promise<void> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const part of zip.file(/^/).filter((p) => !MEDIA.test(p.name))) {
    await new Promise<void>((resolve, reject) => {
      const stream = part.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total <= MAX_UNPACKED) return;
        stream.pause();
        reject(new ParseError(file, undefined, `the Word document unpacks to more than ${MAX_UNPACKED / 1_000_000} MB besides its pictures, far more than any transcript: save its text and index that`));
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
  }
}

/**
 * The text of a Word document, or a `ParseError` naming the file when it is not one (a file renamed
 * `.docx`, a damaged download), unpacks to far too much, or holds no text.
 */
export async function docxText(bytes: Buffer, file: string): Promise<string> {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new ParseError(file, undefined, 'this is not a Word document (a .docx file is a zip archive, and this one is not): open it in a word processor and save it again as .docx or as text');
  }
  const parts: string[] = [];
  try {
    await checkSize(bytes, file);
    // Loaded when a Word document is first read, not with every start of the server.
    const { default: mammoth } = await import('mammoth');
    // mammoth's own plain text leaves line breaks out (`Interviewer` + Shift+Enter + the words ran
    // together): its document model is taken as it hands it over for conversion, and read here.
    await mammoth.convertToHtml({ buffer: bytes }, {
      transformDocument: (document: DocNode) => {
        textOf(document, parts);
        return { ...document, children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // mammoth's and the zip reader's reasons name the part they could not read ("Could not find file in options").
    throw new ParseError(file, undefined, `this Word document could not be read (${(error as Error).message.split('\n')[0]}): open it in a word processor and save it again as .docx or as text`);
  }
  const text = parts.join('');
  if (text.trim() === '') throw new ParseError(file, undefined, 'the Word document has no text in it');
  return spaced(text);
}

/**
 * Every paragraph ends with a blank line. Where the writer (or the exporting service) set turns apart
 * with empty paragraphs — `Researcher`, its words, an empty paragraph, the next name — a blank line
 * after every paragraph would hide which name belongs to which words, so paragraphs then follow one
 * another line by line and only the empty ones are blank lines. Where no empty paragraphs do that
 * work, every paragraph stays a block of its own.
 */
function spaced(text: string): string {
  const paragraphs = text.replace(/\n\n$/, '').split('\n\n');
  let empty = 0;
  for (let i = 1; i < paragraphs.length - 1; i++) if (paragraphs[i]!.trim() === '') empty++;
  return empty * 4 >= paragraphs.length - empty ? paragraphs.map((p) => p.trimEnd()).join('\n') : text;
}
