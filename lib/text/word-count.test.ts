import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import { countByLang, countCharacters, countText, countWords } from './word-count';

describe('countWords', () => {
  const rows: [Lang, string, number][] = [
    ['en', 'The group posted a verse.', 5],
    ['en', 'Kata’ib Hezbollah doesn\'t comment.', 4],
    ['en', 'Asaib Ahl al-Haq and COVID-19 and well-known', 7],
    ['en', 'The U.S. sent 10,000 troops (approx. 3.5%) on 12/5/2021 at 10:30.', 11],
    ['en', '— … !!! ?', 0],
    ['en', '-5 degrees', 2],
    ['en', 'e\u0301te\u0301', 1], // decomposed accents stay in the word
    ['ar', 'نشرت كتائب حزب الله آية قرآنية.', 6],
    ['ar', 'والمقاومة وبالمقاومة للمقاومة', 3], // clitics do not split
    ['ar', 'و المقاومة', 2], // a separate و is a word
    ['ar', 'المُقَاوَمَةُ الإسلاميّة', 2], // harakat and shadda inside words
    ['ar', 'قال الكاظمي إن Kataib Hezbollah نشرت ١٠٬٠٠٠ منشور عام ٢٠٢١م.', 10],
    ['ar', 'كـــتـــاب ـــــ', 1], // tatweel stretches a word; alone it is decoration
    ['ar', 'سنة ٣٫٥ و٥٠٪', 3],
    ['fa', 'حزب‌الله بیانیه‌ای منتشر کرد.', 4], // ZWNJ joins
    ['fa', 'می‌گوید که کتاب‌ها و کتاب‌های او', 6],
    ['fa', 'می گوید', 2], // a space where a ZWNJ belongs makes two words, as written
    ['fa', 'در سال ۱۴۰۰ گروه PMF اعلام کرد', 7],
    ['fa', 'سند «مقاومت» را (دوباره) خواند؛', 5],
  ];
  it.each(rows)('%s: %s -> %i', (lang, text, n) => {
    expect(countWords(text, lang)).toBe(n);
  });
});

describe('countCharacters', () => {
  const rows: [string, string, number, number][] = [
    ['en', 'Hello world', 11, 10],
    ['en composed vs decomposed', 'café cafe\u0301', 9, 8],
    ['en emoji', 'ok 👍🏽', 4, 3],
    ['ar letters with harakat are one character each', 'مُقَاوَمَة', 6, 6],
    ['ar', 'حزب الله', 8, 7],
    ['ar tatweel is no character', 'كـتـاب', 4, 4],
    ['fa ZWNJ is no character', 'می‌گوید', 6, 6],
    ['fa bidi marks are no characters', '\u200fکتاب PMF\u200e', 8, 7],
    ['line breaks count neither', 'a\nb\r\nc', 3, 3],
  ];
  it.each(rows)('%s', (_label, text, withSpaces, without) => {
    expect(countCharacters(text)).toEqual({ characters: withSpaces, charactersNoSpaces: without });
  });
});

describe('countText and countByLang', () => {
  it('sums per language', () => {
    const counts = countByLang([
      { lang: 'en', text: 'The resistance posted.' },
      { lang: 'ar', text: 'نشرت المقاومة.' },
      { lang: 'ar', text: 'والمقاومة' },
      { lang: 'fa', text: 'حزب‌الله گفت' },
    ]);
    expect(counts.en).toEqual(countText('The resistance posted.', 'en'));
    expect(counts.ar).toEqual({ words: 3, characters: 14 + 9, charactersNoSpaces: 13 + 9 });
    expect(counts.fa.words).toBe(2);
  });
});
