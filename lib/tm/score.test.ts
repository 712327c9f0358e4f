import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { similarity, type ScoredText } from './score';

// Expected scores of a current source (a) against a memory source (b), by language.
const TABLE: [string, Lang, ScoredText | string, ScoredText | string, number][] = [
  ['identical', 'en', 'Nobody has claimed the strike.', 'Nobody has claimed the strike.', 100],
  ['identical after NFC (composed and decomposed é)', 'en', 'The café was hit.', 'The cafe\u0301 was hit.', 100],
  ['case only', 'en', 'Nobody has claimed the strike.', 'nobody has claimed the strike.', 99],
  ['punctuation only', 'en', 'Nobody has claimed the strike.', 'Nobody has claimed the strike!', 99],
  ['spacing only', 'en', 'Nobody has claimed  the strike.', 'Nobody has claimed the strike.', 99],
  ['one word of five replaced', 'en', 'Nobody has claimed the attack.', 'Nobody has claimed the strike.', 80],
  ['one word added to five', 'en', 'Nobody has yet claimed the strike.', 'Nobody has claimed the strike.', 83],
  ['a number differs', 'en', 'We counted 37 posts on March 3.', 'We counted 38 posts on March 3.', 98],
  ['a number differs and a word', 'en', 'We counted 37 posts on March 3.', 'We counted 38 videos on March 3.', 83],
  ['an inline tag more', 'en', { text: 'Kataib Hezbollah promised a response.', tags: 2 }, 'Kataib Hezbollah promised a response.', 99],
  ['nothing in common', 'en', 'Stay home.', 'Wash your hands often.', 0],
  ['an alef with hamza', 'ar', 'أعلنت الكتائب مسؤوليتها', 'اعلنت الكتائب مسؤوليتها', 99],
  ['harakat', 'ar', 'لم يتبنَّ أحد الضربة.', 'لم يتبن أحد الضربة.', 99],
  ['tatweel', 'ar', 'انتصرت المقاومــة', 'انتصرت المقاومة', 99],
  ['Arabic-Indic and Western digits, same number', 'ar', 'قُتل ٣ أشخاص', 'قُتل 3 أشخاص', 99],
  ['Arabic number differs', 'ar', 'قُتل ٣ أشخاص', 'قُتل ٤ أشخاص', 98],
  ['one Arabic word of six replaced', 'ar', 'توعدت كتائب حزب الله بالرد السريع', 'توعدت كتائب حزب الله بالرد القاسي', 83],
  ['Arabic: three of five replaced', 'ar', 'توعدت كتائب حزب الله بالرد', 'توعدت عصائب أهل الحق بالرد', 40],
  ['Farsi ZWNJ and a space', 'fa', 'سخنگوی حزب‌الله گفت', 'سخنگوی حزب الله گفت', 99],
  ['Farsi and Arabic yeh and kaf (two words)', 'fa', 'کتاب علی', 'كتاب علي', 98],
  ['one Farsi word of twelve replaced', 'fa', 'دوستان ما در عراق باید بدانند که صبر هم نوعی مقاومت است.', 'دوستان ما در لبنان باید بدانند که صبر هم نوعی مقاومت است.', 91],
  ['Persian digits, number differs', 'fa', '۳۷ پست منتشر شد', '۳۸ پست منتشر شد', 98],
];

describe('similarity', () => {
  it.each(TABLE)('%s (%s)', (_name, lang, a, b, expected) => {
    expect(similarity(a, b, lang)).toBe(expected);
  });

  it('is symmetric on the table', () => {
    for (const [, lang, a, b] of TABLE) expect(similarity(b, a, lang)).toBe(similarity(a, b, lang));
  });
});
