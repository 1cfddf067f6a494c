/**
 * Words for a person of a place, a nation or a faith ("the Texan", "a German", "the Israeli"), lower
 * case: written with a capital, they look like names, but after an article they describe someone. A
 * closed list rather than a suffix rule: "the Vatican" and "the Taliban" end like "the Texan" and are
 * bodies that speak. Singular and plural.
 */
const SINGULAR = (
  'american texan floridian californian iowan ohioan virginian arizonan alaskan kansan oklahoman nebraskan coloradan minnesotan michigander ' +
  'canadian mexican briton brit englishman englishwoman scot irishman irishwoman welshman frenchman frenchwoman german italian spaniard ' +
  'dutchman belgian austrian swede norwegian dane finn pole russian ukrainian turk greek israeli palestinian iranian iraqi syrian saudi ' +
  'egyptian lebanese jordanian afghan pakistani indian bangladeshi chinese japanese korean vietnamese filipino indonesian australian ' +
  'nigerian kenyan brazilian argentine argentinian chilean colombian venezuelan cuban peruvian haitian jamaican catholic protestant muslim jew'
).split(' ');

/** Demonyms and their plurals ("Texans", "Germans"; "Chinese" and "Swiss" stay as they are). */
export const DEMONYMS: ReadonlySet<string> = new Set(SINGULAR.flatMap((w) => (/(?:ese|man|woman)$/.test(w) ? [w, w.replace(/man$/, 'men')] : [w, `${w}s`])).concat(['swiss']));
