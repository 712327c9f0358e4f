import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PairTable } from './pair-table';

describe('PairTable', () => {
  it('behaves like a map of pairs, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.nat(50), fc.nat()), { maxLength: 300 }), (ops) => {
        const table = new PairTable(2);
        const ref = new Map<string, number>();
        for (const [x, y, v] of ops) {
          table.set(x, y, v);
          ref.set(`${x},${y}`, v);
        }
        for (const [x, y] of ops) if (table.get(x, y) !== ref.get(`${x},${y}`)) return false;
        return table.size === ref.size && table.get(1001, 0) === -1;
      }),
    );
  });

  it('updates every value in place and names the slot a lookup starts at', () => {
    const table = new PairTable(2);
    for (let x = 0; x < 100; x++) table.set(x, x % 7, x * 10);
    table.updateValues((v) => v + 1);
    for (let x = 0; x < 100; x++) {
      expect(table.get(x, x % 7)).toBe(x * 10 + 1);
      expect(table.peek(table.slotOf(x, x % 7))).toBeGreaterThanOrEqual(-1);
    }
    expect(table.size).toBe(100);
  });
});
