/**
 * What the source page shows beyond its text: provenance (what is known, given or inferred),
 * "cite this source" in every style, and its share card.
 */
import type { Config } from '../config.ts';
import type { SearchEngine, SourceRecord } from '../search/engine.ts';
import { citeSource } from './citations/cite.ts';
import { citationViews } from './citations/view.ts';
import { sourceCardTags } from './cards/tags.ts';
import type { Labels } from './labels.ts';
import { sourcePath } from './links.ts';
import { provenanceOf } from './provenance.ts';

export async function sourceExtras(engine: SearchEngine, record: SourceRecord, labels: Labels, config: Config) {
  const [citation, stats] = await Promise.all([citeSource(engine, record, labels, `${config.baseUrl}${sourcePath(record.slug)}`), engine.stats()]);
  return {
    provenance: { ...provenanceOf(record, labels), citeHref: '#cite-source' },
    sourceCite: { styles: citationViews(citation), missing: citation.missing },
    share: sourceCardTags(record.slug, record.title, config.baseUrl, stats),
  };
}
