import { describe, expect, it } from 'vitest';
import { findNumbers, numberValue } from './numbers';

describe('findNumbers', () => {
  it.each<[string, string, string[]]>([
    ['English grouping', 'Unit 10,000', ['10000']],
    ['Arabic-Indic with Arabic thousands separator', 'الوحدة ١٠٬٠٠٠', ['10000']],
    ['Persian digits with Arabic thousands separator', 'یگان ۱۰٬۰۰۰', ['10000']],
    ['plain', '10000', ['10000']],
    ['English decimal', '3.5', ['3.5']],
    ['Arabic decimal separator', '٣٫٥', ['3.5']],
    ['Persian decimal separator', '۳٫۵', ['3.5']],
    ['year in three digit systems', '2014 ٢٠١٤ ۲۰۱۴', ['2014', '2014', '2014']],
    ['European notation', '1.234,5', ['1234.5']],
    ['grouping and decimal', '1,000,000.50', ['1000000.5']],
    ['repeated dots group', '1.000.000', ['1000000']],
    ['single comma not grouping thousands is a decimal', '3,5', ['3.5']],
    ['leading minus', 'ΔT = -5 and −2', ['-5', '-2']],
    ['hyphen after a word is not a minus', 'COVID-19', ['19']],
    ['list of numbers', '1,2,3', ['1', '2', '3']],
    ['sentence stop is not a decimal', 'in 2014. Then', ['2014']],
    ['Arabic comma separates numbers', '١، ٢', ['1', '2']],
    ['leading zeros', '007 0.50', ['7', '0.5']],
    ['percent sign kept outside', '٪۵۰ 50%', ['50', '50']],
  ])('%s', (_name, text, values) => {
    const found = findNumbers(text);
    expect(found.map((n) => n.value)).toEqual(values);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it.each<[string]>([['no digits here'], ['لا أرقام هنا'], ['بدون عدد']])('negative: %s has no number', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('gives the same value across digit systems and separators', () => {
    const values = ['10,000', '١٠٬٠٠٠', '۱۰٬۰۰۰', '10000'].map((t) => numberValue(t));
    expect(new Set(values)).toEqual(new Set(['10000']));
    expect(numberValue('1,2,3')).toBeNull();
    expect(numberValue('abc')).toBeNull();
  });
});
