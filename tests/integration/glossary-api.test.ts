import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as search, POST as create } from '@/app/api/glossary/route';
import { DELETE as remove, GET as getOne, PUT as update } from '@/app/api/glossary/[id]/route';
import { GET as history } from '@/app/api/glossary/[id]/history/route';
import { GET as occurrences } from '@/app/api/glossary/[id]/occurrences/route';
import { POST as restore } from '@/app/api/glossary/[id]/restore/route';
import { GET as exportGlossary } from '@/app/api/glossary/export/route';
import { POST as importFile } from '@/app/api/glossary/import/route';
import { POST as match } from '@/app/api/glossary/match/route';
import { createDocument } from '@/lib/db/documents';
import { saveSegmentText } from '@/lib/db/segments';
import { EDITOR } from './support';
import { setProcessActor } from '@/lib/server/actor';
import { closeSql, sql } from '@/lib/db/sql';
import type { PmNode } from '@/lib/documents/types';

const URL_BASE = 'http://localhost/api/glossary';
const json = (body: unknown, method = 'POST') => new Request(URL_BASE, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const upload = (name: string, text: string) => {
  const form = new FormData();
  form.set('file', new File([text], name));
  return new Request(`${URL_BASE}/import`, { method: 'POST', body: form });
};
const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const count = async () => (await sql<{ n: number }[]>`select count(*)::int as n from glossary_concepts`)[0]!.n;

// the route handlers ask currentActor(); called here without a request, they act as the local editor
beforeAll(() => setProcessActor(EDITOR));
afterAll(async () => {
  setProcessActor(null);
  await closeSql();
});

describe('glossary HTTP API', () => {
  it('creates, reads, updates with versions (409 when stale), deletes and restores', async () => {
    const concept = {
      id: 'x-api-masjedi',
      terms: [
        { lang: 'en', text: 'Iraj Masjedy', status: 'preferred' },
        { lang: 'ar', text: 'إيرج مسجدي', status: 'preferred' },
        { lang: 'fa', text: 'ایرج مسجدی', status: 'preferred' },
      ],
    };
    const created = await create(json({ concept }));
    expect(created.status).toBe(201);
    expect((await create(json({ concept }))).status).toBe(409);
    const got = await getOne(new Request(URL_BASE), ctx('x-api-masjedi'));
    expect((await got.json()).concept.version).toBe(1);
    const ok = await update(json({ concept: { ...concept, subjectField: 'people' }, baseVersion: 1 }, 'PUT'), ctx('x-api-masjedi'));
    expect(ok.status).toBe(200);
    const stale = await update(json({ concept, baseVersion: 1 }, 'PUT'), ctx('x-api-masjedi'));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'glossary-version-conflict', params: { id: 'x-api-masjedi', version: 2 }, current: { subjectField: 'people' } });
    expect((await remove(new Request(URL_BASE), ctx('x-api-masjedi'))).status).toBe(200);
    expect((await remove(new Request(URL_BASE), ctx('x-api-masjedi'))).status).toBe(409);
    expect((await restore(new Request(URL_BASE), ctx('x-api-masjedi'))).status).toBe(200);
    const h = await (await history(new Request(URL_BASE), ctx('x-api-masjedi'))).json();
    expect(h.history.map((r: { action: string }) => r.action)).toEqual(['restore', 'delete', 'conflict', 'update', 'create']);
  });

  it('answers 404 and 400 with codes and params', async () => {
    const missing = await getOne(new Request(URL_BASE), ctx('x-no-such'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'glossary-concept-not-found', params: { id: 'x-no-such' } });
    expect((await history(new Request(URL_BASE), ctx('x-no-such'))).status).toBe(404);
    const bad = await create(json({ concept: { terms: [{ lang: 'de', text: 'Widerstand', status: 'preferred' }] } }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'glossary-invalid', params: { field: 'lang', term: 0, issue: 'invalid' } });
    // the one set of limits: the API refuses what the concept form and the importers refuse
    const long = await create(json({ concept: { definitions: { ar: 'ت'.repeat(5001) }, terms: [{ lang: 'ar', text: 'مقاومة', status: 'preferred' }] } }));
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ error: 'glossary-invalid', params: { field: 'definition', lang: 'ar', issue: 'too_long', max: 5000 } });
    const notJson = await create(new Request(URL_BASE, { method: 'POST', body: '{' }));
    expect(notJson.status).toBe(400);
    const badSearch = await search(new NextRequest(`${URL_BASE}?q=x&lang=de`));
    expect(badSearch.status).toBe(400);
  });

  it('searches with ?q=&lang= and matches text with the cached index', async () => {
    await create(json({ concept: { id: 'x-api-muq', terms: [{ lang: 'ar', text: 'مقاومة', status: 'preferred' }, { lang: 'fa', text: 'مقاومت', status: 'preferred' }, { lang: 'en', text: 'muqawama', status: 'preferred' }] } }));
    const res = await search(new NextRequest(`${URL_BASE}?q=${encodeURIComponent('بالمقاومة')}&lang=ar`));
    expect(res.status).toBe(200);
    expect((await res.json()).hits.map((h: { id: string }) => h.id)).toContain('x-api-muq');
    await create(json({ concept: { id: 'x-api-tansiqiya', terms: [{ lang: 'ar', text: 'تنسيقية المقاومة', status: 'preferred' }] } }));
    const text = 'أشادت بتنسيقية المقاومة العراقية';
    const { matches } = await (await match(json({ text, lang: 'ar' }))).json();
    const start = text.indexOf('بتنسيقية');
    expect(matches).toContainEqual(expect.objectContaining({ conceptId: 'x-api-tansiqiya', text: 'بتنسيقية المقاومة', start, end: start + 'بتنسيقية المقاومة'.length }));
    expect((await match(json({ text: 'x', lang: 'de' }))).status).toBe(400);
  });

  it('imports an uploaded file all or nothing, naming line and column; refuses a large file with 413', async () => {
    const good = 'concept_id,lang,term,status\nx-api-csv,en,Sanad al-Hamdani,preferred\nx-api-csv,fa,سند الحمدانی,preferred\n';
    const ok = await importFile(upload('g.csv', good));
    expect(await ok.json()).toMatchObject({ format: 'csv', created: 1, updated: 0 });
    const n = await count();
    const bad = 'concept_id,lang,term,status\nx-api-csv2,en,Amir al-Taee,preferred\nx-api-csv2,ar,أمير الطائي,favourite\n';
    const refused = await importFile(upload('g.csv', bad));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'csv-invalid', params: { line: 3, column: 4 } });
    expect(await count()).toBe(n);
    const big = new Request(`${URL_BASE}/import`, { method: 'POST', body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } });
    expect((await importFile(big)).status).toBe(413);
  });

  it('exports TBX and CSV downloads that contain the glossary', async () => {
    const tbx = await exportGlossary(new NextRequest(`${URL_BASE}/export?format=tbx`));
    expect(tbx.headers.get('content-disposition')).toMatch(/\.tbx"$/);
    expect(await tbx.text()).toContain('سند الحمدانی');
    const csv = await exportGlossary(new NextRequest(`${URL_BASE}/export?format=csv`));
    expect(await csv.text()).toContain('x-api-csv,fa,سند الحمدانی,preferred');
    expect((await exportGlossary(new NextRequest(`${URL_BASE}/export?format=pdf`))).status).toBe(400);
  });

  it('finds the occurrences of a concept in stored segments and translations', async () => {
    const docId = await createDocument({
      title: 'Occurrences', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
      segments: [{ kind: 'paragraph', content: para('the Iraqi muqawama grew'), text: 'the Iraqi muqawama grew' }],
    }, EDITOR.id);
    const seg = (await sql<{ id: number }[]>`select id from segments where document_id = ${docId}`)[0]!;
    await saveSegmentText({ segmentId: seg.id, lang: 'ar', baseVersion: 0, content: para('نمت المقاومة العراقية'), text: 'نمت المقاومة العراقية', author: EDITOR.id });
    await saveSegmentText({ segmentId: seg.id, lang: 'fa', baseVersion: 0, content: para('مقاومت عراق رشد کرد'), text: 'مقاومت عراق رشد کرد', author: EDITOR.id });
    const res = await occurrences(new Request(URL_BASE), ctx('x-api-muq'));
    const found = (await res.json()).occurrences.filter((o: { documentId: number }) => o.documentId === docId);
    expect(found.map((o: { lang: string; start: number; end: number }) => [o.lang, o.start, o.end])).toEqual([
      ['ar', 4, 12],
      ['en', 10, 18],
      ['fa', 0, 6],
    ]);
  });
});
