import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, getDocument } from '../../lib/db/documents';
import { getEditionStyle, listPublications } from '../../lib/db/publications';
import { acceptedKeys, listAcceptances } from '../../lib/db/qa-acceptances';
import { saveSegmentText } from '../../lib/db/segments';
import { acceptFinding as accept, revokeAcceptance as revoke, runDocumentQa as runQa } from '../../lib/server/document-qa';
import { publishEdition as publish, saveEditionStyle as saveStyle } from '../../lib/server/editions';
import { loadHouseGlossary } from '../../lib/server/glossary';
import type { Actor } from '../../lib/server/actor';
import type { Finding } from '../../lib/qa/types';
import type { Lang } from '../../lib/text/lang';
import { actorWith, EDITOR, unwrap } from './support';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmMark, PmNode } from '../../lib/documents/types';
import { findingKey } from '../../lib/qa/run';

const doc = (runs: (string | [string, ...PmMark[]])[], block: PmNode = { type: 'paragraph' }): PmNode => ({
  type: 'doc',
  content: [{ ...block, content: runs.map((r) => (typeof r === 'string' ? { type: 'text', text: r } : { type: 'text', text: r[0], marks: r.slice(1) as PmMark[] })) }],
});
const text = (n: PmNode): string => (n.text ?? '') + (n.content ?? []).map(text).join('');
const link = (href: string): PmMark => ({ type: 'link', attrs: { href } });

// the use cases as the editor (or `actor`) calls them
const runDocumentQa = (id: unknown, lang: Lang) => unwrap(runQa(EDITOR, id, lang));
const acceptFinding = (input: { documentId: number; lang: Lang; finding: Finding; reason: string }) => unwrap(accept(EDITOR, { ...input, key: findingKey(input.finding) }));
const revokeAcceptance = (input: { documentId: number; lang: Lang; key: string }) => unwrap(revoke(EDITOR, input));
const publishEdition = (input: { documentId: number; lang: Lang; overrideReason?: string }, actor: Actor = EDITOR) => unwrap(publish(actor, input));
const saveEditionStyle = (id: number, lang: Lang, style: unknown) => unwrap(saveStyle(EDITOR, id, lang, style));

const TITLE = 'Sabereen News Criticizes Iran';
const QAANI = 'Militias are criticizing Qods Force leader Esmail Qaani.';
function draft(): DocumentDraft {
  const segs = [
    doc([TITLE], { type: 'heading', attrs: { level: 1 } }),
    doc(['Militias are criticizing ', ['Qods Force', link('https://example.org/qf')], ' leader Esmail Qaani.']),
    doc(['Unit 10,000 posted twice.']),
  ];
  return { title: TITLE, authors: ['Hamdi Malik'], publishedOn: '2021-11-13', sourceUrl: null, sourceLang: 'en', segments: segs.map((content, i) => ({ kind: i === 0 ? 'heading' : 'paragraph', content, text: text(content) })) };
}

async function setup() {
  const id = await createDocument(draft(), 'local');
  const segs = (await getDocument(id))!.segments;
  const save = (i: number, lang: 'ar' | 'fa', content: PmNode, baseVersion = 0) => saveSegmentText({ segmentId: segs[i]!.id, lang, baseVersion, content, text: text(content), author: 'local' });
  await save(0, 'ar', doc(['صابرين نيوز تنتقد إيران'], { type: 'heading', attrs: { level: 1 } }));
  // The deprecated قوة القدس (house style: فيلق القدس), and the link dropped.
  await save(1, 'ar', doc(['الميليشيات تنتقد قائد قوة القدس إسماعيل قاآني.']));
  return { id, segs, save };
}

beforeAll(async () => {
  await loadHouseGlossary();
});
afterAll(() => closeSql());

describe('QA of a stored document', () => {
  it('loads segments with ids as unit ids, link hrefs and the house glossary', async () => {
    const { id, segs } = await setup();
    const input = await runDocumentQa(String(id), 'ar');
    expect(input.sourceLang).toBe('en');
    expect(input.segments.map((s) => s.unitId)).toEqual(segs.map((s) => String(s.id)));
    expect(input.segments[1]).toMatchObject({ sourceText: QAANI, sourceLinks: ['https://example.org/qf'], targetLinks: [] });
    expect(input.segments[2]!.targetText).toBeNull();
    // the house glossary's c-qods-force is what the forbidden term is checked against
    expect(input.findings.some((f) => f.params.conceptId === 'c-qods-force')).toBe(true);
    await expect(runDocumentQa('999999999', 'ar')).rejects.toMatchObject({ code: 'document-not-found' });
    await expect(runDocumentQa('12abc', 'ar')).rejects.toMatchObject({ code: 'document-not-found' });
  });

  it('finds the forbidden term, the missing link and number, the untranslated segment; the gate is closed', async () => {
    const { id, segs } = await setup();
    const qa = (await runDocumentQa(id, 'ar'))!;
    const forbidden = qa.findings.find((f) => f.checkId === 'term-forbidden');
    expect(forbidden).toMatchObject({ unitId: String(segs[1]!.id), severity: 'error', params: { conceptId: 'c-qods-force', term: 'قوة القدس', expected: 'فيلق القدس' } });
    expect(qa.findings.some((f) => f.checkId === 'link-missing' && f.params.url === 'https://example.org/qf')).toBe(true);
    expect(qa.findings.find((f) => f.checkId === 'untranslated')).toMatchObject({ unitId: String(segs[2]!.id), params: { reason: 'missing' } });
    expect(qa.blocked).toBe(true);
    expect(qa.openErrors).toBe(qa.findings.filter((f) => f.severity === 'error').length);
    // Farsi has no translation at all: every segment is untranslated.
    const fa = (await runDocumentQa(id, 'fa'))!;
    expect(fa.findings.filter((f) => f.checkId === 'untranslated')).toHaveLength(3);
  });

  it('words every finding of the page in en, ar and fa from messages (no raw keys, no format errors)', async () => {
    const { id } = await setup();
    const qa = (await runDocumentQa(id, 'ar'))!;
    for (const locale of ['en', 'ar', 'fa'] as const) {
      const messages = JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8'));
      const t = createTranslator({ locale, messages, namespace: 'QaFindings', onError: (e) => { throw e; } });
      for (const f of qa.findings) {
        const line = t(f.checkId as never, f.params as never) as string;
        expect(line).not.toContain('QaFindings');
        if (f.checkId === 'term-forbidden') expect(line).toContain('قوة القدس');
        if (locale !== 'en') expect(line).toMatch(/\p{Script=Arabic}/u);
      }
    }
  });

  it('accepts a finding with a reason, who and when; refuses a blank reason and a second acceptance; withdraws it', async () => {
    const { id } = await setup();
    const qa = (await runDocumentQa(id, 'ar'))!;
    const forbidden = qa.findings.find((f) => f.checkId === 'term-forbidden')!;
    await expect(acceptFinding({ documentId: id, lang: 'ar', finding: forbidden, reason: '   ' })).rejects.toMatchObject({ code: 'qa-reason-required' });
    const a = await acceptFinding({ documentId: id, lang: 'ar', finding: forbidden, reason: 'اقتباس حرفي من بيان الفصيل' });
    expect(a).toMatchObject({ key: findingKey(forbidden), checkId: 'term-forbidden', reason: 'اقتباس حرفي من بيان الفصيل', acceptedBy: 'local', severity: 'error' });
    expect(Date.now() - Date.parse(a.acceptedAt)).toBeLessThan(60_000);
    await expect(acceptFinding({ documentId: id, lang: 'ar', finding: forbidden, reason: 'again' })).rejects.toMatchObject({ code: 'qa-already-accepted' });
    expect(await acceptedKeys(id, 'ar')).toEqual([findingKey(forbidden)]);
    // accepted in Arabic only: the Farsi edition's findings are separate
    expect(await acceptedKeys(id, 'fa')).toEqual([]);
    const after = (await runDocumentQa(id, 'ar'))!;
    expect(after.openErrors).toBe(qa.openErrors - 1);
    expect(after.open.some((f) => f.checkId === 'term-forbidden')).toBe(false);
    await revokeAcceptance({ documentId: id, lang: 'ar', key: findingKey(forbidden) });
    expect(await listAcceptances(id, 'ar')).toEqual([]);
    expect((await runDocumentQa(id, 'ar'))!.openErrors).toBe(qa.openErrors);
    await expect(revokeAcceptance({ documentId: id, lang: 'ar', key: findingKey(forbidden) })).rejects.toMatchObject({ code: 'qa-acceptance-not-found' });
    const [history] = await sql<{ n: number }[]>`select count(*)::int as n from qa_acceptances where document_id = ${id} and revoked_at is not null and revoked_by = 'local'`;
    expect(history!.n).toBe(1);
  });

  it('an acceptance survives an edit elsewhere in the segment, not a change of the accepted term', async () => {
    const { id, segs, save } = await setup();
    const forbidden = (await runDocumentQa(id, 'ar'))!.findings.find((f) => f.checkId === 'term-forbidden')!;
    await acceptFinding({ documentId: id, lang: 'ar', finding: forbidden, reason: 'kept' });
    await save(1, 'ar', doc(['الميليشيات تنتقد علنًا قائد قوة القدس إسماعيل قاآني.']), 1);
    expect((await runDocumentQa(id, 'ar'))!.open.some((f) => f.checkId === 'term-forbidden')).toBe(false);
    expect(segs[1]).toBeDefined();
  });
});

describe('publishing gate', () => {
  it('refuses while errors are open, allows an editor override with a recorded reason, then publishes cleanly once all errors are accepted', async () => {
    const { id } = await setup();
    const qa = (await runDocumentQa(id, 'ar'))!;
    await expect(publishEdition({ documentId: id, lang: 'ar' })).rejects.toMatchObject({ code: 'publish-blocked', params: { openErrors: qa.openErrors } });
    await expect(publishEdition({ documentId: id, lang: 'ar', overrideReason: '  ' })).rejects.toMatchObject({ code: 'publish-blocked' });
    // a translator may not publish at all, override or not (lib/server/policy.ts)
    await expect(publishEdition({ documentId: id, lang: 'ar', overrideReason: 'deadline' }, await actorWith('translator'))).rejects.toMatchObject({ code: 'forbidden', params: { action: 'edition.publish' } });
    expect(await listPublications(id, 'ar')).toEqual([]);

    const forced = await publishEdition({ documentId: id, lang: 'ar', overrideReason: 'نشر عاجل بطلب رئيس التحرير' });
    expect(forced).toMatchObject({ lang: 'ar', openErrors: qa.openErrors, overrideReason: 'نشر عاجل بطلب رئيس التحرير', publishedBy: 'local' });

    for (const f of qa.open.filter((x) => x.severity === 'error')) {
      await acceptFinding({ documentId: id, lang: 'ar', finding: f, reason: 'checked by the editor' }).catch((e) => {
        if (e.code !== 'qa-already-accepted') throw e;
      });
    }
    expect((await runDocumentQa(id, 'ar'))!.blocked).toBe(false);
    const clean = await publishEdition({ documentId: id, lang: 'ar', overrideReason: 'ignored when nothing is open' });
    expect(clean).toMatchObject({ openErrors: 0, overrideReason: null });
    expect((await listPublications(id, 'ar')).map((p) => p.id)).toEqual([clean.id, forced.id]);
    const [row] = await sql<{ edition: { lang: string; title: string } }[]>`select edition from publications where id = ${clean.id}`;
    expect(row!.edition).toMatchObject({ lang: 'ar', title: 'صابرين نيوز تنتقد إيران' });
  });

  it('keeps the house style per edition, refuses unknown options and Solar Hijri outside Farsi, and publishes with it', async () => {
    const { id } = await setup();
    expect(await getEditionStyle(id, 'ar')).toEqual({});
    await saveEditionStyle(id, 'ar', { digits: 'arabic-indic', dateFormat: 'levantine' });
    await expect(saveEditionStyle(id, 'ar', { calendar: 'solar-hijri' })).rejects.toMatchObject({ code: 'house-style-unsupported' });
    await expect(saveEditionStyle(id, 'ar', { digits: 'roman' })).rejects.toMatchObject({ code: 'house-style-invalid' });
    await saveEditionStyle(id, 'fa', { calendar: 'solar-hijri' });
    expect(await getEditionStyle(id, 'ar')).toEqual({ digits: 'arabic-indic', dateFormat: 'levantine' });
    const p = await publishEdition({ documentId: id, lang: 'ar', overrideReason: 'style check' });
    expect(p.houseStyle).toMatchObject({ digits: 'arabic-indic', dateFormat: 'levantine', quotes: 'guillemets' });
  });
});
