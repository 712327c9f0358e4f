import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { addTerm, buildTermIndex } from './term-index';
import { WordTable, casedKey, readWord, wordTable } from './word-table';

const unitsOf = (text: string, lang: Lang) =>
  readWord(text, lang).map((u) => [text.slice(u.start, u.end), u.key, u.raw, u.first, u.last, u.possessive, u.plural]);

describe('readWord', () => {
  it.each<[string, Lang, string, (string | boolean)[][]]>([
    ['Arabic word without the article', 'ar', 'المقاومة', [['المقاومة', 'مقاومه', 'المقاومه', true, true, false, false]]],
    ['Arabic diacritics and tatweel dropped', 'ar', 'المُقَاوَمَـة', [['المُقَاوَمَـة', 'مقاومه', 'المقاومه', true, true, false, false]]],
    ['الله keeps its article', 'ar', 'الله', [['الله', 'الله', 'الله', true, true, false, false]]],
    ['Arabic-Indic number by value', 'ar', '١٠٬٠٠٠', [['١٠٬٠٠٠', '10000', '10,000', true, true, false, false]]],
    ['ZWNJ splits a Farsi word', 'fa', 'حزب‌الله', [['حزب', 'حزب', 'حزب', true, false, false, false], ['الله', 'الله', 'الله', false, true, false, false]]],
    ['Farsi plural after ZWNJ', 'fa', 'کتاب‌های', [['کتاب', 'كتاب', 'كتاب', true, false, false, false], ['های', 'هاي', 'هاي', false, true, false, true]]],
    ['a part with no key is dropped', 'fa', 'کتاب‌ـ', [['کتاب', 'كتاب', 'كتاب', true, true, false, false]]],
    ['English possessive', 'en', 'KH’s', [['KH’s', 'khs', 'khs', true, true, true, false]]],
    ['no possessive without an apostrophe', 'en', 'PMFs', [['PMFs', 'pmfs', 'pmfs', true, true, false, false]]],
    ['possessive is English only', 'ar', "KH's", [["KH's", 'khs', 'khs', true, true, false, false]]],
  ])('%s (%s)', (_name, lang, text, units) => {
    expect(unitsOf(text, lang)).toEqual(units);
  });

  it.each<[Lang, string, string]>([
    ['en', 'KH’s', 'KHs'],
    ['ar', 'الحشد', 'حشد'],
    ['fa', 'کتائب', 'كتائب'],
  ])('keeps letter case in the cased key (%s)', (lang, text, cased) => {
    const unit = readWord(text, lang)[0]!;
    expect(casedKey(unit, lang)).toBe(cased);
  });
});

describe('WordTable', () => {
  it.each<[Lang, string]>([
    ['en', 'the KH and the kh and the KH'],
    ['ar', 'والمقاومة ثم المقاومة ثم والمقاومة'],
    ['fa', 'کتاب‌ها و كتاب‌ها و کتاب‌ها'],
  ])('reads each distinct spelling once, wherever it stands (%s)', (lang, text) => {
    const table = new WordTable(lang);
    const words = text.split(' ');
    let at = 0;
    const read = words.map((w) => {
      const word = table.get(text, at, at + w.length);
      at += w.length + 1;
      return word;
    });
    expect(read.map((w) => table.unitsOf(w)[0]!.text)).toEqual(words);
    expect(table.words).toBe(new Set(words).size);
    words.forEach((w, i) => expect(read[i]).toBe(read[words.indexOf(w)]));
  });

  it('tells apart words whose hashes share a slot, and starts again when full, between texts only', () => {
    const index = buildTermIndex([]);
    const table = new WordTable('ar', 200); // 1,000 words: more than 4 times that, so a restart also gives room back
    const words = Array.from({ length: 1000 }, (_, i) => `كلمة${i}`);
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      table.sync(index);
      let at = 0;
      const read = words.map((w) => {
        const word = table.get(text, at, at + w.length);
        at += w.length + 1;
        return table.unitsOf(word)[0]!.text;
      });
      expect(read).toEqual(words);
      expect(table.words).toBe(1000); // a text's words stay numbered until it is done
    }
    table.sync(index);
    expect(table.words).toBe(0);
  });

  it.each<Lang>(['en', 'ar', 'fa'])('moves its generation when the index grows (%s)', (lang) => {
    const index = buildTermIndex([]);
    const table = wordTable(index, lang);
    const gen = table.gen;
    expect(wordTable(index, lang)).toBe(table);
    expect(table.gen).toBe(gen);
    addTerm(index, 'x', { lang, text: lang === 'en' ? 'word' : 'کلمه', status: 'preferred' });
    expect(wordTable(index, lang).gen).not.toBe(gen);
  });
});
