import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { rankMatches, scoreBound, type CandidateUnit } from './rank';
import { similarity } from './score';
import { tmTokens } from './tokens';

const PAIRS: [Lang, string, string][] = [
  ['en', 'The militia published a video of the launch.', 'The militia published a long video of the launch.'],
  ['en', 'Iran denied any role in the attack.', 'Attack the role in any denied Iran.'],
  ['en', 'We counted 37 posts on March 3.', 'We counted 38 posts on March 3.'],
  ['en', 'stay home', 'stay at home today'],
  ['ar', 'نفت إيران أي دور لها في الهجوم.', 'نفت ايران اي دور لها في الهجوم الأخير.'],
  ['ar', 'أعادت كتائب حزب الله نشر الرسالة.', 'نشر الرسالة حزب الله كتائب أعادت.'],
  ['fa', 'آتش‌بس شب گذشته برقرار ماند.', 'آتش بس شب گذشته برقرار نماند.'],
  ['fa', 'ایران هرگونه نقشی در حمله را رد کرد.', 'هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.'],
];

const unit = (id: number, sourceText: string, targetText = `t${id}`): CandidateUnit => ({
  id, memoryId: 1, memoryName: 'm', level: 'sentence', sourceText, targetText, targetContent: null, sourceTags: 0, prevKey: null, nextKey: null,
  documentId: null, documentTitle: null, segmentId: null, author: 'local', changedAt: '2024-01-01T00:00:00Z',
});

describe('scoreBound', () => {
  it.each(PAIRS)('is never below the similarity (%s: %s)', (lang, a, b) => {
    const bound = scoreBound(tmTokens(a, lang), tmTokens(b, lang));
    expect(bound).toBeGreaterThanOrEqual(similarity(a, b, lang));
    expect(scoreBound(tmTokens(a, lang), tmTokens(a, lang))).toBe(100);
  });

  it('sees words the other side lacks (reordered words keep a high bound; the distance decides)', () => {
    expect(scoreBound(tmTokens('a b c d', 'en'), tmTokens('a b x y', 'en'))).toBe(50);
    expect(scoreBound(tmTokens('a b c d', 'en'), tmTokens('d c b a', 'en'))).toBe(100);
    expect(similarity('a b c d', 'd c b a', 'en')).toBeLessThan(70);
  });
});

describe('rankMatches', () => {
  it('ranks the same with and without kept scores, differences for the kept matches only', () => {
    for (const [lang, a, b] of PAIRS) {
      const candidates = [unit(1, b), unit(2, a), unit(3, `${b} ${b}`), unit(4, b, 'other target')];
      const plain = rankMatches({ text: a, lang }, candidates, { threshold: 70, limit: 2 });
      const scores = new Map<number, number>();
      rankMatches({ text: a, lang }, candidates.slice(0, 2), { threshold: 70, limit: 2, scores });
      const kept = rankMatches({ text: a, lang }, candidates, { threshold: 70, limit: 2, scores });
      expect(kept).toEqual(plain);
      expect(plain[0]).toMatchObject({ unitId: 2, score: 100, kind: 'exact' });
      expect(plain.length).toBeLessThanOrEqual(2);
      for (const m of plain) expect(m.diff.length).toBeGreaterThan(0);
    }
  });
});
