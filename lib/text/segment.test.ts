import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from './lang';
import { splitSentences } from './segment';
import { GOLDEN_STYLE_CASES, OWN_CASES, sameSentences } from './segment-cases';

const texts = (text: string, lang: Lang) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each(OWN_CASES.map((k) => [`${k.lang} ${k.rule}: ${k.text.slice(0, 40)}`, k] as const))('%s', (_name, k) => {
    expect(texts(k.text, k.lang)).toEqual(k.sentences);
  });

  it.each(GOLDEN_STYLE_CASES.map((k) => [`${k.lang} ${k.rule}`, k] as const))('golden-rules style: %s', (_name, k) => {
    const got = texts(k.text, k.lang);
    expect(sameSentences(got, k.sentences), JSON.stringify(got)).toBe(true);
  });

  it.each<[string, Lang, string]>([
    ['no split inside a decimal', 'en', 'It rose 3.5 percent'],
    ['no split before lower case', 'en', 'approx. five men came'],
    ['no split on Arabic comma', 'ar', 'الأول، والثاني، والثالث'],
    ['no split on Farsi semicolon', 'fa', 'اول؛ دوم؛ سوم'],
    ['no split inside a URL', 'en', 'See washingtoninstitute.org/policy-analysis now'],
    ['no split inside an address', 'en', 'Mail Jane.Doe@Example.com or visit www.Example.com/A?Query today'],
    ['no split after initials', 'en', 'Written by J. R. R. Tolkien and read by Albert I. Jones'],
    ['no split inside an Arabic dotted abbreviation', 'ar', 'تأسست المدينة عام ٣٠٠ ق.م. على ضفاف النهر'],
    ['no split after an Arabic title', 'ar', 'استقبل أ.د. محمد الوفد في مكتبه'],
    ['no split after a Farsi era', 'fa', 'در سال ۱۳۵۷ ه.ش. انقلاب شد'],
    ['no split inside a Farsi enumeration', 'fa', 'سه مرحله دارد: (۱) جمع‌آوری؛ (۲) تحلیل'],
  ])('negative: %s', (_name, lang, text) => {
    expect(texts(text, lang)).toEqual([text]);
  });

  const rebuilds = (text: string, lang: Lang): boolean => {
    const spans = splitSentences(text, lang);
    let at = 0;
    for (const s of spans) {
      if (!/^\s*$/u.test(text.slice(at, s.start)) || text.slice(s.start, s.end) !== s.text || s.text.trim() === '') return false;
      at = s.end;
    }
    return /^\s*$/u.test(text.slice(at));
  };

  it('rebuilds any input from the spans and the whitespace between them', () => {
    const piece = fc.constantFrom('.', '?', '؟', '۔', '…', '...', ' ', '\n\n', '”', '»', ')', '(Figure 3)', 'د.', 'U.S.', '3.5', '١٠٬٠٠٠', '،', '؛', '\u200C', 'a', 'B', 'کتاب', 'المقاومة');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme' })), { maxLength: 30 }), fc.constantFrom<Lang>('en', 'ar', 'fa'), (parts, lang) =>
        rebuilds(parts.join(''), lang),
      ),
      { numRuns: 2000 },
    );
  });

  it('rebuilds an analysis laid out like a web page and splits it into sentences', () => {
    const sample = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/analysis-sample.txt'), 'utf8');
    expect(rebuilds(sample, 'en')).toBe(true);
    const all = texts(sample, 'en');
    expect(all).toContain('The channel added a song about the leader (Figure 2).');
    expect(all).toContain('Was it a threat or a plea?” (Figure 3).');
    expect(all).toContain('The post was later deleted.');
    expect(all).toContain('She earned her Ph.D. at the University of Exeter.');
    expect(all).toContain('Gen. Rahimi met Mr. Stone in the U.S. on Nov. 13.');
    expect(all).toContain('Figure 1: A post about the leader\'s speech, November 12, 2021');
    expect(all.some((s) => s.startsWith('(Figure'))).toBe(false);
  });

  it('rebuilds a page extracted to text and splits it into sentences', () => {
    const sample = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/import/page-extract.txt'), 'utf8');
    expect(rebuilds(sample, 'en')).toBe(true);
    const all = texts(sample, 'en');
    expect(all).toContain('Sada al-Jabha (/node/2203) quickly shared the caption with a song called “Patience of the Mountains” (Figure 2).');
    expect(all).toContain('The post was later deleted.');
    expect(all.some((s) => s.startsWith('(Figure'))).toBe(false);
  });

  // Every pass looks a bounded distance around each mark, so time grows with the length of the text
  // alone; a quadratic pass would take minutes on these.
  it.each<[string, Lang, string]>([
    ['dots', 'en', '.'],
    ['spaced dots', 'en', '. '],
    ['abbreviations', 'en', 'U.S. Mr. e.g. '],
    ['initials and lists', 'en', 'a. b. J. K. 1. 2. '],
    ['glued stops', 'en', 'word.Word'],
    ['line breaks without stops', 'en', 'item\n'],
    ['bullets', 'en', '• '],
    ['Arabic commas without a stop', 'ar', 'كلمة، '],
    ['Arabic colons', 'ar', 'عنوان: '],
    ['Farsi abbreviations', 'fa', 'ه.ش. ۱۳۵۷ ص. '],
  ])('segments 200,000 characters of %s in bounded time', (_name, lang, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const t0 = performance.now();
    const spans = splitSentences(text, lang);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(spans.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });
});
