import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument, listDocuments } from '../../lib/db/documents';
import { listRevisions } from '../../lib/db/segments';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { mergeSegments, saveSegment, splitSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const draft: DocumentDraft = {
  title: 'Test analysis',
  authors: ['Hamdi Malik'],
  publishedOn: '2021-11-13',
  sourceUrl: null,
  sourceLang: 'en',
  segments: [
    { kind: 'heading', content: para('Sabereen News Criticizes Iran'), text: 'Sabereen News Criticizes Iran' },
    { kind: 'paragraph', content: para('the Iraqi muqawama (resistance) and Iran'), text: 'the Iraqi muqawama (resistance) and Iran' },
    { kind: 'paragraph', content: para('in a way'), text: 'in a way' },
    { kind: 'paragraph', content: para('that my death satisfies America.'), text: 'that my death satisfies America.' },
  ],
};

afterAll(() => closeSql());

describe('documents and segments in PostgreSQL', () => {
  it('stores an imported document with segments, and lists it with progress', async () => {
    const id = await createDocument(draft, 'local');
    const doc = await getDocument(id);
    expect(doc?.title).toBe('Test analysis');
    expect(doc?.publishedOn).toBe('2021-11-13');
    expect(doc?.segments.map((s) => s.text)).toEqual(draft.segments.map((s) => s.text));
    const listed = (await listDocuments()).find((d) => d.id === id);
    expect(listed?.progress.map((p) => [p.lang, p.translated, p.total])).toEqual([
      ['ar', 0, 4],
      ['fa', 0, 4],
    ]);
  });

  it('saves Arabic and Farsi text with versions and refuses a stale save, keeping both texts', async () => {
    const id = await createDocument(draft, 'local');
    const seg = (await getDocument(id))!.segments[1]!;
    const first = await saveSegment(EDITOR, { segmentId: seg.id, lang: 'ar', baseVersion: 0, content: para('المقاومة العراقية'), text: 'المقاومة العراقية' });
    // typing makes a draft (state initial with text): not yet counted as translated
    expect(first).toMatchObject({ ok: true, value: { version: 1, state: 'initial' } });
    const fa = await saveSegment(EDITOR, { segmentId: seg.id, lang: 'fa', baseVersion: 0, content: para('مقاومت عراق‌'), text: 'مقاومت عراق‌' });
    expect(fa.ok).toBe(true);
    // a second user still on version 0
    const translator = await actorWith('translator');
    const stale = await saveSegment(translator, { segmentId: seg.id, lang: 'ar', baseVersion: 0, content: para('المقاومة في العراق'), text: 'المقاومة في العراق' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { text: 'المقاومة العراقية', updatedBy: 'local', updatedByName: 'Local user' } });
    const stored = (await getDocument(id))!.segments[1]!.translations.ar;
    expect(stored?.text).toBe('المقاومة العراقية');
    expect(stored?.version).toBe(1);
    const history = await listRevisions(seg.id, 'ar');
    // every save and refused save names its author: the acting user, never a fixed 'local'
    expect(history.map((r) => [r.action, r.afterText, r.author])).toEqual([
      ['conflict', 'المقاومة في العراق', 'test-translator'],
      ['save', 'المقاومة العراقية', 'local'],
    ]);
    expect((await getDocument(id))!.segments[1]!.translations.fa?.text).toBe('مقاومت عراق‌');
    expect((await listDocuments()).find((d) => d.id === id)?.progress.find((p) => p.lang === 'ar')?.translated).toBe(0);
    // confirming (Ctrl+Enter) saves the state with the text, and the answer carries the moved progress
    const confirmed = await unwrap(saveSegment(EDITOR, { segmentId: seg.id, lang: 'ar', baseVersion: 1, content: para('المقاومة العراقية'), text: 'المقاومة العراقية', state: 'translated' }));
    expect(confirmed.state).toBe('translated');
    expect(confirmed.progress.find((p) => p.lang === 'ar')).toMatchObject({ translated: 1, total: 4 });
    const listed = (await listDocuments()).find((d) => d.id === id);
    expect(listed?.progress.find((p) => p.lang === 'ar')?.translated).toBe(1);
  });

  it('refuses a save for an unknown segment with a code', async () => {
    expect(await saveSegment(EDITOR, { segmentId: 987654321, lang: 'ar', baseVersion: 0, content: para('x'), text: 'x' })).toMatchObject({ ok: false, code: 'segment-not-found' });
    expect(await saveSegment(EDITOR, { segmentId: -1, lang: 'ar', baseVersion: 0, content: para('x'), text: 'x' })).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('merges a paragraph broken by the page layout, keeping the folded segment and its translation', async () => {
    const id = await createDocument(draft, 'local');
    const segs = (await getDocument(id))!.segments;
    await unwrap(saveSegment(EDITOR, { segmentId: segs[2]!.id, lang: 'ar', baseVersion: 0, content: para('بطريقة'), text: 'بطريقة' }));
    await unwrap(mergeSegments(EDITOR, id, segs[2]!.id));
    const after = (await getDocument(id))!.segments;
    expect(after).toHaveLength(3);
    expect(after[2]!.text).toBe('in a way that my death satisfies America.');
    expect(after[2]!.translations.ar?.text).toBe('بطريقة');
    const [kept] = await sql`select merged_into, text from segments where id = ${segs[3]!.id}`;
    expect(kept).toMatchObject({ merged_into: segs[2]!.id, text: 'that my death satisfies America.' });
  });

  it('splits a segment at an offset and renumbers the following ones', async () => {
    const id = await createDocument(draft, 'local');
    const segs = (await getDocument(id))!.segments;
    await unwrap(splitSegment(EDITOR, id, segs[1]!.id, 'the Iraqi muqawama'.length));
    const after = (await getDocument(id))!.segments;
    expect(after.map((s) => s.text.trim())).toEqual(['Sabereen News Criticizes Iran', 'the Iraqi muqawama', '(resistance) and Iran', 'in a way', 'that my death satisfies America.']);
    await expect(unwrap(splitSegment(EDITOR, id, segs[1]!.id, 0))).rejects.toMatchObject({ code: 'split-offset' });
    await expect(unwrap(splitSegment(EDITOR, id, segs[1]!.id, 10_000))).rejects.toMatchObject({ code: 'split-offset' });
  });
});
