// The lookup engine behind the TM use cases: exact and word-index candidates from lib/db, scored by lib/tm.
import { exactCandidatesMany, fuzzyCandidates, wordFrequencies, type PairScope, type UnitRow } from '../db/tm';
import type { Lang } from '../text/lang';
import { candidatePlan } from '../tm/prefilter';
import { rankMatches, type CurrentSource } from '../tm/rank';
import { pairSalt, sequenceHash, tmTokens, wordHash } from '../tm/tokens';
import type { TmMatch } from '../tm/types';

/** The thresholds of the passes of a fuzzy lookup: 90 first, then the asked one. */
const tiers = (threshold: number) => (threshold < 90 ? [90, threshold] : [threshold]);

/**
 * Candidates read per fuzzy query before scoring (the most shared words first): 40 per match asked, at
 * least 50. Near-duplicates share as many words as the best match does, so a short list loses it among
 * them (at a million units with 100 variations a sentence, 60 candidates found 93% of the lookups' own units).
 */
const candidates = (limit: number) => Math.max(50, 40 * limit);

/** Best-first matches of many sources at once: one query for word counts, one for exact units, then one fuzzy query per source still needing one. */
export async function findMatches(
  scope: PairScope,
  sources: readonly CurrentSource[],
  opts: { threshold: number; limit: number; memoryOrder?: number[]; fuzzy?: 'always' | 'unless-exact'; concurrency?: number; seqscan?: boolean },
): Promise<TmMatch[][]> {
  const prepared = sources.map((s) => {
    const tokens = s.tokens ?? tmTokens(s.text, s.lang);
    const keys = tokens.map((t) => t.key);
    return { s: { ...s, tokens }, keys, exact: sequenceHash(keys) };
  });
  const words = [...new Set(prepared.flatMap((p) => p.keys.map(wordHash)))];
  const [freq, exact] = await Promise.all([
    wordFrequencies(scope.sourceLang, words),
    exactCandidatesMany(scope, [...new Set(prepared.filter((p) => p.keys.length > 0).map((p) => p.exact))]),
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
  let next = 0;
  const worker = async () => {
    while (next < prepared.length) {
      const i = next++;
      const p = prepared[i]!;
      if (same[i] !== i) continue;
      if (p.keys.length === 0) {
        out[i] = [];
        continue;
      }
      const exacts = byHash.get(p.exact) ?? [];
      const ranked = rankMatches(p.s, exacts, opts);
      const needFuzzy = opts.fuzzy !== 'unless-exact' || !ranked.some((m) => m.score >= 100);
      if (!needFuzzy) {
        out[i] = ranked;
        continue;
      }
      // A first pass at a high threshold reads far fewer rows; when it already fills the list, nothing
      // below it could enter the list, so the full-threshold pass is skipped.
      const seen = new Set(exacts.map((e) => e.id));
      const found: UnitRow[] = [];
      let result: TmMatch[] = ranked;
      // (the sequential-scan baseline reads the table once, at the asked threshold)
      for (const tier of opts.seqscan ? [opts.threshold] : tiers(opts.threshold)) {
        const plan = candidatePlan(p.keys, tier, (h) => freq.get(h) ?? 0, pairSalt(scope.sourceLang, scope.targetLang));
        for (const f of await fuzzyCandidates(scope, plan, p.keys.length, candidates(opts.limit), undefined, opts.seqscan)) {
          if (seen.has(f.id)) continue;
          seen.add(f.id);
          found.push(f);
        }
        result = rankMatches(p.s, [...exacts, ...found], opts);
        if (result.filter((m) => m.score >= tier).length >= opts.limit) break;
      }
      out[i] = result;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 1, prepared.length)) }, worker));
  return prepared.map((_, i) => out[same[i]!]!);
}

export type { Lang };
