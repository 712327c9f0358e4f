// The lookup engine behind the TM use cases: exact and word-index candidates from lib/db, scored by lib/tm.
import { bigramsComplete, exactCandidatesMany, fuzzyCandidates, fuzzyCandidatesMany, wordFrequencies, type PairScope, type UnitRow } from '../db/tm';
import type { Lang } from '../text/lang';
import { candidatePlan } from '../tm/prefilter';
import { rankMatches, type CurrentSource } from '../tm/rank';
import { pairSalt, sequenceHash, tmTokens, wordHash, type TmToken } from '../tm/tokens';
import type { TmMatch } from '../tm/types';

/**
 * The thresholds of the passes of a fuzzy lookup: 90, 80 (one match asked: 90 only), then the asked one.
 * A pass at a higher threshold asks the index for fewer, rarer words (a shorter prefix), and once a
 * pass fills the list nothing below it could enter. At a million units (same runs, alternated): for the
 * panel's five, 90+80 and 90 alone within 7% of each other (80 helps sentences of common words); for
 * analysis's one match, 90 alone 5.0 s for 600 sources, 90+80 8.5 s, no first pass 9.2 s.
 */
const tiers = (threshold: number, limit: number, passes = limit === 1 ? [90] : [90, 80]) => passes.filter((t) => t > threshold).concat(threshold);

/**
 * Candidates read per fuzzy query before scoring (the most shared words first): 40 per match asked, at
 * least 50. Near-duplicates share as many words as the best match does, so a short list loses it among
 * them (at a million units with 100 variations a sentence, 60 candidates found 93% of the lookups' own units).
 */
const candidates = (limit: number) => Math.max(50, 40 * limit);

/** The most sources one fuzzy statement asks for (a document's sources go in a few statements). */
const BATCH = 150;

/** A distinct source still needing fuzzy candidates, and what its passes found so far. */
interface Pending {
  i: number;
  s: CurrentSource & { tokens: TmToken[] };
  keys: string[];
  exacts: UnitRow[];
  seen: Set<number>;
  found: UnitRow[];
  result: TmMatch[];
  /** Similarity of each candidate read so far (the next pass ranks them again). */
  scores: Map<number, number>;
  done: boolean;
}

// The benchmark's comparison knob: false makes every lookup use the word index (as before migration 00015).
let bigramIndex = true;
/** Whether fuzzy lookups may use the bigram index (the benchmark turns it off to measure the word index on the same units). */
export function useBigramIndex(on: boolean): void {
  bigramIndex = on;
}

/**
 * Best-first matches of many sources at once: one query for word counts, one for exact units, then the
 * fuzzy passes (see tiers; `passes` replaces the first ones) of every source still needing them, BATCH
 * sources a statement. `perSource` runs one fuzzy statement per source instead (the same results;
 * tests compare the two), `seqscan` does so with the indexes off (the benchmark's baseline).
 */
export async function findMatches(
  scope: PairScope,
  sources: readonly CurrentSource[],
  opts: { threshold: number; limit: number; memoryOrder?: number[]; fuzzy?: 'always' | 'unless-exact'; concurrency?: number; seqscan?: boolean; perSource?: boolean; passes?: number[];
    /** 'words': the word index only; 'bigrams': the bigram index whenever a query has enough bigrams (tests compare the two); by default the bigram index when it reads less. */
    index?: 'words' | 'bigrams' }
): Promise<TmMatch[][]> {
  const prepared = sources.map((s) => {
    const tokens = s.tokens ?? tmTokens(s.text, s.lang);
    const keys = tokens.map((t) => t.key);
    return { s: { ...s, tokens }, keys, exact: sequenceHash(keys) };
  });
  const words = [...new Set(prepared.flatMap((p) => p.keys.map(wordHash)))];
  const [freq, exact, bigrams] = await Promise.all([
    wordFrequencies(scope.sourceLang, words),
    exactCandidatesMany(scope, [...new Set(prepared.filter((p) => p.keys.length > 0).map((p) => p.exact))]),
    // (the sequential-scan baseline keeps the word plan's conditions, comparable with runs before the bigram index)
    opts.index === 'words' || opts.seqscan || !bigramIndex ? false : bigramsComplete(scope),
  ]);
  const byHash = new Map<number, typeof exact>();
  for (const r of exact) byHash.set(r.exactHash, [...(byHash.get(r.exactHash) ?? []), r]);
  const out: TmMatch[][] = new Array(prepared.length);
  // A document repeats itself: one lookup per distinct source and neighbours.
  const firstOf = new Map<string, number>();
  const same = prepared.map((p, i) => {
    const k = `${p.s.text}\u0000${p.s.prevKey ?? ''}\u0000${p.s.nextKey ?? ''}\u0000${p.s.tags ?? 0}`;
    const first = firstOf.get(k);
    if (first === undefined) firstOf.set(k, i);
    return first ?? i;
  });
  const pending: Pending[] = [];
  for (const [i, p] of prepared.entries()) {
    if (same[i] !== i) continue;
    if (p.keys.length === 0) {
      out[i] = [];
      continue;
    }
    const exacts = byHash.get(p.exact) ?? [];
    const ranked = rankMatches(p.s, exacts, opts);
    if (opts.fuzzy === 'unless-exact' && ranked.some((m) => m.score >= 100)) out[i] = ranked;
    else pending.push({ i, s: p.s, keys: p.keys, exacts, seen: new Set(exacts.map((e) => e.id)), found: [], result: ranked, scores: new Map(), done: false });
  }
  const salt = pairSalt(scope.sourceLang, scope.targetLang);
  const limit = candidates(opts.limit);
  // One pass of a batch of sources: the candidates each plan's statement returns, merged and ranked.
  const pass = async (batch: Pending[], tier: number) => {
    const items = batch.map((p) => ({ plan: candidatePlan(p.keys, tier, (h) => freq.get(h) ?? 0, salt, { bigrams: bigrams && (opts.index === 'bigrams' ? 'always' : true) }), n: p.keys.length }));
    const rows =
      opts.seqscan || opts.perSource
        ? await Promise.all(items.map((it) => fuzzyCandidates(scope, it.plan, it.n, limit, undefined, opts.seqscan)))
        : await fuzzyCandidatesMany(scope, items, limit);
    for (const [k, p] of batch.entries()) {
      for (const f of rows[k]!) {
        if (p.seen.has(f.id)) continue;
        p.seen.add(f.id);
        p.found.push(f);
      }
      p.result = rankMatches(p.s, [...p.exacts, ...p.found], { ...opts, scores: p.scores });
      // A first pass at a high threshold reads far fewer rows; when it already fills the list, nothing
      // below it could enter the list, so the full-threshold pass is skipped.
      if (p.result.filter((m) => m.score >= tier).length >= opts.limit) p.done = true;
    }
  };
  // (the sequential-scan baseline reads the table once, at the asked threshold)
  for (const tier of opts.seqscan ? [opts.threshold] : tiers(opts.threshold, opts.limit, opts.passes)) {
    const todo = pending.filter((p) => !p.done);
    // about four statements per worker, so the workers finish together (at 1M, 668 sources at concurrency 4:
    // 4.3 s against 5.3 s with statements of 150, same run, alternated)
    const size = opts.seqscan || opts.perSource ? 1 : Math.max(10, Math.min(BATCH, Math.ceil(todo.length / (4 * (opts.concurrency ?? 1)))));
    const batches = Array.from({ length: Math.ceil(todo.length / size) }, (_, b) => todo.slice(b * size, (b + 1) * size));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) await pass(batches[next++]!, tier);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 1, batches.length)) }, worker));
  }
  for (const p of pending) out[p.i] = p.result;
  return prepared.map((_, i) => out[same[i]!]!);
}

export type { Lang };
