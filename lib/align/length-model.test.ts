import { describe, expect, it } from 'vitest';
import { charLength, defaultParams, estimateParams, fitParams, lengthCost, lengthProbability, lengthTermCost, normalCdf, wordCount } from './length-model';

describe('Gale–Church length model', () => {
  it('normalCdf matches the standard normal', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1)).toBeCloseTo(0.1587, 3);
  });

  // [source, target, target language, probability at least / at most]
  it.each([
    ['and are you having a fever now?', 'وهل تعاني من الحمى الآن؟', 'ar', 0.5, 1],
    ['and are you having a fever now?', 'و آیا شما اکنون تب دارید؟', 'fa', 0.5, 1],
    ['and along with a fever', 'وبالإضافة إلى الحمى', 'ar', 0.5, 1],
    // negative rows: a short sentence against a long one
    ['and along with a fever', 'وينبغي علاج كل آلام الصدر بهذه الطريقة خاصة في عمرك ويلزم أيضًا فحص ضغط كوليسترول الدم لديك', 'ar', 0, 0.01],
    ['and along with a fever', 'و به خصوص با توجه به سن شما، باید با تمام دردهای قفسه سینه به این شکل رفتار شود', 'fa', 0, 0.01],
  ] as const)('%s ~ %s (%s)', (en, tg, lang, min, max) => {
    const p = lengthProbability(charLength(en), charLength(tg), defaultParams('en', lang));
    expect(p).toBeGreaterThanOrEqual(min);
    expect(p).toBeLessThanOrEqual(max);
    // The search's table of -ln p agrees with the exact value.
    expect(lengthTermCost(charLength(en), charLength(tg), defaultParams('en', lang))).toBeCloseTo(-Math.log(Math.max(p, 1e-12)), 3);
  });

  it('counts characters without white space (ZWNJ counts: it is not a space)', () => {
    expect(charLength('a b\tc\n')).toBe(3);
    expect(charLength('می‌کنیم')).toBe(7);
  });

  it('a 1–1 bead of fitting lengths costs less than a 2–1 or a 1–0 bead', () => {
    const p = defaultParams('en', 'ar');
    expect(lengthCost('1-1', 100, 91, p)).toBeLessThan(lengthCost('2-1', 100, 91, p));
    expect(lengthCost('1-1', 100, 91, p)).toBeLessThan(lengthCost('1-0', 100, 0, p));
  });

  it('estimates the mean ratio from long texts and keeps the default for short ones', () => {
    expect(estimateParams([500, 500], [600, 600], 'en', 'fa').c).toBeCloseTo(1.2, 5);
    expect(estimateParams([50], [60], 'en', 'ar')).toEqual(defaultParams('en', 'ar'));
  });
});

describe('word counts and parameters fitted to a first alignment', () => {
  it.each([
    ['The virus spreads fast.', 4],
    ['الفيروس ينتشر بسرعة.', 3],
    // ZWNJ is no letter: a Farsi word written with one counts as two, consistently on every line.
    ['ویروس سریع پخش می‌شود.', 5],
    ['', 0],
  ] as const)('wordCount(%s) = %i', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });

  it('fits the ratio and a spread that a few wrong pairs barely move', () => {
    const pairs: [number, number][] = Array.from({ length: 20 }, (_, k) => [10 + k, Math.round(0.8 * (10 + k)) + (k % 3) - 1]);
    const clean = fitParams(pairs)!;
    expect(clean.c).toBeCloseTo(0.8, 1);
    const noisy = fitParams([...pairs, [10, 40], [40, 5]])!;
    expect(noisy.s2).toBeLessThan(clean.s2 * 2);
    expect(fitParams(pairs.slice(0, 7))).toBeNull();
  });
});
