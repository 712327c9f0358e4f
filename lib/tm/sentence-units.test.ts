import { describe, expect, it } from 'vitest';
import { draftFromSentences } from './draft';
import { sentencePairs } from './sentence-units';
import type { TmMatch } from './types';

describe('sentencePairs', () => {
  it('pairs the sentences of an English–Arabic paragraph', () => {
    const pairs = sentencePairs(
      'Kataib Hezbollah reposted the message verbatim. Nobody has claimed the strike on 3 March. The group promised a response.',
      'أعادت كتائب حزب الله نشر الرسالة حرفيًا. لم يتبنَّ أحد الضربة في ٣ آذار. وتوعدت الجماعة بالرد.',
      'en',
      'ar',
    );
    expect(pairs.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(pairs[1]).toEqual({ index: 1, source: 'Nobody has claimed the strike on 3 March.', target: 'لم يتبنَّ أحد الضربة في ٣ آذار.' });
  });

  it('pairs an English–Farsi paragraph and keeps the ZWNJ', () => {
    const pairs = sentencePairs(
      'Our friends in Iraq should know that patience is also a form of resistance. The statement was posted twice.',
      'دوستان ما در عراق باید بدانند که صبر هم نوعی مقاومت است. این بیانیه دو بار منتشر شد.',
      'en',
      'fa',
    );
    expect(pairs).toHaveLength(2);
    expect(pairs[0]!.target).toBe('دوستان ما در عراق باید بدانند که صبر هم نوعی مقاومت است.');
  });

  it('gives nothing for a one-sentence paragraph', () => {
    expect(sentencePairs('Nobody has claimed the strike.', 'لم يتبنَّ أحد الضربة.', 'en', 'ar')).toEqual([]);
  });
});

describe('draftFromSentences', () => {
  const match = (target: string, score: number): TmMatch =>
    ({ unitId: score, score, target, adjustedTarget: null }) as unknown as TmMatch;

  it('joins the best sentence matches and keeps unmatched sources', () => {
    const draft = draftFromSentences([
      { index: 0, start: 0, end: 10, source: 'First.', matches: [match('الأولى.', 100)] },
      { index: 1, start: 11, end: 20, source: 'Second one.', matches: [] },
    ]);
    expect(draft).toMatchObject({ text: 'الأولى. Second one.', covered: 1, total: 2 });
  });
});
