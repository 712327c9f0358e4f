import { anchorBound, anchorScore } from './anchor-score';
import { buildAnchors, type AnchorTable } from './anchors';

export { anchorScore };
import { charLength, estimateParams, fitParams, lengthTermCost, PRIOR, wordCount, type BeadType, type LengthParams } from './length-model';
import { addKeys, learnLexicon, LEXICON_BONUS, LEXICON_PENALTY, stemAll } from './lexicon';
import type { AlignLink, AlignOptions } from './types';

// Bead shapes as [source sentences, target sentences, type]. No 2–2 (as in Moore 2002 and hunalign): at
// Gale & Church's prior it mostly swallowed two correct 1–1 links whose length errors cancel out, the
// largest single class of errors measured (docs/align.md).
const BEADS: [number, number, BeadType][] = [[1, 1, '1-1'], [1, 0, '1-0'], [0, 1, '0-1'], [2, 1, '2-1'], [1, 2, '1-2']];
const PRIOR_COST = BEADS.map(([, , type]) => -Math.log(PRIOR[type]));
const DI = Int8Array.from(BEADS, ([di]) => di);
const DJ = Int8Array.from(BEADS, ([, dj]) => dj);
/** Half-width of the later passes' band around the previous path. */
const SECOND_BAND = 8;
/** Weight of the word-count length term beside the character one (the two are far from independent). */
const WORD_WEIGHT = 0.5;

/** Half-width of the band of target positions searched around the diagonal for each source position. */
export function bandWidth(n: number, m: number): number {
  return Math.max(25, Math.abs(n - m) + 10, Math.ceil(2.5 * Math.sqrt(Math.max(n, m))));
}

/** Aligns two sentence lists (Gale–Church lengths plus anchors) into links in document order covering every index once. */
export function alignSentences(source: string[], target: string[], opts: AlignOptions): AlignLink[] {
  const n = source.length;
  const m = target.length;
  const ls = source.map(charLength);
  const lt = target.map(charLength);
  const params = estimateParams(ls, lt, opts.sourceLang, opts.targetLang);
  const anchors = opts.lengthOnly ? null : buildAnchors(source, target, opts.sourceLang, opts.targetLang, opts.termIndex);
  const ctx: Ctx = { ls: prefix(ls), lt: prefix(lt), params, anchors, srcPara: new Set(opts.sourceParagraphStarts ?? []), tgtPara: new Set(opts.targetParagraphStarts ?? []) };
  const w = bandWidth(n, m);
  // First pass: a band centred on the diagonal.
  const first = search(ctx, n, m, Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, Math.round((i * m) / Math.max(n, 1)) - w)), 2 * w + 1);
  if (!anchors) return first;
  // Second pass: words learned from the first pass's confident links as anchors, and a word-count
  // length model fitted to its 1–1 links. Third pass: the words learned again from the second pass,
  // which has more confident links; skipped when they come out the same.
  const ones = first.filter((l) => l.source.length === 1 && l.target.length === 1);
  const ws = source.map(wordCount);
  const wt = target.map(wordCount);
  const wordParams = fitParams(ones.map((l) => [ws[l.source[0]!]!, wt[l.target[0]!]!]));
  const words = wordParams ? { ws: prefix(ws), wt: prefix(wt), params: wordParams } : undefined;
  const stemmed = stemAll(source, target, opts.sourceLang, opts.targetLang);
  let links = first;
  let learned = '';
  for (let pass = 2; pass <= 3; pass++) {
    const extra = learnLexicon(source, target, links, opts.sourceLang, opts.targetLang, stemmed);
    const signature = extra ? JSON.stringify(extra) : '';
    if (pass === 3 ? signature === learned : !extra && !words) break;
    learned = signature;
    const [lo, width] = bandAround(links, n, m, SECOND_BAND);
    links = search({ ...ctx, words, anchors: extra ? addKeys(anchors, extra, LEXICON_BONUS, LEXICON_PENALTY) : anchors }, n, m, lo, width);
  }
  return links;
}

/**
 * A band of `half` target positions either side of a path's cells (every cell of the path stays
 * inside, so the end is always reachable): the first position of each row and the band's width.
 */
function bandAround(path: AlignLink[], n: number, m: number, half: number): [Int32Array, number] {
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
  return [minJ.map((v) => Math.max(0, v - half)), span + 2 * half + 1];
}

/** Dynamic programming over the beads; row i keeps target positions lo[i] .. lo[i] + width - 1. */
function search(ctx: Ctx, n: number, m: number, lo: Int32Array, width: number): AlignLink[] {
  const anchors = ctx.anchors;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
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
      for (let b = 0; b < BEADS.length; b++) {
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

interface Ctx {
  ls: Float64Array;
  lt: Float64Array;
  params: LengthParams;
  anchors: AnchorTable | null;
  srcPara: Set<number>;
  tgtPara: Set<number>;
  /** Prefix sums of word counts and their length model (later passes). */
  words?: { ws: Float64Array; wt: Float64Array; params: LengthParams };
}

function prefix(lengths: number[]): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  lengths.forEach((l, k) => (out[k + 1] = out[k]! + l));
  return out;
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
