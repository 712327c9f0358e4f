/**
 * An open-addressing hash table from a pair of non-negative int32 (trie node, word id) to an int32
 * (child node). The trie's edges live here: no string per lookup and no Map per node, which keeps a
 * 100k-concept index small and fast to build.
 */
export class PairTable {
  private mask: number;
  private a: Int32Array;
  private b: Int32Array;
  private v: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.mask = cap - 1;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap);
  }

  /** The value stored for (x, y), or -1. */
  get(x: number, y: number): number {
    let i = hash(x, y) & this.mask;
    for (;;) {
      const k = this.a[i]!;
      if (k === -1) return -1;
      if (k === x && this.b[i] === y) return this.v[i]!;
      i = (i + 1) & this.mask;
    }
  }

  /** Stores value for (x, y) (x, y >= 0), replacing any previous one. */
  set(x: number, y: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = hash(x, y) & this.mask;
    for (;;) {
      const k = this.a[i]!;
      if (k === -1) {
        this.a[i] = x;
        this.b[i] = y;
        this.v[i] = value;
        this.size++;
        return;
      }
      if (k === x && this.b[i] === y) {
        this.v[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { a, b, v } = this;
    this.mask = a.length * 2 - 1;
    this.a = new Int32Array(a.length * 2).fill(-1);
    this.b = new Int32Array(a.length * 2);
    this.v = new Int32Array(a.length * 2);
    this.size = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== -1) this.set(a[i]!, b[i]!, v[i]!);
  }
}

function hash(x: number, y: number): number {
  const h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
