import { describe, expect, it } from 'vitest';
import { pair, seg } from '../test-helpers';
import { kashida } from './kashida';

describe('kashida', () => {
  it.each([
    { name: 'one tatweel in Arabic', lang: 'ar', target: 'المقاومـة الإسلامية', runs: ['المقاومـ'] },
    { name: 'a run counts once', lang: 'ar', target: 'الحشـــد الشعبي', runs: ['الحشـــ'] },
    { name: 'two places in Farsi', lang: 'fa', target: 'مقاومـت و سپـاه', runs: ['مقاومـ', 'مقاومـت و سپـ'] },
  ] as const)('flags $name', ({ lang, target, runs }) => {
    const found = kashida.run(seg('The resistance', target), pair('en', lang));
    // Each run is named by the text up to its end, so the offsets are checked against the original.
    expect(found.map((f) => target.slice(0, f.end))).toEqual(runs);
    expect(found.every((f) => /^\u0640+$/u.test(target.slice(f.start, f.end)))).toBe(true);
    expect(found.every((f) => f.checkId === 'kashida' && f.severity === 'warning')).toBe(true);
  });

  it.each([
    { name: 'plain Arabic', lang: 'ar', target: 'المقاومة الإسلامية' },
    { name: 'Farsi with ZWNJ', lang: 'fa', target: 'می‌خواهم' },
    { name: 'English hyphen', lang: 'en', target: 'al-Haq' },
  ] as const)('passes $name', ({ lang, target }) => {
    expect(kashida.run(seg('x', target), pair('en', lang))).toEqual([]);
  });
});
