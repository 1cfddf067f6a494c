/**
 * The share tags a page puts in its head (`views/partials/share-tags.hbs`): og:image and the large
 * Twitter card, pointing at the page's card. The card URL carries the index build, so a re-index
 * gives shared links a fresh picture instead of a cached stale one.
 */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { EngineStats } from '../../search/engine.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './layout.ts';
import { titleText } from '../page-meta.ts';
import { quoted } from '../quote-marks.ts';

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
  // The alt text's quote is cut at a word, with "…", as titles are (never "I'" mid-word).
  tags(`/cards/q/${encodeURIComponent(quote.id)}.png`, stats, baseUrl, `${quoted(titleText(quote.text, 200))} — ${quote.speaker?.name ?? 'unattributed'}`);
export const speakerCardTags = (slug: string, name: string, baseUrl: string, stats: EngineStats) => tags(`/cards/speakers/${encodeURIComponent(slug)}.png`, stats, baseUrl, `${name} on Verbatim`);
export const sourceCardTags = (slug: string, title: string, baseUrl: string, stats: EngineStats) => tags(`/cards/sources/${encodeURIComponent(slug)}.png`, stats, baseUrl, `${title} on Verbatim`);
