import { afterAll, describe, expect, it } from 'vitest';
import { createAlignedDocument } from '../../lib/db/alignments';
import { getDocument } from '../../lib/db/documents';
import { listRevisions } from '../../lib/db/segments';
import { closeSql } from '../../lib/db/sql';

afterAll(() => closeSql());

describe('keeping aligned pairs as a document', () => {
  it.each([
    ['ar', 'Iraj Masjedi forgot his role.', 'إيرج مسجدي نسي دوره.'],
    ['fa', 'Iraj Masjedi forgot his role.', 'ایرج مسجدی نقش خود را فراموش کرد.'],
  ] as const)('%s: each pair becomes a segment with its translation marked translated', async (lang, en, target) => {
    const id = await createAlignedDocument({
      title: `Published pair ${lang}`,
      sourceLang: 'en',
      targetLang: lang,
      pairs: [
        { source: en, target },
        { source: 'A sentence left untranslated.', target: '' },
        { source: '', target: 'جملة بلا أصل إنجليزي.' },
      ],
    });
    const doc = (await getDocument(id))!;
    expect(doc.title).toBe(`Published pair ${lang}`);
    expect(doc.segments.map((s) => [s.text, s.translations[lang]?.text ?? null, s.translations[lang]?.state ?? null, s.doNotTranslate])).toEqual([
      [en, target, 'translated', false],
      ['A sentence left untranslated.', null, null, false],
      ['', 'جملة بلا أصل إنجليزي.', 'translated', true],
    ]);
    const revs = await listRevisions(doc.segments[0]!.id);
    expect(revs.map((r) => [r.lang, r.action, r.afterText]).sort()).toEqual([
      ['en', 'import', en],
      [lang, 'import', target],
    ].sort());
  });

  it('refuses an empty set of pairs and a target in the source language (negative rows)', async () => {
    await expect(createAlignedDocument({ title: 'x', sourceLang: 'en', targetLang: 'ar', pairs: [{ source: ' ', target: '' }] })).rejects.toMatchObject({ code: 'align-no-pairs' });
    await expect(createAlignedDocument({ title: 'x', sourceLang: 'en', targetLang: 'en', pairs: [{ source: 'a', target: 'b' }] })).rejects.toMatchObject({ code: 'align-same-language' });
  });
});
