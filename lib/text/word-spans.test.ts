import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from './lang';
import { tokenize } from './tokens';
import { wordSpans } from './word-spans';

const words = (text: string) => {
  const s = wordSpans(text);
  return Array.from({ length: s.count }, (_, i) => text.slice(s.starts[i], s.ends[i]));
};

describe('wordSpans', () => {
  it.each<[string, string, string[]]>([
    ['Arabic words and punctuation', 'قال: «المقاومة»، ثم سكت؟', ['قال', 'المقاومة', 'ثم', 'سكت']],
    ['Arabic diacritics and tatweel stay inside the word', 'مُقَاوَمَـة كبيرة', ['مُقَاوَمَـة', 'كبيرة']],
    ['Arabic-Indic number with separators', 'بلغ ١٠٬٠٠٠ و٣٫٥', ['بلغ', '١٠٬٠٠٠', 'و٣٫٥']],
    ['Farsi words keep their ZWNJ', 'می‌خواهم کتاب‌ها را', ['می‌خواهم', 'کتاب‌ها', 'را']],
    ['Farsi word ending in ZWNJ before a space', 'کتاب\u200C ها', ['کتاب', 'ها']],
    ['Persian digits with a Persian decimal separator', '۳٫۵ درصد', ['۳٫۵', 'درصد']],
    ['apostrophes inside English words, quotes around them', 'Kata’ib KH’s ‘quoted’ \'x\'', ['Kata’ib', 'KH’s', 'quoted', 'x']],
    ['apostrophe before a mark does not join', 'a\'\u0301b', ['a', '\u0301b']],
    ['separator only between digits', '10,000 3.5 in 2014. a.1 1.a', ['10,000', '3.5', 'in', '2014', 'a', '1', '1', 'a']],
    ['invisible controls join only before a word character', 'حزب\u200Fالله x\u200F\u200E y\u200B', ['حزب\u200Fالله', 'x', 'y']],
    ['astral letters and digits are word characters', '𝐀𝐁 😀 𝟏.𝟐', ['𝐀𝐁', '𝟏.𝟐']],
    ['lone surrogates separate words', 'a\uD800b c\uDC00', ['a', 'b', 'c']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('reuses and grows the arrays it is given', () => {
    const into = { count: 0, starts: new Int32Array(1), ends: new Int32Array(1) };
    expect(wordSpans('one دو سه', into)).toBe(into);
    expect([into.count, [...into.starts.slice(0, 3)], [...into.ends.slice(0, 3)]]).toEqual([3, [0, 4, 7], [3, 6, 9]]);
  });

  it('finds exactly the words of tokenize()', () => {
    const pieces = ['حزب', 'الله', 'کتاب', 'ها', 'KH', 'Kata', 'ib', '١٠', '۳', '10', 'ـ', '\u064E', '\u0301', '𝐀', '𝟏', '😀'];
    const glue = [' ', '\u200C', '\u200D', '\u200F', '\uFEFF', '\u00AD', '’', "'", '`', '‘', 'ʼ', '.', ',', '\u066B', '\u066C', '-', '،', '\uD800', '\uDC00', '\n'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...glue), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<Lang>('en', 'ar', 'fa'), (t, lang) => {
        expect(words(t)).toEqual(tokenize(t, lang).map((tok) => tok.text));
        const s = wordSpans(t);
        expect([...s.starts.slice(0, s.count)]).toEqual(tokenize(t, lang).map((tok) => tok.start));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
