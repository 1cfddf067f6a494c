/**
 * Where each string of a JSON file is written, by its value: one pass over the file finds every
 * string literal and decodes it, so a piece of speech is found by what it says however the file
 * escapes it (`\u00ed` as Python writes it, `\/` as PHP does). Searching the text for each piece
 * instead read the rest of the file for every piece it could not find: quadratic.
 */

/** A string's place: the offsets of its content, inside the quotation marks. */
export interface Place {
  start: number;
  end: number;
}

export class StringPlaces {
  /** Each value's places, in file order, as start and end offsets one after the other. */
  private readonly places = new Map<string, number[]>();
  /** How many of a value's places lie before the last search for it (searches only move forward). */
  private readonly passed = new Map<string, number>();

  constructor(text: string, from: number) {
    const QUOTE = 34;
    const BACKSLASH = 92;
    for (let i = text.indexOf('"', from); i !== -1; ) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH) {
          escaped = true;
          j++;
        } else if (c === QUOTE) break;
      }
      if (j >= text.length) break;
      const literal = text.slice(i + 1, j);
      let value = literal;
      if (escaped) {
        try {
          value = JSON.parse(`"${literal}"`) as string;
        } catch {
          value = literal;
        }
      }
      let list = this.places.get(value);
      if (!list) this.places.set(value, (list = []));
      list.push(i + 1, j);
      i = text.indexOf('"', j + 1);
    }
  }

  /** The first place of `value` starting at or after `cursor`, or null. */
  find(value: string, cursor: number): Place | null {
    const list = this.places.get(value);
    if (!list) return null;
    let k = this.passed.get(value) ?? 0;
    while (k < list.length && list[k]! < cursor) k += 2;
    this.passed.set(value, k);
    return k < list.length ? { start: list[k]!, end: list[k + 1]! } : null;
  }
}
