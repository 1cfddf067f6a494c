/**
 * A hash table from non-negative 31-bit integers to positive integers, in two typed arrays with
 * linear probing. For hot loops that look up millions of word or run hashes: a lookup allocates
 * nothing and touches one or two cache lines, where a `Map` of numbers costs several times more.
 */
export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  /** Number of keys held. */
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Where `key` is, or the empty slot where it would go. */
  private slot(key: number): number {
    // Fibonacci hashing spreads keys that differ only in their high bits.
    let i = Math.imul(key, 0x9e3779b1) >>> 0;
    i = (i ^ (i >>> 16)) & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The value of `key`, or 0 when it has none. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i]! : 0;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  /** Set `key` (0 ≤ key < 2³¹) to `value` (> 0; default 1, for use as a set). */
  set(key: number, value = 1): void {
    if (key < 0 || key > 0x7fffffff || value <= 0) throw new RangeError(`IntTable: key ${key} or value ${value} out of range`);
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        this.set(key, value);
        return;
      }
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}
