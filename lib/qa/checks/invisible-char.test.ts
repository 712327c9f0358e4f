import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { pair, seg } from '../test-helpers';
import { invisibleChar } from './invisible-char';

const found = (target: string, lang: Lang) =>
  invisibleChar.run(seg('Kataib Hezbollah', target), pair('en', lang)).map((f) => [f.params.char, f.start]);

describe('invisible-char', () => {
  it.each([
    { name: 'zero-width space in Arabic', lang: 'ar', target: 'كتائب\u200bحزب الله', expected: [['U+200B', 5]] },
    { name: 'BOM at the start of Farsi', lang: 'fa', target: '\ufeffکتائب حزب‌الله', expected: [['U+FEFF', 0]] },
    { name: 'word joiner and soft hyphen', lang: 'en', target: 'Kata\u2060ib Hez\u00adbollah', expected: [['U+2060', 4], ['U+00AD', 11]] },
    { name: 'ZWNJ in Arabic is stray', lang: 'ar', target: 'حزب\u200cالله', expected: [['U+200C', 3]] },
    { name: 'RLM in Farsi', lang: 'fa', target: 'KH\u200f است', expected: [['U+200F', 2]] },
    { name: 'ZWJ in Farsi', lang: 'fa', target: 'حزب\u200dالله', expected: [['U+200D', 3]] },
  ] as const)('flags $name', ({ lang, target, expected }) => {
    expect(found(target, lang)).toEqual(expected);
  });

  it.each([
    { name: 'ZWNJ in Farsi is spelling', lang: 'fa', target: 'کتائب حزب‌الله می‌گوید' },
    { name: 'plain Arabic', lang: 'ar', target: 'كتائب حزب الله' },
    { name: 'no-break space is visible space', lang: 'ar', target: 'كتائب\u00a0حزب الله' },
    { name: 'bidi controls are bidi-control’s', lang: 'fa', target: '\u2067KH\u2069' },
  ] as const)('passes $name', ({ lang, target }) => {
    expect(found(target, lang)).toEqual([]);
  });
});
