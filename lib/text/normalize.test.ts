import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from './lang';
import { normalizeKey, normalizeWithOffsets, originalRange } from './normalize';

describe('normalizeKey', () => {
  it.each<[string, Lang, string, string]>([
    ['diacritics dropped', 'ar', 'مُقَاوَمَةٌ', 'مقاومه'],
    ['tatweel dropped', 'ar', 'مقاومــــة', 'مقاومه'],
    ['superscript alef dropped', 'ar', 'هٰذا', 'هذا'],
    ['alef forms fold', 'ar', 'أإآٱا', 'ااااا'],
    ['yeh forms meet (Arabic ي ى, Farsi ی)', 'fa', 'علی علي على', 'علي علي علي'],
    ['kaf forms meet (Arabic ك, Farsi ک)', 'fa', 'کتائب كتائب', 'كتائب كتائب'],
    ['teh marbuta and heh with yeh fold to heh', 'fa', 'مقاومة خانۀ', 'مقاومه خانه'],
    ['Arabic-Indic digits', 'ar', '٢٠١٤', '2014'],
    ['Persian digits', 'fa', '۱۴۰۰', '1400'],
    ['Arabic separators', 'ar', '١٠٬٠٠٠ ٣٫٥', '10,000 3.5'],
    ['ZWNJ is a word joint: حزب‌الله = حزب الله', 'fa', 'حزب\u200Cالله', 'حزب الله'],
    ['bidi controls and invisibles ignored', 'ar', '\u200Fحزب\u200E \u202Bالله\u202C\u2066\u2069\u200B\uFEFF\u061C', 'حزب الله'],
    ['decomposed hamza composes first', 'ar', 'ا\u0654', 'ا'],
    ['English case folded', 'en', 'Kataib HEZBOLLAH', 'kataib hezbollah'],
    ['apostrophes removed', 'en', 'Kata’ib Kata\'ib Kataʼib Kata`ib Kata‘ib Kataʿib Kataʾib', 'kataib kataib kataib kataib kataib kataib kataib'],
    ['hyphen variants fold', 'en', 'al\u2010Haq al\u2011Haq \u22125', 'al-haq al-haq -5'],
    ['Latin diacritics removed', 'en', 'Ḥizballāh Qāʾānī', 'hizballah qaani'],
    ['decomposed Latin diacritics removed', 'en', 'Qa\u0304ani', 'qaani'],
    ['whitespace collapsed and trimmed', 'en', '  a \t\n b\u00A0 ', 'a b'],
    ['presentation forms decomposed', 'ar', 'ﻻ ﺍﻟﻠﻪ', 'لا الله'],
    ['Farsi keeps letters outside the folds', 'fa', 'پژوهشگاه', 'پژوهشگاه'],
  ])('%s', (_name, lang, input, key) => {
    expect(normalizeKey(input, lang)).toBe(key);
  });

  it.each<[string, Lang, string, string]>([
    ['hamza on yeh is not plain yeh', 'ar', 'ئ', 'ي'],
    ['waw with hamza is not waw', 'ar', 'ؤ', 'و'],
    ['different words stay apart', 'fa', 'کتاب', 'کتب'],
    ['English words stay apart', 'en', 'Hezbollah', 'Hizbullah'],
    ['an en dash is not a hyphen', 'en', 'a–b', 'a-b'],
  ])('negative: %s', (_name, lang, a, b) => {
    expect(normalizeKey(a, lang)).not.toBe(normalizeKey(b, lang));
  });

  it('keeps case when asked (acronym checks)', () => {
    expect(normalizeKey('KH’s Ḥ', 'en', { foldCase: false })).toBe('KHs H');
  });
});

describe('normalizeWithOffsets', () => {
  it.each<[Lang, string]>([
    ['ar', '\u200Fوَالمُقَاوَمَـــة  ١٠٬٠٠٠'],
    ['fa', 'حزب\u200Cالله و کتاب‌ها ۱۴۰۰'],
    ['en', 'Kata’ib  Ḥizballāh (KH)'],
  ])('maps every key unit back into the original (%s)', (lang, text) => {
    const n = normalizeWithOffsets(text, lang);
    expect(n.key).toBe(normalizeKey(text, lang));
    expect(n.starts).toHaveLength(n.key.length);
    for (let i = 0; i < n.key.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i]!);
      if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
    }
  });

  it('recovers the original stretch of a key range', () => {
    const text = 'قال وَالمُقَاوَمَة';
    const n = normalizeWithOffsets(text, 'ar');
    const at = n.key.indexOf('مقاومه');
    const [s, e] = originalRange(n, at, at + 'مقاومه'.length);
    expect(text.slice(s, e)).toBe('مُقَاوَمَة');
  });

  it('is consistent with normalizeKey on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<Lang>('en', 'ar', 'fa'), (s, lang) => {
        const n = normalizeWithOffsets(s, lang);
        return n.key === normalizeKey(s, lang) && n.ends.every((e) => e <= s.length);
      }),
    );
  });
});
