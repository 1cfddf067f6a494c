/**
 * Final Draft screenplays (`.fdx`, the XML Final Draft and the programs that export to it write),
 * read with fast-xml-parser and written out as Fountain for the screenplay reader. Every paragraph
 * says what it is (`Type="Character"`, `"Dialogue"`, `"Parenthetical"`, `"Scene Heading"`,
 * `"Action"`, `"Transition"`), so the Fountain is marked where its layout alone could mislead: a
 * heading that opens with neither INT. nor EXT. is forced with `.`, a transition with `>`; a cue is
 * set in capitals, as Final Draft prints it; the second speaker of dual dialogue keeps Fountain's `^`. The title
 * page's first line is the title, and a name under "Written by" the author.
 */
import { ParseError } from '../errors.ts';
import { attrsOf, childrenOf, tagOf, xmlRoot, type XmlNode } from './xml-tree.ts';

const childNamed = (node: XmlNode, tag: string, name: string) => childrenOf(node, tag).find((c) => tagOf(c) === name);

/** A paragraph's words: its `<Text>` runs joined (a run's own elements read through), hidden runs and script notes left out. */
function paragraphText(paragraph: XmlNode): string {
  let out = '';
  // A run styled hidden is a note the printed page leaves out.
  const stack = childrenOf(paragraph, 'Paragraph')
    .filter((c) => tagOf(c) === 'Text' && !/hidden/i.test(attrsOf(c).Style ?? ''))
    .reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const tag = tagOf(node);
    if (tag === '#text') out += String(node['#text']);
    else if (tag) stack.push(...childrenOf(node, tag).slice().reverse());
  }
  // Fountain would read `/*` as the start of cut text (to its `*/`, or to the end of the script) and
  // `[[` as a note's: in a Final Draft script they are words, kept apart so that no reader takes them so.
  return out.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\/(?=\*)/g, '/ ').replace(/\[(?=\[)/g, '[ ').trim();
}

/** A paragraph of the script: its type, its words, whether it is the second cue of dual dialogue, whether it is centred. */
interface Paragraph {
  type: string;
  text: string;
  dual: boolean;
  centred: boolean;
}

/** Paragraphs in order, those of dual dialogue included. */
function paragraphsOf(content: XmlNode[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const node of content) {
    if (tagOf(node) !== 'Paragraph') continue;
    const pair = childNamed(node, 'Paragraph', 'DualDialogue');
    if (!pair) {
      out.push({ type: attrsOf(node).Type ?? 'Action', text: paragraphText(node), dual: false, centred: attrsOf(node).Alignment === 'Center' });
      continue;
    }
    let characters = 0;
    for (const inner of childrenOf(pair, 'DualDialogue')) {
      if (tagOf(inner) !== 'Paragraph') continue;
      const type = attrsOf(inner).Type ?? 'Action';
      if (type === 'Character') characters++;
      out.push({ type, text: paragraphText(inner), dual: type === 'Character' && characters === 2, centred: false });
    }
  }
  return out;
}

const SCENE_START = /^(?:INT|EXT|EST|INT\.?\/EXT|EXT\.?\/INT|I\/E)[.\s]/i;

/** The title page's title and author as Fountain keys, or ''. */
function titlePage(root: XmlNode[]): string {
  const page = root.find((n) => tagOf(n) === 'TitlePage');
  const content = page ? childNamed(page, 'TitlePage', 'Content') : undefined;
  if (!content) return '';
  const lines = childrenOf(content, 'Content')
    .filter((n) => tagOf(n) === 'Paragraph')
    .map(paragraphText)
    .filter((t) => t !== '');
  const title = lines[0];
  if (!title) return '';
  const by = lines.findIndex((l, i) => i > 0 && /^(?:(?:an? )?(?:original )?(?:screenplay|teleplay|story|written)\s+)?by\b/i.test(l));
  const author = by !== -1 ? (lines[by]!.replace(/^.*?\bby\b\s*/i, '') || lines[by + 1]) : undefined;
  return `Title: ${title.replace(/\n/g, ' ')}\n${author ? `Author: ${author.replace(/\n/g, ' ')}\n` : ''}\n`;
}

/**
 * The Fountain of a Final Draft file. Throws `ParseError` for XML that is not well formed (with its
 * line), a document that is not Final Draft's, and one with no paragraphs.
 */
export function fdxToFountain(text: string, file: string): string {
  const root = xmlRoot(text, file, 'FinalDraft', 'Final Draft document');
  const top = childrenOf(root, 'FinalDraft');
  const content = top.find((n) => tagOf(n) === 'Content');
  const paragraphs = content ? paragraphsOf(childrenOf(content, 'Content')) : [];
  if (!paragraphs.some((p) => p.text !== '')) throw new ParseError(file, undefined, 'no paragraphs with words in its <Content>: this Final Draft file has no script to read');

  const out: string[] = [titlePage(top)];
  let inSpeech = false;
  for (const { type, text: words, dual, centred } of paragraphs) {
    if (words === '') continue;
    if (type === 'Character') {
      // Final Draft prints every cue in capitals, whatever was typed (`Dr. Okafor` is DR. OKAFOR on the page).
      out.push(`\n${words.replace(/\n/g, ' ').toUpperCase()}${dual ? ' ^' : ''}\n`);
      inSpeech = true;
    } else if (inSpeech && (type === 'Dialogue' || type === 'Parenthetical' || type === 'Lyrics')) {
      out.push(`${type === 'Parenthetical' && !words.startsWith('(') ? `(${words})` : words}\n`);
    } else {
      inSpeech = false;
      // Outside speech a paragraph is one line: a title card's `BRICK BRADDOCK` over `& DICK STEEL IN`,
      // kept on two lines, would read as a cue over its dialogue. A centred one is Fountain's `> … <`.
      const line = words.replace(/\n/g, ' ');
      if (type === 'Scene Heading') out.push(`\n${SCENE_START.test(line) ? '' : '.'}${line}\n`);
      else if (type === 'Transition') out.push(`\n> ${line}\n`);
      else out.push(centred ? `\n> ${line} <\n` : `\n${line}\n`);
    }
  }
  return out.join('').replace(/^\n+/, '');
}
