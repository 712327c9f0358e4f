import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it.each<[string, Lang, string, string[]]>([
    ['Arabic words and punctuation', 'ar', 'قال: «المقاومة»، ثم سكت؟', ['قال', 'المقاومة', 'ثم', 'سكت']],
    ['Arabic diacritics and tatweel stay inside the word', 'ar', 'مُقَاوَمَـة كبيرة', ['مُقَاوَمَـة', 'كبيرة']],
    ['Arabic-Indic number with separators is one token', 'ar', 'بلغ ١٠٬٠٠٠ و٣٫٥', ['بلغ', '١٠٬٠٠٠', 'و٣٫٥']],
    ['ZWNJ keeps a Farsi word whole', 'fa', 'می‌خواهم کتاب‌ها را', ['می‌خواهم', 'کتاب‌ها', 'را']],
    ['Farsi punctuation separates', 'fa', 'آیا؟ بله؛ نه،', ['آیا', 'بله', 'نه']],
    ['apostrophe inside an English word', 'en', 'Kata’ib KH’s doesn\'t', ['Kata’ib', 'KH’s', 'doesn\'t']],
    ['quotes around a word are not part of it', 'en', '‘quoted’ \'x\'', ['quoted', 'x']],
    ['hyphen separates', 'en', 'al-Haq COVID-19', ['al', 'Haq', 'COVID', '19']],
    ['numbers keep their separators, not a final stop', 'en', '10,000 3.5 in 2014.', ['10,000', '3.5', 'in', '2014']],
    ['invisible controls inside a word are kept in it', 'ar', 'حزب\u200Fالله', ['حزب\u200Fالله']],
  ])('%s', (_name, lang, text, words) => {
    const tokens = tokenize(text, lang);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each<[Lang, string, string]>([
    ['fa', 'حزب‌الله', 'حزب الله'],
    ['ar', 'المُقاوَمَة', 'المقاومه'],
    ['en', 'Kata’ib', 'kataib'],
  ])('keys are normalized (%s)', (lang, text, key) => {
    expect(tokenize(text, lang)[0]!.key).toBe(key);
  });

  it('counts offsets in UTF-16 units (astral characters before a word)', () => {
    const text = '𝐀 😀 كلمة';
    const [a, word] = tokenize(text, 'ar');
    expect(a!.text).toBe('𝐀');
    expect(word!.start).toBe(text.indexOf('كلمة'));
  });
});
