/**
 * PDF documents, as screenplays, court and hearing transcripts and many interview transcripts are
 * published: their text taken out by Mozilla's pdf.js, set out as the page looks (`pdf-layout.ts`),
 * with the hyphens some PDFs draw as soft hyphens put back (`pdf-hyphens.ts`). A PDF with no text (a
 * scan), a locked one and a broken one are refused with what to do.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ParseError } from '../errors.ts';
import { median, pageText, type Piece } from './pdf-layout.ts';
import { drawnText, withHyphens } from './pdf-hyphens.ts';

/** How many first pages are looked at for soft hyphens drawn as text: drawing a page costs more than reading its text. */
const HYPHEN_PROBE_PAGES = 3;

/** What a page of pdf.js gives: its text, how it is shown, and (when asked) what it draws. */
interface PageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(options: { scale: number }): { transform: number[] };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): unknown;
}

/** A point of PDF space on the page as shown: the viewport's transform applied. */
function shown(m: number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

/** A page's text items as pieces: only those with text, where the page as shown has them. */
function piecesOf(items: readonly TextItem[], texts: readonly string[], view: number[]): Piece[] {
  const out: Piece[] = [];
  items.forEach((t, k) => {
    const [x, y] = shown(view, t.transform[4] as number, t.transform[5] as number);
    if (texts[k] === '' || !Number.isFinite(x) || !Number.isFinite(y)) return;
    out.push({ text: texts[k]!, x, y, width: Number.isFinite(t.width) ? t.width : 0, height: t.height || Math.abs(t.transform[3] as number) || 0, rtl: t.dir === 'rtl' });
  });
  return out;
}

/** The text items of a page that carry text. */
function textItems(items: readonly unknown[]): TextItem[] {
  return items.filter((i): i is TextItem => typeof (i as TextItem).str === 'string' && Array.isArray((i as TextItem).transform));
}

/**
 * The text of a PDF, page after page with a blank line between, or a `ParseError` naming the file
 * when it is no PDF, is locked with a password, or holds no text.
 */
export async function pdfText(bytes: Buffer, file: string): Promise<string> {
  if (bytes.length === 0) throw new ParseError(file, undefined, 'the file is empty');
  // A PDF opens with `%PDF-` (a few bytes of junk may come first).
  if (!bytes.subarray(0, 1024).includes('%PDF-')) throw new ParseError(file, undefined, 'this is not a PDF (it does not start with %PDF-): save the transcript again as a PDF or as text');
  const pages: Piece[][] = [];
  try {
    // pdf.js is loaded when a PDF is first read: a corpus without one (and the web server) never pays for it.
    const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const showText = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
    const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);
    // A copy: pdf.js takes the buffer over. No fonts are loaded and no code evaluated; text is all that is wanted.
    const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      let hyphens = false;
      // A scan under its OCR text (a picture on every page looked at): drawing its pages means decoding
      // their pictures, and its soft hyphens are where the OCR broke words, not hyphens printed. It is
      // left as pdf.js reads it, as is any page with a picture (a seal, a logo) among the first.
      let pictured = 0;
      let scanned = false;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = (await doc.getPage(n)) as unknown as PageLike;
        const items = textItems((await page.getTextContent()).items);
        let texts = items.map((i) => i.str);
        if (!scanned && (hyphens || n <= HYPHEN_PROBE_PAGES)) {
          const ops = await page.getOperatorList();
          const picture = ops.fnArray.some((f) => images.has(f));
          if (picture && n <= HYPHEN_PROBE_PAGES) pictured++;
          scanned = pictured === Math.min(HYPHEN_PROBE_PAGES, doc.numPages);
          const drawn = picture ? '' : drawnText(ops.fnArray, ops.argsArray, showText);
          hyphens ||= drawn.includes('\u00ad');
          if (hyphens && !picture) texts = withHyphens(items.map((i) => ({ text: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width })), drawn) ?? texts;
        }
        pages.push(piecesOf(items, texts, page.getViewport({ scale: 1 }).transform));
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ParseError(file, undefined, 'the PDF is locked with a password: save an unlocked copy, or its text, and index that');
    throw new ParseError(file, undefined, `this PDF could not be read (${(error as Error).message.split('\n')[0]}): save its text from a PDF viewer and index that`);
  }
  const all = pages.flat();
  if (!all.some((p) => /\p{L}/u.test(p.text))) throw new ParseError(file, undefined, 'the PDF has no text in it (a scan?): run it through OCR, or save its text, and index that');
  // One grid for the whole document, so a margin stands at the same column on every page.
  // At least a point: text of no width (hidden text, a broken font) would otherwise spread words apart without end.
  const charWidth = Math.max(1, median(all.filter((p) => p.text.trim().length >= 3).map((p) => p.width / p.text.length)) || 6);
  let left = Infinity;
  for (const p of all) left = Math.min(left, p.x);
  return pages.map((page) => pageText(page, charWidth, left)).join('\n\n');
}
