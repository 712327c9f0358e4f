import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { plainDocument } from '../../lib/server/documents-plain';
import { documentQaSummaries, documentRows, saveSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string, marks?: PmNode['marks']): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] }] });

const draft: DocumentDraft = {
  title: 'States analysis',
  authors: ['Michael Knights'],
  publishedOn: null,
  sourceUrl: null,
  sourceLang: 'en',
  segments: [
    { kind: 'paragraph', content: para('the Iraqi muqawama'), text: 'the Iraqi muqawama' },
    { kind: 'paragraph', content: para('Kataib Hezbollah'), text: 'Kataib Hezbollah' },
  ],
};

afterAll(() => closeSql());

describe('draft and confirmed: the house rule for target states', () => {
  it('typing makes a draft, Ctrl+Enter confirms, a change drops back to draft, marks alone keep the state (Arabic and Farsi)', async () => {
    const id = await createDocument(draft, 'local');
    const [a, b] = (await getDocument(id))!.segments;
    const save = (segmentId: number, lang: 'ar' | 'fa', baseVersion: number, text: string, state?: 'translated' | 'reviewed', content = para(text)) =>
      unwrap(saveSegment(EDITOR, { segmentId, lang, baseVersion, content, text, ...(state ? { state } : {}) }));

    expect((await save(a!.id, 'ar', 0, 'المقاومة العراقية')).state).toBe('initial');
    const confirmed = await save(a!.id, 'ar', 1, 'المقاومة العراقية', 'translated');
    expect(confirmed).toMatchObject({ version: 2, state: 'translated' });
    expect(confirmed.progress.find((p) => p.lang === 'ar')).toMatchObject({ translated: 1, reviewed: 0, total: 2 });
    // a glossary mark added, the text the same: still confirmed
    const marked = await save(a!.id, 'ar', 2, 'المقاومة العراقية', undefined, para('المقاومة العراقية', [{ type: 'glossaryTerm', attrs: { conceptId: 'c1' } }]));
    expect(marked.state).toBe('translated');
    // the text changed: back to draft, and the progress drops with it
    const changed = await save(a!.id, 'ar', 3, 'المقاومة الإسلامية في العراق');
    expect(changed.state).toBe('initial');
    expect(changed.progress.find((p) => p.lang === 'ar')?.translated).toBe(0);

    // Farsi, with its ZWNJ kept: reviewed by an editor, then edited without a state
    await save(b!.id, 'fa', 0, 'کتائب حزب‌الله');
    expect((await save(b!.id, 'fa', 1, 'کتائب حزب‌الله', 'reviewed')).progress.find((p) => p.lang === 'fa')).toMatchObject({ translated: 1, reviewed: 1 });
    expect((await save(b!.id, 'fa', 2, 'کتائب حزب‌الله عراق')).state).toBe('initial');
    expect((await getDocument(id))!.segments[1]!.translations.fa).toMatchObject({ text: 'کتائب حزب‌الله عراق', state: 'initial', version: 3 });
  });

  it('a translator confirms but may not set reviewed or final; nothing is written when refused', async () => {
    const id = await createDocument(draft, 'local');
    const [a] = (await getDocument(id))!.segments;
    const translator = await actorWith('translator');
    const ok = await unwrap(saveSegment(translator, { segmentId: a!.id, lang: 'fa', baseVersion: 0, content: para('مقاومت عراق'), text: 'مقاومت عراق', state: 'translated' }));
    expect(ok.state).toBe('translated');
    for (const state of ['reviewed', 'final'] as const) {
      const r = await saveSegment(translator, { segmentId: a!.id, lang: 'fa', baseVersion: 1, content: para('مقاومت عراق'), text: 'مقاومت عراق', state });
      expect(r).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'segment.review' } });
    }
    expect((await getDocument(id))!.segments[0]!.translations.fa).toMatchObject({ state: 'translated', version: 1 });
  });

  it('a conflict names the author of the stored text by display name', async () => {
    const id = await createDocument(draft, 'local');
    const [a] = (await getDocument(id))!.segments;
    const translator = await actorWith('translator');
    await unwrap(saveSegment(translator, { segmentId: a!.id, lang: 'ar', baseVersion: 0, content: para('نص أول'), text: 'نص أول' }));
    const stale = await saveSegment(EDITOR, { segmentId: a!.id, lang: 'ar', baseVersion: 0, content: para('نص ثان'), text: 'نص ثان' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { text: 'نص أول', updatedBy: 'test-translator', updatedByName: 'Test translator' } });
  });

  it('the plain HTML page of a document (the yardstick of bench:editor) has its rows, as stored, and refuses an unknown id', async () => {
    const id = await createDocument(draft, 'local');
    const [a] = (await getDocument(id))!.segments;
    await unwrap(saveSegment(EDITOR, { segmentId: a!.id, lang: 'fa', baseVersion: 0, content: para('مقاومت عراق‌'), text: 'مقاومت عراق‌' }));
    const html = await unwrap(plainDocument(EDITOR, id));
    expect(html.match(/<tr /g)).toHaveLength(2);
    expect(html).toContain('<div contenteditable="true" role="textbox">مقاومت عراق\u200c</div>');
    expect(await plainDocument(EDITOR, 987654321)).toMatchObject({ ok: false, code: 'document-not-found' });
  });

  it('the rows of a long document come a chunk at a time, in order, with their translations; bad ranges are refused', async () => {
    const id = await createDocument(draft, 'local');
    const [a, b] = (await getDocument(id))!.segments;
    await unwrap(saveSegment(EDITOR, { segmentId: b!.id, lang: 'ar', baseVersion: 0, content: para('كتائب حزب الله'), text: 'كتائب حزب الله' }));
    expect((await unwrap(documentRows(EDITOR, id, 0, 1))).map((r) => r.id)).toEqual([a!.id]);
    const rest = await unwrap(documentRows(EDITOR, id, 1, 500));
    expect(rest.map((r) => [r.id, r.translations.ar?.text])).toEqual([[b!.id, 'كتائب حزب الله']]);
    expect(await unwrap(documentRows(EDITOR, id, 2, 500))).toEqual([]);
    expect(await documentRows(EDITOR, id, -1, 10)).toMatchObject({ ok: false, code: 'invalid-input', params: { field: 'offset' } });
    expect(await documentRows(EDITOR, id, 0, 501)).toMatchObject({ ok: false, code: 'invalid-input', params: { field: 'limit' } });
    expect(await documentRows(EDITOR, 987654321, 0, 10)).toMatchObject({ ok: false, code: 'document-not-found' });
  });

  it('the document QA the editor asks for once open: one summary per target language, counting an untranslated segment', async () => {
    const id = await createDocument(draft, 'local');
    const qa = await unwrap(documentQaSummaries(EDITOR, id));
    expect(qa.map((q) => q.lang)).toEqual(['ar', 'fa']);
    expect(qa.every((q) => q.openErrors + q.openWarnings > 0)).toBe(true);
    expect(await documentQaSummaries(EDITOR, 987654321)).toMatchObject({ ok: false, code: 'document-not-found' });
  });
});
