import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { findingKey } from '../../lib/qa/run';
import { acceptFindings, qaOverview } from '../../lib/server/qa-batch';
import { saveSegment } from '../../lib/server/segments';
import { actorWith, EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const seg = (text: string) => ({ kind: 'paragraph' as const, content: para(text), text });

const draft: DocumentDraft = {
  title: 'QA batch',
  authors: [],
  publishedOn: null,
  sourceUrl: null,
  sourceLang: 'en',
  segments: [seg('Three fighters died.'), seg('The talks went on.'), seg('Nobody spoke.'), seg('A fourth sentence.')],
};

async function seeded() {
  const id = await createDocument(draft, 'local');
  const segs = (await getDocument(id))!.segments;
  // an Arabic double space (warning), a Farsi kashida (warning); the rest untranslated (errors)
  await unwrap(saveSegment(EDITOR, { segmentId: segs[0]!.id, lang: 'ar', baseVersion: 0, content: para('قُتل ثلاثة  مقاتلين.'), text: 'قُتل ثلاثة  مقاتلين.' }));
  await unwrap(saveSegment(EDITOR, { segmentId: segs[1]!.id, lang: 'fa', baseVersion: 0, content: para('گفت‌وگوها ادامـــه یافت.'), text: 'گفت‌وگوها ادامـــه یافت.' }));
  return { id, segs };
}

afterAll(() => closeSql());

describe('QA overview and batch acceptance (real PostgreSQL)', () => {
  it('filters by language, severity, state and check, with counts per check', async () => {
    const { id } = await seeded();
    const all = await unwrap(qaOverview(EDITOR, id, {}));
    expect(all.langs).toEqual(['ar', 'fa']);
    const untranslated = all.counts.find((c) => c.checkId === 'untranslated')!;
    expect(untranslated.open).toBe(3 + 3);
    const ar = await unwrap(qaOverview(EDITOR, id, { lang: 'ar', severity: 'error' }));
    expect(new Set(ar.items.map((x) => `${x.lang}:${x.finding.checkId}`))).toEqual(new Set(['ar:untranslated']));
    expect(ar.items).toHaveLength(3);
    const kashida = await unwrap(qaOverview(EDITOR, id, { check: 'kashida' }));
    expect(kashida.items.map((x) => x.lang)).toEqual(['fa']);
    // the segment state of each language: the Arabic double space sits in a draft (typed, not confirmed)
    const drafts = await unwrap(qaOverview(EDITOR, id, { lang: 'ar', segmentState: 'draft' }));
    expect(drafts.items.map((x) => x.finding.checkId)).toEqual(['double-space']);
    expect((await unwrap(qaOverview(EDITOR, id, { lang: 'ar', segmentState: 'translated' }))).items).toEqual([]);
    expect((await unwrap(qaOverview(EDITOR, id, { lang: 'ar', segmentState: 'initial' }))).items.every((x) => x.finding.checkId === 'untranslated')).toBe(true);
  });

  it('accepts several findings of both languages with one reason in one go; already accepted ones keep their reason', async () => {
    const { id } = await seeded();
    const open = await unwrap(qaOverview(EDITOR, id, { check: 'untranslated', state: 'open' }));
    const items = open.items.map((x) => ({ lang: x.lang, key: x.key }));
    expect(items).toHaveLength(6);
    const r = await unwrap(acceptFindings(EDITOR, id, { items: items.slice(0, 4), reason: 'ستُترجم في النسخة التالية' }));
    expect(r).toEqual({ accepted: 4, alreadyAccepted: 0 });
    const again = await unwrap(acceptFindings(EDITOR, id, { items, reason: 'another reason' }));
    expect(again).toEqual({ accepted: 2, alreadyAccepted: 4 });
    const rows = await sql<{ reason: string; n: number }[]>`select reason, count(*)::int as n from qa_acceptances where document_id = ${id} group by reason order by reason`;
    expect(rows).toEqual([{ reason: 'another reason', n: 2 }, { reason: 'ستُترجم في النسخة التالية', n: 4 }]);
    const after = await unwrap(qaOverview(EDITOR, id, { state: 'accepted' }));
    expect(after.items).toHaveLength(6);
    expect(after.gates.every((g) => !g.blocked)).toBe(true);
  });

  it('all or nothing: a stale finding, an empty reason or no selection accepts nothing; a translator may not accept', async () => {
    const { id } = await seeded();
    const open = await unwrap(qaOverview(EDITOR, id, { state: 'open' }));
    const items = open.items.map((x) => ({ lang: x.lang, key: x.key }));
    const stale = { lang: 'ar' as const, key: findingKey({ checkId: 'untranslated', severity: 'error', unitId: '999999', params: {} }) };
    expect(await acceptFindings(EDITOR, id, { items: [...items, stale], reason: 'ok' })).toMatchObject({ ok: false, code: 'qa-finding-not-found', params: { count: 1 } });
    expect(await acceptFindings(EDITOR, id, { items, reason: '  ' })).toMatchObject({ ok: false, code: 'qa-reason-required' });
    expect(await acceptFindings(EDITOR, id, { items: [], reason: 'ok' })).toMatchObject({ ok: false, code: 'qa-nothing-selected' });
    const translator = await actorWith('translator');
    expect(await acceptFindings(translator, id, { items, reason: 'ok' })).toMatchObject({ ok: false, code: 'forbidden', params: { action: 'qa.accept' } });
    const [n] = await sql<{ n: number }[]>`select count(*)::int as n from qa_acceptances where document_id = ${id}`;
    expect(n!.n).toBe(0);
  });
});
