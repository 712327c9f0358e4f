import { describe, expect, it } from 'vitest';
import { pair, seg } from '../test-helpers';
import { doubleSpace } from './double-space';

describe('double-space', () => {
  it.each([
    { name: 'two spaces in Arabic', lang: 'ar', target: 'فيلق  القدس', runs: ['  '] },
    { name: 'three spaces in Farsi', lang: 'fa', target: 'نیروی   قدس', runs: ['   '] },
    { name: 'space and no-break space', lang: 'ar', target: 'كتائب \u00a0حزب الله', runs: [' \u00a0'] },
    { name: 'two runs in English', lang: 'en', target: 'Qods  Force and  KH', runs: ['  ', '  '] },
  ] as const)('flags $name', ({ lang, target, runs }) => {
    const found = doubleSpace.run(seg('Qods Force', target), pair('en', lang));
    expect(found.map((f) => target.slice(f.start, f.end))).toEqual(runs);
    expect(found.every((f) => f.checkId === 'double-space' && f.severity === 'warning')).toBe(true);
  });

  it.each([
    { name: 'single spaces in Arabic', lang: 'ar', source: 'Qods Force', target: 'فيلق القدس' },
    { name: 'Farsi ZWNJ next to a space', lang: 'fa', source: 'Kataib Hezbollah', target: 'کتائب حزب‌الله \u200c' },
    { name: 'edge runs belong to edge-whitespace', lang: 'ar', source: 'Qods Force', target: '  فيلق القدس  ' },
    { name: 'the source has a double space too', lang: 'fa', source: 'Unit  10,000', target: 'یگان  ۱۰٬۰۰۰' },
    { name: 'a line break is not a double space', lang: 'ar', source: 'Qods Force', target: 'فيلق\n القدس' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(doubleSpace.run(seg(source, target), pair('en', lang))).toEqual([]);
  });
});
