import { describe, expect, it } from 'vitest';
import { dirOf, isLang, isRtl } from './lang';

describe('lang', () => {
  it.each([
    ['en', 'ltr', false],
    ['ar', 'rtl', true],
    ['fa', 'rtl', true],
  ] as const)('%s is %s', (lang, dir, rtl) => {
    expect(dirOf(lang)).toBe(dir);
    expect(isRtl(lang)).toBe(rtl);
  });
  it('rejects unknown codes', () => {
    expect(isLang('ar')).toBe(true);
    expect(isLang('ur')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
