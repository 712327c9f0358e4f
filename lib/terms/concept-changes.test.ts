import { describe, expect, it } from 'vitest';
import { conceptChanges } from './concept-changes';
import type { Concept } from './types';

const base: Concept = {
  id: 'c-muqawama',
  subjectField: 'armed groups',
  definitions: { en: 'Resistance.', ar: 'المقاومة المسلحة.' },
  notes: { fa: 'در متن‌های فارسی «مقاومت».' },
  terms: [
    { lang: 'en', text: 'muqawama', status: 'preferred' },
    { lang: 'ar', text: 'المقاومة', status: 'preferred' },
    { lang: 'fa', text: 'مقاومت', status: 'preferred' },
  ],
};

describe('conceptChanges: what a history row says changed', () => {
  it('a definition changed in Arabic, a note added in English, a Farsi note removed', () => {
    const after: Concept = { ...base, definitions: { en: 'Resistance.', ar: 'فصائل المقاومة المسلحة.' }, notes: { en: 'Checked by the desk.' } };
    expect(conceptChanges(base, after)).toEqual([
      { kind: 'definition', lang: 'ar', before: 'المقاومة المسلحة.', after: 'فصائل المقاومة المسلحة.' },
      { kind: 'note', lang: 'en', before: '', after: 'Checked by the desk.' },
      { kind: 'note', lang: 'fa', before: 'در متن‌های فارسی «مقاومت».', after: '' },
    ]);
  });

  it('terms: added (Farsi with ZWNJ), removed, a new status, new details; the subject field', () => {
    const after: Concept = {
      ...base,
      subjectField: 'militias',
      terms: [
        { lang: 'en', text: 'muqawama', status: 'admitted' },
        { lang: 'ar', text: 'المقاومة', status: 'preferred', usageNote: 'بأل التعريف' },
        { lang: 'fa', text: 'جبهه‌ی مقاومت', status: 'preferred' },
      ],
    };
    expect(conceptChanges(base, after)).toEqual([
      { kind: 'subject', before: 'armed groups', after: 'militias' },
      { kind: 'term-status', lang: 'en', text: 'muqawama', from: 'preferred', to: 'admitted' },
      { kind: 'term-details', lang: 'ar', text: 'المقاومة' },
      { kind: 'term-added', lang: 'fa', text: 'جبهه‌ی مقاومت', status: 'preferred' },
      { kind: 'term-removed', lang: 'fa', text: 'مقاومت', status: 'preferred' },
    ]);
  });

  it('nothing changed, or only whitespace around a definition: no change', () => {
    expect(conceptChanges(base, { ...base, definitions: { en: ' Resistance. ', ar: 'المقاومة المسلحة.' } })).toEqual([]);
  });
});
