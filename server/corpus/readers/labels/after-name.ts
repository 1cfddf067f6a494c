/**
 * What may follow a label's name before its colon: a party, how the words reach us, a role after a
 * comma or in brackets, initials, an address or a firm. Each pattern is anchored where the grammar
 * stands (sticky) and bounded, as `grammar.ts` asks of all of them.
 */
import { CLOCK } from '../clock.ts';

/** A party and a state in brackets between a name and its role: `(R-SC)`, `(D-Calif.)`. */
export const PARTY = / \((?:[RDI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]{1,12}\)(?=,)/y;
/** How a news transcript says the words reach us, in brackets before the colon: `(voice-over)`, `(on camera)`, `(through translator)`, `(laughs)`. */
const MANNER_WORDS = String.raw`voice[- ]?over|v\.?o\.?|sot|on camera|off camera|on tape|through (?:a |an )?(?:translator|interpreter)|via (?:telephone|phone|satellite|videophone|skype|zoom|video(?: ?link)?|webex|teams)|by (?:telephone|phone)|translated|on the phone|laugh(?:s|ing|ter)?|chuckl(?:es|ing)|crying|sighs?|singing|cross-?talk|overlapping`;
export const MANNER = new RegExp(String.raw` ?\((?:${MANNER_WORDS})\)(?= ?:)`, 'iy');
// The role may end before a bracket and the colon: only MANNER is stepped over there, so nothing else in brackets makes a label.
export const ROLE = new RegExp(String.raw`, ?(\p{Lu}[\p{L}\d .,'’&/\-]{0,80}?)(?=(?:\*\*|__)?:| ?[(\[]\d| \([^()\n]{1,40}\) ?:|\. [–—] )`, 'uy');
/**
 * The European Parliament's verbatim report: a name, perhaps a role, a full stop and a dash before the
 * speech (`President. – The first item …`, `Ursula von der Leyen, President-elect Commission. – …`,
 * `René Aust, im Namen der ESN-Fraktion. – Frau Präsidentin!`). The role may open in small letters there.
 */
export const GROUP_ROLE = /, ?((?:on behalf of|im Namen|au nom|en nombre|a nome|em nome|namens|w imieniu|za skupinu|thar ceann) [^\n]{1,80}?)(?=\. [–—] )/uy;
/** A role in small letters after a name in capitals: `DAVE DAVIES, host:`, `NEAL CONAN, host:`. */
export const SMALL_ROLE = /, ?((?:guest |co-)?(?:host|byline|anchor|correspondent|reporter|moderator|narrator|announcer|interviewer|commentator|contributor|producer))(?=:)/y;
/**
 * A title and a name: `Mr. ED HELMS`, `Dr. ANN LEE`, and as Westminster Hansards write them, without the
 * full stop: `Mrs PHILLIPS`, `Senator WONG`. A call sign has no title, so what brackets follow is no
 * person behind one but an office, a seat or a role.
 */
export const TITLED_NAME = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sir|Dame|Senator|Sen|Rep|Hon|Prof)\.? \p{Lu}/u;
/** What `ALIAS` holds when it is initials. */
export const INITIALS_ONLY = /^\p{Lu}{1,4}$/u;
/** An e-mail address in brackets after a name, as meeting recorders give a participant. */
export const EMAIL = /( \([^()\s@]{1,64}@[^()\s@]{1,255}\))(?=[ :]|$)/y;
/** Whatever a meeting recorder puts in brackets after a name: an address, a firm. */
export const AFFILIATION = /( \([^()\n]{1,160}\))(?=[ :]|$)/y;
/**
 * A role in brackets right before the colon: an office, a riding, a party (`(Roberval, BQ)`). A time may
 * stand between it and the colon, as the Australian Hansard gives it: `Mr ALBANESE (Grayndler—Prime Minister) (14:05):`.
 */
export const PAREN_ROLE = new RegExp(String.raw` ?\((\p{Lu}[^()\n]{0,120})\)(?=:| ?\(${CLOCK}\):|\. [–—] )`, 'uy');

/**
 * Where the European Parliament's full stop and dash (`President. – …`, `Name, role. – …`) close a label
 * at `at` in the head `h`, where others write a colon: the speech's start, or -1. A name's words may hold
 * full stops (`Dr.`), so the stop may be the name's last character (`stopInName`).
 */
export function dashAfterName(h: string, at: number, stopInName: boolean): number {
  const dashAt = stopInName ? at : h[at] === '.' ? at + 1 : -1;
  if (dashAt === -1 || h[dashAt] !== ' ' || (h[dashAt + 1] !== '–' && h[dashAt + 1] !== '—') || h[dashAt + 2] !== ' ') return -1;
  return dashAt + 3;
}
