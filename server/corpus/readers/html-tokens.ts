/**
 * A web page as a flat run of tags and text, for the readers of HTML (`podcast-html.ts`,
 * `html-labels.ts`). It is htmlparser2's Tokenizer, not its Parser: the Parser keeps the open
 * elements in an array it adds to and takes from at the front, so a page with many tags left open (a
 * hundred thousand `<b>`) took time growing with the square of its size (a crafted page: 0.6 s for
 * 1 MB, 2.2 s for 2 MB). These readers need no tree: which tag opens or closes where, and the text
 * between, with entities decoded.
 */
import { Tokenizer } from 'htmlparser2';

/** What a page holds, in order. Offsets are into the text given. */
export interface HtmlEvents {
  /**
   * A tag opened, its name in lower case: from its `<` (`start`) to after its `>` (`end`). Void
   * elements (`<br/>`), and SVG's and MathML's written `<svg/>`, open and close. `marks` are its `id`
   * and `class`, space-separated, when `wantsMarks` asks for them.
   */
  open?(name: string, start: number, end: number, marks: string): void;
  /** Collect each tag's `id` and `class` for `open` (the page readers need none). */
  wantsMarks?: boolean;
  /** A tag closed (`</p>`), from its `<` to after its `>`. */
  close?(name: string, start: number, end: number): void;
  /** Text between tags, a piece at a time (a run of characters, or one entity decoded), from `start` to `end`. */
  text?(text: string, start: number, end: number): void;
  /** The page ended. */
  end?(): void;
}

/** Elements of SVG and MathML, where `<svg/>` closes as it opens. */
const FOREIGN = new Set(['svg', 'math']);

/** Elements that never hold anything: opened, they are closed at once. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Read `html` into `events`, in one pass. */
export function scanHtml(html: string, events: HtmlEvents): void {
  /** Where the last tag, text or entity ended: an entity's text starts there. */
  let after = 0;
  let name = '';
  let nameStart = 0;
  let marks = '';
  let attribute = '';
  const opened = (end: number, selfClosing: boolean) => {
    after = end;
    events.open?.(name, nameStart - 1, end, marks);
    marks = '';
    if (VOID.has(name) || (selfClosing && FOREIGN.has(name))) events.close?.(name, nameStart - 1, end);
  };
  const noop = () => {};
  const wants = events.wantsMarks === true;
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      // Text and entities are handed on piece by piece, so that each piece's offsets are its own: the
      // decoded `&nbsp;` is one character where the source has six.
      ontext(start, end) {
        events.text?.(html.slice(start, end), start, end);
        after = end;
      },
      ontextentity(codepoint, end) {
        events.text?.(String.fromCodePoint(codepoint), after, end);
        after = end;
      },
      onopentagname(start, end) {
        name = html.slice(start, end).toLowerCase();
        nameStart = start;
      },
      onopentagend(end) {
        opened(end + 1, false);
      },
      // In HTML, `<p/>` opens a paragraph as `<p>` does: only void elements close at once, and foreign ones (`<svg/>`).
      onselfclosingtag(end) {
        opened(end + 1, true);
      },
      onclosetag(start, end) {
        after = end + 1;
        events.close?.(html.slice(start, end).toLowerCase(), start - 2, end + 1);
      },
      oncomment(_start, end, offset) {
        after = end + offset + 1;
      },
      onend() {
        events.end?.();
      },
      onattribname: wants ? (start, end) => (attribute = html.slice(start, end).toLowerCase()) : noop,
      onattribdata: wants ? (start, end) => { if (attribute === 'id' || attribute === 'class') marks += ` ${html.slice(start, end)}`; } : noop,
      onattribentity: noop,
      onattribend: noop,
      oncdata: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}
