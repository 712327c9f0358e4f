import { describe, expect, it } from 'vitest';
import { pair, seg } from '../test-helpers';
import { edgeWhitespace } from './edge-whitespace';

describe('edge-whitespace', () => {
  it.each([
    { name: 'leading space in Arabic', lang: 'ar', target: ' فيلق القدس', found: [['start', 0, 1]] },
    { name: 'trailing no-break space in Farsi', lang: 'fa', target: 'نیروی قدس\u00a0', found: [['end', 9, 10]] },
    { name: 'both sides, tab and newline', lang: 'ar', target: '\tمقاومة\n', found: [['start', 0, 1], ['end', 7, 8]] },
    { name: 'English target', lang: 'en', target: 'Qods Force ', found: [['end', 10, 11]] },
  ] as const)('flags $name', ({ lang, target, found }) => {
    const result = edgeWhitespace.run(seg('Qods Force', target), pair(lang === 'en' ? 'ar' : 'en', lang));
    expect(result.map((f) => [f.params.side, f.start, f.end])).toEqual(found);
    expect(result.every((f) => f.severity === 'warning')).toBe(true);
  });

  it.each([
    { name: 'trimmed Arabic', lang: 'ar', source: 'Qods Force', target: 'فيلق القدس' },
    { name: 'Farsi ending in ZWNJ-joined word', lang: 'fa', source: 'Kataib Hezbollah', target: 'کتائب حزب‌الله' },
    { name: 'the source ends with a space too', lang: 'ar', source: 'Qods Force ', target: 'فيلق القدس ' },
    { name: 'blank target is untranslated, not whitespace', lang: 'fa', source: 'Qods Force', target: '  ' },
  ] as const)('passes $name', ({ lang, source, target }) => {
    expect(edgeWhitespace.run(seg(source, target), pair('en', lang))).toEqual([]);
  });
});
