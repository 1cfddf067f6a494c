/**
 * How a quote is cited in running text, per style: with the timestamp of a recording as the locator,
 * and, for words a review or article quotes from someone else, the form each manual gives for a
 * secondary source — APA "(Hamoud, as cited in Doe, 2017)", MLA "(qtd. in Doe)", Chicago
 * "Ahmad Hamoud, quoted in Jane Doe, …" and, shortened, "Hamoud, quoted in Doe, …". These are the
 * only words Verbatim adds; the styles do the rest.
 */
import { splitName } from '../format.ts';

export interface CiteRequest {
  /** Who said the quoted words, when that is not the source's author (a person quoted in a review). */
  quotedPerson: string | null;
  /** "1:02:03": where in the recording, for timed sources. */
  timestamp: string | null;
}

/** Which citation of a source the prefix goes before: a note style's full first note, or any other. */
export type CitationForm = 'full' | 'short';

/**
 * The prefix a style puts before the source for a secondary quotation. A parenthetical citation names
 * the original speaker by surname, as it names authors (APA 8.6 "(Kai, as cited in …)"); a full note
 * gives the whole name and a shortened note the surname, as notes treat authors (CMOS 14.29, 14.260).
 */
export function secondaryPrefix(styleKey: string, styleClass: 'note' | 'in-text', person: string, form: CitationForm = 'full'): string {
  if (styleKey === 'mla') return 'qtd. in ';
  const name = styleClass === 'note' && form === 'full' ? person : surname(person);
  return styleClass === 'note' ? `${name}, quoted in ` : `${name}, as cited in `;
}

/** "Mike Kai" → "Kai", "Simone de Beauvoir" → "de Beauvoir" (the particle stays, as APA keeps it); one word stays whole. */
function surname(person: string): string {
  return splitName(person).family || person;
}
