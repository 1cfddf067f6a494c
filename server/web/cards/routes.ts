/**
 * GET /cards/q/:id.png, /cards/speakers/:slug.png, /cards/sources/:slug.png — the share cards
 * (1200×630 PNG). Cached by browsers and crawlers for a day, and on disk for the index build.
 */
import type { Request, Response } from 'express';
import type { Config } from '../../config.ts';
import { notFound } from '../../errors.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { labelsFor } from '../labels.ts';
import { quoteCard, sourceCard, speakerCard } from './content.ts';
import type { CardContent } from './layout.ts';
import { createCardStore, type CardStore } from './store.ts';

// One store per data folder, shared by the three card routes (one queue, one cache).
const stores = new Map<string, CardStore>();

type Kind = 'q' | 'speakers' | 'sources';
const NAME = /^([A-Za-z0-9_-]{1,200})\.png$/;

export function cardHandler(engine: SearchEngine, config: Config, kind: Kind) {
  let store = stores.get(config.dataDir);
  if (!store) stores.set(config.dataDir, (store = createCardStore(config.dataDir)));
  const shared = store;
  return async (req: Request, res: Response): Promise<void> => {
    const m = NAME.exec(String(req.params.file));
    if (!m) throw notFound('There is no card at this address.');
    const id = m[1]!;
    const [stats, catalog] = await Promise.all([engine.stats(), engine.catalog()]);
    const labels = labelsFor(catalog);
    // Look the subject up first: an unknown id is a 404, never a drawing.
    let content: CardContent;
    if (kind === 'q') {
      const quote = await engine.get(id);
      if (!quote) throw notFound('There is no quote with this id.');
      content = quoteCard(quote);
    } else if (kind === 'speakers') {
      const speaker = labels.speaker(id);
      if (!speaker) throw notFound('There is no speaker with this name.');
      content = speakerCard(speaker, labels);
    } else {
      const source = labels.source(id);
      if (!source) throw notFound('There is no source with this name.');
      content = sourceCard(source, labels);
    }
    const png = await shared.get(stats.builtAt ?? 'none', `${kind}-${id}`, async () => content);
    res.set({ 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' });
    res.send(png);
  };
}
