/**
 * An open-addressing hash table from a pair of non-negative int32 (trie node, word id) to an int32
 * (child node). The trie's edges live here: no string per lookup and no Map per node, which keeps a
 * 100k-concept index small and fast to build. A slot's key pair and value sit side by side in one
 * array, so a lookup in a large index costs one cache miss rather than three.
 */
export class PairTable {
  private mask: number;
  /** Slot i is slots[3i] (x, -1 when empty), slots[3i+1] (y), slots[3i+2] (value). */
  private slots: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3).fill(-1);
  }

  /** The value stored for (x, y), or -1. */
  get(x: number, y: number): number {
    const slots = this.slots;
    let i = hash(x, y) & this.mask;
    for (;;) {
      const at = i * 3;
      const k = slots[at]!;
      if (k === -1) return -1;
      if (k === x && slots[at + 1] === y) return slots[at + 2]!;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Where the lookup of (x, y) starts reading. Reading that slot early (`peek`) for many pairs in a
   * row lets their cache misses overlap; the lookups that follow then find the slots in cache.
   */
  slotOf(x: number, y: number): number {
    return (hash(x, y) & this.mask) * 3;
  }

  /** The first word of the slot at `at` (from slotOf); read only to bring it into cache. */
  peek(at: number): number {
    return this.slots[at]!;
  }

  /** Stores value for (x, y) (x, y >= 0), replacing any previous one. */
  set(x: number, y: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let i = hash(x, y) & this.mask;
    for (;;) {
      const at = i * 3;
      const k = slots[at]!;
      if (k === -1) {
        slots[at] = x;
        slots[at + 1] = y;
        slots[at + 2] = value;
        this.size++;
        return;
      }
      if (k === x && slots[at + 1] === y) {
        slots[at + 2] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Replaces every stored value v by update(v). */
  updateValues(update: (value: number) => number): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 3) if (slots[at] !== -1) slots[at + 2] = update(slots[at + 2]!);
  }

  private grow(): void {
    const old = this.slots;
    this.mask = (this.mask + 1) * 2 - 1;
    this.slots = new Int32Array((this.mask + 1) * 3).fill(-1);
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== -1) this.set(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

function hash(x: number, y: number): number {
  const h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
