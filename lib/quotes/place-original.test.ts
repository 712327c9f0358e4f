import { describe, expect, it } from 'vitest';
import type { PmNode } from '../documents/types';
import { placeOriginal } from './place-original';

describe('placeOriginal', () => {
  const doc = (...texts: string[]): PmNode => ({ type: 'doc', content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t, marks: [{ type: 'bold' }] }] })) });
  const textOf = (d: PmNode) => (d.content ?? []).map((b) => (b.content ?? []).map((n) => n.text).join('')).join('\n');
  it.each([
    ['ar: second quotation marks', doc('قال «أ» ثم «ب» انتهى'), 1, 'قال «أ» ثم «الأصل» انتهى'],
    ['ar: curly marks in the second paragraph', doc('مقدمة', 'ثم “ترجمة” هنا'), 0, 'مقدمة\nثم “الأصل” هنا'],
    ['fa: ZWNJ around kept', doc('می‌گوید «ترجمه» و می‌رود'), 0, 'می‌گوید «الأصل» و می‌رود'],
  ])('%s', (_name, target, k, expected) => {
    const out = placeOriginal(target, 'الأصل', 'ar', 7, false, k);
    expect(textOf(out)).toBe(expected);
    // the marks of the text around it stay
    expect(out.content![0]!.content![0]!.marks).toEqual([{ type: 'bold' }]);
  });
  it('refuses a target with fewer quotation marks than the quote\'s rank (negative row)', () => {
    expect(() => placeOriginal(doc('قال «أ» انتهى'), 'الأصل', 'ar', 7, false, 1)).toThrow(expect.objectContaining({ code: 'quote-place-not-found' }));
    expect(() => placeOriginal(doc('English only'), 'اصل', 'fa', 7, false, 0)).toThrow(expect.objectContaining({ code: 'quote-place-not-found' }));
  });
});
