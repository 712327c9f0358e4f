import { anchorBound, anchorScore } from './anchor-score';
import type { AnchorTable } from './anchors';
import { lengthTermCost, PRIOR, type BeadType, type LengthParams } from './length-model';
import type { AlignLink } from './types';

/**
 * The dynamic programming of the aligner: the best path of beads through a band of cells, and the
 * posterior probability of each bead of a path (forward–backward over the same band).
 */

// Bead shapes as [source sentences, target sentences, type]. The full model stops before 2–2 (as Moore
// 2002 and hunalign do without it): at Gale & Church's prior it mostly swallowed two correct 1–1 links
// whose length errors cancel out, the largest single class of errors measured (docs/align.md). The
// length-only baseline keeps Gale & Church's six shapes.
const BEADS: [number, number, BeadType][] = [[1, 1, '1-1'], [1, 0, '1-0'], [0, 1, '0-1'], [2, 1, '2-1'], [1, 2, '1-2'], [2, 2, '2-2']];
/** Number of shapes searched: all with the length model only, all but 2–2 with anchors. */
const shapes = (ctx: Ctx) => (ctx.anchors ? 5 : 6);
const PRIOR_COST = BEADS.map(([, , type]) => -Math.log(PRIOR[type]));
const DI = Int8Array.from(BEADS, ([di]) => di);
const DJ = Int8Array.from(BEADS, ([, dj]) => dj);
/** Weight of the word-count length term beside the character one (the two are far from independent). */
const WORD_WEIGHT = 0.5;

/** What a bead's cost is computed from. */
export interface Ctx {
  ls: Float64Array;
  lt: Float64Array;
  params: LengthParams;
  anchors: AnchorTable | null;
  srcPara: Set<number>;
  tgtPara: Set<number>;
  /** Prefix sums of word counts and their length model (later passes). */
  words?: { ws: Float64Array; wt: Float64Array; params: LengthParams };
}

/** Prefix sums of sentence lengths (the length of sentences i..k-1 is out[k] - out[i]). */
export function prefix(lengths: number[]): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  lengths.forEach((l, k) => (out[k + 1] = out[k]! + l));
  return out;
}

/** A band of cells: row i (source position) keeps target positions lo[i] .. lo[i] + width - 1. */
export interface Band {
  lo: Int32Array;
  width: number;
}

/**
 * A band of `half` target positions either side of a path's cells (every cell of the path stays
 * inside, so the end is always reachable): the first position of each row and the band's width.
 */
export function bandAround(path: AlignLink[], n: number, m: number, half: number): Band {
  const minJ = new Int32Array(n + 1).fill(m + 1);
  const maxJ = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  minJ[0] = 0;
  for (const l of path) {
    i += l.source.length;
    j += l.target.length;
    minJ[i] = Math.min(minJ[i]!, j);
    maxJ[i] = Math.max(maxJ[i]!, j);
  }
  let span = 0;
  for (let r = 1; r <= n; r++) {
    // A row inside a merge holds no cell of the path: centre it where the previous row ends.
    if (minJ[r]! > maxJ[r]!) minJ[r] = maxJ[r] = maxJ[r - 1]!;
    span = Math.max(span, maxJ[r]! - minJ[r]!);
  }
  return { lo: minJ.map((v) => Math.max(0, v - half)), width: span + 2 * half + 1 };
}

/** Dynamic programming over the beads; row i keeps target positions lo[i] .. lo[i] + width - 1. */
export function search(ctx: Ctx, n: number, m: number, { lo, width }: Band): AlignLink[] {
  const anchors = ctx.anchors;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const nb = shapes(ctx);
  const at = (i: number, j: number) => {
    const k = j - lo[i]!;
    return k < 0 || k >= width || j > m ? -1 : i * width + k;
  };
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const top = Math.min(m, lo[i]! + width - 1);
    for (let j = lo[i]!; j <= top; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = 0;
      for (let b = 0; b < nb; b++) {
        const di = DI[b]!;
        const dj = DJ[b]!;
        if (i < di || j < dj) continue;
        const p = at(i - di, j - dj);
        if (p < 0) continue;
        const before = cost[p]! + PRIOR_COST[b]!;
        // The length terms are never negative: a bead whose prior minus the most its anchors, ending
        // and paragraph start could earn still loses needs no evaluation (an empty side earns nothing).
        if (di === 0 || dj === 0) {
          if (before < best) {
            best = before;
            arg = b;
          }
          continue;
        }
        if (before - 1 - (anchors ? anchorBound(anchors, i - di, di, j - dj, dj) : 0) >= best) continue;
        const c = before + beadCost(ctx, i - di, di, j - dj, dj);
        if (c < best) {
          best = c;
          arg = b;
        }
      }
      const here = i * width + (j - lo[i]!);
      cost[here] = best;
      back[here] = arg;
    }
  }
  return traceBack(n, m, cost, back, at);
}

function traceBack(n: number, m: number, cost: Float64Array, back: Uint8Array, at: (i: number, j: number) => number): AlignLink[] {
  const links: AlignLink[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const here = at(i, j);
    const [di, dj] = BEADS[back[here]!]!;
    const beadCost = cost[here]! - cost[at(i - di, j - dj)]!;
    links.push({
      source: Array.from({ length: di }, (_, k) => i - di + k),
      target: Array.from({ length: dj }, (_, k) => j - dj + k),
      // A typical good 1–1 bead costs about 1; map costs to (0, 1) with 0.5 at cost 3.
      score: Math.round(1000 / (1 + Math.exp(beadCost - 3))) / 1000,
    });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}

/** Cost of a bead beyond its prior: the length terms, minus anchors and paragraph agreement. */
function beadCost(x: Ctx, i: number, di: number, j: number, dj: number): number {
  if (di === 0 || dj === 0) return 0;
  let c = lengthTermCost(x.ls[i + di]! - x.ls[i]!, x.lt[j + dj]! - x.lt[j]!, x.params);
  const w = x.words;
  if (w) c += WORD_WEIGHT * lengthTermCost(w.ws[i + di]! - w.ws[i]!, w.wt[j + dj]! - w.wt[j]!, w.params);
  if (x.srcPara.size > 0 && x.srcPara.has(i) && x.tgtPara.has(j)) c -= 1;
  return x.anchors ? c - anchorScore(x.anchors, i, di, j, dj) : c;
}

/** -T ln(e^(-a/T) + e^(-b/T)) without overflow: the soft minimum of two costs. */
function softMin(a: number, b: number, t: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const lo = Math.min(a, b);
  return lo - t * Math.log1p(Math.exp(-Math.abs(a - b) / t));
}

/**
 * The probability of each bead of `path` among all paths of the band, under the costs read as
 * negative log-probabilities divided by `temperature` (forward–backward): a confidence that says how
 * much the texts support the link against its alternatives, not how good its lengths look.
 */
export function posteriors(ctx: Ctx, n: number, m: number, { lo, width }: Band, path: AlignLink[], temperature: number): number[] {
  const cells = (n + 1) * width;
  const nb = shapes(ctx);
  const at = (i: number, j: number) => {
    const k = j - lo[i]!;
    return i < 0 || i > n || k < 0 || k >= width || j > m ? -1 : i * width + k;
  };
  // Cost of the bead of each type ending in each cell, kept for the backward pass.
  const beadCosts = new Float64Array(cells * BEADS.length).fill(Infinity);
  const forward = new Float64Array(cells).fill(Infinity);
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    const top = Math.min(m, lo[i]! + width - 1);
    for (let j = lo[i]!; j <= top; j++) {
      const here = at(i, j);
      for (let b = 0; b < nb; b++) {
        const di = DI[b]!;
        const dj = DJ[b]!;
        if (i < di || j < dj) continue;
        const p = at(i - di, j - dj);
        if (p < 0 || forward[p] === Infinity) continue;
        const c = PRIOR_COST[b]! + beadCost(ctx, i - di, di, j - dj, dj);
        beadCosts[here * BEADS.length + b] = c;
        forward[here] = softMin(forward[here]!, forward[p]! + c, temperature);
      }
    }
  }
  const backward = new Float64Array(cells).fill(Infinity);
  backward[at(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    const top = Math.min(m, lo[i]! + width - 1);
    for (let j = top; j >= lo[i]!; j--) {
      const here = at(i, j);
      for (let b = 0; b < nb; b++) {
        const next = at(i + DI[b]!, j + DJ[b]!);
        if (next < 0 || backward[next] === Infinity) continue;
        backward[here] = softMin(backward[here]!, beadCosts[next * BEADS.length + b]! + backward[next]!, temperature);
      }
    }
  }
  const total = forward[at(n, m)]!;
  let i = 0;
  let j = 0;
  return path.map((l) => {
    const b = BEADS.findIndex(([di, dj]) => di === l.source.length && dj === l.target.length);
    const from = at(i, j);
    i += l.source.length;
    j += l.target.length;
    const to = at(i, j);
    return Math.exp(-(forward[from]! + beadCosts[to * BEADS.length + b]! + backward[to]! - total) / temperature);
  });
}
