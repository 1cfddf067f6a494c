/**
 * A card as PNG, drawn without a browser: satori lays the tree out into SVG (text as paths, in the
 * shipped fonts), resvg renders the SVG to PNG. CPU-bound: the server runs it on `worker.ts`.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadCardFonts, type CardFont } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardContent } from './layout.ts';

let fonts: CardFont[] | null = null;

export async function renderCard(content: CardContent): Promise<Buffer> {
  fonts ??= loadCardFonts();
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // No system fonts: every glyph is already a path, and the card must look the same on every machine.
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
