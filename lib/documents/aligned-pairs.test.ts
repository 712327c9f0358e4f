import { describe, expect, it } from 'vitest';
import { alignedDocumentDraft } from './aligned-pairs';

describe('alignedDocumentDraft', () => {
  it.each([
    ['ar', 'إيرج مسجدي نسي دوره.'],
    ['fa', 'ایرج مسجدی نقش خود را فراموش کرد.'],
  ] as const)('%s: one segment per pair, the translation translated; a 0-1 pair keeps its translation on an empty, do-not-translate source', (lang, target) => {
    const draft = alignedDocumentDraft({ title: ' ', sourceLang: 'en', targetLang: lang, pairs: [{ source: ' Iraj Masjedi forgot his role. ', target }, { source: '', target }] });
    expect(draft.title).toBe('Iraj Masjedi forgot his role.');
    expect(draft.segments.map((s) => [s.text, s.doNotTranslate, s.translations?.[0]?.text, s.translations?.[0]?.state])).toEqual([
      ['Iraj Masjedi forgot his role.', false, target, 'translated'],
      ['', true, target, 'translated'],
    ]);
  });

  it.each([
    [{ sourceLang: 'en', targetLang: 'ar', pairs: [{ source: ' ', target: '\n' }] }, 'align-no-pairs'],
    [{ sourceLang: 'en', targetLang: 'en', pairs: [{ source: 'a', target: 'b' }] }, 'align-same-language'],
    [{ sourceLang: 'fa', targetLang: 'fa', pairs: [{ source: 'سلام', target: 'سلام' }] }, 'align-same-language'],
  ] as const)('refuses %j with %s', (input, code) => {
    expect(() => alignedDocumentDraft({ title: '', ...input, pairs: [...input.pairs] })).toThrow(expect.objectContaining({ code }));
  });
});
