import { describe, expect, it } from 'vitest';
import { formatInteger, integerSymbols } from './integer-format';

describe('formatInteger', () => {
  it.each(['en', 'ar', 'fa'])('writes whole numbers exactly as Intl.NumberFormat does in %s', (locale) => {
    const s = integerSymbols(locale);
    const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const numbers = [0, 1, 9, 10, 99, 100, 999, 1000, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 1234567, 1000000000];
    for (let i = 0; i < 3000; i++) numbers.push(next() % 10 ** (1 + (i % 10)));
    for (const n of numbers) expect(formatInteger(n, s)).toBe(intl.format(n));
  });

  it('writes Farsi with Persian digits and the Arabic thousands separator, English and Arabic with Latin digits', () => {
    expect(formatInteger(1234567, integerSymbols('fa'))).toBe('۱٬۲۳۴٬۵۶۷');
    expect(formatInteger(27, integerSymbols('fa'))).toBe('۲۷');
    expect(formatInteger(1500, integerSymbols('en'))).toBe('1,500');
    // Arabic: the digits Intl gives for "ar" (Latin in current CLDR), whatever they are
    expect(formatInteger(1500, integerSymbols('ar'))).toBe(new Intl.NumberFormat('ar').format(1500));
  });

  it('groups from five digits for a locale that writes 1234 ungrouped', () => {
    const s = integerSymbols('es');
    expect(formatInteger(1234, s)).toBe(new Intl.NumberFormat('es').format(1234));
    expect(formatInteger(12345, s)).toBe(new Intl.NumberFormat('es').format(12345));
  });
});
