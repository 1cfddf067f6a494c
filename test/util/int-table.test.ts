/** The integer hash table behind quote linking, against a Map: sets, updates, growth and misses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../server/util/int-table.ts';

describe('IntTable', () => {
  it('answers like a Map for any keys, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: 1, max: 0x7fffffff })), { maxLength: 3000 }), fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 50 }), (entries, probes) => {
        const table = new IntTable();
        const map = new Map<number, number>();
        for (const [k, v] of entries) {
          table.set(k, v);
          map.set(k, v);
        }
        expect(table.size).toBe(map.size);
        for (const k of [...map.keys(), ...probes]) {
          expect(table.get(k)).toBe(map.get(k) ?? 0);
          expect(table.has(k)).toBe(map.has(k));
        }
      }),
    );
  });

  it('keeps keys that collide on their low bits apart', () => {
    const table = new IntTable(4);
    for (let i = 0; i < 1000; i++) table.set(i << 20, i + 1);
    for (let i = 0; i < 1000; i++) expect(table.get(i << 20)).toBe(i + 1);
    expect(table.get(7)).toBe(0);
  });

  it('refuses keys and values it cannot hold', () => {
    expect(() => new IntTable().set(-1)).toThrow(RangeError);
    expect(() => new IntTable().set(2 ** 31)).toThrow(RangeError);
    expect(() => new IntTable().set(5, 0)).toThrow(RangeError);
  });
});
