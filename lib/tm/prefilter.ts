import { bucketKey, lengthClass, wordHash } from './tokens';

/** What the database is asked for fuzzy candidates: index keys, a word-count range, and the fewest query words a candidate must share. */
export interface CandidatePlan {
  /** Index keys of the chosen rare words in every length class in range, salted for the pair (a GIN `&&` over them). */
  keys: number[];
  /** Hashes of every distinct query word (a candidate's shared words are counted over these). */
  words: number[];
  minWords: number;
  maxWords: number;
  /** A candidate must hold at least this many distinct query words. */
  minShared: number;
}

/**
 * The pre-filter of a fuzzy lookup, exact for the threshold (prefix filtering): a unit scoring at least
 * `threshold` differs from the query's n words by at most d = ⌊n(1−t)/t⌋ word edits, so it has between
 * ⌈tn⌉ and ⌊n/t⌋ words, holds all but d of the query's distinct words, and holds at least one of any
 * d+1 of them — the d+1 rarest (by `frequency`) are the ones looked up, so the index reads short lists.
 */
export function candidatePlan(queryKeys: readonly string[], threshold: number, frequency: (hash: number) => number, salt = 0): CandidatePlan {
  const t = Math.min(1, Math.max(0.01, threshold / 100));
  const n = queryKeys.length;
  const d = Math.floor((n * (1 - t)) / t + 1e-9);
  const minWords = Math.max(1, Math.ceil(t * n - 1e-9));
  const maxWords = Math.floor(n / t + 1e-9);
  const hashes = queryKeys.map(wordHash);
  const distinct = [...new Set(hashes)];
  // Rarest positions first; the distinct words among the first d+1 positions.
  const byRarity = [...hashes].sort((a, b) => frequency(a) - frequency(b) || a - b);
  const rare = [...new Set(byRarity.slice(0, Math.min(n, d + 1)))];
  const keys: number[] = [];
  const top = lengthClass(maxWords);
  for (const h of rare) for (let c = lengthClass(minWords); c <= top; c++) keys.push(bucketKey(h, c, salt));
  return { keys: [...new Set(keys)], words: distinct, minWords, maxWords, minShared: Math.max(1, distinct.length - d) };
}
