/** The words on each kind of card, from our records (plain strings; satori draws them as text). */
import type { QuoteDocument } from '../../corpus/model.ts';
import type { SourceRecord, SpeakerRecord } from '../../search/engine.ts';
import { displayDate, shownRole } from '../format.ts';
import { SOURCE_KIND_LABELS, type Labels } from '../labels.ts';
import type { CardContent } from './layout.ts';

const join = (parts: Array<string | undefined | null>) => parts.filter((p) => !!p).join(' · ');

export function quoteCard(quote: QuoteDocument): CardContent {
  const ref = quote.sourceRef;
  return {
    headline: quote.text,
    quoted: true,
    byline: quote.speaker ? `${quote.speaker.name}${shownRole(quote.speaker.role) ? `, ${shownRole(quote.speaker.role)}` : ''}` : 'Unattributed',
    detail: join([ref.title, ref.outlet, displayDate(ref.date)]),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function speakerCard(speaker: SpeakerRecord, labels: Labels): CardContent {
  const sources = Object.keys(speaker.sourceCounts).length;
  const counts = `${speaker.quoteCount} ${speaker.quoteCount === 1 ? 'quote' : 'quotes'} in ${sources} ${sources === 1 ? 'source' : 'sources'}`;
  return {
    headline: speaker.name,
    quoted: false,
    byline: join([shownRole(speaker.role) ? capital(speaker.role) : null, counts]),
    detail: speaker.description ?? join(speaker.collections.map((c) => labels.collection(c)?.title)),
  };
}

export function sourceCard(source: SourceRecord, labels: Labels): CardContent {
  return {
    headline: source.title,
    quoted: false,
    byline: join([SOURCE_KIND_LABELS[source.kind], source.author, source.outlet]),
    detail: join([displayDate(source.date), `${source.quoteCount} ${source.quoteCount === 1 ? 'quote' : 'quotes'}`, labels.collection(source.collection)?.title]),
  };
}
