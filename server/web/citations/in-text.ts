/**
 * How a quote is cited in running text, per style: with the timestamp of a recording as the locator,
 * and, for words a review or article quotes from someone else, the form each manual gives for a
 * secondary source — APA "(Hamoud, as cited in Doe, 2017)", MLA "(qtd. in Doe)", Chicago
 * "Hamoud, quoted in Jane Doe, …". These are the only words Verbatim adds; the styles do the rest.
 */

export interface CiteRequest {
  /** Who said the quoted words, when that is not the source's author (a person quoted in a review). */
  quotedPerson: string | null;
  /** "1:02:03": where in the recording, for timed sources. */
  timestamp: string | null;
}

/** The prefix a style puts before the source for a secondary quotation. */
export function secondaryPrefix(styleKey: string, styleClass: 'note' | 'in-text', person: string): string {
  if (styleKey === 'mla') return 'qtd. in ';
  return styleClass === 'note' ? `${person}, quoted in ` : `${person}, as cited in `;
}
