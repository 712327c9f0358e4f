import { describe, expect, it } from 'vitest';
import { relevantConcepts } from './relevant-concepts';
import { buildTermIndex } from './term-index';
import type { Concept } from './types';

const concepts: Concept[] = [
  { id: 'c-muqawama', terms: [{ lang: 'en', text: 'muqawama', status: 'preferred' }, { lang: 'ar', text: 'مقاومة', status: 'preferred' }, { lang: 'fa', text: 'مقاومت', status: 'preferred' }] },
  { id: 'c-qods', terms: [{ lang: 'en', text: 'Qods Force', status: 'preferred' }, { lang: 'ar', text: 'قوة القدس', status: 'deprecated' }] },
  { id: 'c-pmf', terms: [{ lang: 'en', text: 'Popular Mobilization Forces', status: 'preferred' }, { lang: 'fa', text: 'حشد الشعبی', status: 'preferred' }] },
  { id: 'c-kh', terms: [{ lang: 'en', text: 'Kataib Hezbollah', status: 'preferred' }, { lang: 'fa', text: 'کتائب حزب‌الله', status: 'preferred' }] },
];
const index = buildTermIndex(concepts);
const ids = (texts: { text: string; lang: 'en' | 'ar' | 'fa' }[]) => relevantConcepts(concepts, index, texts).map((c) => c.id).sort();

describe('relevantConcepts', () => {
  it.each([
    ['en source', [{ text: 'The Iraqi muqawama (resistance)', lang: 'en' as const }], ['c-muqawama', 'c-qods']],
    ['ar target with a clitic', [{ text: 'والمقاومة العراقية', lang: 'ar' as const }], ['c-muqawama', 'c-qods']],
    ['fa target with ZWNJ', [{ text: 'کتائب حزب‌الله و حشد الشعبی', lang: 'fa' as const }], ['c-kh', 'c-pmf', 'c-qods']],
    ['nothing recognized: only the concepts with wrong terms', [{ text: 'An unrelated sentence.', lang: 'en' as const }], ['c-qods']],
  ])('%s', (_name, texts, expected) => {
    expect(ids(texts)).toEqual(expected);
  });
});
