import type { Lang } from '../text/lang';

/**
 * Gale–Church length model. A bead whose sides have character lengths ls and lt is scored by
 * delta = (lt - c·ls) / sqrt(s2·l), l = (ls + lt/c) / 2, and cost = -ln P(type) - ln 2(1 - Φ(|delta|)).
 * Lengths count non-space characters, so Arabic and Farsi spacing habits do not matter.
 */
export interface LengthParams {
  /** Expected target characters per source character. */
  c: number;
  /** Variance of target characters per source character. */
  s2: number;
}

/**
 * Defaults measured on the 3,071 TICO-19 line pairs (non-space characters): EN→AR c = 0.907,
 * s2 = 2.73; EN→FA c = 0.902, s2 = 1.99. s2 is rounded up for text less literal than TICO-19;
 * other pairs fall back to Gale & Church's 1 and 6.8.
 */
const DEFAULTS: Record<string, LengthParams> = {
  'en-ar': { c: 0.91, s2: 3.0 },
  'en-fa': { c: 0.9, s2: 2.5 },
  'ar-en': { c: 1 / 0.91, s2: 3.0 / 0.91 },
  'fa-en': { c: 1 / 0.9, s2: 2.5 / 0.9 },
};

/**
 * Bead priors (Gale & Church 1993, split evenly between the two directions). The search no longer uses
 * 2–2 beads (see align-sentences.ts); its prior stays listed for callers of lengthCost.
 */
export const PRIOR = { '1-1': 0.89, '1-0': 0.005, '0-1': 0.005, '2-1': 0.0445, '1-2': 0.0445, '2-2': 0.011 } as const;
export type BeadType = keyof typeof PRIOR;

/** Character length the model counts: code units that are not white space. */
export function charLength(text: string): number {
  return text.replace(/\s+/gu, '').length;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Word count the second length model counts: runs of letters, marks and digits (ZWNJ splits a Farsi word in two). */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Default parameters of a language pair. */
export function defaultParams(sourceLang: Lang, targetLang: Lang): LengthParams {
  return DEFAULTS[`${sourceLang}-${targetLang}`] ?? { c: 1, s2: 6.8 };
}

/** Parameters for two texts: the mean ratio from their totals when they are long enough, the pair's variance. */
export function estimateParams(sourceLengths: number[], targetLengths: number[], sourceLang: Lang, targetLang: Lang): LengthParams {
  const base = defaultParams(sourceLang, targetLang);
  const ls = sourceLengths.reduce((a, b) => a + b, 0);
  const lt = targetLengths.reduce((a, b) => a + b, 0);
  // Below a few sentences the ratio of totals is noise; keep the default.
  if (ls < 400 || lt < 400) return base;
  const c = lt / ls;
  return { c, s2: base.s2 * (c / base.c) };
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 26.2.17, error < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}

/** Probability that lengths ls and lt are translations of each other under the model: 2(1 - Φ(|delta|)). */
export function lengthProbability(ls: number, lt: number, params: LengthParams): number {
  if (ls === 0 && lt === 0) return 1;
  const mean = (ls + lt / params.c) / 2;
  const delta = (lt - ls * params.c) / Math.sqrt(params.s2 * Math.max(mean, 1));
  return 2 * (1 - normalCdf(Math.abs(delta)));
}

// -ln 2(1 - Φ(δ)) at steps of 0.01 up to δ = 10, floored at probability 1e-12 (cost 27.6, reached near
// δ = 7.1): the search reads it millions of times, an exp and a log each time cost more than the rest.
const STEP = 0.01;
const TAIL = Float64Array.from({ length: 1002 }, (_, k) => -Math.log(Math.max(2 * (1 - normalCdf(k * STEP)), 1e-12)));

/** -ln lengthProbability(ls, lt, params), interpolated in a table (within 1e-4 of the exact value). */
export function lengthTermCost(ls: number, lt: number, params: LengthParams): number {
  if (ls === 0 && lt === 0) return 0;
  const mean = (ls + lt / params.c) / 2;
  const x = Math.abs(lt - ls * params.c) / Math.sqrt(params.s2 * Math.max(mean, 1)) / STEP;
  if (x >= 1000) return TAIL[1000]!;
  const k = Math.floor(x);
  return TAIL[k]! + (x - k) * (TAIL[k + 1]! - TAIL[k]!);
}

/** Cost (negative log probability) of a bead of the given type and side lengths. */
export function lengthCost(type: BeadType, ls: number, lt: number, params: LengthParams): number {
  const prior = -Math.log(PRIOR[type]);
  if (type === '1-0' || type === '0-1') return prior;
  return prior - Math.log(Math.max(lengthProbability(ls, lt, params), 1e-12));
}

/**
 * Parameters fitted to pairs of lengths taken as translations (a first alignment's 1–1 links): c from
 * the totals, s2 from the median absolute deviation of the normalized differences, which the wrong
 * pairs among them barely move. Null below MIN_FIT pairs.
 */
export function fitParams(pairs: [number, number][]): LengthParams | null {
  const ok = pairs.filter(([a, b]) => a > 0 && b > 0);
  if (ok.length < MIN_FIT) return null;
  const c = ok.reduce((x, [, b]) => x + b, 0) / ok.reduce((x, [a]) => x + a, 0);
  const d = ok.map(([a, b]) => Math.abs(b - c * a) / Math.sqrt((a + b / c) / 2)).sort((x, y) => x - y);
  // 1.4826 · MAD estimates a normal's standard deviation; a floor keeps near-identical pairs from
  // making every other bead look impossible.
  return { c, s2: Math.max(MIN_S2, (1.4826 * d[Math.floor(d.length / 2)]!) ** 2) };
}
const MIN_FIT = 8;
const MIN_S2 = 0.3;
