import { describe, expect, it } from 'vitest';
import { NAME_THRESHOLD, nameSimilarity } from './transliterate';

describe('nameSimilarity (Latin name ~ Arabic-script word)', () => {
  it.each([
    ['Khazali', 'الخزعلي'], // article, ayn unromanized
    ['Qais al-Khazali', 'قيس الخزعلي'],
    ['Masjedi', 'مسجدی'], // Farsi ye
    ['Masjedi', 'لمسجدي'], // preposition prefix
    ['Qaani', 'قاآني'], // aa ~ اآ
    ['Soleimani', 'سليماني'],
    ['Soleimani', 'سلیمانی'],
    ['Baghdad', 'بغداد'], // gh
    ['Kadhimi', 'الكاظمي'], // dh ~ ظ
    ['al-Taee', 'الطائي'], // ee ~ ئي
    ['Hamdani', 'الحمداني'],
    ['Esmail', 'إسماعيل'],
    ['Tehran', 'تهران'],
    ['Zarif', 'ظريف'],
    ['Mustafa', 'مصطفی'], // Farsi final ی for alef maqsura
    ['Washington', 'واشنطن'], // ng
    ['Hezbollah', 'حزبالله'],
  ])('%s ~ %s', (latin, arabic) => {
    expect(nameSimilarity(latin, arabic)).toBeGreaterThanOrEqual(NAME_THRESHOLD);
  });

  it.each([
    ['Khazali', 'الكاظمي'],
    ['Khazali', 'مسجدی'],
    ['Soleimani', 'سلمان'], // the final -i is written in Arabic
    ['Masjedi', 'مساجد'], // mosques
    ['Zarif', 'طريق'],
    ['Qaani', 'قانون'],
    ['China', 'الصين'], // a translation, not a transliteration
    ['Tehran', 'بغداد'],
  ])('%s is not %s', (latin, arabic) => {
    expect(nameSimilarity(latin, arabic)).toBeLessThan(NAME_THRESHOLD);
  });

  it('is 0 for words without consonants and stays in [0, 1]', () => {
    expect(nameSimilarity('Aia', 'علي')).toBe(0);
    expect(nameSimilarity('Khazali', 'الخزعلي')).toBeLessThanOrEqual(1);
  });
});
