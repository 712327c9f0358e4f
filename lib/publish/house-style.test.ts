import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../text/lang';
import { defaultHouseStyle, formatEditionDate, localizeDigits, resolveHouseStyle, toGuillemets, type HouseStyle } from './house-style';
import { toSolarHijri } from './edition-date';

const style = (lang: Lang, o: Partial<HouseStyle> = {}): HouseStyle => ({ ...defaultHouseStyle(lang), ...o });

describe('formatEditionDate', () => {
  it.each([
    ['ar', '2021-11-13', {}, '13 تشرين الثاني/نوفمبر 2021'],
    ['ar', '2021-01-05', {}, '5 كانون الثاني/يناير 2021'],
    ['ar', '2021-11-13', { dateFormat: 'levantine' }, '13 تشرين الثاني 2021'],
    ['ar', '2021-05-02', { dateFormat: 'egyptian' }, '2 مايو 2021'],
    ['ar', '2021-11-13', { dateFormat: 'levantine', digits: 'arabic-indic' }, '١٣ تشرين الثاني ٢٠٢١'],
    ['ar', '2021-08-30', { digits: 'arabic-indic' }, '٣٠ آب/أغسطس ٢٠٢١'],
    ['fa', '2021-11-13', {}, '۱۳ نوامبر ۲۰۲۱'],
    ['fa', '2021-11-13', { calendar: 'solar-hijri' }, '۲۲ آبان ۱۴۰۰'],
    ['fa', '2024-03-20', { calendar: 'solar-hijri' }, '۱ فروردین ۱۴۰۳'],
    ['fa', '2021-11-13', { calendar: 'solar-hijri', digits: 'western' }, '22 آبان 1400'],
    ['fa', '2021-11-13', { dateFormat: 'levantine' }, '۱۳ نوامبر ۲۰۲۱'], // Arabic month choice does not apply to Farsi
    ['en', '2021-11-13', {}, '13 November 2021'],
  ] as const)('%s %s %j -> %s', (lang, iso, o, want) => {
    expect(formatEditionDate(iso, lang, style(lang, o))).toBe(want);
  });

  it.each([
    ['ar', '2021-02-30', {}, 'edition-date-invalid'],
    ['fa', '13/11/2021', {}, 'edition-date-invalid'],
    ['ar', '2021-11-13', { calendar: 'solar-hijri' }, 'house-style-unsupported'],
    ['fa', '1900-01-01', { calendar: 'solar-hijri' }, 'edition-date-out-of-range'],
  ] as const)('refuses %s %s %j with %s', (lang, iso, o, code) => {
    expect(() => formatEditionDate(iso, lang, style(lang, o))).toThrow(expect.objectContaining({ code }));
  });

  it('resolveHouseStyle keeps solar-hijri a Farsi option', () => {
    expect(resolveHouseStyle('fa', { calendar: 'solar-hijri' }).digits).toBe('persian');
    expect(() => resolveHouseStyle('ar', { calendar: 'solar-hijri' })).toThrow(expect.objectContaining({ code: 'house-style-unsupported' }));
  });
});

describe('toSolarHijri (ICU\'s Persian calendar)', () => {
  it.each([
    ['2021-11-13', 1400, 8, 22],
    ['2021-03-21', 1400, 1, 1],
    ['2021-03-20', 1399, 12, 30], // 1399 is a leap year: Esfand has 30 days
    ['2024-03-19', 1402, 12, 29],
    ['2024-03-20', 1403, 1, 1],
    ['2025-03-20', 1403, 12, 30],
    ['2025-03-21', 1404, 1, 1],
    ['2016-09-22', 1395, 7, 1],
    ['1979-02-11', 1357, 11, 22],
    ['2000-01-01', 1378, 10, 11],
    ['1925-03-21', 1304, 1, 1],
  ])('%s = %i/%i/%i', (iso, y, m, d) => {
    const [gy, gm, gd] = iso.split('-').map(Number) as [number, number, number];
    expect(toSolarHijri(gy, gm, gd)).toEqual({ year: y, month: m, day: d });
  });

  // a leap year has a 30th of Esfand, the day before the next Nowruz
  it.each([
    [1399, '2021-03-20', true],
    [1400, '2022-03-21', false],
    [1403, '2025-03-20', true],
    [1404, '2026-03-21', false],
    [1408, '2030-03-20', true],
  ])('leap %i = %s', (y, iso, leap) => {
    const [gy, gm, gd] = iso.split('-').map(Number) as [number, number, number];
    expect(toSolarHijri(gy, gm, gd)).toEqual(leap ? { year: y, month: 12, day: 30 } : { year: y + 1, month: 1, day: 1 });
  });

  it('advances one day at a time over its whole range', () => {
    const start = Date.UTC(1925, 2, 21);
    const end = Date.UTC(2094, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: start / 864e5, max: end / 864e5 - 1 }), (day) => {
        const a = new Date(day * 864e5);
        const b = new Date((day + 1) * 864e5);
        const x = toSolarHijri(a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate());
        const y = toSolarHijri(b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate());
        const next = y.day === x.day + 1 && y.month === x.month && y.year === x.year;
        const newMonth = y.day === 1 && ((y.month === x.month + 1 && y.year === x.year) || (y.month === 1 && x.month === 12 && y.year === x.year + 1));
        return next || newMonth;
      }),
    );
  });
});

describe('localizeDigits', () => {
  const ai = { digits: 'arabic-indic' } as const;
  const fa = { digits: 'persian' } as const;
  const we = { digits: 'western' } as const;
  it.each([
    ['عام 2021', ai, 'عام ٢٠٢١'],
    ['10,000 مقاتل', ai, '١٠٬٠٠٠ مقاتل'],
    ['3.5 مليون', ai, '٣٫٥ مليون'],
    ['۱۴۰۰', ai, '١٤٠٠'],
    ['12 نوامبر', fa, '۱۲ نوامبر'],
    ['1,250 نفر', fa, '۱٬۲۵۰ نفر'],
    ['٢٠٢١ و می‌خواهم', fa, '۲۰۲۱ و می‌خواهم'],
    ['١٠٬٠٠٠ مقاتل', we, '10,000 مقاتل'],
    ['۱۴۰۰ و ۲٫۵', we, '1400 و 2.5'],
    // URLs and Latin tokens are never touched
    ['انظر https://t.me/sabereen_news/2021 عام 2021', ai, 'انظر https://t.me/sabereen_news/2021 عام ٢٠٢١'],
    ['www.example.com/2021/11 و 11', fa, 'www.example.com/2021/11 و ۱۱'],
    ['طائرات F-16 و COVID-19 عام 2020', ai, 'طائرات F-16 و COVID-19 عام ٢٠٢٠'],
    // negative rows: nothing to change
    ['لا أرقام هنا', ai, 'لا أرقام هنا'],
    ['اینجا عددی نیست', fa, 'اینجا عددی نیست'],
    ['1,2 ليست آلافاً', ai, '١,٢ ليست آلافاً'],
  ])('%s (%j) -> %s', (text, s, want) => {
    expect(localizeDigits(text, s)).toBe(want);
  });

  it('keeps the length of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789٠١٢۳۴,. abcمی\u200C/:'.split('')) }), fc.constantFrom(ai, fa, we), (t, s) => {
        return localizeDigits(t, s).length === t.length;
      }),
    );
  });
});

describe('toGuillemets', () => {
  it.each([
    ['ar', 'قال "نعم" ثم', 'قال «نعم» ثم'],
    ['ar', 'قال:"نعم"', 'قال:«نعم»'],
    ['ar', 'الدعوة “واضحة” منذ', 'الدعوة «واضحة» منذ'],
    ['ar', '„نص“', '«نص»'],
    ['ar', '«قال “لا” ثم»', '«قال ‹لا› ثم»'],
    ['ar', 'كتب: "هو قال “لا” أمس"', 'كتب: «هو قال ‹لا› أمس»'],
    ['fa', 'گفت "بله" و رفت', 'گفت «بله» و رفت'],
    ['fa', '“می‌خواهم” گفت', '«می‌خواهم» گفت'],
    ['fa', '“او گفت “نه” و رفت”', '«او گفت ‹نه› و رفت»'],
    // negative rows
    ['ar', '"نعم بلا إغلاق', '"نعم بلا إغلاق'],
    ['ar', 'رسالة Khazali’s كما هي', 'رسالة Khazali’s كما هي'],
    ['fa', "متن 'تک' بماند", "متن 'تک' بماند"],
    ['en', 'He said “yes”', 'He said “yes”'],
  ] as const)('%s: %s -> %s', (lang, text, want) => {
    expect(toGuillemets(text, lang)).toBe(want);
  });

  it('keeps the length of any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'"“”„«»‹›’ نعa'.split('')) }), (t) => toGuillemets(t, 'ar').length === t.length));
  });
});
