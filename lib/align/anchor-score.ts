import type { AnchorTable } from './anchors';

/** Cap of the key bonus of one bead. */
export const MAX_BONUS = 8;
/** Cost added to a merge whose one sentence is anchored to the other side and the other is not. */
const ORPHAN_COST = 2;

/**
 * What the search reads from a table beyond its keys, computed once per table: the keys of every two
 * consecutive sentences merged (a 2–1 bead would otherwise sort a new array each time) and the most
 * each sentence's keys can earn.
 */
interface Derived {
  sourcePairs: Int32Array[];
  targetPairs: Int32Array[];
  sourceMost: Float64Array;
  targetMost: Float64Array;
}
const DERIVED = new WeakMap<AnchorTable, Derived>();

function derived(a: AnchorTable): Derived {
  let d = DERIVED.get(a);
  if (!d) {
    const pairs = (side: Int32Array[]) => side.map((keys, k) => (k + 1 < side.length ? merge(keys, side[k + 1]!) : keys));
    const most = (side: Int32Array[]) => Float64Array.from(side, (keys) => keys.reduce((sum, k) => sum + a.bonus[k]!, 0));
    d = { sourcePairs: pairs(a.source), targetPairs: pairs(a.target), sourceMost: most(a.source), targetMost: most(a.target) };
    DERIVED.set(a, d);
  }
  return d;
}

/** An upper bound of anchorScore for a bead (keys can earn no more than either side holds, plus the ending). */
export function anchorBound(a: AnchorTable, i: number, di: number, j: number, dj: number): number {
  const d = derived(a);
  const s = di === 1 ? d.sourceMost[i]! : d.sourceMost[i]! + d.sourceMost[i + 1]!;
  const t = dj === 1 ? d.targetMost[j]! : d.targetMost[j]! + d.targetMost[j + 1]!;
  return Math.min(MAX_BONUS, s, t) + 1;
}

/** Anchor evidence of a bead: shared keys minus one-sided ones, agreement of the final punctuation (or of its absence), minus an orphan in a merge. */
export function anchorScore(a: AnchorTable, i: number, di: number, j: number, dj: number): number {
  const d = di === 2 || dj === 2 ? derived(a) : undefined;
  const s = di === 1 ? a.source[i]! : d!.sourcePairs[i]!;
  const t = dj === 1 ? a.target[j]! : d!.targetPairs[j]!;
  let score = 0;
  let x = 0;
  let y = 0;
  while (x < s.length || y < t.length) {
    if (y >= t.length || (x < s.length && s[x]! < t[y]!)) score -= a.penalty[s[x++]!]!;
    else if (x >= s.length || t[y]! < s[x]!) score -= a.penalty[t[y++]!]!;
    else {
      score += a.bonus[s[x]!]!;
      x++;
      y++;
    }
  }
  score = Math.min(score, MAX_BONUS);
  if (di === 2) score -= orphan(a.source[i]!, a.source[i + 1]!, t);
  if (dj === 2) score -= orphan(a.target[j]!, a.target[j + 1]!, s);
  const es = a.sourceEnd[i + di - 1]!;
  const et = a.targetEnd[j + dj - 1]!;
  // Same ending: two questions, two colons ..., or two lines without final punctuation (headlines,
  // list items), which rarely face a full sentence.
  if (es === et && es <= 4) score += 1;
  else if ((es === 1) !== (et === 1)) score -= 1.5;
  return score;
}

function merge(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}

/** Keys that two sorted key lists share (as multisets). */
function shared(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++;
    else if (b[y]! < a[x]!) y++;
    else (n++, x++, y++);
  }
  return n;
}

/**
 * A merge whose one sentence shares keys with the other side while its partner has keys and shares
 * none is more likely a 1–1 next to a dropped sentence: that partner pays ORPHAN_COST.
 */
function orphan(x1: Int32Array, x2: Int32Array, other: Int32Array): number {
  const a = x1.length > 0 ? shared(x1, other) : -1;
  const b = x2.length > 0 ? shared(x2, other) : -1;
  return (a === 0 && b > 0) || (b === 0 && a > 0) ? ORPHAN_COST : 0;
}
