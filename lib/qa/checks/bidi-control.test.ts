import { describe, expect, it } from 'vitest';
import { pair, seg } from '../test-helpers';
import { bidiControl } from './bidi-control';

const shown = (target: string) =>
  bidiControl.run(seg('Kataib Hezbollah', target), pair('en', 'ar')).map((f) => [f.params.name, f.params.reason, f.start]);

describe('bidi-control', () => {
  it.each([
    { name: 'an RLO that reverses Latin in Arabic', target: 'قال \u202eKH\u202c اليوم', found: [['RLO', 'present', 4], ['PDF', 'present', 7]] },
    { name: 'an unclosed RLE', target: 'كتائب \u202bحزب الله', found: [['RLE', 'unpaired', 6]] },
    { name: 'a stray PDI in Farsi', target: 'کتائب حزب‌الله\u2069', found: [['PDI', 'unpaired', 14]] },
    { name: 'a balanced FSI..PDI isolate', target: 'قال \u2068Qods Force\u2069 اليوم', found: [['FSI', 'present', 4], ['PDI', 'present', 15]] },
    {
      name: 'an embedding closed only by the isolate around it',
      target: '\u2067\u202aKH\u2069',
      found: [['RLI', 'present', 0], ['LRE', 'unpaired', 1], ['PDI', 'present', 4]],
    },
    { name: 'a PDF without an embedding', target: 'KH\u202c', found: [['PDF', 'unpaired', 2]] },
  ])('flags $name', ({ target, found }) => {
    expect(shown(target)).toEqual(found);
  });

  it('gives code points and error severity', () => {
    const [f] = bidiControl.run(seg('x', 'a\u202eb'), pair('en', 'fa'));
    expect(f).toEqual({
      checkId: 'bidi-control',
      severity: 'error',
      unitId: 'u1',
      start: 1,
      end: 2,
      params: { char: 'U+202E', name: 'RLO', reason: 'unpaired' },
    });
  });

  it.each([
    { name: 'plain Arabic with Latin', target: 'كتائب حزب الله (KH)' },
    { name: 'Farsi with ZWNJ', target: 'کتائب حزب‌الله' },
    { name: 'marks (LRM, RLM, ALM) are invisible-char, not controls', target: 'KH\u200e \u200fقال\u061c' },
  ])('passes $name', ({ target }) => {
    expect(shown(target)).toEqual([]);
  });
});
