import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeastTwo, BIGRAMS_PAY, candidatePlan, maxLostBigrams } from './prefilter';
import { similarity } from './score';
import type { Lang } from '../text/lang';
import { bigramKeys, indexKeys, pairSalt, tmTokens, unitKeys, wordHash } from './tokens';

const VOCAB = ['the', 'strike', 'nobody', 'claimed', 'مقاومة', 'حزب', 'الله', 'کتاب', 'در', '37', 'on', 'march'];

describe('candidatePlan', () => {
  it('asks for two of the rarest words, in the word-count range', () => {
    const freq = new Map([[wordHash('the'), 900], [wordHash('strike'), 3], [wordHash('claimed'), 5], [wordHash('nobody'), 50]]);
    const plan = candidatePlan(['nobody', 'has', 'claimed', 'the', 'strike'], 70, (h) => freq.get(h) ?? 0);
    expect([plan.minWords, plan.maxWords, plan.need, plan.minShared]).toEqual([4, 7, 2, 4]);
    // at most d = ⌊5 × 0.3⌋ = 1 query word unmatched: two of the three rarest (has: 0, strike: 3, claimed: 5), never "the"
    expect(plan.rare).toEqual([wordHash('has'), wordHash('strike'), wordHash('claimed')]);
    expect(plan.query.split(/[&|()]+/u).filter(Boolean)).not.toContain(String(wordHash('the')));
    expect(plan.groups).toHaveLength(3);
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
          expectKept(query, unit, 'en', threshold, 97);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never leaves out an edited copy scoring at the threshold or above (words replaced, dropped, inserted; EN, AR, FA)', () => {
    const words: Record<'en' | 'ar' | 'fa', string[]> = {
      en: ['the', 'strike', 'nobody', 'claimed', 'base', 'near', 'erbil', 'of', 'on', 'march'],
      ar: ['لم', 'يتبن', 'أحد', 'الضربة', 'على', 'القاعدة', 'قرب', 'أربيل', 'في', 'من'],
      fa: ['هیچ', 'گروهی', 'مسئولیت', 'این', 'حمله', 'را', 'بر', 'عهده', 'نگرفته', 'است'],
    };
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'ar' as const, 'fa' as const),
        fc.array(fc.nat(9), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.constantFrom('replace', 'drop', 'insert'), fc.nat(40), fc.nat(9)), { maxLength: 12 }),
        fc.integer({ min: 55, max: 99 }),
        (lang, q, edits, threshold) => {
          const query = q.map((i) => words[lang][i]!);
          const unit = [...query];
          for (const [op, at, w] of edits) {
            const i = at % (unit.length + 1);
            if (op === 'insert') unit.splice(i, 0, words[lang][w]!);
            else if (unit.length > 1 && i < unit.length) {
              if (op === 'drop') unit.splice(i, 1);
              else unit[i] = words[lang][w]!;
            }
          }
          if (similarity(query.join(' '), unit.join(' '), lang) < threshold) return;
          expectKept(query.join(' '), unit.join(' '), lang, threshold, 89);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('asks longer queries for two of the rarest bigrams when the bigram index is there', () => {
    const keys = 'nobody has claimed the strike on the base near erbil on 4 march'.split(' ');
    // words in thousands of units each: their bigrams are asked for
    const plan = candidatePlan(keys, 90, (h) => (h === wordHash('the') || h === wordHash('on') ? 90_000 : BIGRAMS_PAY / 2), 0, { bigrams: true });
    expect(plan.index).toBe('bigrams');
    // rare words (short posting lists) stay on the word index unless the bigrams' bound is lower
    expect(candidatePlan(keys, 90, (h) => (h === wordHash('the') || h === wordHash('on') ? 1000 : 3), 0, { bigrams: true }).index).toBe('words');
    expect(candidatePlan(keys, 90, (h) => (h === wordHash('the') || h === wordHash('on') ? 1000 : 3), 0, { bigrams: 'always' }).index).toBe('bigrams');
    // 13 words at 90: d = 1, a unit of 14 words has 1 edit; at most 2 bigrams lost, so two of the 4 rarest
    expect([plan.need, plan.rare.length, maxLostBigrams(13, 0.9, plan.minWords, plan.maxWords)]).toEqual([2, 4, 2]);
    expect(candidatePlan(keys, 90, () => 1, 0).index).toBe('words');
    // three words at 70 have two bigrams, either may be lost: the word index
    expect(candidatePlan(['stay', 'at', 'home'], 70, () => 1, 0, { bigrams: true }).index).toBe('words');
  });

  it('counts a longer unit\'s insertion as a lost bigram (13 words at 70: 7 lost, not 2·⌊13·0.3⌋ = 6)', () => {
    const q = 'a b c d e f g h i j k l m'.split(' ');
    // three words replaced (each breaks two bigrams) and one inserted inside (breaks one); 14 words, 4 edits: score 71
    const u = ['a', 'x', 'c', 'd', 'y', 'f', 'g', 'z', 'i', 'j', 'w', 'k', 'l', 'm'];
    expect(similarity(q.join(' '), u.join(' '), 'en')).toBeGreaterThanOrEqual(70);
    const lost = unitKeys(q.join(' '), 'en').bigrams.filter((b) => !unitKeys(u.join(' '), 'en').bigrams.includes(b)).length;
    expect(lost).toBe(7);
    const plan = candidatePlan(q, 70, () => 1, 0, { bigrams: 'always' });
    expect(plan.index).toBe('bigrams');
    expect(maxLostBigrams(13, 0.7, plan.minWords, plan.maxWords)).toBeGreaterThanOrEqual(7);
    expectKept(q.join(' '), u.join(' '), 'en', 70, 7);
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

/** The plan of `query` at `threshold` keeps `unit` (its index keys, length and shared words pass), word frequencies from `mod`. */
function expectKept(query: string, unit: string, lang: Lang, threshold: number, mod: number): void {
  const salt = pairSalt('en', 'fa');
  const queryKeys = tmTokens(query, lang).map((t) => t.key);
  const k = unitKeys(unit, lang);
  // the bigram plan (when the query has enough bigrams) keeps it by the unit's stored bigram keys
  const bp = candidatePlan(queryKeys, threshold, (h) => Math.abs(h) % mod, salt, { bigrams: 'always' });
  if (bp.index === 'bigrams') {
    const stored = new Set(bigramKeys(tmTokens(unit, lang).map((t) => t.key), salt));
    expect(bp.groups.filter((g) => g.some((x) => stored.has(x))).length).toBeGreaterThanOrEqual(bp.need);
    expect(bp.rare.filter((b) => k.bigrams.includes(b)).length).toBeGreaterThanOrEqual(bp.need);
  }
  const plan = candidatePlan(queryKeys, threshold, (h) => Math.abs(h) % mod, salt);
  const keys = new Set(indexKeys(k.words, k.wordCount, salt));
  expect(plan.groups.filter((g) => g.some((x) => keys.has(x))).length).toBeGreaterThanOrEqual(plan.need);
  expect(k.wordCount).toBeGreaterThanOrEqual(plan.minWords);
  expect(k.wordCount).toBeLessThanOrEqual(plan.maxWords);
  expect(plan.rare.filter((w) => k.words.includes(w)).length).toBeGreaterThanOrEqual(plan.need);
  expect(k.words.filter((w) => plan.words.includes(w)).length).toBeGreaterThanOrEqual(plan.minShared);
}

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

