/**
 * The one CSL item, as each style is given it. A style file reads some variables where its manual
 * does not put them; where the manual drops an element, the item it is given drops it too (this is
 * input to citeproc, never an edit of its output). Styles not named here get the item as built.
 */
import type { CslItem } from './csl-item.ts';

/** A change to the item for one style: a new item, the given one untouched (it is shared by all styles). */
type Adapt = (item: CslItem) => CslItem;

const ADAPT: Record<string, Adapt> = {
  // The MLA style prints `medium` after everything else, even after "Accessed …" ("Accessed 2 Dec.
  // 2026, Audio podcast episode."), yet MLA 9 ends the entry with the access date (5.111) and needs
  // no medium for a podcast episode (its examples give none: "“Amusement Park.” This American Life,
  // hosted by Ira Glass, episode 443, WBEZ Chicago, …"). APA's "[Audio podcast episode]" is kept.
  mla: ({ medium: _medium, ...rest }) => rest,
};

/** The item `styleKey` formats. */
export function itemForStyle(item: CslItem, styleKey: string): CslItem {
  return ADAPT[styleKey]?.(item) ?? item;
}
