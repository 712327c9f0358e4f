import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { pair, seg } from '../test-helpers';
import { quoteNotOriginal } from './quote-not-original';

const ORIGINAL_AR = 'إيرج مسجدي نسي دوره كسفير وبدأ يعمل كساعي بريد';
const ORIGINAL_FA = 'ایرج مسجدی نقش خود را به‌عنوان سفیر فراموش کرد';
const SOURCE = 'Iraj Masjedi forgot his role as an ambassador and started working as a messenger';

const run = (target: string, lang: Lang, originalLang: 'ar' | 'fa', originalText: string) =>
  quoteNotOriginal.run(seg(SOURCE, target, { quote: { originalLang, originalText } }), pair('en', lang)).map((f) => f.params);

describe('quote-not-original', () => {
  it.each([
    { name: 'back-translated Arabic', lang: 'ar', target: 'نسي إيرج مسجدي دوره كسفير وبدأ العمل كرسول', orig: 'ar', text: ORIGINAL_AR, difference: 'wording' },
    { name: 'Farsi without its ZWNJ', lang: 'fa', target: 'ایرج مسجدی نقش خود را بهعنوان سفیر فراموش کرد', orig: 'fa', text: ORIGINAL_FA, difference: 'wording' },
    { name: 'Arabic with a doubled inner space', lang: 'ar', target: ORIGINAL_AR.replace(' ', '  '), orig: 'ar', text: ORIGINAL_AR, difference: 'whitespace' },
    { name: 'Arabic with ي spelled as Farsi ی', lang: 'ar', target: ORIGINAL_AR.replaceAll('ي', 'ی'), orig: 'ar', text: ORIGINAL_AR, difference: 'wording' },
  ] as const)('flags $name', ({ lang, target, orig, text, difference }) => {
    expect(run(target, lang, orig, text)).toEqual([{ originalLang: orig, difference }]);
  });

  it.each([
    { name: 'Arabic original verbatim', lang: 'ar', target: ORIGINAL_AR, orig: 'ar', text: ORIGINAL_AR },
    { name: 'with RLM, ZWSP and an isolate added', lang: 'ar', target: `\u2067${ORIGINAL_AR.replace(' ', '\u200f ')}\u200b\u2069`, orig: 'ar', text: ORIGINAL_AR },
    { name: 'Farsi original verbatim with ZWNJ', lang: 'fa', target: ORIGINAL_FA, orig: 'fa', text: ORIGINAL_FA },
    { name: 'decomposed vs composed alef with hamza', lang: 'ar', target: 'إيرج'.normalize('NFD'), orig: 'ar', text: 'إيرج' },
    { name: 'an Arabic original in a Farsi target is a translation', lang: 'fa', target: 'ایرج مسجدی نقش خود را فراموش کرد', orig: 'ar', text: ORIGINAL_AR },
    { name: 'empty target is untranslated', lang: 'ar', target: '', orig: 'ar', text: ORIGINAL_AR },
  ] as const)('passes $name', ({ lang, target, orig, text }) => {
    expect(run(target, lang, orig, text)).toEqual([]);
  });

  it('ignores segments that are not quotes', () => {
    expect(quoteNotOriginal.run(seg(SOURCE, 'أي شيء'), pair('en', 'ar'))).toEqual([]);
  });
});
