import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from './lang';
import { splitSentences } from './segment';

const texts = (text: string, lang: Lang) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each<[string, Lang, string, string[]]>([
    ['full stops', 'en', 'One here. Two there.', ['One here.', 'Two there.']],
    ['abbreviations', 'en', 'Gen. Soleimani met Mr. Smith in the U.S. on Nov. 13. Then he left.', ['Gen. Soleimani met Mr. Smith in the U.S. on Nov. 13.', 'Then he left.']],
    ['e.g. and initials', 'en', 'Some groups, e.g. KH, act. J. Smith agrees.', ['Some groups, e.g. KH, act.', 'J. Smith agrees.']],
    ['numbers', 'en', 'Unit 10,000 has 3.5 or 10.000 men. Done.', ['Unit 10,000 has 3.5 or 10.000 men.', 'Done.']],
    ['closing quote after the stop', 'en', 'He said “go.” They went.', ['He said “go.”', 'They went.']],
    ['closing bracket after the stop', 'en', '(It was late.) They went.', ['(It was late.)', 'They went.']],
    ['figure reference after a quote', 'en', 'Was it Iraq or Iran?” (Figure 5). Information followed.', ['Was it Iraq or Iran?” (Figure 5).', 'Information followed.']],
    ['figure reference before the stop', 'en', 'will not leave you” (Figure 1). This phrase', ['will not leave you” (Figure 1).', 'This phrase']],
    ['ellipsis mid-sentence', 'en', 'at our hands...or grants us martyrdom. End.', ['at our hands...or grants us martyrdom.', 'End.']],
    ['ellipsis before a capital', 'en', 'He waited… Then he left.', ['He waited…', 'Then he left.']],
    ['question and exclamation', 'en', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['paragraph break', 'en', 'Brief Analysis\n\nElements of AAH act.', ['Brief Analysis', 'Elements of AAH act.']],
    ['Arabic question mark', 'ar', 'هل هذا صحيح؟ نعم.', ['هل هذا صحيح؟', 'نعم.']],
    ['Arabic comma and semicolon do not split', 'ar', 'قال، ثم سكت؛ وانتهى. التالي', ['قال، ثم سكت؛ وانتهى.', 'التالي']],
    ['Arabic one-letter abbreviation د.', 'ar', 'قال د. علي إن الأمر انتهى. ثم غادر.', ['قال د. علي إن الأمر انتهى.', 'ثم غادر.']],
    ['Arabic full stop ۔', 'ar', 'انتهى الاجتماع۔ ثم غادر', ['انتهى الاجتماع۔', 'ثم غادر']],
    ['Arabic numbers with separators', 'ar', 'بلغ العدد ١٠٬٠٠٠ و٣٫٥. ثم', ['بلغ العدد ١٠٬٠٠٠ و٣٫٥.', 'ثم']],
    ['Arabic guillemets after the stop', 'ar', 'قال: «لن نتراجع.» ثم غادر.', ['قال: «لن نتراجع.»', 'ثم غادر.']],
    ['Arabic ellipsis is a pause', 'ar', 'انتهى الأمر... ثم بدأ.', ['انتهى الأمر... ثم بدأ.']],
    ['Farsi question mark and full stop', 'fa', 'آیا این درست است؟ بله. پایان', ['آیا این درست است؟', 'بله.', 'پایان']],
    ['Farsi semicolon and comma do not split', 'fa', 'بله؛ حدود ۱۰٬۰۰۰ نفر، آمدند.', ['بله؛ حدود ۱۰٬۰۰۰ نفر، آمدند.']],
    ['Farsi decimal', 'fa', 'نرخ ۳٫۵ درصد است. بعدی', ['نرخ ۳٫۵ درصد است.', 'بعدی']],
    ['Farsi ZWNJ words kept', 'fa', 'می‌خواهم بروم. کتاب‌ها اینجاست.', ['می‌خواهم بروم.', 'کتاب‌ها اینجاست.']],
  ])('%s', (_name, lang, text, sentences) => {
    expect(texts(text, lang)).toEqual(sentences);
  });

  it.each<[string, Lang, string]>([
    ['no split inside a decimal', 'en', 'It rose 3.5 percent'],
    ['no split before lower case', 'en', 'approx. five men came'],
    ['no split on Arabic comma', 'ar', 'الأول، والثاني، والثالث'],
    ['no split on Farsi semicolon', 'fa', 'اول؛ دوم؛ سوم'],
    ['no split inside a URL', 'en', 'See washingtoninstitute.org/policy-analysis now'],
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

  it('rebuilds a page extracted to text and splits it into sentences', () => {
    const sample = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/import/page-extract.txt'), 'utf8');
    expect(rebuilds(sample, 'en')).toBe(true);
    const all = texts(sample, 'en');
    expect(all).toContain('Sada al-Jabha (/node/2203) quickly shared the caption with a song called “Patience of the Mountains” (Figure 2).');
    expect(all).toContain('The post was later deleted.');
    expect(all.some((s) => s.startsWith('(Figure'))).toBe(false);
  });
});
