import { bigramHash, pairKey, SHORT_UNIT, shortKey, wordHash } from './tokens';

/** What the database is asked for fuzzy candidates: a word-index query, a word-count range, and the fewest query words a candidate must share. */
export interface CandidatePlan {
  /** Which index the query is for: the word keys (tm_word_keys) or the source's bigram keys (source_bigrams, migration 00015). */
  index: 'words' | 'bigrams';
  /** An intarray query_int over the pair's word keys: at least `need` of the chosen rare words ("(a&(b|c))|(b&c)"). */
  query: string;
  /** The chosen rare words (or bigrams), each as the index keys that stand for it, and how many of them a candidate holds at least. */
  rare: number[];
  groups: number[][];
  need: number;
  /** Hashes of every distinct query word (a candidate's shared words are counted over these). */
  words: number[];
  minWords: number;
  maxWords: number;
  /** A candidate must hold at least this many distinct query words. */
  minShared: number;
}

/**
 * The pre-filter of a fuzzy lookup, exact for the threshold (prefix filtering): a unit of L words scoring
 * at least `threshold` is at most ⌊max(n, L)(1−t)⌋ word edits from the query's n words, so it has between
 * ⌈tn⌉ and ⌊n/t⌋ words; and it leaves at most d = ⌊n(1−t)⌋ of the query's words unmatched (a longer unit
 * spends L − n of its edits on insertions: unmatched ≤ L(1−t) − (L − n) ≤ n(1−t)), so it lacks at most d
 * of the query's distinct words: of any d+2 of them it holds at least 2.
 * The d+2 rarest (by `frequency`) are asked for, so the GIN index reads short posting lists and decides
 * "two of them" itself, before any row is read. Queries of at most SHORT_UNIT possible words read the
 * keys that short units carry with their word count.
 */
export function candidatePlan(
  queryKeys: readonly string[],
  threshold: number,
  frequency: (hash: number) => number,
  salt = 0,
  /** Whether the bigram index may be used (true: when it reads less; 'always': whenever the query has enough bigrams). */
  opts: { bigrams?: boolean | 'always' } = {},
): CandidatePlan {
  const t = Math.min(1, Math.max(0.51, threshold / 100));
  const n = queryKeys.length;
  const d = Math.floor(n * (1 - t) + 1e-9);
  const minWords = Math.max(1, Math.ceil(t * n - 1e-9));
  const maxWords = Math.floor(n / t + 1e-9);
  const distinct = [...new Set(queryKeys.map(wordHash))];
  // A unit always shares at least one word (n − d ≥ 1 positions): with few distinct words, one of them.
  const need = Math.max(1, Math.min(2, distinct.length - d));
  const rare = [...distinct].sort((a, b) => frequency(a) - frequency(b) || a - b).slice(0, Math.min(distinct.length, d + need));
  // Short queries ask for the words of units of a possible word count only: common words are cheap then.
  const groups = rare.map((h) => {
    if (maxWords > SHORT_UNIT) return [pairKey(h, salt)];
    const g: number[] = [];
    for (let len = minWords; len <= maxWords; len++) g.push(shortKey(h, salt, len));
    return g;
  });
  const minShared = Math.max(1, distinct.length - d);
  if (opts.bigrams && maxWords > SHORT_UNIT) {
    const plan = bigramPlan(queryKeys, t, minWords, maxWords, frequency, salt);
    // The index reads the chosen keys' posting lists: the words' when they are short (rare words, a high
    // threshold), the bigrams' when they are surely shorter (a bigram is in no more units than its rarer
    // word) or the words' are long (common words: their bigrams are much rarer than either).
    const wordPostings = rare.reduce((a, h) => a + frequency(h), 0);
    if (plan && (opts.bigrams === 'always' || plan.postingsBound < wordPostings || wordPostings >= BIGRAMS_PAY)) {
      const { postingsBound: _, ...p } = plan;
      return { ...p, words: distinct, minWords, maxWords, minShared };
    }
  }
  const terms = groups.map((g) => (g.length === 1 ? String(g[0]) : `(${g.join('|')})`));
  return { index: 'words', query: need === 1 ? terms.join('|') : atLeastTwo(terms), rare, groups, need, words: distinct, minWords, maxWords, minShared };
}

/**
 * Word postings from which the bigram index is asked even when the bound does not show it cheaper (at a
 * million units, the pass at 70 on new text of common words: the words' lists hold 4,000–90,000 units each).
 */
export const BIGRAMS_PAY = 20_000;

/**
 * How many of a query's distinct bigrams a unit scoring at least `t` may lack. Take an optimal alignment
 * of the query's n words with a unit of L words: S substitutions, D deletions, I insertions, S + D + I ≤
 * E = ⌊max(n, L)(1−t)⌋ and L = n − D + I. A query bigram survives when both its words are matched and
 * nothing is inserted between them; a substituted or deleted word breaks at most the two bigrams it is
 * in, an insertion at most the one it splits: at most 2(S + D) + I = 2E − I with I ≥ max(0, L − n).
 * A bigram the unit lacks has every occurrence broken, so it lacks at most max over L of that.
 * (The penalties only lower a score, so the word distance alone bounds it.)
 */
export function maxLostBigrams(n: number, t: number, minWords: number, maxWords: number): number {
  let k = 0;
  for (let L = minWords; L <= maxWords; L++) {
    const e = Math.floor(Math.max(n, L) * (1 - t) + 1e-9);
    k = Math.max(k, 2 * e - Math.max(0, L - n));
  }
  return Math.min(k, Math.max(0, n - 1));
}

/**
 * The bigram form of the pre-filter, for longer queries: a unit lacks at most k = maxLostBigrams of the
 * query's distinct bigrams, so of the k+2 rarest it holds two (k+1: one). Bigrams of common words are
 * rare, so their posting lists are short where the words' are long. Rarity is estimated as the product
 * of the two words' frequencies (no bigram counts are kept). Null when the query has too few bigrams.
 */
function bigramPlan(queryKeys: readonly string[], t: number, minWords: number, maxWords: number, frequency: (hash: number) => number, salt: number) {
  const n = queryKeys.length;
  const cost = new Map<number, number>();
  const bound = new Map<number, number>();
  for (let i = 1; i < n; i++) {
    const h = bigramHash(queryKeys[i - 1]!, queryKeys[i]!);
    if (cost.has(h)) continue;
    const fa = frequency(wordHash(queryKeys[i - 1]!));
    const fb = frequency(wordHash(queryKeys[i]!));
    cost.set(h, (fa + 1) * (fb + 1));
    bound.set(h, Math.min(fa, fb));
  }
  const k = maxLostBigrams(n, t, minWords, maxWords);
  const need = Math.min(2, cost.size - k);
  if (need < 1) return null;
  const rare = [...cost.keys()].sort((a, b) => cost.get(a)! - cost.get(b)! || a - b).slice(0, k + need);
  const terms = rare.map((h) => String(pairKey(h, salt)));
  const postingsBound = rare.reduce((a, h) => a + bound.get(h)!, 0);
  return { index: 'bigrams' as const, query: need === 1 ? terms.join('|') : atLeastTwo(terms), rare, groups: rare.map((h) => [pairKey(h, salt)]), need, postingsBound };
}

/**
 * "At least two of these" as a query_int, halving: two in the left half, two in the right, or one in
 * each. PostgreSQL evaluates the query on every unit holding any of the words, so its size is the cost:
 * O(n log n) terms where listing the pairs takes O(n²) (at a million units, half the time for 20 words).
 */
export function atLeastTwo(keys: readonly string[]): string {
  if (keys.length === 2) return `(${keys[0]}&${keys[1]})`;
  if (keys.length === 3) return `((${keys[0]}&(${keys[1]}|${keys[2]}))|(${keys[1]}&${keys[2]}))`;
  const left = keys.slice(0, keys.length >> 1);
  const right = keys.slice(keys.length >> 1);
  return `((${anyOf(left)}&${anyOf(right)})|${atLeastTwo(left)}|${atLeastTwo(right)})`;
}

const anyOf = (keys: readonly string[]) => (keys.length === 1 ? keys[0]! : `(${keys.join('|')})`);
