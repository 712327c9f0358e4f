import { describe, expect, it } from 'vitest';
import { docOfText, previewHits } from './find-preview';
import type { PmNode } from './types';

const para = (...content: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const text = (t: string, marks?: PmNode['marks']): PmNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

describe('previewHits: every hit of a document language, marked with what replace-all leaves', () => {
  it('Arabic: a hit behind و and ال, and one inside a locked original marked as such', () => {
    const r = previewHits(
      [
        { segmentId: 1, n: 1, version: 3, content: para(text('بين إيران والمقاومة')), text: 'بين إيران والمقاومة' },
        { segmentId: 2, n: 2, version: 1, content: para(text('قالوا: '), text('والمقاومة لا تأخذ أوامرها', [{ type: 'originalWording', attrs: { quoteId: 7 } }])), text: 'قالوا: والمقاومة لا تأخذ أوامرها' },
        { segmentId: 3, n: 3, version: 1, content: null, text: 'لا شيء هنا' },
      ],
      'مقاومة',
      'ar',
      {},
      'نضال',
    );
    expect(r.hits).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.segments.map((s) => [s.segmentId, s.version, s.hits.map((h) => [s.text.slice(h.start, h.end), s.text.slice(h.matchStart, h.matchEnd), h.skip ?? null])])).toEqual([
      [1, 3, [['والمقاومة', 'مقاومة', null]]],
      [2, 1, [['والمقاومة', 'مقاومة', 'locked']]],
    ]);
  });

  it('Farsi: a query without ZWNJ finds the word written with it; a plain-text target without content is searched too', () => {
    const r = previewHits([{ segmentId: 9, n: 4, version: 2, content: null, text: 'حزب‌الله و کتاب‌ها' }], 'حزبالله', 'fa', { wholeWord: true });
    expect(r.segments[0]!.hits.map((h) => r.segments[0]!.text.slice(h.start, h.end))).toEqual(['حزب‌الله']);
    expect(docOfText(null, 'a\nb').content).toHaveLength(2);
  });

  it('English: whole words and case', () => {
    const texts = [{ segmentId: 1, n: 1, version: 1, content: null, text: 'Resistance, the resistance’s and resistances' }];
    expect(previewHits(texts, 'resistance', 'en', { wholeWord: true }).hits).toBe(2);
    expect(previewHits(texts, 'resistance', 'en', { matchCase: true }).hits).toBe(2);
  });
});
