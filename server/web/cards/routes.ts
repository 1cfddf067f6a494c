/**
 * GET /cards/q/:id.png, /cards/speakers/:slug.png, /cards/sources/:slug.png — the share cards
 * (1200×630 PNG). Cached by browsers and crawlers for a day, and on disk for the index build.
 */
import type { Request, Response } from 'express';
import type { Config } from '../../config.ts';
import { AppError, gone, notFound } from '../../errors.ts';
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
    try {
      const m = NAME.exec(String(req.params.file));
      if (!m) throw notFound('There is no card at this address.');
      const id = m[1]!;
      const build = (await engine.stats()).builtAt ?? 'none';
      // A card already drawn for this build is served without looking anything up.
      const png = (await shared.cached(build, `${kind}-${id}`)) ?? (await shared.get(build, `${kind}-${id}`, await contentOf(engine, kind, id)));
      res.set({ 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' });
      res.send(png);
    } catch (error) {
      // A quote whose id moved when its transcript was edited: its card moved with it, as its page did.
      if (error instanceof MovedCard) return res.redirect(301, `/cards/q/${encodeURIComponent(error.to)}.png`);
      // Image requests get a short plain answer: a burst of refusals must cost the server next to nothing.
      if (!(error instanceof AppError) || (error.status >= 500 && error.status !== 503)) throw error;
      if (error.status === 503) res.set('Retry-After', '5');
      res.status(error.status).type('text/plain').send(error.message);
    }
  };
}

/** Thrown where a card's quote id moved to `to`: answered with a redirect. */
class MovedCard extends Error {
  constructor(readonly to: string) {
    super(`moved to ${to}`);
  }
}

/** The subject of a card, looked up first: an unknown id is a 404, never a drawing. */
async function contentOf(engine: SearchEngine, kind: Kind, id: string): Promise<() => Promise<CardContent>> {
  if (kind === 'q') {
    const quote = await engine.get(id);
    if (!quote) {
      const resolution = await engine.resolve(id);
      if (resolution.status === 'moved') throw new MovedCard(resolution.to);
      // A quote removed when its transcript was edited: its card is gone as its page is (410, not 404).
      if (resolution.status === 'gone') throw gone('This quote was removed when its transcript was edited.', undefined);
      throw notFound('There is no quote with this id.');
    }
    return async () => quoteCard(quote);
  }
  const labels = labelsFor(await engine.catalog());
  if (kind === 'speakers') {
    const speaker = labels.speaker(id);
    if (!speaker) throw notFound('There is no speaker with this name.');
    return async () => speakerCard(speaker, labels);
  }
  const source = labels.source(id);
  if (!source) throw notFound('There is no source with this name.');
  return async () => sourceCard(source, labels);
}
