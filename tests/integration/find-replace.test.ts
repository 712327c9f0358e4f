import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { listRevisions } from '../../lib/db/segments';
import { closeSql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { findInDocument, replaceInDocument } from '../../lib/server/replace';
import { saveSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const ORIGINAL = 'لن نتخلى عن المقاومة';
/** A target whose quoted words are a locked original (the originalWording mark a quote's original leaves). */
const withLockedOriginal = (before: string): PmNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: before }, { type: 'text', text: ORIGINAL, marks: [{ type: 'originalWording', attrs: { quoteId: 1 } }] }] }],
});

const draft: DocumentDraft = {
  title: 'Find and replace',
  authors: ['Hamdi Malik'],
  publishedOn: '2021-11-13',
  sourceUrl: null,
  sourceLang: 'en',
  segments: [
    { kind: 'paragraph', content: para('The resistance and Iran'), text: 'The resistance and Iran' },
    { kind: 'paragraph', content: para('They said: “we will not abandon the resistance”'), text: 'They said: “we will not abandon the resistance”' },
    { kind: 'paragraph', content: para('Hezbollah in Lebanon'), text: 'Hezbollah in Lebanon' },
    { kind: 'paragraph', content: para('Nothing here'), text: 'Nothing here' },
  ],
};

async function seeded() {
  const id = await createDocument(draft, 'local');
  const segs = (await getDocument(id))!.segments;
  const save = (i: number, lang: 'ar' | 'fa', content: PmNode, text: string, state?: 'translated') =>
    unwrap(saveSegment(EDITOR, { segmentId: segs[i]!.id, lang, baseVersion: 0, content, text, state }));
  // confirmed (Ctrl+Enter): a replace changes its text, so it drops back to draft, as an edit in the editor does
  await save(0, 'ar', para('بين إيران والمقاومة وللمقاومةِ أنصار'), 'بين إيران والمقاومة وللمقاومةِ أنصار', 'translated');
  const lockedText = 'قالوا: ' + ORIGINAL;
  await save(1, 'ar', withLockedOriginal('قالوا: '), lockedText);
  await save(2, 'fa', para('حزب‌الله در لبنان'), 'حزب‌الله در لبنان');
  return { id, segs };
}

afterAll(() => closeSql());

describe('find and replace across a document (real PostgreSQL)', () => {
  it('finds an Arabic word behind clitics and marks the hit inside a locked original', async () => {
    const { id, segs } = await seeded();
    const found = await unwrap(findInDocument(EDITOR, { documentId: id, lang: 'ar', query: 'مقاومة' }));
    expect(found.hits).toBe(3);
    expect(found.skipped).toBe(1);
    const first = found.segments.find((s) => s.segmentId === segs[0]!.id)!;
    expect(first.hits.map((h) => first.text.slice(h.start, h.end))).toEqual(['والمقاومة', 'وللمقاومةِ']);
    const locked = found.segments.find((s) => s.segmentId === segs[1]!.id)!;
    expect(locked.hits).toEqual([expect.objectContaining({ skip: 'locked' })]);
  });

  it('replaces all in one transaction: one revision per changed segment, the locked original untouched and reported', async () => {
    const { id, segs } = await seeded();
    const found = await unwrap(findInDocument(EDITOR, { documentId: id, lang: 'ar', query: 'مقاومة' }));
    const out = await unwrap(
      replaceInDocument(EDITOR, {
        documentId: id,
        lang: 'ar',
        query: 'مقاومة',
        replacement: 'نضال',
        segments: found.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })),
      }),
    );
    expect(out).toMatchObject({ changedSegments: 1, replaced: 2 });
    expect(out.skipped).toEqual([{ segmentId: segs[1]!.id, n: 2, reason: 'locked', hits: 1 }]);
    const doc = (await getDocument(id))!;
    expect(doc.segments[0]!.translations.ar).toMatchObject({ text: 'بين إيران والنضال وللنضال أنصار', version: 2, state: 'initial' });
    expect(doc.segments[1]!.translations.ar).toMatchObject({ text: 'قالوا: ' + ORIGINAL, version: 1 });
    const revs = await listRevisions(segs[0]!.id, 'ar');
    expect(revs[0]).toMatchObject({ action: 'replace', version: 2, beforeText: 'بين إيران والمقاومة وللمقاومةِ أنصار', afterText: 'بين إيران والنضال وللنضال أنصار', author: 'local' });
    expect((await listRevisions(segs[1]!.id, 'ar')).map((r) => r.action)).toEqual(['save']);
    // the glossary mark of the locked original is kept as it was
    expect(JSON.stringify(doc.segments[1]!.translations.ar!.content)).toContain('"originalWording"');
  });

  it('leaves a segment saved since the preview and reports it; nothing else of that segment changes', async () => {
    const { id, segs } = await seeded();
    const found = await unwrap(findInDocument(EDITOR, { documentId: id, lang: 'ar', query: 'مقاومة' }));
    await unwrap(saveSegment(EDITOR, { segmentId: segs[0]!.id, lang: 'ar', baseVersion: 1, content: para('المقاومة الآن'), text: 'المقاومة الآن' }));
    const out = await unwrap(
      replaceInDocument(EDITOR, { documentId: id, lang: 'ar', query: 'مقاومة', replacement: 'نضال', segments: found.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })) }),
    );
    expect(out.changedSegments).toBe(0);
    expect(out.skipped.map((s) => s.reason).sort()).toEqual(['changed', 'locked']);
    expect((await getDocument(id))!.segments[0]!.translations.ar!.text).toBe('المقاومة الآن');
  });

  it('Farsi: حزبالله typed without ZWNJ finds and replaces حزب‌الله, keeping the ZWNJ elsewhere', async () => {
    const { id, segs } = await seeded();
    const found = await unwrap(findInDocument(EDITOR, { documentId: id, lang: 'fa', query: 'حزبالله' }));
    expect(found.hits).toBe(1);
    const out = await unwrap(
      replaceInDocument(EDITOR, { documentId: id, lang: 'fa', query: 'حزبالله', replacement: 'حزب‌الله لبنان', segments: found.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })) }),
    );
    expect(out.replaced).toBe(1);
    expect((await getDocument(id))!.segments[2]!.translations.fa!.text).toBe('حزب‌الله لبنان در لبنان');
    expect(segs).toHaveLength(4);
  });

  it('the source needs segment.edit-source: a translator may search it but not replace in it', async () => {
    const { id } = await seeded();
    const translator = await actorWith('translator');
    const found = await unwrap(findInDocument(translator, { documentId: id, lang: 'en', query: 'resistance' }));
    expect(found).toMatchObject({ hits: 2, isSource: true, canReplace: false });
    const r = await replaceInDocument(translator, { documentId: id, lang: 'en', query: 'resistance', replacement: 'muqawama', segments: found.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })) });
    expect(r).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'segment.edit-source' } });
    const viewer = await actorWith('viewer');
    expect(await replaceInDocument(viewer, { documentId: id, lang: 'ar', query: 'x', replacement: 'y', segments: [{ segmentId: 1, version: 1 }] })).toMatchObject({ ok: false, code: 'forbidden' });
    // an editor replaces in the source; the revision is in the same log
    const out = await unwrap(replaceInDocument(EDITOR, { documentId: id, lang: 'en', query: 'resistance', replacement: 'muqawama', segments: found.segments.map((s) => ({ segmentId: s.segmentId, version: s.version })) }));
    expect(out).toMatchObject({ changedSegments: 2, replaced: 2 });
    const doc = (await getDocument(id))!;
    expect(doc.segments[0]!.text).toBe('The muqawama and Iran');
    expect(doc.segments[0]!.version).toBe(2);
  });

  it('bad input: an empty query and an over-long replacement are refused with their codes', async () => {
    const { id } = await seeded();
    expect(await findInDocument(EDITOR, { documentId: id, lang: 'ar', query: '   ' })).toMatchObject({ ok: false, code: 'find-query-required' });
    const long = await replaceInDocument(EDITOR, { documentId: id, lang: 'ar', query: 'a', replacement: 'ب'.repeat(501), segments: [{ segmentId: 1, version: 1 }] });
    expect(long).toMatchObject({ ok: false, code: 'find-too-long', params: { field: 'replacement', max: 500 } });
  });
});
