import { describe, expect, it } from 'vitest';
import type { SegmentRow } from '../documents/views';
import { applyPanes } from './apply-panes';
import type { LivePane } from './types';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const seg: SegmentRow = {
  id: 1, position: 0, kind: 'paragraph', content: doc('One.'), text: 'One.', doNotTranslate: false, version: 1,
  translations: { ar: { content: doc('واحد'), text: 'واحد', state: 'translated', version: 2 } },
};
const pane = (lang: 'en' | 'ar' | 'fa', text: string, version: number): LivePane => ({
  documentId: 9, segmentId: 1, lang, content: doc(text), text, state: 'translated', version, author: { id: 'u', name: 'U' }, isSource: lang === 'en',
});

describe('applyPanes', () => {
  it('lays a newer pushed pane over the stored one, source and targets', () => {
    const panes = new Map([['1:ar', pane('ar', 'واحدٌ', 3)], ['1:fa', pane('fa', 'یک', 1)], ['1:en', pane('en', 'One!', 2)]]);
    const [s] = applyPanes([seg], panes, 'en');
    expect([s!.text, s!.version, s!.translations.ar?.text, s!.translations.ar?.version, s!.translations.fa?.text]).toEqual(['One!', 2, 'واحدٌ', 3, 'یک']);
  });

  it('keeps the stored pane when the push is not newer (a reload came after it)', () => {
    const [s] = applyPanes([seg], new Map([['1:ar', pane('ar', 'قديم', 2)]]), 'en');
    expect(s!.translations.ar?.text).toBe('واحد');
    expect(applyPanes([seg], new Map(), 'en')[0]).toBe(seg);
  });
});
