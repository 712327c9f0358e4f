import { afterAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../lib/db/documents';
import { listRevisions } from '../../lib/db/segments';
import { closeSql } from '../../lib/db/sql';
import { keepAlignedPairs } from '../../lib/server/align';
import { EDITOR, unwrap } from './support';

afterAll(() => closeSql());

describe('keeping aligned pairs as a document', () => {
  it.each([
    ['ar', 'Iraj Masjedi forgot his role.', 'إيرج مسجدي نسي دوره.'],
    ['fa', 'Iraj Masjedi forgot his role.', 'ایرج مسجدی نقش خود را فراموش کرد.'],
  ] as const)('%s: each pair becomes a segment with its translation marked translated', async (lang, en, target) => {
    const { documentId: id } = await unwrap(keepAlignedPairs(EDITOR, {
      title: `Published pair ${lang}`,
      targetLang: lang,
      pairs: [
        { source: en, target },
        { source: 'A sentence left untranslated.', target: '' },
        { source: '', target: 'جملة بلا أصل إنجليزي.' },
      ],
    }));
    const doc = (await getDocument(id))!;
    expect(doc.title).toBe(`Published pair ${lang}`);
    expect(doc.segments.map((s) => [s.text, s.translations[lang]?.text ?? null, s.translations[lang]?.state ?? null, s.doNotTranslate])).toEqual([
      [en, target, 'translated', false],
      ['A sentence left untranslated.', null, null, false],
      ['', 'جملة بلا أصل إنجليزي.', 'translated', true],
    ]);
    const revs = await listRevisions(doc.segments[0]!.id);
    expect(revs.map((r) => [r.lang, r.action, r.afterText, r.author]).sort()).toEqual([
      ['en', 'import', en, 'local'],
      [lang, 'import', target, 'local'],
    ].sort());
  });

  it('refuses an empty set of pairs, and a target language that is not Arabic or Farsi (negative rows)', async () => {
    await expect(unwrap(keepAlignedPairs(EDITOR, { title: 'x', targetLang: 'ar', pairs: [{ source: ' ', target: '' }] }))).rejects.toMatchObject({ code: 'align-no-pairs' });
    await expect(unwrap(keepAlignedPairs(EDITOR, { title: 'x', targetLang: 'en', pairs: [{ source: 'a', target: 'b' }] }))).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
