import { describe, expect, it } from 'vitest';
import type { Lang } from '../../text/lang';
import { qaContext } from '../run';
import { MILITIA_GLOSSARY } from '../test-glossary';
import { seg } from '../test-helpers';
import { latinLeftover } from './latin-leftover';

const found = (target: string, lang: Lang) =>
  latinLeftover
    .run(seg('KH and the Qods Force', target), qaContext('en', lang, MILITIA_GLOSSARY))
    .map((f) => [f.params.conceptId, f.params.term, f.params.expected, target.slice(f.start, f.end)]);

describe('latin-leftover', () => {
  it.each([
    { name: 'Latin name left in Arabic', lang: 'ar', target: 'نشرت Kataib Hezbollah الرسالة', expected: [['kataib-hezbollah', 'Kataib Hezbollah', 'كتائب حزب الله', 'Kataib Hezbollah']] },
    { name: 'acronym left in Farsi', lang: 'fa', target: 'KH پیام را بازنشر کرد', expected: [['kataib-hezbollah', 'KH', 'کتائب حزب‌الله', 'KH']] },
    { name: 'transliteration left in Arabic', lang: 'ar', target: 'الـ muqawama العراقية', expected: [['muqawama', 'muqawama', 'مقاومة', 'muqawama']] },
    {
      name: 'two leftovers in Farsi',
      lang: 'fa',
      target: 'Qods Force و KH',
      expected: [['qods-force', 'Qods Force', 'نیروی قدس', 'Qods Force'], ['kataib-hezbollah', 'KH', 'کتائب حزب‌الله', 'KH']],
    },
  ] as const)('flags $name', ({ lang, target, expected }) => {
    expect(found(target, lang)).toEqual(expected);
  });

  it.each([
    { name: 'Latin gloss after the Arabic term', lang: 'ar', target: 'كتائب حزب الله (Kataib Hezbollah)' },
    { name: 'Latin gloss after the Farsi term', lang: 'fa', target: 'کتائب حزب‌الله (KH)' },
    { name: 'Latin words the glossary does not know', lang: 'ar', target: 'قناة al-Ahad TV' },
    { name: 'a term with no Arabic equivalent', lang: 'ar', target: 'منصة Militia Spotlight' },
    { name: 'English target is not checked', lang: 'en', target: 'Kataib Hezbollah' },
    { name: 'lower-case kh is not the acronym', lang: 'fa', target: 'kh نیست' },
  ] as const)('passes $name', ({ lang, target }) => {
    expect(found(target, lang)).toEqual([]);
  });
});
