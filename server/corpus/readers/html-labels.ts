/**
 * Transcripts saved as web pages with each speaker's name in bold: `<strong>Mr. LIMAN</strong>: Now, …`
 * between `<br/>`s (a hearing's archive), `<p><b>MR. GUTHRIE</b>: May it please the Court.</p>` (an
 * oral argument's page). No Podcasting 2.0 `<cite>` is there to name the speakers, so a bold run that
 * opens a block and a colon after it do. Read as a run of tags and text (`html-tokens.ts`), in one
 * pass: each block's text and where it came from, then turns from the blocks.
 */
import { scanHtml } from './html-tokens.ts';
import { notSpeaker } from './labels/select.ts';
import { removeMarkers } from './markers.ts';
import type { RawTurn } from './reader.ts';

/** Elements that end one block of text and begin another. */
const BLOCKS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'blockquote', 'section', 'article', 'main', 'header', 'footer', 'body', 'hr', 'dd', 'dt', 'pre']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);
/** Elements whose text is never read: the page's code, styles and head. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template']);
/** A name as a bold label holds it: a few words, perhaps a number (`Juror No. 3`), no sentence in it. */
const LABEL = /^[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}.'’\- ]{0,58}$/u;
/** Labels a page must give, two different ones and one of them twice, for its bold runs to be read as speakers. */
const MIN_LABELS = 2;

/** One block of the page's text: its bold label, if it opens with one, and its words. */
interface Block {
  label?: string;
  /** Where the bold run that opens the block starts and ends. */
  boldStart: number;
  boldEnd: number;
  /** A colon came right after the bold run (`<strong>Mr. LIMAN</strong>: …`). */
  colon: boolean;
  heading: boolean;
  text: string;
  /** Offsets (from the parsed text's start) of the block's words after the label. */
  start: number;
  end: number;
}

/** The page's blocks in order, each with the bold run it opens with. */
function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let start = -1;
  let end = 0;
  let bold: string | null = null;
  /** The bold run that opened the block, once closed: it is a label if a colon follows. */
  let opening: string | null = null;
  let colon = false;
  let boldStart = -1;
  let boldEnd = -1;
  let hidden = 0;
  let heading = false;
  const close = () => {
    // A bold run never closed (`<b/>`, `<b>` left open) is the block's words, not a label.
    if (bold !== null) {
      if (start === -1 && boldStart !== -1) start = boldStart;
      if (bold.trim() !== '') end = Math.max(end, boldEnd);
      text = bold + text;
    }
    const words = text.replace(/\s+/g, ' ').trim();
    if (words || opening) blocks.push({ ...(opening ? { label: opening } : {}), boldStart, boldEnd, colon, heading, text: words, start, end });
    text = '';
    start = -1;
    end = 0;
    bold = null;
    opening = null;
    colon = false;
    boldStart = -1;
    boldEnd = -1;
    heading = false;
  };
  scanHtml(html, {
    open(name) {
      if (HIDDEN.has(name)) hidden++;
      else if (BLOCKS.has(name) || HEADINGS.has(name)) {
        close();
        heading = HEADINGS.has(name);
      } else if (BOLD.has(name) && opening === null && start === -1) bold = '';
    },
    text(chunk, at, chunkEnd) {
      if (hidden > 0) return;
      if (bold !== null) {
        if (boldStart === -1 && chunk.trim() !== '') boldStart = at;
        if (chunk.trim() !== '') boldEnd = chunkEnd;
        bold += chunk;
        return;
      }
      let chunkAt = at;
      // The colon after the label, and the space around it, are not part of the speech. Each text piece
      // comes with its own offsets (an entity is a piece of its own), so skipping inside it keeps them.
      if (opening !== null && start === -1) {
        let skip = 0;
        while (skip < chunk.length && /\s/.test(chunk[skip]!)) skip++;
        if (!colon && chunk[skip] === ':') {
          colon = true;
          skip++;
          while (skip < chunk.length && /\s/.test(chunk[skip]!)) skip++;
        }
        chunk = chunk.slice(skip);
        chunkAt += skip;
      }
      if (chunk.trim() !== '' && start === -1) start = chunkAt;
      text += chunk;
      if (chunk.trim() !== '') end = chunkEnd;
    },
    close(name) {
      if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
      else if (BOLD.has(name) && bold !== null) {
        // `<b>MR. MOORE</b>:` or `<b>MR. MOORE:</b>`: the colon inside or right after the bold run.
        opening = bold.replace(/\s+/g, ' ').trim();
        bold = null;
      } else if (BLOCKS.has(name) || HEADINGS.has(name)) close();
    },
    end: close,
  });
  return blocks;
}

/** The label a block opens with: its bold run, with the colon inside it or right after it. */
function labelOf(block: Block): string | null {
  if (!block.label) return null;
  const inside = block.label.endsWith(':');
  const name = (inside ? block.label.slice(0, -1) : block.label).trim();
  // Without a colon inside the bold run, the speech must open right after a colon.
  if (!inside && !block.colon) return null;
  // `<strong>Related:</strong> <a>…</a>`, `<b>Note:</b>`: a page's furniture, no one's name.
  return LABEL.test(name) && !notSpeaker(name) ? name : null;
}

/**
 * The turns of a page whose speakers are bold labels, or null when it is not such a page: fewer than
 * two labelled blocks, or no label given twice. Unlabelled blocks carry the turn before them on; a
 * heading ends it.
 */
export function boldLabelTurns(html: string, from: number): RawTurn[] | null {
  const body = html.slice(from);
  const blocks = blocksOf(body);
  const labels = blocks.map(labelOf);
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const labelled = labels.filter(Boolean).length;
  if (labelled < MIN_LABELS || counts.size < 2 || ![...counts.values()].some((n) => n >= 2)) return null;
  const turns: RawTurn[] = [];
  let current: RawTurn | null = null;
  let section: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const label = labels[i];
    const words = removeMarkers(block.text);
    if (block.heading) {
      current = null;
      section = block.text || undefined;
      continue;
    }
    if (label) {
      // A label alone in its block: the turn starts where the next block's words do.
      current = { start: block.start === -1 ? -1 : block.start + from, end: block.end + from, text: words, label, ...(section ? { section } : {}) };
      turns.push(current);
      continue;
    }
    // A block opening in bold that names no one (`<b>The committee recessed at noon</b> at two …`): a
    // note of its own, its bold words kept, said by no one.
    if (block.label) {
      const note = removeMarkers(`${block.label}${block.colon ? ':' : ''} ${block.text}`.trim());
      current = note ? { start: (block.boldStart === -1 ? block.start : block.boldStart) + from, end: Math.max(block.end, block.boldEnd) + from, text: note, ...(section ? { section } : {}) } : null;
      if (current) turns.push(current);
      current = null;
      continue;
    }
    if (!words) continue;
    if (current) {
      current.text = current.text ? `${current.text}\n\n${words}` : words;
      if (current.start < 0) current.start = block.start + from;
      current.end = block.end + from;
    } else {
      current = { start: block.start + from, end: block.end + from, text: words, ...(section ? { section } : {}) };
      turns.push(current);
    }
  }
  return turns.filter((t) => t.text !== '' && t.start >= 0);
}
