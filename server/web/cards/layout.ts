/**
 * What a share card shows, laid out for satori (a flexbox subset of CSS): 1200×630, the words large
 * (smaller as they get longer, cut at a word with "…" past what fits), then who said them and
 * where. Speaker and source cards use the same frame with their own lines.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The text of one card, already shortened where needed. */
export interface CardContent {
  /** The quote (quote cards) or the name or title (speaker and source cards). */
  headline: string;
  quoted: boolean;
  /** Bold line under it: the speaker and role, or what the source is. */
  byline: string;
  /** Smaller line: source, outlet and date; or counts. */
  detail: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, ...(children !== undefined ? { children } : {}) } });

/** Most characters of a quote on a card, and the font size by length: long quotes get smaller type. */
const MAX_QUOTE_CHARS = 280;
function quoteSize(length: number): number {
  if (length <= 60) return 60;
  if (length <= 120) return 50;
  if (length <= 180) return 42;
  return 36;
}

/** At most `max` characters, cut at a word, with "…". */
export function cropWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.…–—-]+$/, '')}…`;
}

export function cardTree(content: CardContent): Node {
  const headline = content.quoted ? `“${cropWords(content.headline, MAX_QUOTE_CHARS)}”` : cropWords(content.headline, 120);
  const size = content.quoted ? quoteSize(headline.length) : 64;
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fbfaf7', color: '#1d1d1f', fontFamily: 'Noto Sans, Noto Sans Arabic', borderLeft: '18px solid #8a3324' },
    [
      el('div', { display: 'flex', fontSize: size, lineHeight: 1.3, fontWeight: content.quoted ? 400 : 700, maxHeight: 340, overflow: 'hidden' }, headline),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 36, fontWeight: 700, color: '#8a3324' }, cropWords(content.byline, 60)),
        el('div', { display: 'flex', fontSize: 26, color: '#555', marginTop: 8 }, cropWords(content.detail, 90)),
        el('div', { display: 'flex', fontSize: 22, color: '#888', marginTop: 24, letterSpacing: 2 }, 'VERBATIM'),
      ]),
    ],
  );
}
