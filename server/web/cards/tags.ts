/**
 * The share tags a page puts in its head (`views/partials/share-tags.hbs`): og:image and the large
 * Twitter card, pointing at the page's card. The card URL carries the index build, so a re-index
 * gives shared links a fresh picture instead of a cached stale one.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { EngineStats } from '../../search/engine.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './layout.ts';

export interface ShareTags {
  image: string;
  width: number;
  height: number;
  alt: string;
}

const version = (stats: EngineStats) => encodeURIComponent((stats.builtAt ?? 'none').replace(/[^0-9A-Za-z]/g, ''));

function tags(path: string, stats: EngineStats, baseUrl: string, alt: string): ShareTags {
  return { image: `${baseUrl}${path}?v=${version(stats)}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}

export const quoteCardTags = (quote: QuoteDocument, baseUrl: string, stats: EngineStats) =>
  tags(`/cards/q/${encodeURIComponent(quote.id)}.png`, stats, baseUrl, `“${quote.text.slice(0, 200)}” — ${quote.speaker?.name ?? 'unattributed'}`);
export const speakerCardTags = (slug: string, name: string, baseUrl: string, stats: EngineStats) => tags(`/cards/speakers/${encodeURIComponent(slug)}.png`, stats, baseUrl, `${name} on Verbatim`);
export const sourceCardTags = (slug: string, title: string, baseUrl: string, stats: EngineStats) => tags(`/cards/sources/${encodeURIComponent(slug)}.png`, stats, baseUrl, `${title} on Verbatim`);
