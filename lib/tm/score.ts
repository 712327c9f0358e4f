import type { Lang } from '../text/lang';
import { NUMBER_KEY, tmTokens, type TmToken } from './tokens';

/** A text to compare, with the number of inline tags (marks, TMX codes) it carries. */
export interface ScoredText {
  text: string;
  tags?: number;
}

/** The small penalties, in points, for differences the word distance does not see. */
export const PENALTY = { numbers: 2, tags: 1, punctuation: 1, case: 1, normalization: 1, maxNormalization: 3 } as const;

/**
 * Similarity of a memory source to the current source, 0–100: 100 only when both are identical after
 * Unicode NFC (and carry as many tags); otherwise at most 99, from a word-level edit distance on
 * normalized tokens (100·(1 − d / longer length), numbers compared as placeholders), minus small
 * penalties for differing numbers, tags, punctuation, case and normalization-only spellings.
 */
export function similarity(a: ScoredText | string, b: ScoredText | string, lang: Lang, prepared?: { a?: TmToken[]; b?: TmToken[] }): number {
  const A = typeof a === 'string' ? { text: a } : a;
  const B = typeof b === 'string' ? { text: b } : b;
  const ta = (A.tags ?? 0) === (B.tags ?? 0);
  if (ta && A.text.normalize('NFC') === B.text.normalize('NFC')) return 100;
  const x = prepared?.a ?? tmTokens(A.text, lang);
  const y = prepared?.b ?? tmTokens(B.text, lang);
  const longer = Math.max(x.length, y.length);
  const d = longer === 0 ? 0 : wordDistance(x, y);
  const base = longer === 0 ? 100 : Math.floor(100 * (1 - d / longer) + 1e-9);
  let penalty = 0;
  if (!sameNumbers(x, y)) penalty += PENALTY.numbers;
  if (!ta) penalty += PENALTY.tags;
  if (punctuation(A.text) !== punctuation(B.text)) penalty += PENALTY.punctuation;
  if (d < longer) penalty += spellingPenalty(x, y);
  // Texts that differ after NFC never reach 100, even when nothing but spacing or digit shapes differ.
  return Math.max(0, Math.min(99, base - penalty));
}

/** Token-level Levenshtein distance on keys (two rows, O(n·m)). */
export function wordDistance(x: readonly TmToken[], y: readonly TmToken[]): number {
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const k = x[i - 1]!.key;
    for (let j = 1; j <= y.length; j++) {
      const sub = prev[j - 1]! + (k === y[j - 1]!.key ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

/** Whether both texts hold the same numbers (values, in order), whatever their digits. */
export function sameNumbers(x: readonly TmToken[], y: readonly TmToken[]): boolean {
  const nx = x.filter((t) => t.key === NUMBER_KEY).map((t) => t.number);
  const ny = y.filter((t) => t.key === NUMBER_KEY).map((t) => t.number);
  return nx.length === ny.length && nx.every((v, i) => v === ny[i]);
}

// Punctuation and symbols in order, whitespace runs as one space: what the words leave out.
function punctuation(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}\p{N}\u200B-\u200F\u0640]+/gu, '').replace(/\s+/gu, ' ').trim();
}

/** Case and normalization-only differences between words whose keys are equal, in the same order. */
function spellingPenalty(x: readonly TmToken[], y: readonly TmToken[]): number {
  let caseDiff = false;
  let spelling = 0;
  // Compare words by their key, pairing the i-th occurrence of a key on each side.
  const seen = new Map<string, TmToken[]>();
  for (const t of y) {
    const list = seen.get(t.key);
    if (list) list.push(t);
    else seen.set(t.key, [t]);
  }
  for (let i = 0; i < x.length; i++) {
    const t = x[i]!;
    if (t.key === NUMBER_KEY) continue;
    const other = seen.get(t.key)?.shift();
    if (!other) continue;
    const p = t.text.normalize('NFC');
    const q = other.text.normalize('NFC');
    if (p === q) continue;
    if (p.toLowerCase() === q.toLowerCase()) caseDiff = true;
    else spelling++;
  }
  return (caseDiff ? PENALTY.case : 0) + Math.min(PENALTY.maxNormalization, spelling * PENALTY.normalization);
}
