import { describe, expect, it } from 'vitest';
import type { XliffDoc } from '../formats/xliff-types';
import { inlineText, qaInputFromXliff } from './from-xliff';

describe('qaInputFromXliff', () => {
  const doc: XliffDoc = {
    version: '2.1',
    srcLang: 'en-US',
    trgLang: 'ar-IQ',
    files: [
      {
        id: 'f1',
        notes: [],
        units: [
          {
            id: 'p1',
            notes: [],
            segments: [
              {
                source: [
                  { kind: 'text', text: 'Elements of ' },
                  { kind: 'pc', id: '1', attrs: { 'tj:href': '/node/16715' }, content: [{ kind: 'text', text: 'Asaib Ahl al-Haq' }] },
                  { kind: 'text', text: ' and KH.' },
                ],
                target: [
                  { kind: 'text', text: 'عناصر من ' },
                  { kind: 'pc', id: '1', attrs: { 'tj:href': '/node/16715' }, content: [{ kind: 'text', text: 'عصائب أهل الحق' }] },
                  { kind: 'ph', id: '2', attrs: { type: 'fmt', subType: 'xlf:lb' } },
                  { kind: 'text', text: 'وكتائب حزب الله.' },
                ],
              },
            ],
          },
          {
            id: 'p2',
            notes: [],
            segments: [
              { id: 's1', source: [{ kind: 'text', text: 'Brief Analysis' }], target: [{ kind: 'text', text: 'تحليل موجز' }] },
              { source: [{ kind: 'text', text: 'The post was deleted.' }] },
            ],
          },
        ],
      },
    ],
  };

  it('gives one segment per <segment> with texts (breaks as newlines), links and our languages', () => {
    expect(qaInputFromXliff(doc)).toEqual({
      sourceLang: 'en',
      targetLang: 'ar',
      segments: [
        {
          unitId: 'p1',
          sourceText: 'Elements of Asaib Ahl al-Haq and KH.',
          targetText: 'عناصر من عصائب أهل الحق\nوكتائب حزب الله.',
          sourceLinks: ['/node/16715'],
          targetLinks: ['/node/16715'],
        },
        { unitId: 'p2/s1', sourceText: 'Brief Analysis', targetText: 'تحليل موجز', sourceLinks: [], targetLinks: [] },
        { unitId: 'p2/2', sourceText: 'The post was deleted.', targetText: null, sourceLinks: [] },
      ],
    });
  });

  it('prefixes file ids when there are several files and leaves unknown languages out', () => {
    const two: XliffDoc = { ...doc, trgLang: 'de', files: [doc.files[0]!, { ...doc.files[0]!, id: 'f2' }] };
    const input = qaInputFromXliff(two);
    expect(input.targetLang).toBeUndefined();
    expect(input.segments.map((s) => s.unitId)).toEqual(['f1/p1', 'f1/p2/s1', 'f1/p2/2', 'f2/p1', 'f2/p2/s1', 'f2/p2/2']);
  });

  it('keeps ZWNJ and nested marks in Farsi text', () => {
    expect(
      inlineText([
        { kind: 'mrk', id: 'm1', content: [{ kind: 'text', text: 'کتائب ' }, { kind: 'sc', id: 's' }, { kind: 'text', text: 'حزب‌الله' }] },
        { kind: 'ec', startRef: 's' },
      ]),
    ).toEqual({ text: 'کتائب حزب‌الله', links: [] });
  });
});
