/**
 * A card as PNG, drawn without a browser: satori lays the tree out into SVG (text as paths, in the
 * shipped fonts), resvg renders the SVG to PNG. CPU-bound: the server runs it on `worker.ts`.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadCardFonts, type CardFont } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardContent } from './layout.ts';

let fonts: CardFont[] | null = null;

/**
 * The card as SVG. `textAsText` keeps words as `<text>` elements instead of glyph outlines: the PNG
 * is drawn from outlines (no font needed to display it), tests read the words from the text form.
 */
export async function cardSvg(content: CardContent, textAsText = false): Promise<string> {
  fonts ??= loadCardFonts();
  return satori(cardTree(content) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: !textAsText });
}

export async function renderCard(content: CardContent): Promise<Buffer> {
  const svg = await cardSvg(content);
  // No system fonts: every glyph is already a path, and the card must look the same on every machine.
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
