import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { listRevisions } from '../../lib/db/segments';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { runDocumentQa } from '../../lib/server/document-qa';
import { importDocument } from '../../lib/server/documents';
import { listQuotes } from '../../lib/server/quote-data';
import { applyOriginal, quotesPage, updateQuote } from '../../lib/server/quotes';
import { saveSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const REPEATED = 'The resistance factions remain silent.';

afterAll(() => closeSql());

async function twoSameSentences(): Promise<{ id: number; a: number; b: number; c: number }> {
  const id = await createDocument({
    title: 'Repeated sentence', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
    segments: [REPEATED, 'Kataib Hezbollah issued a statement.', REPEATED].map((text) => ({ kind: 'paragraph' as const, content: para(text), text })),
  }, EDITOR.id);
  const [a, c, b] = (await getDocument(id))!.segments.map((s) => s.id) as [number, number, number];
  return { id, a, b, c };
}

describe('a save answers with what document QA needs (one request)', () => {
  it('returns the document-wide findings and open counts of the language saved, as they change', async () => {
    const { id, a, b } = await twoSameSentences();
    // what the QA page would show for Arabic right now
    const fresh = async () => {
      const qa = await unwrap(runDocumentQa(EDITOR, id, 'ar'));
      return { openErrors: qa.openErrors, openWarnings: qa.openWarnings, untranslated: qa.open.filter((f) => f.checkId === 'untranslated').length };
    };
    const first = await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'ar', baseVersion: 0, content: para('لا تزال فصائل المقاومة صامتة.'), text: 'لا تزال فصائل المقاومة صامتة.' }));
    expect(first.qa.map((q) => q.lang)).toEqual(['ar']);
    expect(first.qa[0]!.documentFindings).toEqual([]);
    const before = await fresh();
    expect(first.qa[0]).toMatchObject({ openErrors: before.openErrors, openWarnings: before.openWarnings });
    // the same source sentence translated differently: a document-wide finding appears in the answer
    const second = await unwrap(saveSegment(EDITOR, { segmentId: b, lang: 'ar', baseVersion: 0, content: para('الفصائل ما زالت ساكتة.'), text: 'الفصائل ما زالت ساكتة.' }));
    const inconsistent = second.qa[0]!.documentFindings.filter((f) => f.checkId === 'segment-inconsistent');
    expect(inconsistent.map((f) => [f.unitId, f.params.otherUnitId])).toEqual([[String(b), String(a)]]);
    const after = await fresh();
    expect(second.qa[0]).toMatchObject({ openErrors: after.openErrors, openWarnings: after.openWarnings });
    // one untranslated segment fewer
    expect(after.untranslated).toBe(before.untranslated - 1);
    // made consistent again: the finding is gone from the next answer
    const third = await unwrap(saveSegment(EDITOR, { segmentId: b, lang: 'ar', baseVersion: 1, content: para('لا تزال فصائل المقاومة صامتة.'), text: 'لا تزال فصائل المقاومة صامتة.' }));
    expect(third.qa[0]!.documentFindings.filter((f) => f.checkId === 'segment-inconsistent')).toEqual([]);
    expect(third.qa[0]).toMatchObject({ openErrors: (await fresh()).openErrors, openWarnings: (await fresh()).openWarnings });
  });

  it('answers for every target language when the source changes, and for Farsi alone when Farsi does', async () => {
    const { a } = await twoSameSentences();
    const fa = await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'fa', baseVersion: 0, content: para('گروه‌های مقاومت هنوز خاموش‌اند.'), text: 'گروه‌های مقاومت هنوز خاموش‌اند.' }));
    expect(fa.qa.map((q) => q.lang)).toEqual(['fa']);
    const source = await unwrap(saveSegment(EDITOR, { segmentId: a, lang: 'en', baseVersion: 1, content: para('The factions remain silent.'), text: 'The factions remain silent.' }));
    expect(source.qa.map((q) => q.lang)).toEqual(['ar', 'fa']);
  });
});

describe('the policy is asked before a save, and a refused save writes nothing', () => {
  it.each([
    ['viewer', 'ar', undefined],
    ['translator', 'en', undefined],
    ['translator', 'ar', 'final'],
  ] as const)('%s may not save %s (state %s)', async (role, lang, state) => {
    const { a } = await twoSameSentences();
    const actor = await actorWith(role);
    const r = await saveSegment(actor, { segmentId: a, lang, baseVersion: lang === 'en' ? 1 : 0, content: para('نص'), text: 'نص', ...(state ? { state } : {}) });
    expect(r).toMatchObject({ ok: false, code: 'forbidden', params: { role } });
    expect(await listRevisions(a, lang)).toHaveLength(lang === 'en' ? 1 : 0);
  });

  it('lets a translator confirm a target, recorded as theirs', async () => {
    const { a } = await twoSameSentences();
    const translator = await actorWith('translator');
    await unwrap(saveSegment(translator, { segmentId: a, lang: 'fa', baseVersion: 0, content: para('مقاومت'), text: 'مقاومت', state: 'translated' }));
    expect((await listRevisions(a, 'fa'))[0]).toMatchObject({ action: 'save', author: 'test-translator', afterState: 'translated' });
  });
});

describe('quotes: no writes on a page view, and a two-row write is all or nothing', () => {
  it('shows the quotes page without writing anything', async () => {
    const { id } = await twoSameSentences();
    const before = await sql<{ n: number }[]>`select (select count(*) from quote_detections)::int + (select count(*) from quotes)::int as n`;
    const page = await unwrap(quotesPage(EDITOR, id));
    expect(page.quotes).toEqual([]);
    const after = await sql<{ n: number }[]>`select (select count(*) from quote_detections)::int + (select count(*) from quotes)::int as n`;
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('writes the original into the target and marks the quote applied together, or neither', async () => {
    const text = 'He wrote: “Iraj Masjedi forgot his role as an ambassador” (Figure 4)';
    const { id } = await unwrap(importDocument(EDITOR, { bytes: new TextEncoder().encode(text), fileName: 'q.txt' }));
    const [quote] = await listQuotes(id);
    expect(quote).toBeDefined();
    const original = 'ایرج مسجدی نقش خود به‌عنوان سفیر را فراموش کرد';
    await unwrap(updateQuote(EDITOR, id, quote!.id, quote!.version, { originalLang: 'fa', originalText: original }));
    const segmentId = quote!.anchor!.segmentId;
    // the second write of the pair fails: the first must not stay
    await sql.unsafe(`create or replace function tarjuman_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`);
    await sql.unsafe(`create trigger tarjuman_test_refuse before update of applied_at on quotes for each row execute function tarjuman_test_refuse()`);
    try {
      expect(await applyOriginal(EDITOR, id, quote!.id)).toMatchObject({ ok: false, code: 'internal' });
    } finally {
      await sql.unsafe('drop trigger tarjuman_test_refuse on quotes');
      await sql.unsafe('drop function tarjuman_test_refuse()');
    }
    expect(await sql`select 1 from translations where segment_id = ${segmentId} and lang = 'fa'`).toHaveLength(0);
    expect(await listRevisions(segmentId, 'fa')).toEqual([]);
    expect((await listQuotes(id))[0]!.appliedAt).toBeNull();
    // without the failure both rows are written
    const applied = await unwrap(applyOriginal(EDITOR, id, quote!.id));
    expect(applied).toMatchObject({ segmentId, lang: 'fa', version: 1 });
    expect((await listRevisions(segmentId, 'fa')).map((r) => [r.action, r.afterText, r.author])).toEqual([['save', `«${original}»`, 'local']]);
    expect((await listQuotes(id))[0]!.appliedAt).not.toBeNull();
  });
});
