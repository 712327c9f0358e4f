import type { Lang } from '../text/lang';
import type { AnchorTable } from './anchors';
import type { AlignLink } from './types';

/**
 * A word lexicon learned from the document itself (after Moore 2002): the first alignment's confident
 * 1–1 links are a small parallel corpus; a source word and a target stem that keep occurring in the
 * same pairs (Dice ≥ 0.6, together at least twice) are taken as translations. The second pass uses
 * them as extra anchors, so a sentence with no number or name can still show it has no counterpart.
 */
const WORD = /[\p{L}\p{M}]+(?:['’\u200C][\p{L}\p{M}]+)*/gu;
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const STOP = new Set(
  ('the this that these those its and but for with from are was were been have has had not can may will ' +
    'would should could also such than then there their they them which who what when where how into ' +
    'about more most some other only very any all one our your you').split(' '),
);
const MIN_DICE = 0.6;
/** Cost reduction per learned word pair shared by a bead (names and numbers weigh 3). */
export const LEXICON_BONUS = 1;
/** Cost added per learned word found on one side of a bead only. */
export const LEXICON_PENALTY = 0.3;

/** Word forms used for counting: lower-case English without a plural s; Arabic-script words without diacritics, clitics and common suffixes. */
export function stems(text: string, lang: Lang): string[] {
  const out = new Set<string>();
  for (let w of text.match(WORD) ?? []) {
    if (lang === 'en') {
      w = w.toLowerCase().replace(/['’]s$/u, '');
      if (w.length > 4 && /[^siu]s$/u.test(w)) w = w.slice(0, -1);
      if (w.length >= 3 && !STOP.has(w)) out.add(w);
      continue;
    }
    // Farsi writes suffixes after a ZWNJ (ویروس‌ها): the part before it is the stem.
    w = w.split('\u200C')[0]!.replace(MARKS, '').replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/ی/gu, 'ي').replace(/ک/gu, 'ك').replace(/ة/gu, 'ه');
    const bare = w.replace(/^(?:و|ف)?(?:بال|كال|فال|لل|ال)/u, '');
    if (bare.length >= 3) w = bare;
    if (w.length > 5) w = w.replace(/(?:ات|ون|ين|ها|هم|يه|ه)$/u, '');
    if (w.length >= 3) out.add(w);
  }
  return [...out];
}

/** The stems of every sentence of both sides, interned to integers (index into the word lists). */
export interface Stemmed {
  source: number[][];
  target: number[][];
  sourceWords: string[];
  targetWords: string[];
}

/** Stems both sides once, so that several passes can learn from them. */
export function stemAll(source: string[], target: string[], sourceLang: Lang, targetLang: Lang): Stemmed {
  const sx = new Map<string, number>();
  const sy = new Map<string, number>();
  const intern = (ids: Map<string, number>) => (w: string) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
  return {
    source: source.map((s) => stems(s, sourceLang).map(intern(sx))),
    target: target.map((s) => stems(s, targetLang).map(intern(sy))),
    sourceWords: [...sx.keys()],
    targetWords: [...sy.keys()],
  };
}

/** Learns word pairs from the confident 1–1 links and returns the keys each sentence gets (null when none were learned). */
export function learnLexicon(
  source: string[],
  target: string[],
  links: AlignLink[],
  sourceLang: Lang,
  targetLang: Lang,
  stemmed: Stemmed = stemAll(source, target, sourceLang, targetLang),
): { source: string[][]; target: string[][] } | null {
  const sure = links.filter((l) => l.source.length === 1 && l.target.length === 1 && l.score >= 0.9);
  if (sure.length < 8) return null;
  const { source: src, target: tgt, sourceWords, targetWords } = stemmed;
  const ns = new Int32Array(sourceWords.length);
  const nt = new Int32Array(targetWords.length);
  for (const l of sure) {
    for (const x of src[l.source[0]!]!) ns[x]!++;
    for (const y of tgt[l.target[0]!]!) nt[y]!++;
  }
  // Pairs are counted by sorting their codes x * ny + y, far cheaper than a map of counts on a long
  // document. Skipped: words seen once (they cannot co-occur twice) and pairs whose counts are too far
  // apart to reach MIN_DICE (2c / (nx + ny) <= 2 min(nx, ny) / (nx + ny)).
  const ny = targetWords.length;
  // Unsigned 32-bit codes sort several times faster than doubles; doubles only for huge vocabularies.
  const wide = sourceWords.length * ny >= 2 ** 32;
  let codes: Uint32Array | Float64Array = wide ? new Float64Array(1024) : new Uint32Array(1024);
  let size = 0;
  for (const l of sure) {
    const b = tgt[l.target[0]!]!.filter((y) => nt[y]! >= 2);
    if (b.length === 0) continue;
    for (const x of src[l.source[0]!]!) {
      if (ns[x]! < 2) continue;
      if (size + b.length > codes.length) {
        const grown = wide ? new Float64Array(Math.max(codes.length * 2, size + b.length)) : new Uint32Array(Math.max(codes.length * 2, size + b.length));
        grown.set(codes);
        codes = grown;
      }
      const nx = ns[x]!;
      for (const y of b) if (2 * Math.min(nx, nt[y]!) >= MIN_DICE * (nx + nt[y]!)) codes[size++] = x * ny + y;
    }
  }
  codes = codes.subarray(0, size).sort();
  // Mutual best pairs only (each word's best partner is the other's best): a short document gives
  // many chance pairs that occur together twice.
  const pairs: [number, number, number][] = [];
  const bestX = new Float64Array(sourceWords.length);
  const bestY = new Float64Array(ny);
  for (let k = 0; k < size; ) {
    let e = k + 1;
    while (e < size && codes[e] === codes[k]) e++;
    const c = e - k;
    if (c >= 2) {
      const x = Math.floor(codes[k]! / ny);
      const y = codes[k]! - x * ny;
      const dice = (2 * c) / (ns[x]! + nt[y]!) + c * 1e-6;
      if (dice >= MIN_DICE) {
        pairs.push([x, y, dice]);
        bestX[x] = Math.max(bestX[x]!, dice);
        bestY[y] = Math.max(bestY[y]!, dice);
      }
    }
    k = e;
  }
  // Target stem -> source words it translates.
  const lex = new Map<number, number[]>();
  for (const [x, y, d] of pairs) if (d === bestX[x] && d === bestY[y]) (lex.get(y) ?? lex.set(y, []).get(y)!).push(x);
  if (lex.size === 0) return null;
  const known = new Set([...lex.values()].flat());
  return {
    source: src.map((ws) => ws.filter((w) => known.has(w)).map((w) => `w:${sourceWords[w]}`)),
    target: tgt.map((ws) => ws.flatMap((y) => (lex.get(y) ?? []).map((x) => `w:${sourceWords[x]}`))),
  };
}

/** A copy of an anchor table with extra keys (each worth `bonus` when shared, nothing when not). */
export function addKeys(a: AnchorTable, extra: { source: string[][]; target: string[][] }, bonus: number, penalty: number): AnchorTable {
  const ids = new Map<string, number>();
  const base = a.bonus.length;
  const intern = (old: Int32Array, keys: string[]) => {
    if (keys.length === 0) return old;
    const out = new Int32Array(old.length + keys.length);
    out.set(old);
    keys.forEach((k, i) => (out[old.length + i] = ids.get(k) ?? (ids.set(k, base + ids.size), base + ids.size - 1)));
    return out.sort();
  };
  const source = a.source.map((keys, i) => intern(keys, extra.source[i]!));
  const target = a.target.map((keys, i) => intern(keys, extra.target[i]!));
  const b = new Float64Array(base + ids.size).fill(bonus);
  b.set(a.bonus);
  const p = new Float64Array(base + ids.size).fill(penalty);
  p.set(a.penalty);
  return { ...a, source, target, bonus: b, penalty: p };
}
