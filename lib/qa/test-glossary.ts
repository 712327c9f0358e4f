// A small glossary of the Militia Spotlight brief for the QA tests (not shipped code).
import type { Concept } from '../terms/types';

export const MILITIA_GLOSSARY: Concept[] = [
  {
    id: 'muqawama',
    terms: [
      { lang: 'en', text: 'muqawama', status: 'preferred', type: 'transliteration' },
      { lang: 'ar', text: 'مقاومة', status: 'preferred' },
      { lang: 'fa', text: 'مقاومت', status: 'preferred' },
    ],
  },
  {
    id: 'qods-force',
    terms: [
      { lang: 'en', text: 'Qods Force', status: 'preferred' },
      { lang: 'en', text: 'Quds Force', status: 'admitted', type: 'variant' },
      { lang: 'ar', text: 'فيلق القدس', status: 'preferred' },
      { lang: 'ar', text: 'قوة القدس', status: 'deprecated' },
      { lang: 'fa', text: 'نیروی قدس', status: 'preferred' },
      { lang: 'fa', text: 'سپاه قدس', status: 'admitted' },
    ],
  },
  {
    id: 'kataib-hezbollah',
    terms: [
      { lang: 'en', text: 'Kataib Hezbollah', status: 'preferred' },
      { lang: 'en', text: 'KH', status: 'admitted', type: 'acronym' },
      { lang: 'ar', text: 'كتائب حزب الله', status: 'preferred' },
      { lang: 'ar', text: 'الكتائب', status: 'admitted', type: 'shortForm' },
      { lang: 'fa', text: 'کتائب حزب‌الله', status: 'preferred' },
    ],
  },
  {
    id: 'pmf',
    terms: [
      { lang: 'en', text: 'Popular Mobilization Forces', status: 'preferred' },
      { lang: 'ar', text: 'الحشد الشعبي', status: 'preferred' },
      { lang: 'ar', text: 'قوات التعبئة الشعبية', status: 'forbidden' },
      { lang: 'fa', text: 'حشد الشعبی', status: 'preferred' },
    ],
  },
  {
    // English only: no equivalent to require in Arabic or Farsi.
    id: 'militia-spotlight',
    terms: [{ lang: 'en', text: 'Militia Spotlight', status: 'preferred' }],
  },
];
