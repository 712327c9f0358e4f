import { anchorScore } from './anchor-score';
import { buildAnchors } from './anchors';
import { bandAround, posteriors, prefix, search, type Ctx } from './bead-search';
import { charLength, estimateParams, fitParams, wordCount } from './length-model';
import { addKeys, learnLexicon, LEXICON_BONUS, LEXICON_PENALTY, stemAll } from './lexicon';
import type { AlignLink, AlignOptions } from './types';

export { anchorScore };

/** Half-width of the later passes' band around the previous path. */
const SECOND_BAND = 8;
/**
 * Costs are divided by this before they are read as log-probabilities for the links' confidence:
 * with 1.5, links scored 0.8–0.9 were right 91% of the time, 0.9 and above 99.6%, 0.5–0.6 67% (bench
 * documents, tune slice, seeds 1–6); with 1 the middle scores promised more than they held.
 */
const TEMPERATURE = 1.5;

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
  const first = search(ctx, n, m, { lo: Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, Math.round((i * m) / Math.max(n, 1)) - w)), width: 2 * w + 1 });
  if (!anchors) return first;
  // Second pass: words learned from the first pass's confident links (score from the bead's cost, see
  // traceBack) as anchors, and a word-count
  // length model fitted to its 1–1 links. Third pass: the words learned again from the second pass,
  // which has more confident links; skipped when they come out the same.
  const ones = first.filter((l) => l.source.length === 1 && l.target.length === 1);
  const ws = source.map(wordCount);
  const wt = target.map(wordCount);
  const wordParams = fitParams(ones.map((l) => [ws[l.source[0]!]!, wt[l.target[0]!]!]));
  const words = wordParams ? { ws: prefix(ws), wt: prefix(wt), params: wordParams } : undefined;
  const stemmed = stemAll(source, target, opts.sourceLang, opts.targetLang);
  let links = first;
  let final = ctx;
  let learned = '';
  for (let pass = 2; pass <= 3; pass++) {
    const extra = learnLexicon(source, target, links, opts.sourceLang, opts.targetLang, stemmed);
    const signature = extra ? JSON.stringify(extra) : '';
    if (pass === 3 ? signature === learned : !extra && !words) break;
    learned = signature;
    final = { ...ctx, words, anchors: extra ? addKeys(anchors, extra, LEXICON_BONUS, LEXICON_PENALTY) : anchors };
    links = search(final, n, m, bandAround(links, n, m, SECOND_BAND));
  }
  // The confidence returned is each link's posterior probability in a band around the final path.
  const post = posteriors(final, n, m, bandAround(links, n, m, SECOND_BAND), links, TEMPERATURE);
  links.forEach((l, k) => (l.score = Math.round(post[k]! * 1000) / 1000));
  return links;
}
