import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { pair, seg } from '../test-helpers';
import { punctuationEnd } from './punctuation-end';

const params = (source: string, target: string, lang: Lang, from: Lang = 'en') =>
  punctuationEnd.run(seg(source, target), pair(from, lang)).map((f) => f.params);

describe('punctuation-end', () => {
  it.each([
    { name: 'missing Arabic full stop', lang: 'ar', source: 'The post was later deleted.', target: 'حُذف المنشور لاحقاً', expected: { reason: 'missing', expected: 'period' } },
    { name: 'question rendered as a statement in Farsi', lang: 'fa', source: 'Is Masjedi Iran’s ambassador?', target: 'آیا مسجدی سفیر ایران است.', expected: { reason: 'different', expected: 'question', found: 'period' } },
    { name: 'Latin ? ending an Arabic question', lang: 'ar', source: 'Is Masjedi Iran’s ambassador?', target: 'هل مسجدي سفير إيران؟'.replace('؟', '?'), expected: { reason: 'wrong-form', expected: '؟', found: '?' } },
    { name: 'Latin ; ending a Farsi clause', lang: 'fa', source: 'He said;', target: 'او گفت;', expected: { reason: 'wrong-form', expected: '؛', found: ';' } },
    { name: 'Arabic comma ending an English target', lang: 'en', from: 'ar', source: 'قال،', target: 'He said،', expected: { reason: 'wrong-form', expected: ',', found: '،' } },
    { name: 'full stop added to an Arabic heading', lang: 'ar', source: 'Brief Analysis', target: 'تحليل موجز.', expected: { reason: 'extra', found: 'period' } },
    { name: 'ellipsis lost in Farsi', lang: 'fa', source: 'at our hands...', target: 'به دست ما', expected: { reason: 'missing', expected: 'ellipsis' } },
    { name: 'Urdu full stop in Arabic', lang: 'ar', source: 'It was deleted.', target: 'حُذف۔', expected: { reason: 'wrong-form', expected: '.', found: '۔' } },
  ] as const)('flags $name', ({ lang, source, target, expected, ...rest }) => {
    expect(params(source, target, lang, 'from' in rest ? rest.from : 'en')).toEqual([expected]);
  });

  it.each([
    { name: 'Arabic ؟ for ?', lang: 'ar', source: 'Is Masjedi Iran’s ambassador?', target: 'هل مسجدي سفير إيران؟' },
    { name: 'Farsi ؟ for ?', lang: 'fa', source: 'Is Masjedi Iran’s ambassador?', target: 'آیا مسجدی سفیر ایران است؟' },
    { name: 'Arabic ، for , and ؛ for ;', lang: 'ar', source: 'He said;', target: 'قال؛' },
    { name: 'full stop inside English quotes, outside Arabic guillemets', lang: 'ar', source: 'He tweeted: “started working as a messenger.”', target: 'غرّد: «بدأ يعمل ساعي بريد».' },
    { name: 'Farsi closing guillemet after the stop', lang: 'fa', source: '“Remain steadfast.”', target: '«استوار بمانید.»' },
    { name: '… for ...', lang: 'ar', source: 'at our hands...', target: 'على أيدينا…' },
    { name: 'heading without punctuation on both sides', lang: 'fa', source: 'Brief Analysis', target: 'تحلیل کوتاه' },
    { name: 'exclamation in Farsi', lang: 'fa', source: 'Remain steadfast!', target: 'استوار بمانید!' },
    { name: 'trailing RLM after the stop', lang: 'ar', source: 'It was deleted.', target: 'حُذف.\u200f' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(params(source, target, lang)).toEqual([]);
  });
});
