import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { pair, seg } from '../test-helpers';
import { numberMismatch } from './number-mismatch';

const missing = (source: string, target: string, lang: Lang) =>
  numberMismatch.run(seg(source, target), pair('en', lang)).map((f) => f.params.value);

describe('number-mismatch', () => {
  it.each([
    { name: 'a year changed in Arabic', lang: 'ar', source: 'in 2014', target: 'في عام ٢٠١٥', values: ['2014'] },
    { name: 'a thousands number dropped in Farsi', lang: 'fa', source: 'Unit 10,000 posted', target: 'یگان منتشر کرد', values: ['10000'] },
    { name: 'one of two equal numbers', lang: 'ar', source: 'Figure 2 and Figure 2', target: 'الشكل 2 والشكل', values: ['2'] },
    { name: 'a decimal read as grouping', lang: 'fa', source: '3.5 percent', target: '۳۵ درصد', values: ['3.5'] },
    { name: 'an Arabic comma before three digits reads as grouping (1،200 = 1200)', lang: 'ar', source: 'Figures 1, 200', target: 'الشكلان 1،200', values: ['1', '200'] },
    { name: 'an ordinal made of a scale word is not a scale', lang: 'fa', source: '80,000 cases', target: '۸۰ هزارمین', values: ['80000'] },
    { name: 'English target from Arabic source keeps no number', lang: 'en', source: '١٢ تشرين الثاني', target: 'November', values: ['12'] },
  ] as const)('flags $name', ({ lang, source, target, values }) => {
    expect(missing(source, target, lang)).toEqual(values);
  });

  it.each([
    { name: '10,000 as Arabic-Indic with Arabic separator', lang: 'ar', source: 'Unit 10,000', target: 'الوحدة ١٠٬٠٠٠' },
    { name: '10,000 as Persian digits', lang: 'fa', source: 'Unit 10,000', target: 'یگان ۱۰٬۰۰۰' },
    { name: '10,000 without grouping', lang: 'ar', source: 'Unit 10,000', target: 'الوحدة 10000' },
    { name: '2014 as ٢٠١٤', lang: 'ar', source: 'in 2014', target: 'في عام ٢٠١٤' },
    { name: 'Arabic decimal separator', lang: 'ar', source: '3.5 percent', target: '٣٫٥ بالمئة' },
    { name: 'numbers reordered in a Farsi date', lang: 'fa', source: 'November 12, 2021', target: '۱۲ نوامبر ۲۰۲۱' },
    { name: 'Farsi thousands grouped with the Arabic comma', lang: 'fa', source: '39,768 cases', target: '۳۹،۷۶۸ مورد' },
    { name: 'Farsi scale word', lang: 'fa', source: 'over 80,000 cases', target: 'بیش از ۸۰ هزار مورد' },
    { name: 'Arabic scale word with tanween', lang: 'ar', source: 'over 80,000 cases', target: 'أكثر من 80 ألفًا' },
    { name: 'English million against Arabic digits', lang: 'ar', source: '1.5 million people', target: '١٬٥٠٠٬٠٠٠ شخص' },
    { name: 'Arabic بليون for billion', lang: 'ar', source: '1.5 billion children', target: '1.5 بليون طفل' },
    { name: 'digits inside a name rendered in Arabic', lang: 'ar', source: 'the R0 of SARS-CoV-2', target: 'رقم التكاثر لسارس-كوف-2' },
    { name: 'a range with percent signs', lang: 'ar', source: '40%-50% humidity', target: 'رطوبة بين 40% و50%' },
    { name: 'extra numbers in the target are not this check’s', lang: 'ar', source: 'Qods Force', target: 'فيلق القدس (1990)' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(missing(source, target, lang)).toEqual([]);
  });

  it('is an error naming the value and the source text', () => {
    expect(numberMismatch.run(seg('Unit 10,000', 'الوحدة'), pair('en', 'ar'))).toEqual([
      { checkId: 'number-mismatch', severity: 'error', unitId: 'u1', params: { value: '10000', text: '10,000' } },
    ]);
  });
});
