/**
 * Handlebars views: `views/layouts/main.hbs` around every page, partials from `views/partials`, and
 * the few helpers templates need. Templates escape everything with {{…}}; the only triple-stash
 * {{{…}}} output is HTML we build ourselves (highlights escaped first, sanitized Markdown).
 */
import type { Express } from 'express';
import { engine } from 'express-handlebars';
import path from 'node:path';
import { helpers } from './view-helpers.ts';

export function setupViews(app: Express, viewsDir: string): void {
  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      layoutsDir: path.join(viewsDir, 'layouts'),
      partialsDir: path.join(viewsDir, 'partials'),
      helpers,
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', viewsDir);
  // Compiled once, whatever NODE_ENV says: without the cache (Express's default outside production)
  // every page read and compiled every template and partial again, on the event loop.
  app.enable('view cache');
}
