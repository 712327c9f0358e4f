import { describe, expect, it } from 'vitest';
import { learnLexicon, stems } from './lexicon';
import type { AlignLink } from './types';

describe('stems', () => {
  it.each([
    ['The patients and the viruses.', 'en', ['patient', 'viruse']],
    ['والمرضى بالفيروسات', 'ar', ['مرضي', 'فيروس']],
    ['فيروسٌ', 'ar', ['فيروس']],
    ['ویروس‌ها و بیماران', 'fa', ['ويروس', 'بيماران']],
    // Negative rows: function words and two-letter words give no stem.
    ['It is in the', 'en', []],
    ['في من', 'ar', []],
    ['از به', 'fa', []],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(stems(text, lang)).toEqual(expected);
  });
});

describe('learnLexicon', () => {
  const one = (k: number): AlignLink => ({ source: [k], target: [k], score: 0.95 });
  const EN = ['The virus spreads fast.', 'Masks stop the virus.', 'Wash your hands often.', 'The virus is new.', 'Hands carry germs.', 'Rest at home.', 'Drink water daily.', 'Call a doctor now.'];
  it.each([
    ['ar', ['الفيروس ينتشر بسرعة.', 'الأقنعة توقف الفيروس.', 'اغسل يديك كثيرا.', 'الفيروس جديد.', 'اليدان تحملان الجراثيم.', 'استرح في البيت.', 'اشرب الماء يوميا.', 'اتصل بطبيب الآن.'], 'فيروس'],
    ['fa', ['ویروس سریع پخش می‌شود.', 'ماسک‌ها ویروس را متوقف می‌کنند.', 'دست‌هایتان را اغلب بشویید.', 'ویروس جدید است.', 'دست‌ها میکروب حمل می‌کنند.', 'در خانه استراحت کنید.', 'هر روز آب بنوشید.', 'اکنون با پزشک تماس بگیرید.'], 'ويروس'],
  ] as const)('learns a word repeated in confident pairs (%s)', (lang, target, stem) => {
    const lex = learnLexicon(EN, [...target], EN.map((_, k) => one(k)), 'en', lang)!;
    expect(lex.source[0]).toContain('w:virus');
    expect(lex.target[3]).toContain('w:virus');
    expect(stems(target[0]!, lang)).toContain(stem);
    // A word seen once is not learned: "water" has no entry.
    expect(lex.source[6]).toEqual([]);
  });

  it('learns nothing from too few confident pairs', () => {
    expect(learnLexicon(['The virus.'], ['الفيروس.'], [{ source: [0], target: [0], score: 0.99 }], 'en', 'ar')).toBeNull();
  });
});
