import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeastTwo, candidatePlan } from './prefilter';
import { similarity } from './score';
import { indexKeys, pairSalt, tmTokens, unitKeys, wordHash } from './tokens';

const VOCAB = ['the', 'strike', 'nobody', 'claimed', 'مقاومة', 'حزب', 'الله', 'کتاب', 'در', '37', 'on', 'march'];

describe('candidatePlan', () => {
  it('asks for two of the rarest words, in the word-count range', () => {
    const freq = new Map([[wordHash('the'), 900], [wordHash('strike'), 3], [wordHash('claimed'), 5], [wordHash('nobody'), 50]]);
    const plan = candidatePlan(['nobody', 'has', 'claimed', 'the', 'strike'], 70, (h) => freq.get(h) ?? 0);
    expect([plan.minWords, plan.maxWords, plan.need, plan.minShared]).toEqual([4, 7, 2, 3]);
    // d = 2: two of the four rarest (has: 0, strike: 3, claimed: 5, nobody: 50), never "the"
    expect(plan.rare).toEqual([wordHash('has'), wordHash('strike'), wordHash('claimed'), wordHash('nobody')]);
    expect(plan.query.split(/[&|()]+/u).filter(Boolean)).not.toContain(String(wordHash('the')));
    expect(plan.groups).toHaveLength(4);
  });

  it('asks short queries for short units of a possible word count', () => {
    const plan = candidatePlan(['stay', 'home'], 70, () => 0);
    expect([plan.minWords, plan.maxWords, plan.need]).toEqual([2, 2, 2]);
    expect(plan.groups.every((g) => g.length === 1 && !plan.words.includes(g[0]!))).toBe(true);
  });

  it('falls back to any one word when the query has too few distinct words', () => {
    const plan = candidatePlan(['the', 'the', 'the', 'the', 'the', 'the', 'the', 'the', 'the', 'the'], 70, () => 0);
    expect([plan.need, plan.query]).toEqual([1, String(wordHash('the'))]);
  });

  it('never leaves out a unit scoring at the threshold or above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 55, max: 99 }),
        (q, u, threshold) => {
          const query = q.join(' ');
          const unit = u.join(' ');
          if (similarity(query, unit, 'en') < threshold) return;
          const salt = pairSalt('en', 'fa');
          const plan = candidatePlan(tmTokens(query, 'en').map((t) => t.key), threshold, (h) => Math.abs(h) % 97, salt);
          const k = unitKeys(unit, 'en');
          const keys = new Set(indexKeys(k.words, k.wordCount, salt));
          expect(plan.groups.filter((g) => g.some((x) => keys.has(x))).length).toBeGreaterThanOrEqual(plan.need);
          expect(k.wordCount).toBeGreaterThanOrEqual(plan.minWords);
          expect(k.wordCount).toBeLessThanOrEqual(plan.maxWords);
          expect(plan.rare.filter((w) => k.words.includes(w)).length).toBeGreaterThanOrEqual(plan.need);
          expect(k.words.filter((w) => plan.words.includes(w)).length).toBeGreaterThanOrEqual(plan.minShared);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('writes "at least two of these" as a query true exactly when two of the words are held', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 24 }), fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (n, held) => {
        const keys = Array.from({ length: n }, (_, i) => String(1000 + i));
        const has = new Set(keys.filter((_, i) => held[i]));
        expect(evaluate(atLeastTwo(keys), has)).toBe(has.size >= 2);
      }),
      { numRuns: 2000 },
    );
  });
});

/** A query_int of numbers, &, | and parentheses, evaluated against the keys a unit holds. */
function evaluate(query: string, has: Set<string>): boolean {
  const tokens = query.match(/\d+|[&|()]/gu)!;
  let i = 0;
  const atom = (): boolean => {
    const t = tokens[i++]!;
    if (t !== '(') return has.has(t);
    const v = or();
    i++; // ')'
    return v;
  };
  const and = (): boolean => {
    let v = atom();
    while (tokens[i] === '&') {
      i++;
      v = atom() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (tokens[i] === '|') {
      i++;
      v = and() || v;
    }
    return v;
  };
  return or();
}

