import type { IndexedTerm, TermIndex } from './term-index';
import type { TermMatch } from './types';

/**
 * Candidate matches in flat integer arrays (no object per candidate), in the order the scan finds
 * them: by start unit. Of the candidates on the same units only one can ever be chosen (the first
 * found without stripping, else the first found), so only that one is kept.
 */
export class Candidates {
  count = 0;
  first = new Int32Array(64);
  last = new Int32Array(64);
  node = new Int32Array(64);
  /** Entry index in the node's term list * 2 + 1 when plain. */
  entry = new Int32Array(64);
  private start = -1;
  /** For the current start: candidate index by last unit, valid where stamp === start + 1. */
  private byLast: Int32Array;
  private stamp: Int32Array;

  constructor(units: number) {
    this.byLast = new Int32Array(units);
    this.stamp = new Int32Array(units);
  }

  /** Empties the list for a text of `units` units (the matcher reuses one list across calls). */
  reset(units: number): void {
    this.count = 0;
    this.start = -1;
    if (this.stamp.length < units) {
      this.byLast = new Int32Array(units);
      this.stamp = new Int32Array(units);
    } else this.stamp.fill(0, 0, units);
  }

  /** The scan now walks terms starting at unit `first`. */
  startAt(first: number): void {
    this.start = first;
  }

  add(last: number, node: number, k: number, plain: boolean): void {
    const entry = k * 2 + (plain ? 1 : 0);
    if (this.stamp[last] === this.start + 1) {
      const c = this.byLast[last]!;
      if (plain && (this.entry[c]! & 1) === 0) (this.node[c] = node), (this.entry[c] = entry);
      return;
    }
    if (this.count === this.first.length) this.grow();
    const c = this.count++;
    this.first[c] = this.start;
    this.last[c] = last;
    this.node[c] = node;
    this.entry[c] = entry;
    this.stamp[last] = this.start + 1;
    this.byLast[last] = c;
  }

  private grow(): void {
    const size = this.first.length * 2;
    for (const name of ['first', 'last', 'node', 'entry'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[name]);
      this[name] = bigger;
    }
  }
}

/** Longest first (in words, then characters), then leftmost; chosen matches never overlap. Unit u spans [starts[u], ends[u]). */
export function selectMatches(found: Candidates, index: TermIndex, starts: Int32Array, ends: Int32Array, text: string): TermMatch[] {
  const order = byPreference(found, starts, ends);
  const taken = new Uint8Array(starts.length);
  const chosen = new Uint8Array(found.count);
  let count = 0;
  for (let o = 0; o < order.length; o++) {
    const c = order[o]!;
    const last = found.last[c]!;
    let u = found.first[c]!;
    while (u <= last && taken[u] === 0) u++;
    if (u <= last) continue;
    taken.fill(1, found.first[c]!, last + 1);
    chosen[c] = 1;
    count++;
  }
  // Candidates are stored by start unit, so reading them in storage order gives matches by offset.
  const picks = new Int32Array(count);
  for (let c = 0, k = 0; c < found.count; c++) if (chosen[c] === 1) picks[k++] = c;
  // The chosen terms: in a large index each read below is a cache miss; one loop per level of the
  // node -> term list -> term chain keeps the reads of different matches independent, so they overlap.
  const lists: IndexedTerm[][] = new Array(count);
  for (let k = 0; k < count; k++) lists[k] = index.terms[found.node[picks[k]!]!]!;
  const terms: IndexedTerm[] = new Array(count);
  for (let k = 0; k < count; k++) terms[k] = lists[k]![found.entry[picks[k]!]! >> 1]!;
  let sink = 0;
  for (let k = 0; k < count; k++) if (terms[k]!.status === 'preferred') sink++;
  warmed = sink;
  const out: TermMatch[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const c = picks[k]!;
    const term = terms[k]!;
    const start = starts[found.first[c]!]!;
    const end = ends[found.last[c]!]!;
    out[k] = { start, end, text: text.slice(start, end), conceptId: term.conceptId, term: term.term, lang: term.lang, status: term.status };
  }
  return out;
}

/** Where the warming reads go, so they are not optimized away. */
let warmed = 0;

/**
 * Candidate indices, most preferred first: more words, then more characters, then storage order
 * (position). Two stable counting sorts (characters, then words): linear, no comparator.
 */
function byPreference(found: Candidates, starts: Int32Array, ends: Int32Array): Int32Array {
  const n = found.count;
  const span = new Int32Array(n);
  const chars = new Int32Array(n);
  let maxSpan = 0;
  let maxChars = 0;
  for (let c = 0; c < n; c++) {
    span[c] = found.last[c]! - found.first[c]!;
    chars[c] = ends[found.last[c]!]! - starts[found.first[c]!]!;
    if (span[c]! > maxSpan) maxSpan = span[c]!;
    if (chars[c]! > maxChars) maxChars = chars[c]!;
  }
  const byChars = new Int32Array(n);
  countingSort(null, chars, maxChars, byChars);
  const order = new Int32Array(n);
  countingSort(byChars, span, maxSpan, order);
  return order;
}

/** Stable sort of `input` (or 0..n-1) by descending `key` (0..max) into `out`. */
function countingSort(input: Int32Array | null, key: Int32Array, max: number, out: Int32Array): void {
  const next = new Int32Array(max + 2);
  for (let c = 0; c < key.length; c++) next[max - key[c]! + 1]!++;
  for (let v = 1; v <= max + 1; v++) next[v]! += next[v - 1]!;
  for (let o = 0; o < key.length; o++) {
    const c = input ? input[o]! : o;
    out[next[max - key[c]!]!++] = c;
  }
}
