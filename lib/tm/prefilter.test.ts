import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatePlan } from './prefilter';
import { similarity } from './score';
import { bucketKey, lengthClass, pairSalt, tmTokens, unitKeys, wordHash } from './tokens';

const VOCAB = ['the', 'strike', 'nobody', 'claimed', 'مقاومة', 'حزب', 'الله', 'کتاب', 'در', '37', 'on', 'march'];

describe('candidatePlan', () => {
  it('asks for the rarest words only, in the word-count range', () => {
    const freq = new Map([[wordHash('the'), 900], [wordHash('strike'), 3]]);
    const plan = candidatePlan(['the', 'strike', 'the', 'the'], 70, (h) => freq.get(h) ?? 0);
    expect(plan.minWords).toBe(3);
    expect(plan.maxWords).toBe(5);
    expect(plan.minShared).toBe(1);
    expect(plan.keys).toContain(bucketKey(wordHash('strike'), lengthClass(4), 0));
  });

  it('classes word counts as PostgreSQL width_bucket does over the same bounds', () => {
    expect([0, 1, 8, 9, 10, 11, 19, 20, 999, 1000, 5000].map(lengthClass)).toEqual([0, 1, 8, 9, 9, 10, 13, 14, 41, 42, 42]);
  });

  it('never leaves out a unit scoring at the threshold or above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 50, max: 99 }),
        (q, u, threshold) => {
          const query = q.join(' ');
          const unit = u.join(' ');
          if (similarity(query, unit, 'en') < threshold) return;
          const salt = pairSalt('en', 'fa');
          const plan = candidatePlan(tmTokens(query, 'en').map((t) => t.key), threshold, (h) => Math.abs(h) % 97, salt);
          const k = unitKeys(unit, 'en');
          expect(k.wordCount).toBeGreaterThanOrEqual(plan.minWords);
          expect(k.wordCount).toBeLessThanOrEqual(plan.maxWords);
          expect(k.words.some((w) => plan.keys.includes(bucketKey(w, lengthClass(k.wordCount), salt)))).toBe(true);
          expect(k.words.filter((w) => plan.words.includes(w)).length).toBeGreaterThanOrEqual(plan.minShared);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
