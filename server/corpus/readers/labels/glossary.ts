/**
 * A glossary inside a transcript: Motley Fool's call transcripts since 2025 put an `INDUSTRY GLOSSARY`
 * between the summary and the call, each term on a line of its own as a label would be:
 *   Atlas: MongoDB, Inc.'s multi-cloud, fully managed database-as-a-service platform, …
 *   ARR (Annual Recurring Revenue): Metric for normalized, recurring subscription revenue; …
 * Its terms are defined once each, so they are told from speakers by the heading above them and by
 * saying no more: the glossary lasts until a label that recurs.
 */
import type { Span } from '../../text.ts';

/** A glossary's heading, in any case, perhaps a Markdown heading, perhaps with a colon. */
const HEADING = /^\s*(?:#{1,6}\s*)?(?:industry |key )?(?:glossary(?: of terms)?|terms|definitions|key terms)(?:\s*:)?\s*$/i;

/**
 * For each label (by its position among `labels`), whether it is a glossary's term: below a glossary
 * heading and before the first label after it that recurs.
 */
export function glossaryTerms(lines: readonly Span[], labels: ReadonlyArray<{ index: number }>, recurs: readonly boolean[]): boolean[] {
  const terms = new Array<boolean>(labels.length).fill(false);
  let heading = -1;
  let k = 0;
  for (let i = 0; i < lines.length && k < labels.length; i++) {
    const label = labels[k]!.index === i;
    // The heading may itself look like a label on its own line (`INDUSTRY GLOSSARY`).
    if (HEADING.test(lines[i]!.text)) heading = i;
    else if (label && recurs[k]) heading = -1;
    else if (label && heading >= 0) terms[k] = true;
    if (label) k++;
  }
  return terms;
}
