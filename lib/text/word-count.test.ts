import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import { countByLang, countCharacters, countClusters, countSimple, countText, countWords } from './word-count';

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

describe('characters counted one by one agree with grapheme clusters', () => {
  // Arabic letters and harakat, Farsi with ZWNJ, tatweel, Latin with combining accents, spaces, line
  // breaks, CR LF, bidi marks, soft hyphen, emoji (with ZWJ and skin tones), flags, Devanagari conjuncts,
  // Hangul, Arabic number signs: every text of them counted both ways
  const pieces = ['ب', 'ا', 'ل', 'ی', 'ک', 'َ', 'ّ', 'ٌ', '\u200c', '\u200d', 'ـ', 'e', '\u0301', 'A', '7', '٣', '۴', ' ', '\u00a0', '\t', '\n', '\r\n', '\r', '\u200f', '\u200e', '\u00ad', '\u2066', '😀', '👍🏽', '👩\u200d💻', '🇮🇶', 'क्ष', 'ि', '한', '\u1100\u1161', '\u0600', '١', '\u2028', '\ufeff', '©', 'ـَ', ' َ'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  it('the one-by-one count answers for most Arabic, Farsi and English text, and then agrees', () => {
    const plain = ['ب', 'ا', 'ل', 'ی', 'ک', 'َ', 'ّ', '\u200c', 'ـ', 'e', '\u0301', 'A', '7', '٣', '۴', ' ', '\u00a0', '\t', '\n', '\u200f', '\u00ad', '\ufeff', '©', '\u2028'];
    let answered = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rand(14) }, () => plain[rand(plain.length)]).join('');
      const simple = countSimple(text);
      if (simple === null) continue;
      answered++;
      expect(simple, JSON.stringify(text)).toEqual(countClusters(text));
    }
    expect(answered).toBeGreaterThan(1500);
  });
  it('on 3,000 random texts of those characters', () => {
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rand(14) }, () => pieces[rand(pieces.length)]).join('');
      expect(countCharacters(text), JSON.stringify(text)).toEqual(countClusters(text));
    }
  });
  it.each([
    ['English', 'Kataib Hezbollah said no.'],
    ['Arabic with harakat and tatweel', 'قالَ الـمُقاوَمة ١٢'],
    ['Farsi with ZWNJ', 'سپاه‌پاسداران می‌گوید'],
    ['a mark after a space', 'a َb'],
  ])('%s', (_name, text) => {
    expect(countCharacters(text)).toEqual(countClusters(text));
  });
});
