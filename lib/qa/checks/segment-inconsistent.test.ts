import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import type { QaSegment } from '../types';
import { pair } from '../test-helpers';
import { segmentInconsistent } from './segment-inconsistent';

const doc = (rows: [string, string, string | null][]): QaSegment[] =>
  rows.map(([unitId, sourceText, targetText]) => ({ unitId, sourceText, targetText }));

const flagged = (rows: [string, string, string | null][], lang: Lang) =>
  segmentInconsistent.run(doc(rows), pair('en', lang)).map((f) => [f.unitId, f.params.otherUnitId, f.params.variants]);

describe('segment-inconsistent', () => {
  it.each([
    {
      name: 'the minority Arabic rendering',
      lang: 'ar',
      rows: [['u1', 'Brief Analysis', 'تحليل موجز'], ['u2', 'Brief Analysis', 'تحليل مختصر'], ['u3', 'Brief Analysis', 'تحليل موجز']],
      expected: [['u2', 'u1', 2]],
    },
    {
      name: 'a tie in Farsi: the later rendering',
      lang: 'fa',
      rows: [['a', 'The post was later deleted.', 'این پست بعداً حذف شد.'], ['b', 'The post was later deleted.', 'پست بعدها پاک شد.']],
      expected: [['b', 'a', 2]],
    },
    {
      name: 'source whitespace does not hide a repeat',
      lang: 'ar',
      rows: [['x', 'Qods  Force ', 'فيلق القدس'], ['y', 'Qods Force', 'قوة القدس']],
      expected: [['y', 'x', 2]],
    },
  ] as const)('flags $name', ({ rows, lang, expected }) => {
    expect(flagged(rows as unknown as [string, string, string | null][], lang)).toEqual(expected);
  });

  it.each([
    { name: 'identical Arabic renderings', lang: 'ar', rows: [['u1', 'Brief Analysis', 'تحليل موجز'], ['u2', 'Brief Analysis', 'تحليل موجز']] },
    { name: 'Farsi renderings differing by an invisible mark and spacing only', lang: 'fa', rows: [['u1', 'Brief Analysis', 'تحلیل کوتاه'], ['u2', 'Brief Analysis', 'تحلیل\u200f  کوتاه']] },
    { name: 'different sources', lang: 'ar', rows: [['u1', 'Brief Analysis', 'تحليل موجز'], ['u2', 'Analysis', 'تحليل']] },
    { name: 'an untranslated repeat', lang: 'fa', rows: [['u1', 'Brief Analysis', 'تحلیل کوتاه'], ['u2', 'Brief Analysis', null]] },
    { name: 'numbers only', lang: 'ar', rows: [['u1', '2021', '2021'], ['u2', '2021', '٢٠٢١']] },
  ] as const)('passes $name', ({ rows, lang }) => {
    expect(flagged(rows as unknown as [string, string, string | null][], lang)).toEqual([]);
  });
});
